/**
 * Navigation as a reader does it: from the home page to one exchange by clicking its question,
 * and from a segment page back into the full transcript at that segment's anchor.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { EVENT, listHtmlPages } from '../../scripts/harness/dist';
import { sitePath, siteUrl } from '../support/site';

// The link from a segment page to its place in the full transcript; its wording may vary a little.
const FULL_TRANSCRIPT_LINK = /^Read (it )?in the full transcript$/i;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('navigation', () => {
  test('home page → question "Election interference and cyber-weapons" → its segment page → full transcript', async () => {
    const { page, errors, close } = await openPage(browser, siteUrl());
    try {
      await page.getByRole('link', { name: 'Election interference and cyber-weapons', exact: true }).first().click();
      await page.waitForURL((url) => url.pathname === sitePath(`${EVENT}/q-cyber/`));
      await expect.poll(() => page.locator('h1').innerText()).toBe('Election interference and cyber-weapons');

      await page.getByRole('link', { name: FULL_TRANSCRIPT_LINK }).click();
      await page.waitForURL((url) => url.pathname === sitePath(`${EVENT}/`) && url.hash === '#q-cyber');
      // The browser really resolved the fragment: the question is the :target and on screen.
      expect(await page.locator('#q-cyber').evaluate((element) => element.matches(':target'))).toBe(true);
      await expect.poll(() => page.locator('#q-cyber').isVisible()).toBe(true);
      expect(
        await page.locator('#q-cyber').evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight;
        }),
        '#q-cyber is in the viewport',
      ).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('every segment page links to its own anchor in the full transcript, and the anchor exists', async () => {
    const segments = listHtmlPages()
      .filter((entry) => !entry.moved)
      .map((entry) => new RegExp(`^${EVENT}/([^/]+)/$`).exec(entry.path)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(segments).toContain('q-cyber');

    const transcript = await openPage(browser, siteUrl(`${EVENT}/`));
    const anchors = new Set(
      await transcript.page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id)),
    );
    await transcript.close();

    const { page, close } = await openPage(browser, siteUrl());
    try {
      for (const id of segments) {
        await page.goto(siteUrl(`${EVENT}/${id}/`));
        const links = page.getByRole('link', { name: FULL_TRANSCRIPT_LINK });
        expect(await links.count(), `${id}: one "Read in the full transcript" link`).toBe(1);
        const href = new URL((await links.getAttribute('href')) ?? '', page.url());
        expect(`${href.pathname}${href.hash}`, `${id}: link target`).toBe(`${sitePath(`${EVENT}/`)}#${id}`);
        expect(anchors.has(id), `${id}: the transcript page has an element with id="${id}"`).toBe(true);
      }
    } finally {
      await close();
    }
  });
});
