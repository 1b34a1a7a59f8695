/**
 * Lighthouse scores per page: the `lighthouse` package's default (mobile) configuration, in
 * Debian's Chromium started by chrome-launcher (headless, no sandbox, loopback only), for the four
 * categories DESIGN.md holds at 100. Also says which audits cost points, so a ✗ can be acted on.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';

/** The categories measured, in the order printed. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of {@link CATEGORIES}. */
export type Category = (typeof CATEGORIES)[number];

/** One page's scores (0–100, or null when Lighthouse could not score) and what cost points. */
export interface LighthouseResult {
  name: string;
  scores: Record<Category, number | null>;
  /** Audits that scored below 1 in a measured category, e.g. `target-size (0)`. */
  losses: string[];
  /** Lighthouse's own error for the run, if any. */
  error?: string;
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

/** Runs Lighthouse on each `[name, url]`, one after another (in parallel they would skew timings). */
export async function runLighthouse(pages: ReadonlyArray<readonly [string, string]>): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const results: LighthouseResult[] = [];
    for (const [name, url] of pages) {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = run?.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => {
          const score = lhr?.categories[category]?.score;
          return [category, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as Record<Category, number | null>;
      const losses: string[] = [];
      // Only where the category fell below 100: a 0.99 audit in a category that rounds to 100 is noise.
      for (const category of CATEGORIES.filter((name) => scores[name] !== 100)) {
        for (const ref of lhr?.categories[category]?.auditRefs ?? []) {
          const audit = lhr?.audits[ref.id];
          if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) {
            const value = audit.displayValue ? `, ${audit.displayValue}` : '';
            // CLS names no elements itself; its companion audit lists the shifted ones.
            const details =
              ref.id === 'cumulative-layout-shift' ? lhr?.audits['layout-shifts']?.details : audit.details;
            const where = offenders(details);
            losses.push(`${category}: ${ref.id} (${audit.score}${value})${where ? ` at ${where}` : ''}`);
          }
        }
      }
      const error = lhr?.runtimeError?.message;
      results.push({ name, scores, losses, ...(error ? { error } : {}) });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
