/**
 * One page of the site in a fresh browser context, for the end-to-end tests that each wrote
 * their own copy of this: reduced motion (the hit bar and smooth scrolls then settle at once),
 * a 15 s default timeout, every request recorded, and no console error or uncaught exception
 * allowed. Make one per test file: `const withPage = pageSession(() => browser);`.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { gotoReady, watchErrors } from '../../scripts/harness/browser';
import { siteUrl } from './site';

/** How the session opens the page. */
export interface SessionOptions {
  /** Wait for the page's deferred scripts after `load` (default), or only for `load`. */
  waitForScripts?: boolean;
}

/** Open `path`, run `body` with the page and the URLs it requested, then check for errors. */
export type WithPage = (
  path: string,
  body: (page: Page, requests: string[]) => Promise<void>,
  options?: BrowserContextOptions,
  beforeLoad?: (page: Page) => void,
) => Promise<void>;

/** A `withPage` for the browser `browser()` returns (launched in the file's beforeAll). */
export function pageSession(browser: () => Browser, { waitForScripts = true }: SessionOptions = {}): WithPage {
  return async (path, body, options = {}, beforeLoad) => {
    const context = await browser().newContext({ reducedMotion: 'reduce', ...options });
    context.setDefaultTimeout(15_000);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      beforeLoad?.(page);
      if (waitForScripts) await gotoReady(page, siteUrl(path));
      else await page.goto(siteUrl(path), { waitUntil: 'load' });
      await body(page, requests);
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    } finally {
      await context.close();
    }
  };
}
