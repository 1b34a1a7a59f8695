/**
 * Headless Chromium for the end-to-end tests: Debian's browser (not Playwright's download, which
 * this machine cannot fetch) driven by playwright-core, plus a helper that opens a page and
 * records every console error and uncaught exception it raises.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';

/** The Chromium binary to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
}

/**
 * Keeps the browser quiet and deterministic: no GPU in CI, no background traffic to Google
 * services (the network is closed here, and such requests would only add noise or delays).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches a fresh headless Chromium; Playwright gives it a throwaway temp profile. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (error) {
    throw new Error(
      `Could not launch Chromium at ${executablePath}. Run \`npm run chromium\` (installs Debian's chromium as root) or set CHROMIUM_PATH.\n${String(error)}`,
    );
  }
}

/** A page opened by {@link openPage}, with the errors it logged and a way to dispose of it. */
export interface OpenedPage {
  page: Page;
  /** The main document's response (null for same-document navigations). */
  response: Response | null;
  /** Console errors and uncaught exceptions, in order, since the page was opened. */
  errors: string[];
  /** Closes the page's own browser context. */
  close: () => Promise<void>;
}

/** Opens `url` in a new browser context (fresh cookies, options such as `javaScriptEnabled`). */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  // Playwright waits forever for a missing element by default; fail fast with its message instead.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  if (options.javaScriptEnabled !== false) await scriptsReady(page);
  return { page, response, errors, close: () => context.close() };
}

/** `page.goto(url)` that also waits for the page's scripts (see {@link scriptsReady}). */
export async function gotoReady(
  page: Page,
  url: string,
  options: Parameters<Page['goto']>[1] = {},
): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: 'load', ...options });
  await scriptsReady(page);
  return response;
}

/**
 * Waits until the page's scripts have run and the after-paint styles are in
 * (src/scripts/scripts-ready.ts marks it: the stylesheet can load after the `load` event); and until the full
 * transcript has laid out what it skipped at load (src/scripts/offscreen-layout.ts), so that
 * every element has its real size.
 */
export async function scriptsReady(page: Page): Promise<void> {
  // With JavaScript off (a context option) nothing will load. A page that sends the reader on (a
  // moved passage's refresh) may be gone before it answers: then wait for the next one.
  const scriptingOff = await page.evaluate(() => matchMedia('(scripting: none)').matches).catch(() => null);
  if (scriptingOff === null) {
    await page.waitForLoadState('load');
    return scriptsReady(page);
  }
  if (scriptingOff) return;
  await page.waitForSelector('html[data-scripts="ready"]:not([data-layout-pending])', { state: 'attached' });
}

/** Collects the page's console errors and uncaught exceptions into the returned (live) array. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url;
    // Chromium's automatic /favicon.ico probe (made when a page declares no icon) fails on the
    // first page loaded, whatever it is; tests/e2e/pages.test.ts checks the icon once instead.
    if (source.endsWith('/favicon.ico')) return;
    errors.push(`console.error: ${message.text()} (${source})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}
