/**
 * Headless Chromium for the end-to-end tests: Debian's browser (not Playwright's download, which
 * this machine cannot fetch) driven by playwright-core, plus a helper that opens a page and
 * records every console error and uncaught exception it raises.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Frame,
  type Page,
  type Response,
} from 'playwright-core';

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
  /** Closes the page and wipes what it stored (see {@link openTab}). */
  close: () => Promise<void>;
}

// One context per browser and set of options, shared by the pages opened in it one after
// another. Creating a context and its first page costs Chromium about twice the CPU of a new tab in
// a context that exists (measured: 0.71 against 0.36 CPU-seconds a note-page load on this machine
// kind), and the end-to-end suite opens hundreds of pages.
const contextsByBrowser = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

/**
 * The context of `browser` for `options` (made on first use): Playwright's default timeout is
 * infinite for a missing element, so fail fast with its message instead, after 15 s.
 */
function sharedContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  let contexts = contextsByBrowser.get(browser);
  if (!contexts) contextsByBrowser.set(browser, (contexts = new Map()));
  const key = JSON.stringify(options);
  let context = contexts.get(key);
  if (!context) {
    context = browser.newContext(options).then((made) => {
      made.setDefaultTimeout(15_000);
      return made;
    });
    contexts.set(key, context);
  }
  return context;
}

/**
 * A new tab for one test, as good as a fresh browser context: in the context {@link sharedContext}
 * keeps for these options, and its `close` wipes what the site stored (the reader's theme
 * choice in localStorage, cookies) before closing the tab, so the next test starts from nothing.
 * Tabs of one context must be used one test at a time (a file's tests run in sequence).
 */
export async function openTab(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; context: BrowserContext; close: () => Promise<void> }> {
  const context = await sharedContext(browser, options);
  const page = await context.newPage();
  // Every origin the tab (or a popup it opened) showed, whose storage the next test must not see.
  const visited = new Set<string>();
  const popups: Page[] = [];
  const track = (frame: Frame) => {
    if (frame.url().startsWith('http')) visited.add(new URL(frame.url()).origin);
  };
  const watch = (tab: Page) => {
    tab.on('framenavigated', track);
    tab.on('popup', (popup) => {
      popups.push(popup);
      watch(popup);
    });
  };
  watch(page);
  const close = async () => {
    if (visited.size > 0 && !page.isClosed()) {
      const cdp = await context.newCDPSession(page);
      for (const origin of visited) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      await cdp.detach();
    }
    await context.clearCookies();
    // The tab, and any popup it opened (window.open, target=_blank), close with it.
    await Promise.all([page, ...popups].map((tab) => tab.close()));
  };
  return { page, context, close };
}

/**
 * Opens `url` in a new tab (see {@link openTab}) for `options` (viewport, `javaScriptEnabled`…),
 * and waits for the page's scripts.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const { page, close } = await openTab(browser, options);
  const errors = watchErrors(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  if (options.javaScriptEnabled !== false) await scriptsReady(page);
  return { page, response, errors, close };
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
