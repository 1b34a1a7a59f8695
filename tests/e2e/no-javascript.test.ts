/**
 * Reading needs no JavaScript (DESIGN.md): with JavaScript disabled the transcript shows its
 * paragraphs, and the home page's links lead to working pages.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { sitePath, siteUrl } from '../support/site';
import { firstDifference, sourceParagraphs } from '../support/source';

const NO_JS = { javaScriptEnabled: false } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('without JavaScript', () => {
  test('the transcript page shows every paragraph of the source', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/`), NO_JS);
    try {
      // For each anchored paragraph, the source words it actually renders: text the site marks
      // as its own (data-pagefind-ignore: note markers, links) is skipped, and so is text that is
      // laid out nowhere or invisible, as it would be if a script had to reveal it.
      const rendered = await page.locator('main p[id]').evaluateAll((paragraphs) =>
        paragraphs
          .filter((paragraph) => !paragraph.closest('[data-pagefind-ignore]'))
          .map((paragraph) => {
            const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
            let text = '';
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              if (!parent || parent.closest('[data-pagefind-ignore]')) continue;
              // Spaces between inline elements may have no box of their own at a line break.
              const words = node.textContent ?? '';
              if (words.trim() === '') {
                text += words;
                continue;
              }
              const range = document.createRange();
              range.selectNodeContents(node);
              const laidOut = range.getClientRects().length > 0;
              if (laidOut && parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) text += words;
            }
            return text.replace(/\s+/g, ' ').trim();
          }),
      );
      const difference = firstDifference(sourceParagraphs(), rendered);
      if (difference) expect.fail(`What /${EVENT}/ shows without JavaScript vs the source. ${difference}`);
    } finally {
      await close();
    }
  });

  test('the home page links work: clicking a question opens it, and every link resolves', async () => {
    const { page, close } = await openPage(browser, siteUrl(), NO_JS);
    try {
      await page.getByRole('link', { name: 'Election interference and cyber-weapons', exact: true }).first().click();
      await page.waitForURL((url) => url.pathname === sitePath(`${EVENT}/q-cyber/`));
      expect(await page.locator('h1').innerText()).toBe('Election interference and cyber-weapons');

      await page.goto(siteUrl());
      const origin = new URL(siteUrl()).origin;
      const hrefs = await page
        .locator('a[href]')
        // getAttribute, not .href: the topic strip's links are SVG <a> elements, whose href is an object.
        .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).href));
      const targets = [...new Set(hrefs.map((href) => href.split('#')[0] ?? href))].filter((href) =>
        href.startsWith(origin),
      );
      expect(targets.length).toBeGreaterThan(20);
      for (const target of targets) {
        const response = await page.goto(target);
        expect(response?.status(), target).toBe(200);
      }
    } finally {
      await close();
    }
  });
});
