/**
 * The base path the site is deployed under, written one way: `/` or `/sub/path/` (both slashes).
 * astro.config.ts, the page helpers, the test server and the tests all normalise BASE_PATH here.
 * No imports: plain Node loads it too (scripts/harness).
 */

/** `lavrov-2017`, `/lavrov-2017` or `lavrov-2017/` → `/lavrov-2017/`; '' and `/` → `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
