/**
 * The corrections log as readers and feed readers meet it: the Atom feed parses as XML and has
 * what Atom 1.0 requires, with absolute URLs under the site's address; /corrections/ lists every
 * entry of content/corrections.yaml, newest first, each at a permanent anchor and linking to what
 * it corrected; every page announces the feed; and each corrected note says when, linking to its
 * entry, on its own page and in its popover on the transcript.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { distDir, EVENT } from '../../scripts/harness/dist';
import { sitePath, siteUrl } from '../support/site';

/** The log as editors wrote it. */
const log = (parse(readFileSync(new URL('../../content/corrections.yaml', import.meta.url), 'utf8')) ?? []) as Array<{
  date: string;
  target: string;
}>;
const correctedNotes = [
  ...new Set(log.flatMap((entry) => (entry.target.startsWith('note:') ? [entry.target.slice(5)] : []))),
];

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
/** The ids of the entries on /corrections/, as the browser shows them. */
let logAnchors: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, close } = await openPage(browser, siteUrl('corrections/')));
  logAnchors = await page
    .locator('article.correction')
    .evaluateAll((articles) => articles.map((article) => article.id));
});
afterAll(async () => {
  await close?.();
  await browser?.close();
});

/** What the feed says, read with the browser's XML parser. */
interface FeedFacts {
  error: string | null;
  namespace: string | null;
  feed: Record<string, string | null>;
  self: string | null;
  alternate: string | null;
  entries: Array<Record<string, string | null>>;
}

async function readFeed(): Promise<FeedFacts> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const root = xml.documentElement;
    const child = (parent: Element, name: string) =>
      [...parent.children].find((element) => element.localName === name) ?? null;
    const link = (parent: Element, rel: string) =>
      [...parent.children]
        .find((element) => element.localName === 'link' && (element.getAttribute('rel') ?? 'alternate') === rel)
        ?.getAttribute('href') ?? null;
    const text = (parent: Element, name: string) => child(parent, name)?.textContent ?? null;
    return {
      error: xml.querySelector('parsererror')?.textContent ?? null,
      namespace: root.namespaceURI,
      feed: {
        id: text(root, 'id'),
        title: text(root, 'title'),
        updated: text(root, 'updated'),
        author: child(root, 'author') ? text(child(root, 'author') as Element, 'name') : null,
      },
      self: link(root, 'self'),
      alternate: link(root, 'alternate'),
      entries: [...root.children]
        .filter((element) => element.localName === 'entry')
        .map((entry) => ({
          id: text(entry, 'id'),
          title: text(entry, 'title'),
          updated: text(entry, 'updated'),
          link: link(entry, 'alternate'),
          related: link(entry, 'related'),
          content: text(entry, 'content'),
          contentType: child(entry, 'content')?.getAttribute('type') ?? null,
        })),
    };
  }, siteUrl('corrections.xml'));
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('the Atom feed /corrections.xml', () => {
  test('parses as XML and has every element Atom 1.0 requires, feed and entries', async () => {
    const feed = await readFeed();
    expect(feed.error, 'XML parse error').toBeNull();
    expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(feed.feed.id).toBeTruthy();
    expect(feed.feed.title).toMatch(/^Corrections/);
    expect(feed.feed.updated).toMatch(RFC3339);
    expect(feed.feed.author, 'a feed author (its entries have none of their own)').toBeTruthy();
    expect(feed.entries).toHaveLength(log.length);
    const ids = new Set<string | null>();
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^https?:\/\/.+#(note|passage|summary)-[a-z0-9-]+-\d{4}-\d{2}-\d{2}(-\d+)?$/);
      expect(entry.title).toMatch(/^Correction to the (note|passage|summary) “.+”$/);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.link).toBe(entry.id);
      expect(entry.content).toMatch(/^What changed: .+\n\nWhy: .+/s);
      expect(entry.contentType).toBe('text');
      ids.add(entry['id'] ?? null);
    }
    expect(ids.size, 'entry ids are unique').toBe(feed.entries.length);
    // The feed was updated on the day of its newest entry.
    if (feed.entries[0]) expect(feed.feed['updated'] ?? null).toBe(feed.entries[0]['updated'] ?? null);
  });

  test('uses absolute URLs under the site’s address, as the pages’ canonical links do', async () => {
    const feed = await readFeed();
    const canonical = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href);
    expect(canonical).toMatch(/\/corrections\/$/);
    expect(feed.alternate).toBe(canonical);
    expect(feed.feed.id).toBe(canonical);
    expect(feed.self).toBe(new URL('../corrections.xml', canonical).href);
    for (const entry of feed.entries) {
      expect(entry.link?.startsWith(`${canonical}#`)).toBe(true);
      expect(entry.related?.startsWith(new URL('..', canonical).href)).toBe(true);
    }
  });
});

describe('the page /corrections/', () => {
  test('lists every entry newest first, each at its own anchor, linking to what it corrected', async () => {
    const entries = await page.locator('article.correction').evaluateAll((articles) =>
      articles.map((article) => ({
        id: article.id,
        date: article.closest('section')?.querySelector('time')?.getAttribute('datetime') ?? '',
        target: article.querySelector('h3 a')?.getAttribute('href') ?? '',
      })),
    );
    expect(entries).toHaveLength(log.length);
    const dates = entries.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    // A note's page, a passage's or summary's page, or (a summary with no page) its place in the transcript.
    for (const entry of entries) {
      expect(entry.target).toMatch(/\/(notes\/[a-z0-9-]+|[a-z0-9-]+\/[a-z0-9-]+)\/$|\/[a-z0-9-]+\/#s-[a-z0-9-]+$/);
    }
    // The feed's entries are the page's anchors.
    const feed = await readFeed();
    expect(feed.entries.map((entry) => new URL(entry.id ?? '').hash.slice(1))).toEqual(entries.map((e) => e.id));
  });

  test('is announced on every page: the feed in <head>, the log in the footer', async () => {
    for (const path of ['', `${EVENT}/`, `${EVENT}/a-cyber/`, 'notes/opcw/', 'about/']) {
      await page.goto(siteUrl(path));
      const feed = await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
      expect(new URL(feed ?? '', page.url()).pathname, path).toBe(sitePath('corrections.xml'));
      expect(await page.locator(`footer a[href="${sitePath('corrections/')}"]`).count(), path).toBe(1);
    }
  });
});

/** The "Corrected on …" line of a built note page, read from dist/ (markup the build wrote). */
function correctedLine(id: string): { text: string; href: string } | null {
  const tree = fromHtml(readFileSync(resolve(distDir, `notes/${id}/index.html`), 'utf8'));
  const line = select('.note-corrected', tree);
  if (!line) return null;
  return { text: toString(line), href: String(select('a', line)?.properties['href'] ?? '') };
}

describe('a corrected note', () => {
  // Each note page's line is build output, read from dist/; where it leads is checked against the
  // log page open in the browser, and one link is followed there as a reader would.
  test.each(correctedNotes)('%s says when it was corrected, linking to its entry in the log', (id) => {
    const line = correctedLine(id);
    expect(line?.text).toMatch(/^\s*Corrected on \d{1,2} [A-Z][a-z]+ \d{4}/);
    const href = line?.href ?? '';
    expect(href).toMatch(new RegExp(`^${sitePath('corrections/')}#note-${id}-\\d{4}-\\d{2}-\\d{2}(-\\d+)?$`));
    expect(logAnchors, 'the entry it links to').toContain(href.split('#')[1]);
  });

  test('following the line from the note page lands on the entry, highlighted as the target', async () => {
    const id = correctedNotes[0] ?? '';
    await page.goto(siteUrl(`notes/${id}/`));
    await page.locator('.note-corrected a').first().click();
    await page.waitForURL((url) => url.pathname === sitePath('corrections/') && url.hash.startsWith(`#note-${id}-`));
    expect(await page.evaluate(() => document.querySelector(':target')?.className)).toBe('correction');
  });

  test('its endnote (the popover) on a passage page says so too; the full transcript leaves it to the note page', async () => {
    await page.goto(siteUrl(`${EVENT}/a-evidence/`));
    const corrected = page.locator('.endnotes li[popover]:has(.note-corrected)');
    expect(await corrected.count()).toBeGreaterThan(0);
    expect(await corrected.first().locator('.note-corrected').textContent()).toMatch(/^\s*Corrected on /);
  });
});
