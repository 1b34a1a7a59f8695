/**
 * URLs of the site under test. The server is started once by tests/e2e/global-setup.ts and its
 * base URL handed to every test file through Vitest's provide/inject (the `siteUrl` key, typed
 * there).
 */
import { inject } from 'vitest';

/** Absolute URL of `path` (relative, no leading slash) on the site under test. */
export function siteUrl(path = ''): string {
  return new URL(path, inject('siteUrl')).href;
}

/** The URL path (`/base/…`) that `path` has on the site under test, for comparing locations. */
export function sitePath(path = ''): string {
  return new URL(siteUrl(path)).pathname;
}
