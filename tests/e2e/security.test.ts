/**
 * The Content-Security-Policy holds: every page carries it, it allows no inline or eval'd
 * script, and nothing the site does (reading, notes, search with Pagefind's WebAssembly, copying,
 * the theme button) is blocked by it. A violation would mean a feature silently broken for
 * readers on hosts that send the policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gotoReady, launchBrowser } from '../../scripts/harness/browser';
import { EVENT, distDir, listHtmlPages } from '../../scripts/harness/dist';
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

/** A policy's directives: name → sources. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** The CSP source expression of an inline script's or style's text: `'sha256-…'`. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  test('every page has one, its scripts and styles come only from the site, and inline ones by hash', () => {
    const pages = listHtmlPages();
    for (const page of pages) {
      const policy = policyOf(page.file);
      expect(policy, page.file).toBeDefined();
      const directives = directivesOf(policy ?? '');
      const scriptSources = directives.get('script-src') ?? [];
      const styleSources = directives.get('style-src') ?? [];
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval() of script.
      // Besides the site itself, only hashes: no 'unsafe-inline', no 'unsafe-eval', no other host.
      expect(
        scriptSources.filter((source) => !source.startsWith("'sha256-")),
        page.file,
      ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(
        styleSources.filter((source) => !source.startsWith("'sha256-")),
        page.file,
      ).toEqual(["'self'"]);
      expect(directives.get('default-src'), page.file).toEqual(["'self'"]);
      expect(directives.get('object-src'), page.file).toEqual(["'none'"]);
      // Every inline script that runs and every inline style is allowed by its hash.
      const html = readFileSync(`${distDir}${page.file}`, 'utf8');
      for (const [, attributes = '', body = ''] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=|type="application\/(ld\+)?json"/.test(attributes)) continue;
        expect(scriptSources, `${page.file}: inline script ${body.slice(0, 60)}`).toContain(hashOf(body));
      }
      for (const [, body = ''] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        expect(styleSources, `${page.file}: inline style ${body.slice(0, 60)}`).toContain(hashOf(body));
      }
    }
    // The headers file for hosts that read one says the same (every page's sources), and also forbids framing.
    const headers = readFileSync(`${distDir}_headers`, 'utf8');
    const headerPolicy = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    const headerDirectives = directivesOf(headerPolicy);
    expect(headerDirectives.get('frame-ancestors')).toEqual(["'none'"]);
    for (const page of pages) {
      for (const [name, sources] of directivesOf(policyOf(page.file) ?? '')) {
        expect(headerDirectives.get(name), `${page.file}: ${name} in _headers`).toEqual(
          expect.arrayContaining(sources),
        );
      }
    }
    for (const [name, sources] of headerDirectives) {
      if (name === 'frame-ancestors') continue;
      // Nothing in the header that no page asks for: it is the pages' policy, not a looser one.
      const used = new Set(pages.flatMap((page) => directivesOf(policyOf(page.file) ?? '').get(name) ?? []));
      expect(
        sources.filter((source) => !used.has(source)),
        `${name} in _headers`,
      ).toEqual([]);
    }
  });

  test('nothing blocks the first paint but the HTML: no stylesheet, classic script file or icon file', () => {
    for (const page of listHtmlPages()) {
      // <noscript> is parsed as text when JavaScript is on.
      const html = readFileSync(`${distDir}${page.file}`, 'utf8').replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
      // Module scripts are deferred: fetched beside the page, run once it is parsed, never
      // holding the parser or the first paint. Everything else that names a file would.
      const blocking = [
        ...(html.match(/<link[^>]*rel="(stylesheet|preload|modulepreload)"[^>]*>/g) ?? []),
        ...(html.match(/<script[^>]*\ssrc=[^>]*>/g) ?? []).filter((script) => !/\stype="module"/.test(script)),
        ...(html.match(/<script[^>]*type="module"[^>]*>/g) ?? []).filter((script) =>
          /\s(async|blocking)\b/.test(script),
        ),
        ...(html.match(/<link[^>]*rel="icon"[^>]*href="(?!data:)[^>]*>/g) ?? []),
        ...(html.match(/<img[^>]*>/g) ?? []),
      ];
      expect(blocking, page.file).toEqual([]);
    }
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
      await gotoReady(page, siteUrl(path));
      await collect(path || '(home)');
    }
    // Use search (Pagefind: its script, WebAssembly, worker and index), a note and the theme button.
    await gotoReady(page, siteUrl(`${EVENT}/`));
    await page.locator('#site-search').fill('cyber');
    await page.locator('#site-search-results .result').first().waitFor();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.locator('.note-marker').first().click();
    await page.locator('[data-theme-toggle]').click();
    await collect('transcript, after search, a note and the theme button');
    await gotoReady(page, siteUrl(`search/?q=syria`));
    await page.locator('.search__filter-panel summary').click();
    await page.locator('.filter-chip').first().waitFor();
    await page.locator('.filter-chip').first().click();
    await collect('search page with a filter');
    await context.close();
    expect(violations).toEqual([]);
  });
});
