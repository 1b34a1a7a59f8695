/**
 * Search as a reader uses it, in Chromium against the built site: the header box finds and opens
 * the passage, the destination marks and scrolls to the matches, the search page keeps its state
 * in the URL and filters by topic, the keyboard works, Pagefind is fetched only once search is
 * touched, and without JavaScript the form still leads to the topics. (Whatever is typed or put in
 * the URL stays text: tests/e2e/reader-input.test.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { gotoReady, launchBrowser } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { pageSession } from '../support/page-session';
import { waitForOutcome } from '../support/search-box';
import { sitePath, siteUrl } from '../support/site';

const HEADER = '[data-search="header"]';
const SEARCH_PAGE = '[data-search="page"]';
const TOPIC_IDS = (
  parse(readFileSync(new URL('../../content/topics.yaml', import.meta.url), 'utf8')) as Array<{ id: string }>
).map((topic) => topic.id);

let browser: Browser;
const withPage = pageSession(() => browser);
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The segment ids the result links under `root` lead to, in order. */
function resultIds(page: Page, root: string): Promise<string[]> {
  return page
    .locator(`${root} a.result__link`)
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').filter(Boolean).at(-1) ?? ''),
    );
}

/** Whether the element is on screen and not covered (the point at its centre hits it). */
function isVisibleOnScreen(page: Page, selector: string, index = 0): Promise<boolean> {
  return page.evaluate(
    ([query, at]) => {
      const element = document.querySelectorAll(query)[at];
      if (!element) return false;
      const box = element.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= innerHeight || box.width === 0) return false;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !!hit && (hit === element || element.contains(hit));
    },
    [selector, index] as const,
  );
}

describe('header box', () => {
  test('"cyber" finds the cyber-crime answer; Enter opens it with the matches marked and in view', async () => {
    await withPage(`${EVENT}/`, async (page) => {
      await page.locator('#site-search').fill('cyber');
      await waitForOutcome(page, HEADER, 'cyber');
      expect((await resultIds(page, HEADER))[0], 'first result').toBe('a-cyber');

      await page.locator('#site-search').press('Enter');
      await page.waitForURL((url) => url.pathname === sitePath(`${EVENT}/a-cyber/`));
      const url = new URL(page.url());
      expect(url.searchParams.get('highlight')).toBe('cyber');
      expect(url.hash).toBe('#a-cyber');

      const marks = page.locator('#a-cyber mark.search-hit');
      await marks.first().waitFor();
      const count = await marks.count();
      expect(count, 'matches marked in the passage').toBeGreaterThanOrEqual(2);
      expect(await marks.allTextContents()).toEqual(Array(count).fill(expect.stringMatching(/^cyber/i)));
      expect(await isVisibleOnScreen(page, 'mark.search-hit', 0), 'the first match is on screen, uncovered').toBe(true);

      const bar = page.locator('.hit-bar');
      expect(await bar.textContent()).toContain(`match 1 of`);
      await bar.getByRole('button', { name: 'Next' }).click();
      const current = await page
        .locator('mark.search-hit')
        .evaluateAll((all) => all.findIndex((mark) => mark.classList.contains('search-hit--current')));
      expect(current, 'Next moves to the second match').toBe(1);
      expect(await bar.textContent()).toContain('match 2 of');
      expect(await isVisibleOnScreen(page, 'mark.search-hit', 1), 'the second match is on screen').toBe(true);
    });
  });

  test('the passage opened scrolls to the first match, even far below its start (phone screen)', async () => {
    // The passage starts at the top of the screen (its anchor); its only "channel" is in its last
    // sentence, below the fold on a phone, so it is on screen only if the page scrolled to it.
    await withPage(
      `${EVENT}/a-cyber/?highlight=channel#a-cyber`,
      async (page) => {
        const marks = page.locator('#a-cyber mark.search-hit');
        await marks.first().waitFor();
        expect(await marks.count()).toBe(1);
        expect(await isVisibleOnScreen(page, 'mark.search-hit', 0), 'the match is on screen, uncovered').toBe(true);
        expect(await page.evaluate(() => scrollY), 'the page scrolled').toBeGreaterThan(0);
      },
      { viewport: { width: 375, height: 667 } },
    );
  });

  test('arrow keys move through the results, Enter opens the one moved to, Escape clears', async () => {
    await withPage(`${EVENT}/`, async (page) => {
      const input = page.locator('#site-search');
      await input.fill('syria');
      await waitForOutcome(page, HEADER, 'syria');
      const links = page.locator(`${HEADER} a.result__link`);
      expect(await links.count()).toBeGreaterThanOrEqual(3);
      const focused = () =>
        page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? '');
      const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));

      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(hrefs[0]);
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(hrefs[1]);
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe(hrefs[0]);
      await page.keyboard.press('ArrowUp');
      expect(await focused(), 'up from the first result returns to the box').toBe('site-search');

      // Escape from a result (in the box itself Chromium would clear a search field anyway).
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      expect(await input.inputValue(), 'Escape clears the box').toBe('');
      expect(await focused()).toBe('site-search');
      await page.waitForFunction(() => {
        const panel = document.getElementById('site-search-results');
        return !!panel && (panel.hidden || panel.childElementCount === 0);
      });

      await input.fill('syria');
      await waitForOutcome(page, HEADER, 'syria');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const second = (await links.nth(1).getAttribute('href')) ?? '';
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname + url.search + url.hash === second);
    });
  });

  test('"/" focuses the box, but not while typing in a text field', async () => {
    await withPage(`${EVENT}/`, async (page) => {
      const input = page.locator('#site-search');
      await page.keyboard.press('/');
      expect(await input.evaluate((element) => element === document.activeElement), '"/" focuses the box').toBe(true);
      expect(await input.inputValue(), 'the "/" itself is not typed').toBe('');

      await page.keyboard.type('a/b');
      expect(await input.inputValue(), 'a "/" in the box is text').toBe('a/b');

      // Any other field on the page: the key is the reader's text, not a shortcut.
      await page.evaluate(() => {
        const probe = document.createElement('textarea');
        probe.id = 'probe';
        document.querySelector('main')?.append(probe);
      });
      await page.locator('#probe').focus();
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('probe');
      expect(await page.locator('#probe').inputValue()).toBe('/');
    });
  });

  test('a query that matches nothing says so and offers the topics', async () => {
    await withPage(`${EVENT}/`, async (page) => {
      await page.locator('#site-search').fill('qzxvwk');
      await waitForOutcome(page, HEADER, 'qzxvwk');
      const panel = page.locator('#site-search-results');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.textContent()).toMatch(/No passages match “qzxvwk”/);
      const topicsLink = panel.locator(`a[href="${sitePath('topics/')}"]`);
      expect(await topicsLink.count(), 'a link to the topics').toBe(1);
    });
  });
});

describe('search page', () => {
  test('/search/?q=minsk lists the Ukraine passage first; a topic chip narrows, Back restores', async () => {
    await withPage('search/?q=minsk', async (page) => {
      await waitForOutcome(page, SEARCH_PAGE, 'minsk');
      expect(await page.locator('#search-page-input').inputValue()).toBe('minsk');
      const before = await resultIds(page, SEARCH_PAGE);
      expect(before[0]).toBe('opening-ukraine');

      const topicGroup = page.locator('[data-search-filters] fieldset', {
        has: page.locator('legend', { hasText: /^Topic$/ }),
      });
      // The chips are drawn just after the results, in the folded filter panel.
      await page.locator('.search__filter-panel summary').click();
      await topicGroup.locator('.filter-chip').first().waitFor();
      const chips = await topicGroup.locator('.filter-chip').evaluateAll((all) =>
        all.map((chip) => ({
          label: chip.firstElementChild?.textContent ?? '',
          count: Number(chip.querySelector('.filter-chip__count')?.textContent),
        })),
      );
      const narrower = chips.find((chip) => chip.count < before.length);
      expect(narrower, `a topic chip that narrows ${before.length} results: ${JSON.stringify(chips)}`).toBeDefined();
      const chip = topicGroup.locator('.filter-chip', { hasText: narrower?.label ?? '' });
      expect(await chip.getAttribute('aria-pressed')).toBe('false');

      await chip.click();
      await page.waitForFunction(
        (label) => new URL(location.href).searchParams.get('topic') === label,
        narrower?.label,
      );
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-search="page"] li.result').length === count,
        narrower?.count,
      );
      const after = await resultIds(page, SEARCH_PAGE);
      expect(after.length).toBeLessThan(before.length);
      expect(new URL(page.url()).searchParams.get('q')).toBe('minsk');
      expect(
        await topicGroup.locator('.filter-chip', { hasText: narrower?.label ?? '' }).getAttribute('aria-pressed'),
      ).toBe('true');

      await page.goBack();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('topic'));
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-search="page"] li.result').length === count,
        before.length,
      );
      expect(await resultIds(page, SEARCH_PAGE)).toEqual(before);
      expect(await topicGroup.locator('.filter-chip[aria-pressed="true"]').count()).toBe(0);
    });
  });

  test('a query that matches nothing says so, with a hint and every topic', async () => {
    await withPage('search/?q=qzxvwk', async (page) => {
      await waitForOutcome(page, SEARCH_PAGE, 'qzxvwk');
      const results = page.locator('#search-page-input-results');
      expect(await results.locator('.search__summary').textContent()).toBe('No passages match “qzxvwk”.');
      expect(await results.locator('.search__hint').first().textContent()).toMatch(/\S/);
      const topicLinks = await results
        .locator('a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(topicLinks).toEqual(expect.arrayContaining(TOPIC_IDS.map((id) => sitePath(`topics/${id}/`))));
    });
  });
});

describe('loading', () => {
  test.each([
    ['home', ''],
    ['transcript', `${EVENT}/`],
    ['segment', `${EVENT}/a-cyber/`],
  ])('the %s page fetches nothing of Pagefind until search is touched', async (_name, path) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request: Request) => requests.push(request.url()));
      await gotoReady(page, siteUrl(path), { waitUntil: 'networkidle' });
      // Idle-time loaders would start after the load event: give them a moment to show up.
      await page.waitForTimeout(500);
      expect(
        requests.filter((url) => url.includes('/pagefind/')),
        'Pagefind requests at load',
      ).toEqual([]);
      expect(
        requests.filter((url) => new URL(url).origin !== new URL(siteUrl()).origin),
        'other origins',
      ).toEqual([]);

      // Focusing the box loads the search UI (a script not yet fetched), typing loads Pagefind:
      // this also shows the recorder would have seen them at load.
      const atLoad = new Set(requests);
      const ui = page.waitForRequest((request) => request.resourceType() === 'script' && !atLoad.has(request.url()), {
        timeout: 5_000,
      });
      await page.locator('#site-search').focus();
      await ui;
      const pagefind = page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'), {
        timeout: 5_000,
      });
      await page.keyboard.type('syria');
      await pagefind;
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  test('the header form leads to the search page, which lists every topic', async () => {
    await withPage(
      `${EVENT}/`,
      async (page) => {
        await page.locator('#site-search').fill('minsk');
        await page.locator('#site-search').press('Enter');
        await page.waitForURL((url) => url.pathname === sitePath('search/') && url.searchParams.get('q') === 'minsk');
        const links = page.locator('main a[href*="/topics/"]');
        const hrefs = await links.evaluateAll((all) =>
          all.filter((link) => (link as HTMLElement).offsetParent !== null).map((link) => link.getAttribute('href')),
        );
        expect(hrefs).toEqual(expect.arrayContaining(TOPIC_IDS.map((id) => sitePath(`topics/${id}/`))));
        expect(await page.locator('main').textContent()).toMatch(/topics/i);
      },
      { javaScriptEnabled: false },
    );
  });
});
