/**
 * Sharing a page: every page that can be shared names a social card that is a real 1200×630 PNG
 * of the build (absolute, from SITE_URL, under BASE_PATH) with the meta link previews read, and
 * the card says what the page says. In Chromium, a passage's link opens the share sheet where the
 * browser has the Web Share API, and copies the link where it does not.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gotoReady, launchBrowser } from '../../scripts/harness/browser';
import { distDir, EVENT, listHtmlPages } from '../../scripts/harness/dist';
import { basePath, resolvePath } from '../support/dist-urls';
import { siteUrl } from '../support/site';

/** The site's public origin, as the build was told (astro.config.ts reads the same variable). */
const SITE_ORIGIN = new URL(process.env['SITE_URL'] ?? 'https://lavrov-tillerson-2017.example.org').origin;
const CARD_BUDGET_BYTES = 80_000;

function elements(node: Root | RootContent): Element[] {
  const own = node.type === 'element' ? [node] : [];
  const children = 'children' in node ? node.children.flatMap(elements) : [];
  return [...own, ...children];
}

/** The head meta a link preview reads, the `<h1>`, and the JSON-LD of one built page. */
function readPage(file: string) {
  const tree = fromHtml(readFileSync(`${distDir}${file}`, 'utf8'));
  const all = elements(tree);
  const meta = new Map<string, string>();
  for (const element of all.filter((candidate) => candidate.tagName === 'meta')) {
    const key = element.properties['property'] ?? element.properties['name'];
    if (typeof key === 'string') meta.set(key, String(element.properties['content'] ?? ''));
  }
  const h1 = all.find((element) => element.tagName === 'h1');
  const jsonLd = all
    .filter((element) => element.tagName === 'script' && element.properties['type'] === 'application/ld+json')
    .flatMap((element) => [JSON.parse(toString(element)) as unknown].flat() as Array<Record<string, unknown>>);
  return { meta, h1: h1 ? toString(h1).trim() : '', jsonLd };
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return undefined;
  if (bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Every page with an address of its own; the 404 page is not shared, moved pages redirect.
const shareable = listHtmlPages().filter((page) => !page.moved && page.path !== '404.html');
// Pages that have a card of their own (the others show the home page's).
const ownCard = (path: string) => path === '' || path.startsWith(`${EVENT}/`) || /^(topics|notes)\/[^/]+\/$/.test(path);

describe('social cards in dist/', () => {
  test('the walk found the pages that have cards', () => {
    const paths = shareable.map((page) => page.path);
    expect(paths).toEqual(
      expect.arrayContaining(['', `${EVENT}/`, `${EVENT}/a-cyber/`, 'topics/cyber/', 'notes/opcw/']),
    );
  });

  test.each(shareable.map((page) => [page.path || '(home)', page] as const))('%s', (_name, page) => {
    const { meta, h1, jsonLd } = readPage(page.file);
    const image = meta.get('og:image') ?? '';
    expect(image, 'og:image').not.toBe('');
    const url = new URL(image);
    expect(url.origin, 'og:image is absolute, on SITE_URL').toBe(SITE_ORIGIN);
    expect(url.pathname.startsWith(`${basePath}og/`), `og:image under BASE_PATH ${basePath}`).toBe(true);
    const resolved = resolvePath(url.pathname);
    if ('problem' in resolved) throw new Error(`og:image ${image} ${resolved.problem}`);
    const bytes = readFileSync(`${distDir}${resolved.file}`);
    expect(pngSize(bytes), 'a 1200×630 PNG').toEqual({ width: 1200, height: 630 });
    expect(statSync(`${distDir}${resolved.file}`).size, 'card weight').toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(meta.get('og:image:width')).toBe('1200');
    expect(meta.get('og:image:height')).toBe('630');
    expect(meta.get('og:image:type')).toBe('image/png');
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    const alt = meta.get('og:image:alt') ?? '';
    expect(alt.length, 'og:image:alt').toBeGreaterThan(20);
    if (ownCard(page.path)) {
      // The card says what the page says: its heading is the card's title.
      expect(alt).toContain(`: ${h1}.`);
      expect(url.pathname).toBe(`${basePath}og/${page.path.replace(/\/$/, '') || 'index'}.png`);
    }
    for (const data of jsonLd.filter((entry) => 'image' in entry)) {
      expect((data['image'] as { url: string }).url, 'JSON-LD image').toBe(image);
    }
  });

  test('a passage page’s JSON-LD and card quote its opening words', () => {
    const { meta, jsonLd } = readPage(`${EVENT}/a-cyber/index.html`);
    expect(jsonLd.find((entry) => entry['@type'] === 'Quotation')?.['image']).toMatchObject({
      url: meta.get('og:image'),
      width: 1200,
      height: 630,
    });
    expect(meta.get('og:image:alt')).toMatch(
      /^Question 3 of 7, answer \(Cyber\): Election interference and cyber-weapons\. “We have a stake in close cooperation in fighting cybercrime\. .*…” Sergey Lavrov, answer, 12 April 2017, Moscow\.$/,
    );
  });

  test('the 404 page names no card', () => {
    expect(readPage('404.html').meta.has('og:image')).toBe(false);
  });
});

describe('the passage link in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('with the Web Share API, offers “Share…” and shares the passage’s title, opening words and page', async () => {
    const context = await browser.newContext();
    try {
      // Chromium on Linux has no share sheet: a stand-in records what the page hands it.
      await context.addInitScript(() => {
        const shared: ShareData[] = [];
        Object.assign(window, { shared });
        Object.defineProperty(navigator, 'share', {
          value: async (data: ShareData) => {
            shared.push(data);
          },
        });
      });
      const page = await context.newPage();
      await gotoReady(page, siteUrl(`${EVENT}/`));
      const link = page.locator('#a-cyber a.segment__link');
      expect(await link.getAttribute('title')).toBe('Share…');
      expect(await link.textContent()).toBe('Share…');
      await link.click();
      const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
      const canonical = `${SITE_ORIGIN}${basePath}${EVENT}/a-cyber/`;
      expect(shared).toEqual([
        {
          url: canonical,
          title: 'Election interference and cyber-weapons',
          text: expect.stringMatching(/^“We have a stake in close cooperation in fighting cybercrime\. .*…”$/),
        },
      ]);
      expect(await page.locator('#announcer').textContent()).toBe('');
      // The opening words are the card's, also across paragraphs (opening-talks opens with
      // “Good evening,”) and after a question's label.
      for (const id of ['a-cyber', 'opening-talks', 'q-korea']) {
        await page.locator(`#${id} a.segment__link`).click();
        const last = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.at(-1));
        const alt = readPage(`${EVENT}/${id}/index.html`).meta.get('og:image:alt') ?? '';
        expect(last?.text, id).toBe(/“.*”/.exec(alt)?.[0]);
        expect(last?.url, id).toBe(`${SITE_ORIGIN}${basePath}${EVENT}/${id}/`);
      }
    } finally {
      await context.close();
    }
  });

  test('without it, the passage link copies its URL as before', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await gotoReady(page, siteUrl(`${EVENT}/`));
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      const link = page.locator('#a-cyber a.segment__link');
      expect(await link.textContent()).toBe('Link to this passage');
      await link.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`${EVENT}/#a-cyber`));
      await expect.poll(() => page.locator('#announcer').textContent()).toBe('Link copied');
    } finally {
      await context.close();
    }
  });
});
