/**
 * Accessibility: axe-core (WCAG 2.0–2.2, A and AA) finds no violation on any page of dist/, in
 * light and in dark mode, nor in the states a reader reaches by interacting: a note popover open
 * on a phone, and the header search dropdown showing results.
 *
 * Every page is walked from dist/ (new pages are covered without editing this file), once: axe
 * runs in light, then the colour scheme is switched in place and axe runs again, so one load
 * serves both. Phone widths change touch targets and the notes' layout, not colours or markup
 * per page, so the phone pass takes a few pages of each template (every page of the others).
 * For speed, one browser and one context serve the whole walk, with a few tabs running pages
 * concurrently.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, describeViolations } from '../support/axe';
import { gotoReady, launchBrowser } from '../../scripts/harness/browser';
import { EVENT, listHtmlPages, samplePages } from '../../scripts/harness/dist';
import { siteUrl } from '../support/site';
import { TabPool } from '../support/tab-pool';

/** One way of looking at a page: colour scheme and viewport. */
interface Setup {
  name: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
}

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const LIGHT: Setup = { name: 'light', colorScheme: 'light', viewport: DESKTOP };
const DARK: Setup = { name: 'dark', colorScheme: 'dark', viewport: DESKTOP };
const PHONE_LIGHT: Setup = { name: 'light, 390px', colorScheme: 'light', viewport: PHONE };
const PHONE_DARK: Setup = { name: 'dark, 390px', colorScheme: 'dark', viewport: PHONE };
// Every page in light and dark in one load; on a phone (touch-target sizes, WCAG 2.5.8, and the
// notes' layout change with the width) a sample of each template, in light mode only.
const WALK = [LIGHT, DARK];
/** Pages of each template the phone pass takes. */
const PHONE_SAMPLE = 3;
// Two cores here: three tabs keep both busy while one waits on the network.
const TABS = 3;

let browser: Browser;
let context: BrowserContext;
let pool: TabPool;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  context.setDefaultTimeout(15_000);
  pool = await TabPool.open(context, TABS);
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Loads `path` afresh in each setup (so nothing is caught mid-switch), brings it into the state
 * `prepare` sets up, and returns a description of every axe violation found.
 */
async function audit(
  page: Page,
  path: string,
  setups: Setup[],
  prepare?: (page: Page) => Promise<void>,
): Promise<string[]> {
  const found: string[] = [];
  const url = siteUrl(path);
  // A redirect page (a retired segment id's <meta http-equiv="refresh">) would navigate away in the
  // middle of the audit. Keep every page where it was loaded (a navigation answered with 204 No
  // Content leaves the current document in place); the page it leads to has its own test.
  const stay = (route: Route) =>
    route.request().isNavigationRequest() && route.request().url() !== url
      ? route.fulfill({ status: 204 })
      : route.continue();
  await page.route('**/*', stay);
  try {
    let loaded: { width: number; height: number } | undefined;
    for (const { name, colorScheme, viewport } of setups) {
      await page.emulateMedia({ colorScheme });
      // Another colour scheme at the same size needs no new load: the page's colours follow the
      // media feature as it changes (light-dark()), as they do when a reader's system switches.
      if (loaded !== viewport) {
        await page.setViewportSize(viewport);
        await gotoReady(page, url);
        await prepare?.(page);
        loaded = viewport;
      }
      const violations = await axeViolations(page);
      if (violations.length > 0) found.push(describeViolations(`/${path} [${name}]`, violations));
    }
  } finally {
    await page.unroute('**/*', stay);
  }
  return found;
}

describe.concurrent('axe: every page of dist/, light and dark, desktop and phone', () => {
  const pages = samplePages(listHtmlPages());
  const paths = pages.map((entry) => entry.path);
  const onPhone = new Set(samplePages(pages, PHONE_SAMPLE).map((entry) => entry.path));

  test('the walk found the site', () => {
    expect(paths).toContain(`${EVENT}/`);
    expect(paths.length).toBeGreaterThan(30);
    expect(onPhone).toContain(`${EVENT}/`);
  });

  test.for(paths)('/%s', async (path, { expect }) => {
    const setups = onPhone.has(path) ? [...WALK, PHONE_LIGHT] : WALK;
    const found = await pool.use((page) => audit(page, path, setups));
    expect(found, 'axe violations (page, rule, impact, help; then each element)').toEqual([]);
  });
});

describe('axe: interactive states', () => {
  test('a note popover open on the transcript page at 390px', async () => {
    const found = await pool.use((page) =>
      audit(page, `${EVENT}/`, [PHONE_LIGHT, PHONE_DARK], async (tab) => {
        await tab.locator('.note-marker').first().click();
        await tab.locator('.endnotes :popover-open').first().waitFor({ state: 'visible' });
      }),
    );
    expect(found, 'axe violations with a note popover open').toEqual([]);
  });

  test('the cite dialog open on the transcript page', async () => {
    const found = await pool.use((page) =>
      audit(page, `${EVENT}/`, [LIGHT, DARK, PHONE_LIGHT], async (tab) => {
        await tab.locator('#a-cyber a.segment__cite').click();
        await tab.locator('#cite-dialog .cite').waitFor({ state: 'visible' });
      }),
    );
    expect(found, 'axe violations with the cite dialog open').toEqual([]);
  });

  test('the header search dropdown showing results for "cyber"', async () => {
    const found = await pool.use((page) =>
      audit(page, '', [LIGHT, DARK], async (tab) => {
        await tab.locator('#site-search').fill('cyber');
        await tab.locator('#site-search-results .result').first().waitFor({ state: 'visible' });
      }),
    );
    expect(found, 'axe violations with search results showing').toEqual([]);
  });
});
