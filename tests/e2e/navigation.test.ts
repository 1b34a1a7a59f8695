/**
 * Navigation as a reader does it: from the home page to one exchange by clicking its question,
 * and from a segment page back into the full transcript at that segment's anchor.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { distDir, EVENT, listHtmlPages } from '../../scripts/harness/dist';
import { sitePath, siteUrl } from '../support/site';

// The link from a segment page to its place in the full transcript; its wording may vary a little.
const FULL_TRANSCRIPT_LINK = /^Read (it )?in the full transcript$/i;

/** A built page's HTML, parsed. */
function parsed(file: string) {
  return fromHtml(readFileSync(resolve(distDir, file), 'utf8'));
}

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

  // Markup the build wrote, read from dist/: a browser would only read the same attributes.
  test('every segment page links to its own anchor in the full transcript, and the anchor exists', () => {
    const segments = listHtmlPages()
      .filter((entry) => !entry.moved)
      .map((entry) => new RegExp(`^${EVENT}/([^/]+)/$`).exec(entry.path)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(segments).toContain('q-cyber');
    const anchors = new Set(
      selectAll('[id]', parsed(`${EVENT}/index.html`)).map((element) => String(element.properties['id'])),
    );

    for (const id of segments) {
      const links = selectAll('a[href]', parsed(`${EVENT}/${id}/index.html`)).filter((link) =>
        FULL_TRANSCRIPT_LINK.test(toString(link).replace(/\s+/g, ' ').trim()),
      );
      expect(links.length, `${id}: one "Read in the full transcript" link`).toBe(1);
      const href = new URL(String(links[0]?.properties['href'] ?? ''), siteUrl(`${EVENT}/${id}/`));
      expect(`${href.pathname}${href.hash}`, `${id}: link target`).toBe(`${sitePath(`${EVENT}/`)}#${id}`);
      expect(anchors.has(id), `${id}: the transcript page has an element with id="${id}"`).toBe(true);
    }
  });
});
