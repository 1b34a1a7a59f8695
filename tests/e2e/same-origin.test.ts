/**
 * Same origin: on each page type, on load and after what a reader typically does there, every
 * request the browser makes goes to the site's own origin — no web fonts, analytics, CDNs or any
 * third-party host — and the page logs no console error. A failure lists every request made.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gotoReady, launchBrowser, watchErrors } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { originOf, recordRequests, type RecordedRequest } from '../support/requests';
import { siteUrl } from '../support/site';

/** A page type: where it is, and what a reader does there after it loads. */
interface Visit {
  path: string;
  /** Viewport width; the transcript's notes are popovers only on narrow screens. */
  width?: number;
  interact?: (page: Page) => Promise<void>;
}

const VISITS: Record<string, Visit> = {
  'home, then a query in the header search': {
    path: '',
    interact: async (page) => {
      await page.locator('#site-search').fill('cyber');
      await page.locator('#site-search-results .result').first().waitFor();
    },
  },
  'full transcript, then a note popover opened': {
    path: `${EVENT}/`,
    width: 390,
    interact: async (page) => {
      await page.locator('.note-marker').first().click();
      await page.locator('.endnotes :popover-open').first().waitFor();
    },
  },
  'segment page, then a cite copy button clicked': {
    path: `${EVENT}/a-cyber/`,
    interact: async (page) => {
      await page.locator('button[data-copy]').first().click();
      await page.waitForFunction(() => document.getElementById('announcer')?.textContent !== '');
    },
  },
  'topic page': { path: 'topics/cyber/' },
  'note page': { path: 'notes/opcw/' },
  'search page with ?q=syria, then a refined query': {
    path: 'search/?q=syria',
    interact: async (page) => {
      const results = page.locator('#search-page-input-results .result');
      await results.first().waitFor();
      // A new query loads more of the index (other word chunks, result fragments).
      await page.locator('#search-page-input').fill('chemical weapons');
      await page.waitForFunction(() =>
        document.querySelector('.search__summary')?.textContent?.includes('chemical weapons'),
      );
      await results.first().waitFor();
    },
  },
  about: { path: 'about/' },
  'quote checker with ?q=, then another quote': {
    path: 'check/?q=We+want+an+honest%2C+objective+investigation',
    interact: async (page) => {
      await page.locator('.check-answer').waitFor();
      await page.locator('#check-quote').fill('There is a low level of trust between our two countries.');
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await page.locator('.check-answer[data-verdict="absent"]').waitFor();
    },
  },
  '404 page (a missing URL)': { path: 'no-such-page/' },
};

let browser: Browser;
let context: BrowserContext;
let requests: RecordedRequest[];

beforeAll(async () => {
  browser = await launchBrowser();
  // Clipboard permission, so the copy button succeeds as it does for a reader who clicks it.
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
  context.setDefaultTimeout(15_000);
  requests = recordRequests(context);
});

afterAll(async () => {
  await browser?.close();
});

describe('every request is same-origin, and no console errors', () => {
  test.each(Object.entries(VISITS))('%s', async (_name, { path, width, interact }) => {
    const page = await context.newPage();
    requests.length = 0;
    const errors = watchErrors(page);
    try {
      await page.setViewportSize({ width: width ?? 1280, height: 800 });
      const url = siteUrl(path);
      const response = await gotoReady(page, url);
      await interact?.(page);
      // Let anything started by the load or the interaction (lazy imports, index chunks) go out.
      await page.waitForLoadState('networkidle');

      const origin = originOf(siteUrl());
      const list = requests.map((request) => `${request.method} ${request.resourceType} ${request.url}`).join('\n');
      expect(requests.length, 'requests recorded').toBeGreaterThan(0);
      expect(
        requests.filter((request) => originOf(request.url) !== origin).map((request) => request.url),
        `requests to other origins than ${origin}; all requests:\n${list}`,
      ).toEqual([]);
      // The 404 page's own document answers 404, which Chromium logs; that one is by design.
      const expected =
        response?.status() === 404 ? `the server responded with a status of 404 (Not Found) (${url})` : undefined;
      expect(
        errors.filter((error) => !(expected && error.endsWith(expected))),
        'console errors',
      ).toEqual([]);
      if (path === 'no-such-page/') expect(response?.status(), 'status of a missing URL').toBe(404);
    } finally {
      await page.close();
    }
  });
});
