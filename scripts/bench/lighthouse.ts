/**
 * Lighthouse per page: the `lighthouse` package's default (mobile) configuration, in Debian's
 * Chromium started by chrome-launcher (headless, no sandbox, loopback only), for the four
 * categories DESIGN.md holds at 100, and the load figures the performance score rests on: LCP,
 * TBT, CLS, the requests and bytes at load, and the requests that block rendering (as Chromium
 * itself marks them in the trace). Each page is run several times and the median kept: on a
 * shared two-core machine one run can be far off. Also says which audits cost points.
 *
 * Two columns of load figures: Lighthouse's default *simulated* throttling (a fast load, then a
 * model of a phone on a slow network), which the scores use, and throttling *applied* for real
 * (`throttlingMethod: 'devtools'`: the same network and 4× CPU slow-down imposed on the browser
 * while it loads), which is what a reader gets; loading questions are decided on the applied one
 * (DESIGN.md: nothing is built only to please a simulator). Runs are interleaved, run 1 of every
 * page before run 2 of any, so that a noisy minute on a shared machine falls on all pages alike.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';

/** The categories measured, in the order printed. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** One run's load figures. */
export interface LoadMetrics {
  /** Largest Contentful Paint, ms (simulated mobile throttling, as the score uses). */
  lcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Requests made during the load, the document included. */
  requests: number;
  /** Bytes transferred during the load (compressed, with headers). */
  bytes: number;
  /** Requests Chromium marked render-blocking (the document itself not counted). */
  renderBlocking: number;
}

/** How the load was throttled: Lighthouse's simulation, or the throttling applied for real. */
export type Throttling = 'simulate' | 'devtools';

/** The medians (and spread) of one page's load figures under one kind of throttling. */
export interface LoadSummary {
  /** How many runs the medians are of. */
  runs: number;
  metrics: { [K in keyof LoadMetrics]: number | null };
  /** Every run's LCP and TBT, in run order, to show the spread. */
  lcpRuns: Array<number | null>;
  tbtRuns: Array<number | null>;
}

/** One page's median scores (0–100, or null when Lighthouse could not score) and figures. */
export interface LighthouseResult {
  name: string;
  /** How many runs the medians are of. */
  runs: number;
  scores: Record<Category, number | null>;
  /** The median of each figure over the simulated runs (null when no run gave it). */
  metrics: { [K in keyof LoadMetrics]: number | null };
  /** The same figures with throttling applied for real, when measured. */
  applied?: LoadSummary;
  /** Performance score of every run, in run order, to show the spread. */
  performanceRuns: Array<number | null>;
  /** Audits that scored below 1 in a category below 100 (in the median-performance run). */
  losses: string[];
  /** Lighthouse's own error for a run, if any. */
  error?: string;
}

/** How many runs per page: $BENCH_RUNS (default 7; 1 for a quick look). */
export function benchRuns(): number {
  const runs = Number(process.env['BENCH_RUNS'] ?? 7);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not "${process.env['BENCH_RUNS']}"`);
  return runs;
}

/** The middle value (the lower middle of an even count), or null for none. */
export function median(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : (known[Math.floor((known.length - 1) / 2)] ?? null);
}

/** The first elements an audit's details name (CSS selectors), so a loss says where to look. */
function offenders(details: unknown, count = 2): string {
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return '';
  const selectors = items
    .map((item: unknown) => (item as { node?: { selector?: unknown } }).node?.selector)
    .filter((selector): selector is string => typeof selector === 'string');
  const more = selectors.length > count ? ` and ${selectors.length - count} more` : '';
  return selectors.length > 0 ? `${selectors.slice(0, count).join(', ')}${more}` : '';
}

interface TraceEvent {
  name?: string;
  args?: { data?: { renderBlocking?: string; url?: string; resourceType?: string } };
}

/**
 * Requests that hold the first paint, from Chromium's own `renderBlocking` mark on each request
 * in the trace ("blocking" in the head, "in_body_parser_blocking" in the body). The document is
 * not one of them.
 */
function renderBlockingCount(artifacts: unknown): number | null {
  const traces = (artifacts as { traces?: Record<string, { traceEvents?: TraceEvent[] }> } | undefined)?.traces;
  const events = traces?.['defaultPass']?.traceEvents;
  if (!events) return null;
  const urls = new Set<string>();
  for (const event of events) {
    const data = event.args?.data;
    if (event.name !== 'ResourceSendRequest' || !data?.url) continue;
    if (data.renderBlocking === 'blocking' || data.renderBlocking === 'in_body_parser_blocking') urls.add(data.url);
  }
  return urls.size;
}

interface OneRun {
  scores: Record<Category, number | null>;
  metrics: { [K in keyof LoadMetrics]: number | null };
  losses: string[];
  error?: string;
}

/**
 * Runs Lighthouse once on `url` in the Chromium listening on `port`. An applied-throttling run
 * measures performance only: the other categories do not depend on throttling.
 */
async function runOnce(url: string, port: number, throttling: Throttling): Promise<OneRun> {
  const onlyCategories = throttling === 'simulate' ? [...CATEGORIES] : ['performance'];
  const run = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories },
    { extends: 'lighthouse:default', settings: { throttlingMethod: throttling } },
  );
  const lhr = run?.lhr;
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = lhr?.categories[category]?.score;
      return [category, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Record<Category, number | null>;
  const numeric = (id: string) => {
    const value = lhr?.audits[id]?.numericValue;
    return typeof value === 'number' ? value : null;
  };
  const network = (lhr?.audits['network-requests']?.details as { items?: Array<{ transferSize?: number }> })?.items;
  const metrics = {
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    requests: network ? network.length : null,
    bytes: network ? network.reduce((total, item) => total + (item.transferSize ?? 0), 0) : null,
    renderBlocking: renderBlockingCount(run?.artifacts),
  };
  const losses: string[] = [];
  // Only where the category fell below 100: a 0.99 audit in a category that rounds to 100 is noise.
  for (const category of CATEGORIES.filter((name) => scores[name] !== 100)) {
    for (const ref of lhr?.categories[category]?.auditRefs ?? []) {
      const audit = lhr?.audits[ref.id];
      if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) {
        const value = audit.displayValue ? `, ${audit.displayValue}` : '';
        // CLS names no elements itself; its companion audit lists the shifted ones.
        const details = ref.id === 'cumulative-layout-shift' ? lhr?.audits['layout-shifts']?.details : audit.details;
        const where = offenders(details);
        losses.push(`${category}: ${ref.id} (${audit.score}${value})${where ? ` at ${where}` : ''}`);
      }
    }
  }
  const error = lhr?.runtimeError?.message;
  return { scores, metrics, losses, ...(error ? { error } : {}) };
}

const METRIC_KEYS = ['lcp', 'tbt', 'cls', 'requests', 'bytes', 'renderBlocking'] as const;

/** The medians of a page's runs under one kind of throttling. */
function summarise(all: readonly OneRun[]): LoadSummary {
  const metrics = Object.fromEntries(
    METRIC_KEYS.map((key) => [key, median(all.map((run) => run.metrics[key]))]),
  ) as LoadSummary['metrics'];
  return {
    runs: all.length,
    metrics,
    lcpRuns: all.map((run) => run.metrics.lcp),
    tbtRuns: all.map((run) => run.metrics.tbt),
  };
}

/** Options of {@link runLighthouse}. */
export interface RunOptions {
  /** Which throttling to measure under (default: both, simulated first in each round). */
  throttling?: readonly Throttling[];
  progress?: (message: string) => void;
}

/**
 * Runs Lighthouse `runs` times on each `[name, url]` under each kind of throttling, one load at a
 * time (in parallel they would skew timings) and interleaved (round 1 of every page, then round
 * 2…), and keeps the median of every figure. Scores come from the simulated runs when there are
 * any, else from the applied ones (performance only).
 */
export async function runLighthouse(
  pages: ReadonlyArray<readonly [string, string]>,
  runs: number,
  { throttling = ['simulate', 'devtools'], progress = () => {} }: RunOptions = {},
): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const all = new Map<string, Record<Throttling, OneRun[]>>(
      pages.map(([name]) => [name, { simulate: [], devtools: [] }]),
    );
    for (let index = 0; index < runs; index++) {
      for (const [name, url] of pages) {
        for (const method of throttling) {
          progress(
            `Lighthouse round ${index + 1} of ${runs}: ${name} (${method === 'simulate' ? 'simulated' : 'applied'})`,
          );
          all.get(name)?.[method].push(await runOnce(url, chrome.port, method));
        }
      }
    }
    return pages.map(([name]) => {
      const byMethod = all.get(name) ?? { simulate: [], devtools: [] };
      const scored = byMethod.simulate.length > 0 ? byMethod.simulate : byMethod.devtools;
      const performanceRuns = scored.map((run) => run.scores.performance);
      const medianPerformance = median(performanceRuns);
      const representative = scored.find((run) => run.scores.performance === medianPerformance) ?? scored[0];
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, median(scored.map((run) => run.scores[category]))]),
      ) as Record<Category, number | null>;
      const error = [...byMethod.simulate, ...byMethod.devtools].find((run) => run.error)?.error;
      return {
        name,
        runs,
        scores,
        metrics: summarise(byMethod.simulate).metrics,
        ...(byMethod.devtools.length > 0 ? { applied: summarise(byMethod.devtools) } : {}),
        performanceRuns,
        losses: representative?.losses ?? [],
        ...(error ? { error } : {}),
      };
    });
  } finally {
    chrome.kill();
  }
}
