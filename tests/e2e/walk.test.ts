/**
 * The walk: every page of dist/ (new pages are covered without editing this file), loaded once in
 * the browser with its scripts, is served with 200, is a well-formed page (one <h1>, a title,
 * <html lang>), logs no console error, and has no axe-core violation (WCAG 2.0–2.2, A and AA) in
 * light or dark mode; then the states a reader reaches by interacting: a note popover open on a
 * phone, the cite dialog, and the header search dropdown showing results.
 *
 * One load serves both schemes: axe runs in light, the colour scheme is switched in place and axe
 * runs again with only the rules colours can turn (the markup is the same). Phone widths change
 * touch targets and the notes' layout, not colours or markup per page, so the phone pass takes a
 * few pages of each template (every page of the others). The interactive states audit what opened
 * (the rest of the page is the walk's). For speed, one browser and one context serve the whole
 * walk, with a few tabs running pages concurrently.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, COLOUR_RULES, describeViolations } from '../support/axe';
import { gotoReady, launchBrowser } from '../../scripts/harness/browser';
import { EVENT, listHtmlPages, samplePages } from '../../scripts/harness/dist';
import { siteUrl } from '../support/site';
import { TabPool } from '../support/tab-pool';

/** One way of looking at a page: colour scheme and viewport, and the rules it can turn. */
interface Setup {
  name: string;
  colorScheme: 'light' | 'dark';
  viewport: { width: number; height: number };
  /** Only these axe rules: a second colour scheme on the same load can change colours alone. */
  rules?: readonly string[];
}

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const LIGHT: Setup = { name: 'light', colorScheme: 'light', viewport: DESKTOP };
const DARK: Setup = { name: 'dark', colorScheme: 'dark', viewport: DESKTOP, rules: COLOUR_RULES };
const PHONE_LIGHT: Setup = { name: 'light, 390px', colorScheme: 'light', viewport: PHONE };
const PHONE_DARK: Setup = { name: 'dark, 390px', colorScheme: 'dark', viewport: PHONE, rules: COLOUR_RULES };
// Every page in light and dark in one load; on a phone (touch-target sizes, WCAG 2.5.8, and the
// notes' layout change with the width) a sample of each template, in light mode only.
const WALK = [LIGHT, DARK];
/**
 * `E2E_AXE=0` (the base-path pass, which checks addresses) walks without axe: one load a page,
 * for status, basics and console errors; accessibility is the main pass's and the archive's.
 */
const AXE = process.env['E2E_AXE'] !== '0';
/** A sampled build ($E2E_SAMPLE: the base-path and archive passes) repeats the main build's templates. */
const SAMPLED = Boolean(process.env['E2E_SAMPLE']);
/** Pages of each template the phone pass takes (one in a sampled build). */
const PHONE_SAMPLE = SAMPLED ? 1 : 3;
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
 * Loads `path` once per viewport of `setups`, brings it into the state `prepare` sets up, and
 * returns a description of every axe violation found, on the whole page or `within` one element.
 */
async function audit(
  page: Page,
  path: string,
  setups: Setup[],
  prepare?: (page: Page) => Promise<void>,
  within?: string,
  moved = false,
): Promise<Audit> {
  const found: string[] = [];
  let basics: PageBasics | undefined;
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  };
  const onError = (error: Error) => errors.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const url = siteUrl(path);
  // A redirect page (a retired segment id's <meta http-equiv="refresh">) would navigate away in the
  // middle of the audit. Keep every page where it was loaded (a navigation answered with 204 No
  // Content leaves the current document in place); the page it leads to has its own test.
  const stay = (route: Route) =>
    route.request().isNavigationRequest() && route.request().url() !== url
      ? route.fulfill({ status: 204 })
      : route.continue();
  // Only there: intercepting every request of every page would slow the whole walk.
  if (moved) await page.route('**/*', stay);
  try {
    let loaded: { width: number; height: number } | undefined;
    for (const { name, colorScheme, viewport, rules } of setups) {
      await page.emulateMedia({ colorScheme });
      // Another colour scheme at the same size needs no new load: the page's colours follow the
      // media feature as it changes (light-dark()), as they do when a reader's system switches.
      if (loaded !== viewport) {
        await page.setViewportSize(viewport);
        const response = await gotoReady(page, url);
        basics ??= { status: response?.status() ?? 0, ...(await readBasics(page)) };
        await prepare?.(page);
        loaded = viewport;
      }
      const violations = AXE ? await axeViolations(page, { ...(rules && { rules }), ...(within && { within }) }) : [];
      if (violations.length > 0) found.push(describeViolations(`/${path} [${name}]`, violations));
    }
  } finally {
    if (moved) await page.unroute('**/*', stay);
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  return { found, basics, errors };
}

/** What a well-formed page has, read in the browser after its scripts ran. */
interface PageBasics {
  status: number;
  h1: number;
  title: string;
  lang: string;
}

/** What one audit found: axe's violations described, the page's basics, its console errors. */
interface Audit {
  found: string[];
  basics: PageBasics | undefined;
  errors: string[];
}

function readBasics(page: Page): Promise<Omit<PageBasics, 'status'>> {
  return page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    title: document.title.trim(),
    lang: document.documentElement.lang,
  }));
}

describe.concurrent(
  'every page of dist/: served, well formed, no console error; axe in light and dark, desktop and phone',
  () => {
    const everyPage = listHtmlPages();
    // $E2E_SAMPLE (the base-path and archive builds) walks a sample; the completeness check sees all.
    const pages = samplePages(everyPage);
    const paths = pages.map((entry) => entry.path);
    const moved = new Set(pages.filter((entry) => entry.moved).map((entry) => entry.path));
    const onPhone = new Set(samplePages(pages, PHONE_SAMPLE).map((entry) => entry.path));

    test('the walk found the site, not an empty or partial build', () => {
      expect(everyPage.map((entry) => entry.path)).toEqual(
        expect.arrayContaining(['', '404.html', `${EVENT}/`, `${EVENT}/q-cyber/`]),
      );
      expect(everyPage.length).toBeGreaterThan(30);
      expect(onPhone).toContain(`${EVENT}/`);
    });

    test.for(paths)('/%s', async (path, { expect }) => {
      const setups = !AXE ? [LIGHT] : onPhone.has(path) ? [...WALK, PHONE_LIGHT] : WALK;
      const { found, basics, errors } = await pool.use((page) =>
        audit(page, path, setups, undefined, undefined, moved.has(path)),
      );
      // A retired id's page sends the reader on at once: tests/e2e/linking.test.ts follows it.
      if (!moved.has(path)) {
        expect(basics?.status, 'HTTP status').toBe(200);
        expect(basics?.h1, 'number of <h1>').toBe(1);
        expect(basics?.title, '<title>').not.toBe('');
        expect(basics?.lang ?? '(none)', '<html lang>').toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
        // Chromium's own /favicon.ico probe is not the page's: tests/e2e/pages.test.ts checks the icon.
        expect(
          errors.filter((error) => !error.endsWith('/favicon.ico)')),
          'console errors and uncaught exceptions',
        ).toEqual([]);
      }
      expect(found, 'axe violations (page, rule, impact, help; then each element)').toEqual([]);
    });
  },
);

// The transcript's popover and cite dialog are the same in every build: audited in the main pass.
// The header's dropdown differs in an archive (results name their event).
describe.skipIf(!AXE)('axe: interactive states', () => {
  test.skipIf(SAMPLED)('a note popover open on the transcript page at 390px', async () => {
    const { found } = await pool.use((page) =>
      audit(
        page,
        `${EVENT}/`,
        [PHONE_LIGHT, PHONE_DARK],
        async (tab) => {
          await tab.locator('.note-marker').first().click();
          await tab.locator('.endnotes :popover-open').first().waitFor({ state: 'visible' });
        },
        '.endnotes :popover-open',
      ),
    );
    expect(found, 'axe violations with a note popover open').toEqual([]);
  });

  test.skipIf(SAMPLED)('the cite dialog open on the transcript page', async () => {
    const { found } = await pool.use((page) =>
      audit(
        page,
        `${EVENT}/`,
        [LIGHT, DARK, PHONE_LIGHT],
        async (tab) => {
          await tab.locator('#a-cyber a.segment__cite').click();
          await tab.locator('#cite-dialog .cite').waitFor({ state: 'visible' });
        },
        '#cite-dialog',
      ),
    );
    expect(found, 'axe violations with the cite dialog open').toEqual([]);
  });

  test('the header search dropdown showing results for "cyber"', async () => {
    const { found } = await pool.use((page) =>
      audit(
        page,
        '',
        [LIGHT, DARK],
        async (tab) => {
          await tab.locator('#site-search').fill('cyber');
          await tab.locator('#site-search-results .result').first().waitFor({ state: 'visible' });
        },
        '[data-search="header"]',
      ),
    );
    expect(found, 'axe violations with search results showing').toEqual([]);
  });
});
