/**
 * What every page shares beyond its own markup: the icon (inside the page, so no request is made
 * for it) and the 404 page, which a missing URL gets with status 404. Each page itself is walked
 * by tests/e2e/walk.test.ts (status, <h1>, title, lang, console errors, axe).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser';
import { distDir } from '../../scripts/harness/dist';
import { siteUrl } from '../support/site';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
});

describe('the favicon', () => {
  test('is inside the page (a data: URL of public/favicon.svg), so no request is made for it', async () => {
    // Under a base path /favicon.ico is outside the site, so the probe could never succeed there;
    // a file would be one more request before the first paint.
    const response = await page.goto(siteUrl(), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const href = await page
      .locator('link[rel~="icon"]')
      .first()
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
    expect(href, '<link rel="icon" href> on the home page').toMatch(/^data:image\/svg\+xml,/);
    const svg = decodeURIComponent((href ?? '').slice('data:image/svg+xml,'.length));
    const file = readFileSync('public/favicon.svg', 'utf8').trim().replaceAll('"', "'");
    expect(svg, 'the icon is public/favicon.svg').toBe(file);
  });
});

describe('a missing URL', () => {
  test('returns 404 with the site 404 page', async () => {
    expect(existsSync(`${distDir}404.html`), 'the build has a 404.html').toBe(true);
    const notFoundTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(`${distDir}404.html`, 'utf8'))?.[1];
    expect(notFoundTitle, 'dist/404.html has a <title>').toBeTruthy();
    for (const path of ['no-such-page/', 'lavrov-tillerson-2017-04-12/q-no-such-segment/', 'topics/no-such-topic/']) {
      const response = await page.goto(siteUrl(path), { waitUntil: 'load' });
      expect(response?.status(), path).toBe(404);
      // Compare decoded text, not raw HTML: entities such as &amp; are written differently.
      expect(await page.evaluate(() => document.title), path).toBe(decodeEntities(notFoundTitle ?? ''));
      expect(await page.locator('h1').count(), path).toBe(1);
    }
  });
});

/** Decodes the few HTML entities a <title> may contain, enough to compare with document.title. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return named[code] ?? entity;
  });
}
