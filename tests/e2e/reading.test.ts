/**
 * The reading experience across widths and preferences: no page scrolls sideways from 320 to
 * 1920 px, the contents column marks the passage in view, the theme choice survives a reload
 * without a flash of the other theme, nothing moves when the scripts and the after-paint styles
 * arrive, and printing shows the words and notes without controls.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, scriptsReady } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { siteUrl } from '../support/site';

const WIDTHS = [320, 390, 768, 1280, 1920];
const PAGE_TYPES = {
  home: '',
  transcript: `${EVENT}/`,
  segment: `${EVENT}/a-transition/`,
  topic: 'topics/syria/',
  topics: 'topics/',
  note: 'notes/opcw/',
  notes: 'notes/',
  search: 'search/?q=syria',
  about: 'about/',
  check: 'check/?q=We+want+an+honest%2C+objective+investigation',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('what arrives after the first paint', () => {
  // Scripts run and styles/after-paint.css arrives once the page is parsed (scripts/after-paint-styles):
  // whatever they reveal or restyle must not move what the reader already sees.
  test.each([390, 1280])('at %i px moves nothing on screen on any page type', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await context.addInitScript(() => {
      const shifts: string[] = ((window as unknown as { shifts: string[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { value: number; sources?: Array<{ node?: Node }> }
        >) {
          const nodes = (entry.sources ?? []).map((source) => (source.node as Element | undefined)?.className ?? '?');
          shifts.push(`${entry.value.toFixed(4)} (${nodes.join(', ')})`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const moved: string[] = [];
    try {
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        await scriptsReady(page);
        await page.waitForTimeout(200);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        if (shifts.length > 0) moved.push(`${name}: ${shifts.join('; ')}`);
      }
    } finally {
      await context.close();
    }
    expect(moved).toEqual([]);
  });
});

describe('layout from 320 to 1920 px', () => {
  // One load a page type, then the window resized through every width, as a reader turning a
  // phone or widening a window does: the layout follows the width (media queries, no reload).
  test.each(Object.entries(PAGE_TYPES))('the %s page is at no width wider than the viewport', async (_name, path) => {
    const { page, close } = await openPage(browser, siteUrl(path), {
      viewport: { width: WIDTHS[0] ?? 320, height: 800 },
    });
    const overflowing: string[] = [];
    try {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const wide = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const culprits = [...document.body.querySelectorAll('*')]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return (
                box.width > 0 &&
                box.right > limit + 1 &&
                !element.closest('.visually-hidden, [popover]:not(:popover-open)')
              );
            })
            .slice(0, 3)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
          return { scroll: document.documentElement.scrollWidth > limit, culprits };
        });
        if (wide.scroll || wide.culprits.length)
          overflowing.push(`${width} px: ${wide.culprits.join(', ') || 'scrollWidth'}`);
      }
    } finally {
      await close();
    }
    expect(overflowing).toEqual([]);
  });
});

describe('contents column', () => {
  test('marks the passage in view, and moves the mark as the reader scrolls', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/`), { viewport: { width: 1280, height: 900 } });
    try {
      expect(await page.locator('.contents').evaluate((element) => getComputedStyle(element).position)).toBe('sticky');
      const current = () => page.locator('.contents a[aria-current]').getAttribute('href');
      await page.locator('#opening-ukraine').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('opening-ukraine')?.scrollIntoView({ block: 'start' }));
      await expect.poll(current).toBe('#opening-ukraine');
      // An answer belongs to its exchange, which the contents lists by its question.
      await page.evaluate(() => document.getElementById('a-cyber')?.scrollIntoView({ block: 'start' }));
      await expect.poll(current).toBe('#q-cyber');
      // The mark does not move anything: the contents keep their size.
      const box = await page.locator('.contents').boundingBox();
      await page.evaluate(() => document.getElementById('opening-talks')?.scrollIntoView({ block: 'start' }));
      await expect.poll(current).toBe('#opening-talks');
      expect((await page.locator('.contents').boundingBox())?.width).toBe(box?.width);
    } finally {
      await close();
    }
  });

  test('folds away on a phone', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/`), { viewport: { width: 390, height: 800 } });
    try {
      const list = page.locator('.contents ol').first();
      expect(await list.isVisible()).toBe(false);
      await page.locator('.contents summary').click();
      expect(await list.isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('colour theme', () => {
  test('the theme button works from the first paint, before any script file has arrived', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    // The site's script files never arrive: only the inline head script can answer.
    await context.route(/\/_astro\/.*\.js(\?|$)/, (route) => route.abort());
    try {
      const page = await context.newPage();
      await page.goto(siteUrl(`${EVENT}/a-cyber/`), { waitUntil: 'load' });
      const toggle = page.locator('[data-theme-toggle]');
      expect(await toggle.innerText()).toContain('System');
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
      expect(await toggle.innerText()).toContain('Light');
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      expect(await toggle.innerText()).toContain('Dark');
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
      expect(await toggle.innerText()).toContain('System');
    } finally {
      await context.close();
    }
  });

  test('follows the system setting, and the chosen theme survives a reload applied before the first paint', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/a-cyber/`), { colorScheme: 'light' });
    try {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      const toggle = page.locator('[data-theme-toggle]');
      await toggle.click(); // System → Light
      await toggle.click(); // Light → Dark
      expect(await toggle.innerText()).toContain('Dark');
      const dark = await background();
      expect(dark).not.toBe(light);

      // Record the theme at the moment <body> starts: nothing can be painted before that.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          (window as unknown as { themeAtBody: string }).themeAtBody =
            document.documentElement.dataset['theme'] ?? 'none';
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.reload();
      await scriptsReady(page);
      expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
      expect(await background()).toBe(dark);
      expect(await toggle.innerText()).toContain('Dark');
    } finally {
      await close();
    }
  });
});

describe('print', () => {
  test('hides navigation and controls, shows the endnotes and each passage’s address', async () => {
    const { page, close } = await openPage(browser, siteUrl(`${EVENT}/`));
    try {
      await page.emulateMedia({ media: 'print' });
      for (const selector of [
        '.site-header',
        '.contents',
        '.breadcrumbs',
        '.para-link',
        '.segment__cite',
        '.sidenote',
      ]) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('.endnotes').isVisible()).toBe(true);
      expect(await page.locator('.endnotes li').count()).toBeGreaterThan(40);
      const url = page.locator('#a-cyber .segment__print-url');
      expect(await url.isVisible()).toBe(true);
      expect(await url.textContent()).toMatch(/\/lavrov-tillerson-2017-04-12\/a-cyber\/$/);
      expect(await page.locator('.note-marker').first().isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
  test('print styles are in the page from its first byte: a page printed before any file arrives prints right', async () => {
    const context = await browser.newContext();
    // Nothing but the HTML arrives: no stylesheet and no script file.
    await context.route(/\.(css|js)(\?|$)/, (route) => route.abort());
    try {
      const page = await context.newPage();
      await page.goto(siteUrl(`${EVENT}/`), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.contents', '.para-link', '.theme-toggle']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('#a-cyber .segment__print-url').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
