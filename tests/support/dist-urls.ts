/**
 * Maps a URL path of the site to the file of dist/ that a static host serves for it, under the
 * base path the site is built for ($BASE_PATH, as astro.config.ts and the test server read it).
 */
import { statSync } from 'node:fs';
import { distDir } from '../../scripts/harness/dist';
import { normaliseBase } from '../../src/shared/base-path';

/** `$BASE_PATH` normalised to `/`, or `/sub/path/` with both slashes. */
export const basePath = normaliseBase(process.env['BASE_PATH'] ?? '/');

/** The file (relative to dist/) a URL path resolves to, or why it does not resolve. */
export type Resolution = { file: string } | { problem: string };

/** Resolves `pathname` (e.g. `/base/topics/cyber/`) the way the test server and a static host do. */
export function resolvePath(pathname: string, dir: string = distDir): Resolution {
  if (!pathname.startsWith(basePath)) {
    return { problem: `is outside the base path ${basePath} (a root-relative URL that ignores BASE_PATH?)` };
  }
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(basePath.length));
  } catch {
    return { problem: 'has a malformed percent-encoding' };
  }
  // Directory URLs (build.format 'directory') are served by their index.html.
  if (rest === '' || rest.endsWith('/')) {
    const file = `${rest}index.html`;
    return kind(dir, file) === 'file' ? { file } : { problem: `names no page (no ${file} in dist/)` };
  }
  const found = kind(dir, rest);
  if (found === 'file') return { file: rest };
  if (found === 'directory') {
    return {
      problem: 'names a directory without its trailing slash (trailingSlash: always; hosts answer with a redirect)',
    };
  }
  return { problem: `names no file (no ${rest} in dist/)` };
}

function kind(dir: string, file: string): 'file' | 'directory' | undefined {
  const info = statSync(`${dir}${file}`, { throwIfNoEntry: false });
  return info?.isFile() ? 'file' : info?.isDirectory() ? 'directory' : undefined;
}
