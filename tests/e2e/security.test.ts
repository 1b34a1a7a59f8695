/**
 * The Content-Security-Policy holds: every page carries it, it allows no inline or eval'd
 * script, and nothing the site does (reading, notes, search with Pagefind's WebAssembly, copying,
 * the theme button) is blocked by it. A violation would mean a feature silently broken for
 * readers on hosts that send the policy.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { EVENT, distDir, listHtmlPages } from '../support/dist';
import { siteUrl } from '../support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The CSP of a built page, from its <meta http-equiv> tag. */
function policyOf(file: string): string | undefined {
  const html = readFileSync(`${distDir}${file}`, 'utf8');
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
}

describe('Content-Security-Policy', () => {
  test('every page has one, and its scripts may come only from the site itself', () => {
    const pages = listHtmlPages();
    for (const page of pages) {
      const policy = policyOf(page.file);
      expect(policy, page.file).toBeDefined();
      const scriptSources = (policy?.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '')
        .trim()
        .split(/\s+/)
        .slice(1);
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval() of script.
      expect(scriptSources, page.file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy, page.file).toContain("default-src 'self'");
    }
    // The headers file for hosts that read one says the same, and also forbids framing.
    const headers = readFileSync(`${distDir}_headers`, 'utf8');
    expect(headers).toContain(policyOf('index.html') ?? 'missing');
    expect(headers).toContain("frame-ancestors 'none'");
  });

  test('no page or feature is blocked by it', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const log = ((window as unknown as { violations?: string[] }).violations ??= []);
        log.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const page = await context.newPage();
    const violations: string[] = [];
    const collect = async (where: string) => {
      const found = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
      violations.push(...found.map((violation) => `${where}: ${violation}`));
    };
    for (const path of ['', `${EVENT}/`, `${EVENT}/a-cyber/`, 'topics/cyber/', 'notes/opcw/', 'about/']) {
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      await collect(path || '(home)');
    }
    // Use search (Pagefind: its script, WebAssembly, worker and index), a note and the theme button.
    await page.goto(siteUrl(`${EVENT}/`));
    await page.locator('#site-search').fill('cyber');
    await page.locator('#site-search-results .result').first().waitFor();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.locator('.note-marker').first().click();
    await page.locator('[data-theme-toggle]').click();
    await collect('transcript, after search, a note and the theme button');
    await page.goto(siteUrl(`search/?q=syria`));
    await page.locator('.search__filter-panel summary').click();
    await page.locator('.filter-chip').first().waitFor();
    await page.locator('.filter-chip').first().click();
    await collect('search page with a filter');
    await context.close();
    expect(violations).toEqual([]);
  });
});
