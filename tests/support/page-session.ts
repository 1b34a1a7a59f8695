/**
 * One page of the site in a tab as clean as a fresh browser context (scripts/harness/browser.ts
 * openTab), for the end-to-end tests that each wrote their own copy of this: reduced motion (the hit bar and smooth scrolls then settle at once),
 * a 15 s default timeout, every request recorded, and no console error or uncaught exception
 * allowed. Make one per test file: `const withPage = pageSession(() => browser);`.
 */
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { gotoReady, openTab, watchErrors } from '../../scripts/harness/browser';
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
    const { page, context, close } = await openTab(browser(), { reducedMotion: 'reduce', ...options });
    const requests: string[] = [];
    const record = (request: Request) => requests.push(request.url());
    context.on('request', record);
    try {
      const errors = watchErrors(page);
      beforeLoad?.(page);
      if (waitForScripts) await gotoReady(page, siteUrl(path));
      else await page.goto(siteUrl(path), { waitUntil: 'load' });
      await body(page, requests);
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    } finally {
      context.off('request', record);
      await close();
    }
  };
}

/**
 * Like {@link pageSession}, but every call reuses one tab, opened on first use: for tests that
 * only navigate and read, where nothing a test leaves behind (storage, listeners) can matter to
 * the next, a new tab would cost more than the test. Dialogs are dismissed and recorded, and
 * handed to `body` with the page; console errors are checked per call.
 */
export function reusedTab(
  browser: () => Browser,
  options: BrowserContextOptions = {},
): (path: string, body: (page: Page, dialogs: string[]) => Promise<void>) => Promise<void> {
  let opened: Promise<{ page: Page; errors: string[]; dialogs: string[] }> | undefined;
  return async (path, body) => {
    opened ??= openTab(browser(), { reducedMotion: 'reduce', ...options }).then(({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      return { page, errors: watchErrors(page), dialogs };
    });
    const { page, errors, dialogs } = await opened;
    errors.length = 0;
    dialogs.length = 0;
    await gotoReady(page, siteUrl(path));
    await body(page, dialogs);
    expect(errors, 'console errors and uncaught exceptions').toEqual([]);
  };
}
