/**
 * Where the built site is, and which HTML pages it holds, so tests can walk every page of the
 * real build instead of a hand-kept list that would miss new pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path (ending in `/`) of the built site: $DIST_DIR when set (to test a build kept
 * elsewhere, e.g. one made with `astro build --outDir`), else dist/ at the repository root.
 */
export const distDir = process.env['DIST_DIR']
  ? `${resolve(process.env['DIST_DIR'])}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

/** The event whose transcript the site shows; its slug is the first URL segment. */
export const EVENT = 'lavrov-tillerson-2017-04-12';

/** One HTML page of dist/: its file (relative to dist/) and its URL path relative to the base. */
export interface DistPage {
  /** e.g. `topics/cyber/index.html` */
  file: string;
  /** e.g. `topics/cyber/` (no leading slash, so it resolves against any base URL) */
  path: string;
  /**
   * True for the page left at a retired id (content/redirects.yaml), which sends the reader on
   * at once: walking it would race its refresh. tests/e2e/linking.test.ts follows them instead.
   */
  moved: boolean;
}

// Build tooling output, not pages: Astro's assets and Pagefind's index/UI.
const SKIPPED_DIRS = new Set(['_astro', 'pagefind']);

/**
 * `$E2E_SAMPLE=n` keeps, of the pages made from one template at one depth (`<event>/*`,
 * `topics/*`, `notes/*`), only the first n: the archive build repeats the single-event build's
 * pages per event, and walking all of them again in a browser would double the slowest tests
 * (axe, the page walk) for nothing new. File-based checks (links, html-validate) take every page.
 */
const sampleSize = Number(process.env['E2E_SAMPLE'] ?? 0);

/** Pages of `pages` (sorted) with at most `size` per template group; all of them when size is 0. */
export function samplePages(pages: DistPage[], size: number = sampleSize): DistPage[] {
  if (!size) return pages;
  const taken = new Map<string, number>();
  return pages.filter((page) => {
    const parts = page.path.split('/').filter(Boolean);
    const group = parts.length === 2 ? `${parts[0]}/*` : page.path;
    const count = taken.get(group) ?? 0;
    taken.set(group, count + 1);
    return count < size;
  });
}

/** Every HTML page in `dir` (default dist/), sorted by URL path. */
export function listHtmlPages(dir: string = distDir): DistPage[] {
  const pages: DistPage[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const relDir = relative(dir, entry.parentPath).split(sep).join('/');
    if (SKIPPED_DIRS.has(relDir.split('/')[0] ?? '')) continue;
    const file = relDir ? `${relDir}/${entry.name}` : entry.name;
    // build.format 'directory': a/b/index.html is served at a/b/; other files at their own name.
    const path = entry.name === 'index.html' ? (relDir ? `${relDir}/` : '') : file;
    const moved = readFileSync(resolve(dir, file), 'utf8').includes('http-equiv="refresh"');
    pages.push({ file, path, moved });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}
