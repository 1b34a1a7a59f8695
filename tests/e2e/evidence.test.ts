/**
 * Every claim shows its evidence, as a reader checks it: on each note and summary page every
 * sentence ends with a numbered marker that links to a listed source, and each source quotes the
 * words of it that support us in a <blockquote cite> pointing at the source; the transcript's
 * margin notes and endnotes leave the markers out; /sources/ counts the citations per class and
 * lists every source cited with a reason; the data export carries the excerpts. Clicking a marker
 * lands on its source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { distDir, EVENT, listHtmlPages } from '../../scripts/harness/dist';
import { siteUrl } from '../support/site';

const read = (file: string): Root => fromHtml(readFileSync(`${distDir}${file}`, 'utf8'));
const pages = listHtmlPages().filter((page) => !page.moved);
const notePages = pages.filter((page) => /^notes\/[^/]+\/$/.test(page.path));
const summaryPages = pages.filter((page) => new RegExp(`^${EVENT}/s-[^/]+/$`).test(page.path));
/** The parts of /data/<event>.json these tests read. */
interface ExportedData {
  notes: Array<{ cited: Array<{ cites: string[] }>; sources: Array<{ id: string; excerpt: string; class: string }> }>;
  summaries: Array<{ sources: Array<{ why?: string }> }>;
}
const className = (element: Element) => [element.properties['className'] ?? []].flat().map(String);

/** The sentences of a paragraph with markers: every run of text must end at a marker. */
function uncitedTail(paragraph: Element): string {
  let tail = '';
  const walk = (nodes: Element['children']) => {
    for (const node of nodes) {
      if (node.type === 'text') tail += node.value;
      else if (node.type === 'element' && node.tagName === 'sup' && className(node).includes('cite-ref')) tail = '';
      else if (node.type === 'element') walk(node.children);
    }
  };
  walk(paragraph.children);
  return tail.trim();
}

/** Check one page's cited text and source list; return the problems found. */
function evidenceProblems(file: string, textSelector: string): string[] {
  const tree = read(file);
  const problems: string[] = [];
  const sources = new Map(selectAll('.sources-evidence > li', tree).map((li) => [String(li.properties['id']), li]));
  if (sources.size === 0) problems.push(`${file}: no sources listed`);
  const paragraphs = selectAll(textSelector, tree);
  if (paragraphs.length === 0) problems.push(`${file}: no cited text`);
  const cited = new Set<string>();
  for (const paragraph of paragraphs) {
    const tail = uncitedTail(paragraph);
    if (tail) problems.push(`${file}: text after the last marker: "${tail}"`);
    for (const link of selectAll('sup.cite-ref a', paragraph)) {
      const id = String(link.properties['href']).replace(/^#/, '');
      cited.add(id);
      if (!sources.has(id)) problems.push(`${file}: marker ${toString(link)} links to #${id}, which is not listed`);
    }
  }
  for (const [id, li] of sources) {
    if (!cited.has(id)) problems.push(`${file}: source #${id} is cited by no marker`);
    const url = selectAll('.source__name a', li)[0]?.properties['href'];
    const quote = selectAll('blockquote.source__excerpt', li)[0];
    if (!quote || quote.properties['cite'] !== url || !toString(quote).trim()) {
      problems.push(`${file}: source #${id} has no excerpt quoted with cite="${String(url)}"`);
    }
    if (selectAll('.source__class', li).length !== 1) problems.push(`${file}: source #${id} has no class`);
  }
  if (!selectAll('a', tree).some((link) => String(link.properties['href']).endsWith('/sources/'))) {
    problems.push(`${file}: no link to the source policy`);
  }
  return problems;
}

describe('cited sentences', () => {
  test('every note page cites a listed source after every sentence, and quotes each source', () => {
    expect(notePages.length).toBeGreaterThan(50);
    expect(notePages.flatMap((page) => evidenceProblems(page.file, '.note-page .prose p'))).toEqual([]);
  });

  test('every summary page does the same for the summary’s sentences', () => {
    expect(summaryPages.length).toBeGreaterThan(3);
    expect(summaryPages.flatMap((page) => evidenceProblems(page.file, '.summary__text'))).toEqual([]);
  });

  test('the transcript and passage pages leave the markers out of notes (their weight budget)', () => {
    const offenders = pages
      .filter((page) => page.path.startsWith(`${EVENT}/`))
      .filter((page) => selectAll('.endnotes sup.cite-ref, .summary sup.cite-ref', read(page.file)).length > 0)
      .filter((page) => !summaryPages.includes(page))
      .map((page) => page.path);
    expect(offenders).toEqual([]);
  });
});

describe('/sources/', () => {
  test('counts every citation once, in its class, and lists every source cited with a reason', () => {
    const tree = read('sources/index.html');
    const counts = selectAll('.source-classes dt', tree)
      .map((dt) => /: (\d+) citations/.exec(toString(dt))?.[1])
      .filter(Boolean)
      .map(Number);
    // Notes from their pages; summaries from the data export (a not-found line has no page).
    const noteSources = notePages.flatMap((page) => selectAll('.sources-evidence > li', read(page.file)));
    const summarySources = readdirSync(`${distDir}data`)
      .filter((name) => name.endsWith('.json') && name !== 'events.json' && !name.endsWith('.schema.json'))
      .flatMap((name) => (JSON.parse(readFileSync(`${distDir}data/${name}`, 'utf8')) as ExportedData).summaries)
      .flatMap((summary) => summary.sources);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(noteSources.length + summarySources.length);
    const withWhy =
      noteSources.filter((li) => selectAll('.source__why', li).length > 0).length +
      summarySources.filter((source) => source.why).length;
    expect(selectAll('.sources-why > li', tree)).toHaveLength(withWhy);
  });

  test('is linked from About', () => {
    const about = read('about/index.html');
    expect(selectAll('a', about).some((link) => String(link.properties['href']).endsWith('/sources/'))).toBe(true);
  });
});

describe('the data export', () => {
  test('carries each source’s excerpt and class, and each text as cited runs', () => {
    const data = JSON.parse(readFileSync(`${distDir}data/${EVENT}.json`, 'utf8')) as ExportedData;
    for (const note of data.notes) {
      expect(note.sources.every((source) => source.excerpt && source.class !== 'never')).toBe(true);
      const ids = new Set(note.sources.map((source) => source.id));
      expect(note.cited.flatMap((run) => run.cites).every((id) => ids.has(id))).toBe(true);
    }
  });
});

describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('clicking a marker lands on its source, highlighted and in view', async () => {
    const first = notePages[0];
    if (!first) throw new Error('no note pages');
    const { page, errors, close } = await openPage(browser, siteUrl(first.path));
    const marker = page.locator('.prose sup.cite-ref a').first();
    const href = await marker.getAttribute('href');
    await marker.click();
    expect(new URL(page.url()).hash).toBe(href);
    const target = page.locator(`.sources-evidence > li:target`);
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.locator('blockquote').isVisible()).toBe(true);
    const inView = await target.evaluate((li) => {
      const box = li.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});
