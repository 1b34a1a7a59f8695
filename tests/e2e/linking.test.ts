/**
 * Linking and citing as a reader does it: the paragraph link puts the passage's full URL on the
 * clipboard (and says so), that URL opens with the paragraph highlighted, the cite block's copy
 * buttons copy the citation, a retired id lands on the passage's new place (its own page and its
 * anchor on the transcript), and selecting words offers a link to the quote.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { siteUrl } from '../support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const readClipboard = () => navigator.clipboard.readText();

describe('linking and citing', () => {
  test('the paragraph link copies the full URL, announces it, and that URL highlights the paragraph', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/`), CLIPBOARD);
    try {
      await page.locator('#a-cyber-2 a.para-link').click();
      const copied = await page.evaluate(readClipboard);
      expect(copied).toBe(siteUrl(`${EVENT}/#a-cyber-2`));
      await expect.poll(() => page.locator('#announcer').textContent()).toBe('Link copied');

      await page.goto(copied);
      const highlighted = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const box = target?.getBoundingClientRect();
        return {
          id: target?.id,
          background: target ? getComputedStyle(target).backgroundColor : '',
          onScreen: !!box && box.top >= 0 && box.top < innerHeight,
        };
      });
      expect(highlighted.id).toBe('a-cyber-2');
      expect(highlighted.onScreen).toBe(true);
      expect(highlighted.background).not.toBe('rgba(0, 0, 0, 0)');
    } finally {
      await close();
    }
  });

  test('the cite block copies each format', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/a-cyber/`), CLIPBOARD);
    try {
      const expected = {
        plain:
          /^Lavrov, Sergey\. “Answer on Election Interference.*Joint news conference of Sergey Lavrov and Rex Tillerson, Moscow, April 12, 2017\./,
        bibtex: /^@unpublished\{/,
        csl: /^\[\s*\{\s*"id"/,
      };
      for (const [format, pattern] of Object.entries(expected)) {
        await page.locator(`button[data-copy="cite-${format}"]`).click();
        expect(await page.evaluate(readClipboard)).toMatch(pattern);
      }
      // The citation names the passage's public URL (SITE_URL), the same as the page's canonical link.
      const canonical = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href);
      expect(JSON.parse(await page.evaluate(readClipboard))[0].URL).toBe(canonical);
    } finally {
      await close();
    }
  });

  test('the transcript’s Cite link opens the one cite dialog with the passage’s cite block, whose copy buttons work', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/`), CLIPBOARD);
    try {
      expect(await page.locator('#cite-dialog').count(), 'one dialog for the page').toBe(1);
      // Without JavaScript the link leads to the cite block on the passage's own page.
      const link = page.locator('#a-cyber a.segment__cite');
      expect(await link.getAttribute('href')).toMatch(/\/a-cyber\/#cite$/);
      await link.click();
      const dialog = page.locator('#cite-dialog');
      await dialog.locator('.cite').waitFor();
      expect(await page.evaluate(() => location.hash), 'the reader stays on the transcript').toBe('');
      expect(await dialog.locator('#cite-dialog-title').textContent()).toMatch(/^Cite: .*Election interference/);
      expect(await dialog.locator('.cite__plain').textContent()).toContain(`/${EVENT}/a-cyber/`);
      await dialog.locator('button[data-copy="cite-bibtex"]').click();
      expect(await page.evaluate(readClipboard)).toMatch(/^@unpublished\{[^]*\/a-cyber\//);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
      expect(await link.evaluate((element) => element === document.activeElement), 'focus is back on the link').toBe(
        true,
      );
      // Another passage's link fills the same dialog with its own citation.
      await page.locator('#q-cyber a.segment__cite').click();
      await expect.poll(() => dialog.locator('.cite__plain').textContent()).toContain(`/${EVENT}/q-cyber/`);
    } finally {
      await close();
    }
  });

  test('without JavaScript, the transcript’s Cite link leads to the passage page’s cite block', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/`), { javaScriptEnabled: false });
    try {
      await page.locator('#a-cyber a.segment__cite').click();
      await page.waitForURL(/\/a-cyber\/#cite$/);
      expect(await page.locator('#cite .cite__plain').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  test('a retired segment URL lands on the passage’s new page', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/opening-syria-investigation/`));
    try {
      await page.waitForURL(/\/opening-idlib\/$/);
      expect(await page.locator('h1').textContent()).toBe('The Idlib chemical incident and the investigation');
    } finally {
      await close();
    }
  });

  test('a retired anchor on the transcript moves to the new one, paragraphs included', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/#opening-syria-investigation-2`));
    try {
      await page.waitForURL(/#opening-idlib-2$/);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('opening-idlib-2');
    } finally {
      await close();
    }
  });

  test('selecting words in a paragraph offers a link to the quote', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/`), {
      ...CLIPBOARD,
      viewport: { width: 1280, height: 900 },
    });
    try {
      await page.evaluate(() => {
        const paragraph = document.getElementById('a-cyber-1');
        const text = [...(paragraph?.childNodes ?? [])].find(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').includes('We have a stake'),
        );
        if (!text) throw new Error('no text node');
        const start = (text.textContent ?? '').indexOf('We have a stake');
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 'We have a stake in close cooperation'.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        paragraph?.scrollIntoView();
      });
      const button = page.locator('button.quote-link');
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.click();
      const url = await page.evaluate(readClipboard);
      expect(url).toBe(siteUrl(`${EVENT}/#a-cyber-1:~:text=We%20have%20a%20stake%20in%20close%20cooperation`));
    } finally {
      await close();
    }
  });
});
