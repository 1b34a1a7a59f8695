/**
 * Deep links: opening the transcript at `#<segment>` or `#<paragraph>` shows that passage on
 * screen, not hidden under a sticky or fixed header, and visibly highlighted — on a phone and a
 * desktop viewport, in light and dark mode.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { siteUrl } from '../support/site';

// Dark mode has its own highlight colour, which must differ from its own page background too.
const SETUPS = {
  'phone, light mode': { viewport: { width: 375, height: 667 }, colorScheme: 'light' },
  'desktop, light mode': { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  'desktop, dark mode': { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
} as const;
// A segment (the answer) and a paragraph inside it.
const TARGETS = ['a-cyber', 'a-cyber-2'];

/** Where the target sits on screen, and what covers the top of the viewport. */
interface Placement {
  top: number;
  bottom: number;
  viewportHeight: number;
  /** Sticky/fixed elements pinned at the top of the viewport: a description and their bottom. */
  overlays: { element: string; bottom: number }[];
}

/** Measures the element with `id` against the viewport and any pinned header. */
function measure(page: Page, id: string): Promise<Placement> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    if (!target) throw new Error(`no element with id="${targetId}"`);
    const box = target.getBoundingClientRect();
    const overlays: { element: string; bottom: number }[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const style = getComputedStyle(element);
      if (style.position !== 'sticky' && style.position !== 'fixed') continue;
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      // A sticky ancestor of the target scrolls with it and cannot cover it.
      if (element.contains(target)) continue;
      const rect = element.getBoundingClientRect();
      // Only what is pinned over the top edge of the viewport can hide a just-scrolled-to target.
      if (rect.width === 0 || rect.height === 0 || rect.top > 1 || rect.bottom <= 0) continue;
      overlays.push({ element: `${element.tagName.toLowerCase()}.${element.className}`, bottom: rect.bottom });
    }
    return { top: box.top, bottom: box.bottom, viewportHeight: window.innerHeight, overlays };
  }, id);
}

/** The computed background colour of the element with `id`, and of the page behind it. */
function colours(page: Page, id: string): Promise<{ target: string; page: string }> {
  return page.evaluate((targetId) => {
    const target = document.getElementById(targetId);
    if (!target) throw new Error(`no element with id="${targetId}"`);
    const transparent = (colour: string) => colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)';
    // The page background is the body's, or the root's when the body has none.
    const body = getComputedStyle(document.body).backgroundColor;
    const pageColour = transparent(body) ? getComputedStyle(document.documentElement).backgroundColor : body;
    return { target: getComputedStyle(target).backgroundColor, page: pageColour };
  }, id);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(SETUPS))('deep link (%s)', (_name, setup) => {
  test.each(TARGETS)(`/${EVENT}/#%s is on screen, below any pinned header, and highlighted`, async (id) => {
    const { page, errors, close } = await openPage(browser, siteUrl(`${EVENT}/#${id}`), setup);
    try {
      expect(await page.locator(`#${id}`).evaluate((element) => element.matches(':target')), ':target').toBe(true);

      const placement = await measure(page, id);
      expect(placement.top, 'target top is inside the viewport').toBeGreaterThanOrEqual(0);
      expect(placement.top, 'target top is inside the viewport').toBeLessThan(placement.viewportHeight);
      for (const overlay of placement.overlays) {
        expect(placement.top, `target top is below the pinned ${overlay.element}`).toBeGreaterThanOrEqual(
          overlay.bottom,
        );
      }

      const targeted = await colours(page, id);
      expect(targeted.target, 'highlight differs from the page background').not.toBe(targeted.page);
      expect(targeted.target, 'highlight is not transparent').not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);

      // The same element, reached without the fragment, must not be highlighted: the colour comes
      // from :target, not from the element's ordinary style.
      await page.goto(siteUrl(`${EVENT}/`));
      const untargeted = await colours(page, id);
      expect(targeted.target, 'highlight differs from the untargeted element').not.toBe(untargeted.target);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
