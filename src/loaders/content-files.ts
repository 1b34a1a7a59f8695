/**
 * Where the content lives and how its files are read: `$CONTENT_DIR` when set (a test fixture or
 * the benchmark's synthetic archive), else `content/` in the working directory (npm scripts run
 * from the repository root). Every reader of content files (loaders, and pages through src/lib)
 * goes through here, so one variable moves them all and every file is read the same way (UTF-8,
 * a byte-order mark dropped).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { stripBom } from '../model/characters';

/** Absolute path of the content folder (no trailing slash). */
export const contentDir = resolve(process.env['CONTENT_DIR'] || 'content');

/** Absolute path of a file or folder inside the content folder, e.g. `contentPath('redirects.yaml')`. */
export const contentPath = (...parts: string[]): string => resolve(contentDir, ...parts);

/** The text of a content file (UTF-8, without a byte-order mark). */
export function readContentText(path: string): string {
  return stripBom(readFileSync(path, 'utf8'));
}

/** A content file as a VFile, for validation messages that name its path and lines. */
export function readContentFile(path: string): VFile {
  return new VFile({ path, value: readContentText(path) });
}

/** Whether a content file or folder exists (optional files: summaries, corrections, notes). */
export function contentExists(path: string): boolean {
  return existsSync(path);
}

/** The names in a content folder ending in `extension`, sorted; none when the folder is absent. */
export function contentFiles(dir: string, extension: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(extension))
        .sort()
    : [];
}
