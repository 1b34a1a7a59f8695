/**
 * Quote checker measurements (/check/): the bytes the first check fetches, from the first touch of
 * the form to the answer on screen, and the time from submitting a quote to its answer drawn, warm
 * (data fetched and indexed), for quotes of 20, 100 and 400 words. The quotes are the transcript's
 * own words with every fifth word changed (never exact: the close search, what a reader pasting a
 * translation meets) and with every second word changed (not close either: the slowest path, on
 * through every sentence and clause).
 */
import type { Browser, Page } from 'playwright-core';
import type { BenchServer, Served } from './server.ts';

/** Bytes fetched by a first check. */
export interface FirstCheck {
  transferred: number;
  raw: number;
  files: Served[];
}

/** Median warm time to an answer for a quote of `words` words. */
export interface CheckTiming {
  words: number;
  /** Every how many words one was changed. */
  every: number;
  verdict: string;
  medianMs: number;
  runs: number[];
}

const FIELD = '#check-quote';

/** Submits `quote` through the form and resolves with the milliseconds until the answer is drawn. */
function timeCheck(page: Page, quote: string): Promise<{ ms: number; verdict: string }> {
  return page.evaluate(
    ([selector, text]) =>
      new Promise<{ ms: number; verdict: string }>((done, fail) => {
        const field = document.querySelector<HTMLTextAreaElement>(selector);
        const answer = document.querySelector('[data-check-answer]');
        if (!field || !answer) return fail(new Error('no checker form'));
        answer.replaceChildren();
        const timeout = setTimeout(() => fail(new Error('no answer within 10 s')), 10_000);
        const observer = new MutationObserver(() => {
          const drawn = answer.querySelector('.check-answer');
          if (!drawn) return;
          observer.disconnect();
          clearTimeout(timeout);
          done({ ms: performance.now() - start, verdict: drawn.getAttribute('data-verdict') ?? '' });
        });
        observer.observe(answer, { childList: true, subtree: true });
        field.value = text;
        const start = performance.now();
        field.form?.requestSubmit();
      }),
    [FIELD, quote] as const,
  );
}

/** Opens the checker in a fresh context and measures what the first check fetches. */
export async function measureFirstCheck(browser: Browser, server: BenchServer, quote: string): Promise<FirstCheck> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('check/', server.url).href, { waitUntil: 'networkidle' });
    server.take();
    await page.locator(FIELD).fill(quote);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.locator('[data-check-answer] .check-answer').waitFor();
    await page.waitForLoadState('networkidle');
    const files = server.take();
    return {
      transferred: files.reduce((sum, file) => sum + file.sent, 0),
      raw: files.reduce((sum, file) => sum + file.raw, 0),
      files,
    };
  } finally {
    await context.close();
  }
}

/** A quote of `count` words from the transcript's text, every `every`th word changed. */
export function editedQuote(text: string, count: number, every: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let at = 0; out.length < count; at++) {
    out.push(at % every === every - 1 ? 'indeed' : (words[at % words.length] ?? ''));
  }
  return out.join(' ');
}

/** Warm timings for quotes of each length in `lengths`, `rounds` runs each after a warm-up. */
export async function measureCheckTimes(
  browser: Browser,
  siteUrl: string,
  text: string,
  lengths: readonly number[],
  rounds: number,
): Promise<CheckTiming[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('check/', siteUrl).href, { waitUntil: 'networkidle' });
    await page.locator(FIELD).fill('warm up');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.locator('[data-check-answer] .check-answer').waitFor();
    const timings: CheckTiming[] = [];
    for (const [words, every] of lengths.flatMap((length) => [[length, 5] as const, [length, 2] as const])) {
      const quote = editedQuote(text, words, every);
      await timeCheck(page, quote);
      const runs: number[] = [];
      let verdict = '';
      for (let round = 0; round < rounds; round++) {
        const result = await timeCheck(page, quote);
        runs.push(result.ms);
        verdict = result.verdict;
      }
      const sorted = [...runs].sort((a, b) => a - b);
      timings.push({ words, every, verdict, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runs });
    }
    return timings;
  } finally {
    await context.close();
  }
}
