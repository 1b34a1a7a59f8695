/**
 * The site's summaries of Rex Tillerson's words, as readers meet them: every one labelled as a
 * summary and not transcript text, with its sources; placed where he spoke (after the opening
 * remarks; question → summary → Lavrov's answer); never inside a transcript paragraph, a citation
 * of Lavrov's words or the .txt/.md downloads; cited as the site's work; found by search, labelled
 * there, and separated from the transcript by the kind filter; listed on their topics' pages.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser';
import { distDir, EVENT, listHtmlPages } from '../../scripts/harness/dist';
import { sitePath, siteUrl } from '../support/site';
import { reusedTab } from '../support/page-session';

interface ExportedSummary {
  id: string;
  kind: 'statement' | 'answer';
  status: 'found' | 'partly-found' | 'not-found';
  before: string;
  exchange?: string;
  text: string;
  quotes: string[];
  sources: Array<{ url: string }>;
  url?: string;
}
interface ExportedBlock {
  id: string;
  type: string;
  kind: string;
  after?: string[];
}

const data = JSON.parse(readFileSync(`${distDir}data/${EVENT}.json`, 'utf8')) as {
  blocks: ExportedBlock[];
  summaries: ExportedSummary[];
};
const summaries = data.summaries;
/** A stretch of each summary's own words (no quote), to look for where it must not be. */
const fingerprints = summaries.map((summary) => summary.text.replace(/“[^”]*”/g, '…').slice(0, 50));
const SITE_NAME = 'Lavrov–Tillerson, Moscow, 12 April 2017';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// These tests read pages and never change them: one tab serves them all.
const inTab = reusedTab(() => browser);

/** Open `path` of the site, run `check` on the page and return what it found. */
async function onPage<T>(path: string, check: (page: Page) => Promise<T>): Promise<T> {
  let found: T | undefined;
  await inTab(path, async (page) => void (found = await check(page)));
  return found as T;
}

describe('the summaries in the data', () => {
  test('there are summaries, each with at least one https source, and the opening statement among them', () => {
    expect(summaries.length).toBe(8);
    expect(summaries[0]).toMatchObject({ id: 's-opening', kind: 'statement', before: 'q-rhetoric' });
    for (const summary of summaries) {
      expect(summary.sources.length, summary.id).toBeGreaterThan(0);
      for (const source of summary.sources) expect(source.url, summary.id).toMatch(/^https:\/\//);
    }
  });
});

// Every built page that shows a summary: the transcript, the question and answer pages around
// one, the summaries' own pages and the topic pages that list them.
const pagesWithSummaries = listHtmlPages()
  .filter((page) => !page.moved && /<aside[^>]*class="summary/.test(readFileSync(`${distDir}${page.file}`, 'utf8')))
  .map((page) => page.path);

describe('every summary block', () => {
  test('is shown on the transcript, the pages of its exchange and its own page', () => {
    expect(pagesWithSummaries).toContain(`${EVENT}/`);
    for (const summary of summaries.filter((candidate) => candidate.exchange)) {
      expect(pagesWithSummaries).toContain(`${EVENT}/${summary.exchange}/`);
      expect(pagesWithSummaries).toContain(`${EVENT}/${summary.before}/`);
    }
    for (const summary of summaries.filter((candidate) => candidate.url)) {
      expect(pagesWithSummaries).toContain(`${EVENT}/${summary.id}/`);
    }
  });

  test.each(pagesWithSummaries)(
    '/%s: labelled as not transcript, with sources, and none of its words in a transcript paragraph or citation',
    async (path) => {
      const found = await onPage(path, (page) =>
        page.evaluate((texts) => {
          // On the summary's own page its sentences cite the sources listed below it, with their words.
          const evidence = document.querySelector('.sources-evidence');
          const blocks = [...document.querySelectorAll<HTMLElement>('aside.summary')].map((block) => ({
            label: block.querySelector('.summary__label')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            sources:
              block.querySelector('sup.cite-ref') && evidence
                ? evidence.querySelectorAll(':scope > li').length
                : block.querySelectorAll('.summary__sources li').length,
            links: [
              ...(block.querySelector('sup.cite-ref') && evidence
                ? evidence.querySelectorAll<HTMLAnchorElement>('.source__name a')
                : block.querySelectorAll<HTMLAnchorElement>('.summary__sources a')),
            ].map((link) => link.href),
            pageLink: block.querySelector<HTMLAnchorElement>('.summary__page-link a')?.href ?? null,
            ignored: block.closest('[data-pagefind-ignore]') !== null,
            indexed: block.closest('[data-pagefind-body]') !== null,
          }));
          // The speakers' words: anchored paragraphs and segment bodies; and Lavrov's citations.
          const transcript = [...document.querySelectorAll('p[id], .segment__body, .segment .cite')].map(
            (element) => element.textContent ?? '',
          );
          const leaks = texts.filter((text) => transcript.some((words) => words.includes(text)));
          return { blocks, leaks };
        }, fingerprints),
      );
      expect(found.blocks.length).toBeGreaterThan(0);
      for (const block of found.blocks) {
        expect(block.label).toMatch(
          /^(Summary|Not found) — Rex Tillerson’s (answer|opening statement)(: .+)? \(not transcript text\)$/,
        );
        expect(block.sources).toBeGreaterThan(0);
        // The full transcript names the sources and leaves their links to the summary's page.
        if (path === `${EVENT}/` && block.pageLink) expect(block.links).toEqual([]);
        else expect(block.links.length).toBe(block.sources);
        for (const url of block.links) expect(url).toMatch(/^https:\/\//);
        // Only on its own page is a summary a search record; elsewhere it is not the source's words.
        expect(block.ignored || block.indexed).toBe(true);
      }
      expect(found.leaks).toEqual([]);
    },
  );
});

describe('where the summaries stand', () => {
  test('on the transcript: the statement after the opening remarks, each answer right before the Lavrov answer', async () => {
    const order = await onPage(`${EVENT}/`, (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('aside.summary')].map((block) => ({
          id: block.id,
          previous: block.previousElementSibling?.id ?? '',
          next: block.nextElementSibling?.id ?? '',
          nextNotice: block.nextElementSibling?.querySelector('.absent-notice')?.textContent ?? '',
        })),
      ),
    );
    expect(order.map((block) => block.id)).toEqual(summaries.map((summary) => summary.id));
    const remarks = data.blocks.filter((block) => block.kind === 'remarks');
    expect(order[0]).toMatchObject({ id: 's-opening', previous: remarks.at(-1)?.id, next: '' });
    for (const block of order.slice(1)) {
      const summary = summaries.find((candidate) => candidate.id === block.id);
      expect(block.next).toBe(summary?.before);
      expect(block.previous).toBe(summary?.exchange);
      // The grey "answered first; that answer is not part of this source" line is replaced.
      expect(block.nextNotice).toBe('');
    }
  });

  test('no page still says Tillerson’s answer is missing where a summary now stands', () => {
    for (const page of listHtmlPages()) {
      expect(readFileSync(`${distDir}${page.file}`, 'utf8'), page.file).not.toContain('answered first;');
    }
  });

  test.each(summaries.filter((summary) => summary.kind === 'answer').map((summary) => [summary.before, summary]))(
    'the page of %s shows the question, then the summary of Tillerson’s answer, then Lavrov’s answer',
    async (_answer, summary) => {
      const positions = await onPage(`${EVENT}/${summary.before}/`, (page) =>
        page.evaluate(
          (ids) => ids.map((id) => [...document.querySelectorAll('[id]')].findIndex((element) => element.id === id)),
          [`context-${summary.exchange}`, summary.id, summary.before],
        ),
      );
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    },
  );
});

describe('kept out of the speakers’ words', () => {
  test.each(['txt', 'md'])('the .%s download of the transcript holds no summary', (extension) => {
    const text = readFileSync(`${distDir}data/${EVENT}.${extension}`, 'utf8');
    expect(text.length).toBeGreaterThan(10_000);
    for (const fingerprint of fingerprints) expect(text).not.toContain(fingerprint);
    expect(text).not.toContain('not transcript text');
  });

  test('a summary is cited as the site’s work; Lavrov’s answer after it, as his, without it', async () => {
    const summaryCite = await onPage(`${EVENT}/s-transition/`, (page) => page.locator('#cite-plain').textContent());
    const answerCite = await onPage(`${EVENT}/a-transition/`, (page) => page.locator('#cite-plain').textContent());
    expect(summaryCite?.trim().startsWith(`${SITE_NAME}. “Summary of Rex Tillerson’s Answer`)).toBe(true);
    expect(summaryCite).not.toMatch(/^Tillerson/);
    expect(answerCite?.trim().startsWith('Lavrov, Sergey.')).toBe(true);
    expect(answerCite).not.toContain('Summary');
  });
});

describe('finding the summaries', () => {
  test('“Tillerson low point” finds the opening summary, labelled as a summary', async () => {
    await onPage('search/?q=Tillerson+low+point', async (page) => {
      const first = page.locator('main .result').first();
      await expect
        .poll(() => first.locator('a.result__link').getAttribute('href'), { timeout: 10_000 })
        .toContain('/s-opening/');
      expect(await first.locator('.result__role').textContent()).toBe(
        'Summary of Rex Tillerson’s opening statement (not transcript text)',
      );
    });
  });

  test('the kind filter separates the summaries from the transcript', async () => {
    const ids = await onPage('about/', async (page) => {
      const pagefind = await page.evaluateHandle(`import(${JSON.stringify(siteUrl('pagefind/pagefind.js'))})`);
      return pagefind.evaluate(async (api, base) => {
        const module = api as {
          options(options: object): Promise<void>;
          search(
            query: string | null,
            options: object,
          ): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
        };
        await module.options({ baseUrl: base });
        const idsOf = async (query: string | null, kind: string) => {
          const response = await module.search(query, { filters: { kind } });
          const pages = await Promise.all(response.results.map((result) => result.data()));
          return pages.map((data) => data.url.split('/').filter(Boolean).at(-1) ?? '');
        };
        return {
          summaries: await idsOf(null, 'Summary (not transcript)'),
          answers: await idsOf('Tillerson', 'Answer'),
        };
      }, sitePath());
    });
    expect(ids.summaries.sort()).toEqual(
      summaries
        .filter((summary) => summary.url)
        .map((summary) => summary.id)
        .sort(),
    );
    expect(ids.answers.length).toBeGreaterThan(0);
    expect(ids.answers.filter((id) => id.startsWith('s-'))).toEqual([]);
  });

  test('a topic page lists the summaries tagged with it, marked as summaries', async () => {
    const listed = await onPage('topics/cyber/', (page) =>
      page.locator('.passage--summary').evaluateAll((items) =>
        items.map((item) => ({
          href: item.querySelector('.passage__title a')?.getAttribute('href') ?? '',
          role: item.querySelector('.passage__role')?.textContent ?? '',
        })),
      ),
    );
    expect(listed).toEqual([
      { href: sitePath(`${EVENT}/s-cyber/`), role: 'Summary of Rex Tillerson’s answer (not transcript text)' },
    ]);
  });
});
