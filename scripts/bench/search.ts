/**
 * Search measurements: the bytes the first query fetches (from the first touch of the header box
 * to results on screen), and the warm query-to-results time of the real search UI, plus the
 * Pagefind engine's own time for the same queries, which shows what the UI adds.
 */
import type { Browser, Page } from 'playwright-core';
import type { BenchServer, Served } from './server.ts';

/** Bytes fetched by one first query, by kind. */
export interface FirstQuery {
  query: string;
  /** Transferred (compressed) bytes by kind (other: the results' stylesheet and anything else). */
  transferred: Record<FetchKind, number>;
  /** Raw (on disk) bytes of the same files, by kind. */
  raw: Record<FetchKind, number>;
  requests: number;
  /** Every response, for the index-size table. */
  files: Served[];
}

/** What a fetched file is, for the first-query breakdown. */
export type FetchKind = 'js' | 'wasm' | 'index' | 'fragments' | 'other';

/** Bytes fetched by a query typed into the header box a key at a time, by kind. */
export interface TypedQuery {
  query: string;
  /** Milliseconds between key presses. */
  keyDelayMs: number;
  /** Transferred (compressed) bytes by kind: js is the search runtime (UI and Pagefind loader). */
  transferred: Record<FetchKind, number>;
  requests: number;
  /** How many result fragments were fetched (the results shown, ideally). */
  fragments: number;
}

/** Warm query timings in milliseconds. */
export interface WarmTimings {
  /** Set value → results list updated, through the site's UI (includes its input debounce). */
  ui: number[];
  /** pagefind.search() plus data() of the results the header shows, in the page. */
  engine: number[];
}

const HEADER_BOX = '#site-search';
const HEADER_STATUS = '[data-search="header"] [data-search-status]';
// The header shows this many results (src/scripts/search-ui.ts HEADER_LIMIT): the engine timing
// loads the same number of fragments.
const HEADER_RESULTS = 6;

/** Sorts a fetched URL path into the first-query breakdown. */
export function kindOf(path: string): FetchKind {
  if (/\.pagefind$/.test(path)) return 'wasm';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  // The record shards and words.txt are the site's own files beside the index (search-extras.ts).
  if (/\.pf_(meta|index|filter)$|pagefind-entry\.json$|\/pagefind\/(records\/[0-9a-f]+\.json|words\.txt)$/.test(path)) {
    return 'index';
  }
  if (/\.m?js$/.test(path)) return 'js';
  return 'other';
}

function emptyKinds(): Record<FetchKind, number> {
  return { js: 0, wasm: 0, index: 0, fragments: 0, other: 0 };
}

/** Waits until the header box has drawn its outcome for `query`. */
function waitForOutcome(page: Page, query: string): Promise<unknown> {
  return page.waitForFunction(
    ([selector, text]) => document.querySelector(selector)?.textContent?.includes(`“${text}”`) ?? false,
    [HEADER_STATUS, query] as const,
    { timeout: 15_000 },
  );
}

/**
 * Opens `path` in a fresh context and measures what typing `query` into the box fetches, as the
 * server counted it (from the first touch of the box until results are shown and the network
 * is quiet, so late loads such as Pagefind's worker count too).
 */
export async function measureFirstQuery(
  browser: Browser,
  server: BenchServer,
  path: string,
  query: string,
): Promise<FirstQuery> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    server.take();
    await page.locator(HEADER_BOX).fill(query);
    await waitForOutcome(page, query);
    await page.waitForLoadState('networkidle');
    const files = server.take();
    const transferred = emptyKinds();
    const raw = emptyKinds();
    for (const file of files) {
      transferred[kindOf(file.path)] += file.sent;
      raw[kindOf(file.path)] += file.raw;
    }
    return { query, transferred, raw, requests: files.length, files };
  } finally {
    await context.close();
  }
}

/**
 * Opens `path` in a fresh context and types `query` into the header box a key every
 * `keyDelayMs`, as a reader does: the bytes counted run from the first key to the results for the
 * whole query on screen with the network quiet, so whatever the partial words ("c", "cy", …)
 * made the UI fetch counts too.
 */
export async function measureTypedQuery(
  browser: Browser,
  server: BenchServer,
  path: string,
  query: string,
  keyDelayMs = 100,
): Promise<TypedQuery> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    server.take();
    await page.locator(HEADER_BOX).pressSequentially(query, { delay: keyDelayMs });
    await waitForOutcome(page, query);
    await page.waitForLoadState('networkidle');
    // Late fetches (a debounce, an idle-time load) would land after networkidle: wait them out.
    await page.waitForTimeout(500);
    const files = server.take();
    const transferred = emptyKinds();
    for (const file of files) transferred[kindOf(file.path)] += file.sent;
    const fragments = files.filter((file) => kindOf(file.path) === 'fragments').length;
    return { query, keyDelayMs, transferred, requests: files.length, fragments };
  } finally {
    await context.close();
  }
}

/** Times one query through the UI: from setting the box's value to the status/results redraw. */
function timeUiQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    ([boxSelector, statusSelector, text]) =>
      new Promise<number>((done, fail) => {
        const box = document.querySelector<HTMLInputElement>(boxSelector);
        const status = document.querySelector(statusSelector);
        if (!box || !status) return fail(new Error('no header search box'));
        const timeout = setTimeout(() => fail(new Error(`no results for "${text}" within 10 s`)), 10_000);
        // The UI writes the status and the list in one task; the observer runs right after it.
        const observer = new MutationObserver(() => {
          if (!status.textContent?.includes(`“${text}”`)) return;
          observer.disconnect();
          clearTimeout(timeout);
          done(performance.now() - start);
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        const start = performance.now();
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [HEADER_BOX, HEADER_STATUS, query] as const,
  );
}

/** The part of Pagefind's API the engine timing uses. */
interface PagefindModule {
  search(query: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
}

/**
 * Warm timings over `queries`, `rounds` times, on the page at `path` of the site at `siteUrl`,
 * after one unrecorded round, so that every index chunk is fetched before timing.
 */
export async function measureWarmQueries(
  browser: Browser,
  siteUrl: string,
  path: string,
  queries: readonly string[],
  rounds: number,
): Promise<WarmTimings> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, siteUrl).href, { waitUntil: 'networkidle' });
    await page.locator(HEADER_BOX).fill('warm');
    await waitForOutcome(page, 'warm');
    for (const query of queries) await timeUiQuery(page, query);
    const ui: number[] = [];
    for (let round = 0; round < rounds; round++) for (const query of queries) ui.push(await timeUiQuery(page, query));

    // The module the UI loaded (same URL, so the same configured instance); a string keeps the
    // TypeScript transform from touching import().
    const moduleUrl = new URL('pagefind/pagefind.js', siteUrl).href;
    const pagefind = await page.evaluateHandle(`import(${JSON.stringify(moduleUrl)})`);
    const engine: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        engine.push(
          await pagefind.evaluate(
            async (api, [text, shown]) => {
              const start = performance.now();
              const response = await (api as PagefindModule).search(text);
              await Promise.all(response.results.slice(0, shown).map((result) => result.data()));
              return performance.now() - start;
            },
            [query, HEADER_RESULTS] as const,
          ),
        );
      }
    }
    return { ui, engine };
  } finally {
    await context.close();
  }
}

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}
