/**
 * Search ranking against the real built index: every query of scripts/harness/search-queries.ts is run
 * in Chromium through dist/pagefind/pagefind.js with the ranking the site's client applies
 * (RANKING, imported from src/scripts/pagefind-client.ts, not copied), and must put the passage
 * a reader wants where the query set says. A check at the end types a few of the queries into the
 * site's own search box, so the harness cannot drift from what readers get.
 */
import { readFileSync } from 'node:fs';
import type { Browser, JSHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { RANKING } from '../../src/scripts/pagefind-client';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { sitePath, siteUrl } from '../support/site';
import { PHRASE_TOP, QUERIES, type RankingQuery, type TopicQuery } from '../../scripts/harness/search-queries';

/** The part of Pagefind's browser API this file uses. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options: { filters: Record<string, unknown> },
  ): Promise<{
    results: Array<{
      score: number;
      data(): Promise<{ url: string; meta: Record<string, string>; filters?: Record<string, string[]> }>;
    }>;
  }>;
}

/** One result as the tests see it: the segment it leads to, its score and its topic ids. */
interface Hit {
  id: string;
  score: number;
  topics: string[];
}

interface TopicEntry {
  id: string;
  label: string;
  aliases?: string[];
}

const topicsYaml = parse(readFileSync(new URL('../../content/topics.yaml', import.meta.url), 'utf8')) as TopicEntry[];
const publishedIds = new Set(
  readFileSync(new URL('../../content/published-ids.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(`${EVENT}/`))
    .map((line) => line.slice(EVENT.length + 1)),
);

/** True when `phrase` occurs in `text` as whole words, ignoring case. */
function containsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
}

/** The top of a ranking, for failure messages: `1. a-cyber 31.98 [cyber election-interference]`. */
function describeTop(hits: Hit[], count = 6): string {
  if (hits.length === 0) return '  (no results)';
  return hits
    .slice(0, count)
    .map((hit, index) => `  ${index + 1}. ${hit.id}  ${hit.score.toFixed(2)}  [${hit.topics.join(' ')}]`)
    .join('\n');
}

describe('the query set', () => {
  test('has at least 30 distinct queries', () => {
    const queries = QUERIES.map((entry) => entry.query.toLowerCase());
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(queries).size).toBe(queries.length);
  });

  test.each(QUERIES.map((entry) => [entry.query, entry] as const))(
    '"%s" expects a published segment',
    (_query, entry) => {
      expect(publishedIds, `unknown segment id "${entry.expected}"`).toContain(entry.expected);
    },
  );

  // A "topic word" is only fair to hold to the topic rule if it is that topic's label or alias.
  const topicQueries = QUERIES.filter((entry): entry is TopicQuery => entry.kind === 'topic');
  test.each(topicQueries.map((entry) => [entry.query, entry] as const))(
    '"%s" is a label or alias of its topics',
    (_query, entry) => {
      for (const id of entry.topics) {
        const topic = topicsYaml.find((candidate) => candidate.id === id);
        expect(topic, `unknown topic "${id}"`).toBeDefined();
        const words = [topic?.label ?? '', ...(topic?.aliases ?? [])];
        expect(
          words.some((word) => containsPhrase(word, entry.query)),
          `"${entry.query}" is not in the label or aliases of topic "${id}": ${words.join(', ')}`,
        ).toBe(true);
      }
    },
  );

  test('the ranking options reach the browser unchanged (plain data, no functions)', () => {
    expect(JSON.parse(JSON.stringify(RANKING))).toStrictEqual(RANKING);
  });
});

/** Topic label → topic id, from content/topics.yaml. */
const TOPIC_IDS = new Map(
  (
    parse(readFileSync(new URL('../../content/topics.yaml', import.meta.url), 'utf8')) as Array<{
      id: string;
      label: string;
    }>
  ).map((topic) => [topic.label, topic.id]),
);

let browser: Browser;
let close: () => Promise<void>;
let pagefind: JSHandle<PagefindModule>;
/** Every record in the index, by segment id: its topic ids. */
let records: Map<string, string[]>;

/** The segment id a result URL leads to: `/base/<event>/<id>/` → `<id>`. */
function segmentIdOf(url: string): string {
  return new URL(url, siteUrl()).pathname.split('/').filter(Boolean).at(-1) ?? url;
}

/** Runs `query` (null: every record) through Pagefind in the page, loading every result's data. */
async function searchAll(query: string | null): Promise<Hit[]> {
  const raw = await pagefind.evaluate(async (api, text) => {
    // No filter chosen, as in the header box; the check at the end of this file compares the
    // outcome with the site's own client, so a difference in how it calls search would show.
    const response = await api.search(text, { filters: {} });
    return Promise.all(
      response.results.map(async (result) => {
        const data = await result.data();
        return { url: data.url, score: result.score, topics: (data.filters?.['topic'] ?? []).join('\n') };
      }),
    );
  }, query);
  return raw.map((hit) => ({
    id: segmentIdOf(hit.url),
    score: hit.score,
    // The records carry topic labels (their `topic` filter); the query set speaks in topic ids.
    topics: hit.topics
      .split('\n')
      .filter(Boolean)
      .map((label) => TOPIC_IDS.get(label) ?? label),
  }));
}

beforeAll(async () => {
  browser = await launchBrowser();
  const opened = await openPage(browser, siteUrl('about/'));
  close = opened.close;
  // evaluateHandle with a string: vitest rewrites `import()` inside functions, and the page
  // could not run the rewritten call; a handle to the module namespace avoids import() in tests.
  pagefind = (await opened.page.evaluateHandle(
    `import(${JSON.stringify(siteUrl('pagefind/pagefind.js'))})`,
  )) as JSHandle<PagefindModule>;
  await pagefind.evaluate(
    async (api, options) => {
      await api.options(options);
      await api.init();
    },
    { baseUrl: sitePath(), ranking: RANKING },
  );
  records = new Map((await searchAll(null)).map((hit) => [hit.id, hit.topics]));
});

afterAll(async () => {
  await close?.();
  await browser?.close();
});

describe('the index', () => {
  test('holds one record per segment and nothing else', () => {
    const segments = [...records.keys()];
    expect(segments.length).toBeGreaterThan(20);
    for (const id of segments) expect(publishedIds, `record "${id}" is not a segment`).toContain(id);
    expect(segments).not.toContain(EVENT);
  });
});

/** Checks a topic query: expected first, every tagged passage found, tagged passages on top. */
function checkTopic(entry: TopicQuery, hits: Hit[]): void {
  const top = `top results for "${entry.query}":\n${describeTop(hits)}`;
  const tagged = new Set(
    [...records].filter(([, topics]) => topics.some((id) => entry.topics.includes(id))).map(([id]) => id),
  );
  // Passages Pagefind scores exactly alike (same tags, neither holding the word) come in index
  // order; the expected one must then share the top score rather than be literally first.
  const expectedHit = hits.find((hit) => hit.id === entry.expected);
  const first = expectedHit && expectedHit.score === hits[0]?.score ? entry.expected : hits[0]?.id;
  expect.soft(first, `"${entry.expected}" should be first; ${top}`).toBe(entry.expected);
  // Labels and aliases are in every tagged record's metadata, so the query reaches all of them.
  const missing = [...tagged].filter((id) => !hits.some((hit) => hit.id === id));
  expect.soft(missing, `passages tagged ${entry.topics.join('/')} not found; ${top}`).toEqual([]);
  // "Every result in the top 3 is tagged", as far as there are that many tagged passages.
  const window = Math.min(3, tagged.size);
  const untagged = hits.slice(0, window).filter((hit) => !tagged.has(hit.id));
  expect
    .soft(
      untagged.map((hit) => hit.id),
      `the first ${window} results should all be tagged ${entry.topics.join(' or ')}; ${top}`,
    )
    .toEqual([]);
}

/** Checks a name or phrase query: the expected passage is in the top PHRASE_TOP. */
function checkPhrase(entry: RankingQuery, hits: Hit[]): void {
  const rank = hits.findIndex((hit) => hit.id === entry.expected) + 1;
  expect(
    rank >= 1 && rank <= PHRASE_TOP,
    `"${entry.expected}" should be in the top ${PHRASE_TOP} (it is ${rank ? `#${rank}` : 'not found'}); top results for "${entry.query}":\n${describeTop(hits)}`,
  ).toBe(true);
}

describe('ranking', () => {
  test.each(QUERIES.map((entry) => [entry.kind, entry.query, entry] as const))(
    '%s "%s"',
    async (_kind, query, entry) => {
      const hits = await searchAll(query);
      if (entry.kind === 'topic') checkTopic(entry, hits);
      else checkPhrase(entry, hits);
    },
  );
});

describe('the harness ranks as the site does', () => {
  let page: Page;
  let closeSite: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openPage(browser, siteUrl(`${EVENT}/`));
    page = opened.page;
    closeSite = opened.close;
  });
  afterAll(async () => {
    await closeSite?.();
  });

  // Queries whose top six differ a lot between rankings, so a different option would show.
  test.each(['Syria', 'election interference', 'Obama', 'Assad'])(
    'the header box ranks "%s" like the harness',
    async (query) => {
      const input = page.locator('#site-search');
      await input.fill(query);
      const status = page.locator('[data-search="header"] [data-search-status]');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(`“${query}”`);
      const shown = await page
        .locator('#site-search-results a.result__link')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      const expected = (await searchAll(query)).slice(0, shown.length).map((hit) => hit.id);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.map(segmentIdOf)).toEqual(expected);
    },
  );
});
