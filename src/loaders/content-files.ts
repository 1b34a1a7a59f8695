/**
 * Where the content lives: `$CONTENT_DIR` when set (a test fixture or the benchmark's synthetic
 * archive), else `content/` in the working directory (npm scripts run from the repository root).
 * Everything that reads content files gets its folder from here, so one variable moves them all.
 */
import { resolve } from 'node:path';

/** Absolute path of the content folder (no trailing slash). */
export const contentDir = resolve(process.env['CONTENT_DIR'] || 'content');

/** Absolute path of a file or folder inside the content folder, e.g. `contentPath('redirects.yaml')`. */
export const contentPath = (...parts: string[]): string => resolve(contentDir, ...parts);
