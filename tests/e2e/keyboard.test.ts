/**
 * Keyboard-only walk-throughs: what a reader without a mouse does, step by step, with Tab, Enter,
 * Escape and `/` — the skip link, the search box, a note popover on a phone, sidenotes on a wide
 * screen, endnote back-links, and a note page's passage links.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, type OpenedPage, scriptsReady } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { focusedElement, inViewport, seenOnScreen, tabUntil } from '../support/keyboard';
import { sitePath, siteUrl } from '../support/site';

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1400, height: 900 };

let browser: Browser;
let opened: OpenedPage | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await opened?.close();
  await browser?.close();
});

/** Opens `path` at `viewport` in a fresh context; closed again after the test. */
async function open(path: string, viewport = WIDE): Promise<Page> {
  await opened?.close();
  opened = await openPage(browser, siteUrl(path), { viewport });
  return opened.page;
}

describe('keyboard', () => {
  test('(f) the skip link is the first Tab stop, shows itself, and moves focus to <main>', async () => {
    const page = await open(`${EVENT}/`);
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatch(/^a\.skip-link\b/);
    expect(await inViewport(page, '.skip-link'), 'the focused skip link is on screen').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(opened?.errors).toEqual([]);
  });

  test('(e) the search box is reached by Tab from the top of the page, and by "/"', async () => {
    const page = await open('');
    // Skip link, site name, the site navigation, then the search box: a dozen stops at most.
    await tabUntil(page, '#site-search', 12);

    await page.reload();
    await scriptsReady(page);
    await page.keyboard.press('/');
    expect(await focusedElement(page)).toMatch(/^input#site-search\b/);
    expect(await page.locator('#site-search').inputValue(), '"/" is not typed into the box').toBe('');
  });

  test('(a) at 390px: Tab to the first note marker, Enter opens its note on screen, Escape closes it', async () => {
    const page = await open(`${EVENT}/`, PHONE);
    const presses = await tabUntil(page, '.note-marker', 80);
    const marker = page.locator('.note-marker').first();
    expect(await marker.evaluate((element) => element === document.activeElement), 'focus is on the FIRST marker').toBe(
      true,
    );
    const noteId = await marker.getAttribute('popovertarget');
    const note = `[id="${noteId}"]`;

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(note).evaluate((element) => element.matches(':popover-open'))).toBe(true);
    expect(await page.locator(note).isVisible(), 'the open note is visible').toBe(true);
    expect(await inViewport(page, note), `the open note is wholly in the ${PHONE.width}px viewport`).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(note).evaluate((element) => element.matches(':popover-open'))).toBe(false);
    expect(await focusedElement(page), `focus after Escape (reached the marker in ${presses} Tabs)`).toMatch(
      new RegExp(`^button#${await marker.getAttribute('id')}\\.note-marker\\b`),
    );
    expect(opened?.errors).toEqual([]);
  });

  test('(b) at 1400px: sidenotes sit beside their paragraphs and do not overlap each other', async () => {
    const page = await open(`${EVENT}/`, WIDE);
    // Sidenotes are placed by a script after load (scripts/notes.ts).
    await page.locator('.sidenote').first().waitFor();
    const notes = await page.locator('.sidenote').evaluateAll((elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => {
          const box = element.getBoundingClientRect();
          const paragraph = element.closest('p')?.getBoundingClientRect();
          return {
            id: element.querySelector('.sidenote__title')?.textContent ?? '',
            left: box.left,
            right: box.right,
            top: box.top,
            bottom: box.bottom,
            paragraphRight: paragraph?.right ?? NaN,
          };
        }),
    );
    expect(notes.length, 'visible sidenotes').toBeGreaterThan(0);
    const notBeside = notes
      .filter((note) => !(note.left >= note.paragraphRight))
      .map((note) => `${note.id}: left ${note.left} < paragraph right ${note.paragraphRight}`);
    expect(notBeside, 'sidenotes whose left edge is not right of their paragraph').toEqual([]);
    const sorted = [...notes].sort((a, b) => a.top - b.top);
    const overlapping = sorted.flatMap((note, index) =>
      sorted
        .slice(index + 1)
        .filter((other) => other.top < note.bottom - 0.5 && other.left < note.right && note.left < other.right)
        .map(
          (other) =>
            `${note.id} [${note.top.toFixed(0)}–${note.bottom.toFixed(0)}] overlaps ${other.id} [${other.top.toFixed(0)}–${other.bottom.toFixed(0)}]`,
        ),
    );
    expect(overlapping, 'overlapping sidenotes').toEqual([]);
  });

  test('(c) an endnote back-link, activated with Enter, returns to its marker on screen', async () => {
    const page = await open(`${EVENT}/`, WIDE);
    const backLink = page.locator('.endnotes a[href^="#ref-"]').first();
    const href = (await backLink.getAttribute('href')) ?? '';
    // Hundreds of Tab stops lie before the endnotes; focus the link directly, then use the keyboard.
    await backLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === href);
    const marker = `[id="${href.slice(1)}"]`;
    expect(await page.locator(marker).evaluate((element) => element.matches(':target')), `${href} is the :target`).toBe(
      true,
    );
    await expect
      .poll(() => seenOnScreen(page, marker), { message: `${href} is on screen, not under the header` })
      .toBe(true);
  });

  test('(d) /notes/opcw/ lists passages; Tab + Enter on the first one lands on that passage', async () => {
    const page = await open('notes/opcw/', WIDE);
    const passages = page.locator('.passage-list .passage');
    expect(await passages.count(), 'passages that cite the note').toBeGreaterThan(0);
    const title = (await passages.first().locator('.passage__title a').innerText()).trim();
    const segmentHref = (await passages.first().locator('.passage__title a').getAttribute('href')) ?? '';
    const transcriptHref = (await passages.first().locator('.passage__links a').getAttribute('href')) ?? '';

    await tabUntil(page, '.passage-list .passage__title a', 60);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(segmentHref, page.url()).pathname);
    expect((await page.locator('h1').innerText()).trim(), 'the passage page is that passage').toBe(title);
    // The passage cites the note: one of its notes links to the note page.
    expect(await page.locator('.endnotes a[href$="/notes/opcw/"]').count(), 'it cites the note').toBeGreaterThan(0);

    // Back on the note page, the next stop is the passage's place in the full transcript.
    await page.goBack();
    await tabUntil(page, '.passage-list .passage__links a', 60);
    await page.keyboard.press('Enter');
    const hash = new URL(transcriptHref, page.url()).hash;
    await page.waitForURL((url) => url.pathname === sitePath(`${EVENT}/`) && url.hash === hash);
    const target = `[id="${hash.slice(1)}"]`;
    expect(await page.locator(target).evaluate((element) => element.matches(':target')), `${hash} is the :target`).toBe(
      true,
    );
    await expect.poll(() => seenOnScreen(page, target), { message: `${hash} is on screen` }).toBe(true);
    expect(opened?.errors).toEqual([]);
  });
});
