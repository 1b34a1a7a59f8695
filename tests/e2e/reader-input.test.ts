/**
 * What a reader (or a mangled link) can put in the URL or the search box must not break a page
 * or mislead: script payloads typed into the box or put in `?q=` and `?highlight=` stay text
 * (no dialog, no element made from them), malformed `#fragments` leave every enhancement working, a query that begins no
 * word of the site finds nothing (Pagefind itself would answer `aaaaaaaaaa` with the passages
 * holding "a"), filter values no passage has are dropped with a notice, `?highlight=` is capped,
 * and without JavaScript the search page says what works and Back keeps the query. Also what
 * searching fetches: no fragment for the header box, and on the search page only the fragments
 * of the results on screen, once the query has settled.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchErrors } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { pageSession, reusedTab } from '../support/page-session';
import { waitForOutcome } from '../support/search-box';
import { sitePath, siteUrl } from '../support/site';

const HEADER = '[data-search="header"]';
const SEARCH_PAGE = '[data-search="page"]';

let browser: Browser;
const withPage = pageSession(() => browser);
// Tests that only navigate and read share one tab (tests/support/page-session.ts).
const inTab = reusedTab(() => browser);
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The number of results the box under `root` lists. */
function resultCount(page: Page, root: string): Promise<number> {
  return page.locator(`${root} li.result`).count();
}

/** Markup the payloads below would create if anything rendered them as HTML. */
function injectedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"], [onerror], [onload], a[href^="javascript:" i], iframe').length +
      [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('alert(1)')).length,
  );
}

describe.each([
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  // With a word that matches, so the payload also reaches the results and the hit bar.
  'cyber<img src=x onerror=alert(1)>',
])('payload %s', (payload) => {
  /** Opens `path`, fails if any dialog opens, and checks no payload markup got into the page. */
  async function check(path: string, body: (page: Page) => Promise<void>): Promise<void> {
    await inTab(path, async (page, dialogs) => {
      await body(page);
      await page.waitForTimeout(200);
      expect(dialogs, 'dialogs opened').toEqual([]);
      expect(await injectedCount(page), 'elements from the payload').toBe(0);
    });
  }

  test('typed into the header box stays text, and so does Enter', async () => {
    await check(`${EVENT}/`, async (page) => {
      await page.locator('#site-search').pressSequentially(payload);
      await waitForOutcome(page, HEADER, payload);
      expect(await page.locator('#site-search-results').textContent()).toContain(payload);
      expect(await injectedCount(page), 'elements from the payload, before Enter').toBe(0);
      // Enter opens the first result, or (no results) submits the form to the search page.
      await page.locator('#site-search').press('Enter');
      await page.waitForURL((url) => url.pathname !== sitePath(`${EVENT}/`));
      await page.waitForLoadState('load');
    });
  });

  test('as ?q= on the search page stays text', async () => {
    await check(`search/?q=${encodeURIComponent(payload)}`, async (page) => {
      await waitForOutcome(page, SEARCH_PAGE, payload);
      expect(await page.locator('#search-page-input').inputValue()).toBe(payload);
      expect(await page.locator('#search-page-input-results').textContent()).toContain(payload);
    });
  });

  test('as ?highlight= on a passage stays text', async () => {
    await check(`${EVENT}/a-cyber/?highlight=${encodeURIComponent(payload)}#a-cyber`, async (page) => {
      const bar = page.locator('.hit-bar');
      if (payload.startsWith('cyber')) {
        await bar.waitFor();
        expect(await bar.textContent(), 'the hit bar quotes the query as text').toContain(payload);
      }
    });
  });
});

describe('malformed fragments', () => {
  test.each(['#%', '#%E0%A4%A', '#%zz', '#a-cyber%', '#%00'])(
    'the transcript at %s: no error; theme, contents and links still work',
    async (hash) => {
      await withPage(
        `${EVENT}/${hash}`,
        async (page) => {
          const toggle = page.locator('[data-theme-toggle]');
          expect(await toggle.isVisible(), 'the theme toggle is shown').toBe(true);
          await toggle.click();
          expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
          // The contents column still marks the passage being read.
          await page.evaluate(() => document.getElementById('opening-ukraine')?.scrollIntoView({ block: 'start' }));
          await expect
            .poll(() => page.locator('.contents a[aria-current]').getAttribute('href'))
            .toBe('#opening-ukraine');
          // Copy buttons (hidden until their script runs) are shown.
          const copies = page.locator('button[data-copy]');
          const total = await copies.count();
          expect(
            await copies.evaluateAll((all) => all.filter((button) => !(button as HTMLElement).hidden).length),
          ).toBe(total);
        },
        { viewport: { width: 1280, height: 900 } },
      );
    },
  );

  test('a passage at ?highlight=cyber#%E0%A4%A still marks the matches and shows its copy buttons', async () => {
    await withPage(`${EVENT}/a-cyber/?highlight=cyber#%E0%A4%A`, async (page) => {
      await page.locator('mark.search-hit').first().waitFor();
      const copies = page.locator('button[data-copy]');
      expect(await copies.count()).toBeGreaterThan(0);
      expect(await copies.first().isVisible()).toBe(true);
      await page.locator('[data-theme-toggle]').click();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    });
  });
});

describe('a query that begins no word of the site finds nothing', () => {
  test('Pagefind alone answers such queries with other words (what the site must correct)', async () => {
    await withPage('search/', async (page) => {
      // A string, so the test runner's transform leaves import() alone.
      const counts = (await page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(siteUrl('pagefind/pagefind.js'))});
        await pagefind.options({ baseUrl: ${JSON.stringify(sitePath())}, noWorker: true });
        const counts = [];
        for (const query of ['aaaaaaaaaa', 'orchid']) counts.push((await pagefind.search(query)).results.length);
        return counts;
      })()`)) as number[];
      expect(
        counts.every((count) => count > 0),
        `Pagefind's own result counts: ${counts.join(', ')}`,
      ).toBe(true);
    });
  });

  test.each(['aaaaaaaaaa', 'orchid', 'syriax', 'syria zzzz', 'qzxvwk'])(
    'the header box and the search page list no passage for "%s"',
    async (query) => {
      await inTab(`${EVENT}/`, async (page) => {
        await page.locator('#site-search').fill(query);
        await waitForOutcome(page, HEADER, query);
        expect(await page.locator(`${HEADER} .search__summary`).textContent()).toBe(`No passages match “${query}”.`);
        expect(await resultCount(page, HEADER)).toBe(0);
      });
      await inTab(`search/?q=${encodeURIComponent(query)}`, async (page) => {
        await waitForOutcome(page, SEARCH_PAGE, query);
        expect(await resultCount(page, SEARCH_PAGE)).toBe(0);
        // The filter counts agree: no chip offers passages for it.
        const counts = await page
          .locator('.filter-chip__count')
          .evaluateAll((all) => all.map((count) => Number(count.textContent)));
        expect(counts.filter((count) => count > 0)).toEqual([]);
      });
    },
  );

  test.each([
    ['syr', 'a word begun'],
    ['electio', 'a word begun past its stem (election → elect)'],
    ['weapons', 'a plural, where a passage may say "weapon"'],
    ['Kosovo', 'a topic alias the text does not use'],
  ])('"%s" (%s) still finds passages', async (query) => {
    await inTab(`${EVENT}/`, async (page) => {
      await page.locator('#site-search').fill(query);
      await waitForOutcome(page, HEADER, query);
      expect(await resultCount(page, HEADER)).toBeGreaterThan(0);
    });
  });
});

describe('filter values no passage has', () => {
  test('?q=syria&topic=<unknown> drops the value, says so, and lists the Syria passages', async () => {
    const unknown = 'Mars colonisation<b>';
    await inTab(`search/?q=syria&topic=${encodeURIComponent(unknown)}`, async (page) => {
      await waitForOutcome(page, SEARCH_PAGE, 'syria');
      const notice = page.locator(`${SEARCH_PAGE} .search__notice`);
      expect(await notice.textContent()).toBe(`No passage has the topic “${unknown}”, so that filter was left out.`);
      expect(await page.locator(`${SEARCH_PAGE} .search__notice b`).count(), 'the value stays text').toBe(0);
      expect(await resultCount(page, SEARCH_PAGE)).toBeGreaterThan(3);
      expect(new URL(page.url()).searchParams.getAll('topic'), 'the URL no longer carries it').toEqual([]);
      // Typing a new query clears the notice.
      await page.locator('#search-page-input').fill('cyber');
      await waitForOutcome(page, SEARCH_PAGE, 'cyber');
      expect(await notice.count()).toBe(0);
    });
  });

  test('?topic=chemical-weapons (the id, not the label) selects the "Chemical weapons" chip', async () => {
    await inTab('search/?q=idlib&topic=chemical-weapons', async (page) => {
      await waitForOutcome(page, SEARCH_PAGE, 'idlib');
      expect(new URL(page.url()).searchParams.getAll('topic')).toEqual(['Chemical weapons']);
      expect(await page.locator(`${SEARCH_PAGE} .search__notice`).count()).toBe(0);
      const pressed = page.locator('.filter-chip[aria-pressed="true"]');
      await pressed.first().waitFor({ state: 'attached' });
      expect(await pressed.locator('span').first().textContent()).toBe('Chemical weapons');
    });
  });
});

describe('?highlight= is capped', () => {
  test('a 10,000-character value marks the words it starts with, in a bar at most a line taller than for one word', async () => {
    const phone = { viewport: { width: 390, height: 800 } };
    const barHeight = async (page: Page) => {
      await page.locator('.hit-bar').waitFor();
      return (await page.locator('.hit-bar').boundingBox())?.height ?? Number.NaN;
    };
    let short = Number.NaN;
    await withPage(
      `${EVENT}/a-cyber/?highlight=cyber#a-cyber`,
      async (page) => void (short = await barHeight(page)),
      phone,
    );
    const long = `cyber ${'x'.repeat(10_000)}`;
    await withPage(
      `${EVENT}/a-cyber/?highlight=${encodeURIComponent(long)}#a-cyber`,
      async (page) => {
        // One more line of 0.9rem at most (it once drew 2,000 px).
        expect(await barHeight(page), `the bar's height in px (${short} for "cyber")`).toBeLessThanOrEqual(short + 24);
        const label = (await page.locator('.hit-bar span').first().textContent()) ?? '';
        expect([...label].length, `the bar's label: ${label.slice(0, 200)}`).toBeLessThan(70);
        expect(label).toContain('…');
        expect(await page.locator('mark.search-hit').count()).toBeGreaterThanOrEqual(2);
      },
      phone,
    );
  });
});

describe('without JavaScript', () => {
  test('the search page says what works without it and links the transcript and the topics', async () => {
    await withPage(
      'search/?q=minsk',
      async (page) => {
        const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
        expect(text).toContain('needs JavaScript');
        expect(text).toMatch(/Find \(Ctrl\+F/);
        // On the first screen of a phone, not below the room kept for results that cannot come.
        const top = await page
          .locator('[data-search-noscript]')
          .evaluate((element) => element.getBoundingClientRect().top);
        expect(top, 'the explanation starts this far down, px').toBeLessThan(500);
        expect(await page.locator(`main a[href="${sitePath(`${EVENT}/`)}"]`).isVisible()).toBe(true);
        expect(await page.locator('main a[href*="/topics/"]').count()).toBeGreaterThan(5);
      },
      { javaScriptEnabled: false, viewport: { width: 390, height: 800 } },
    );
  });

  test('Back from the search page keeps the query typed in the header box', async () => {
    await withPage(
      `${EVENT}/`,
      async (page) => {
        await page.locator('#site-search').fill('minsk');
        await page.locator('#site-search').press('Enter');
        await page.waitForURL((url) => url.pathname === sitePath('search/'));
        await page.goBack();
        await page.waitForURL((url) => url.pathname === sitePath(`${EVENT}/`));
        expect(await page.locator('#site-search').inputValue()).toBe('minsk');
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('search fetches what it shows', () => {
  const fragments = (requests: string[]) => requests.filter((url) => url.endsWith('.pf_fragment'));

  test('typing "Syria" in the header box fetches no fragment, and shows results', async () => {
    await withPage(`${EVENT}/`, async (page, requests) => {
      await page.locator('#site-search').pressSequentially('Syria', { delay: 100 });
      await waitForOutcome(page, HEADER, 'Syria');
      await page.waitForTimeout(500);
      expect(await resultCount(page, HEADER)).toBe(5);
      expect(fragments(requests)).toEqual([]);
    });
  });

  test('words typed on the search page before its script has loaded are kept and searched', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    context.setDefaultTimeout(15_000);
    try {
      // Hold the search UI back, as a slow network would, while the reader types.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route(/\/_astro\/search-ui\.[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(siteUrl('search/'), { waitUntil: 'domcontentloaded' });
      await page.locator(`${SEARCH_PAGE} input[type="search"]`).pressSequentially('cyber', { delay: 20 });
      release();
      await waitForOutcome(page, SEARCH_PAGE, 'cyber');
      expect(await page.locator(`${SEARCH_PAGE} input[type="search"]`).inputValue()).toBe('cyber');
      expect(new URL(page.url()).searchParams.get('q')).toBe('cyber');
      expect(await resultCount(page, SEARCH_PAGE)).toBeGreaterThan(0);
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('typing "cyber" on the search page fetches the fragments of the results shown, once settled', async () => {
    await withPage('search/', async (page, requests) => {
      // A key every 100 ms, timed in the page: round trips to the browser can lag on a busy
      // machine by more than the 300 ms the page waits for a query to settle.
      await page.evaluate(async (text) => {
        const box = document.querySelector<HTMLInputElement>('#search-page-input');
        for (const character of text) {
          box!.value += character;
          box!.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }, 'cyber');
      await waitForOutcome(page, SEARCH_PAGE, 'cyber');
      const shown = await resultCount(page, SEARCH_PAGE);
      expect(shown).toBeGreaterThan(0);
      await page.waitForFunction(
        (count) =>
          [...document.querySelectorAll('[data-search="page"] .result__excerpt')].filter((p) => p.textContent)
            .length === count,
        shown,
      );
      expect(await page.locator(`${SEARCH_PAGE} .result__excerpt mark`).count()).toBeGreaterThan(0);
      expect(fragments(requests), 'one fragment per result shown, none for "c", "cy", …').toHaveLength(shown);
    });
  });
});
