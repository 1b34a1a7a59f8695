/**
 * The quote checker (/check/) as a fact-checker uses it, in Chromium against the built site:
 * nothing is fetched until it is used, then one data file; every press quote of the fixture
 * (tests/fixtures/quotes/press-quotes.yaml) gets its hand-labelled verdict and passage, with the
 * first link on the passage's own page and its paragraph there; the address reproduces an
 * answer; bad pastes get a message and no console error; pasted HTML stays text; without
 * JavaScript the page says what it needs and offers the search page.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { gotoReady, launchBrowser, openPage, watchErrors } from '../../scripts/harness/browser';
import { EVENT } from '../../scripts/harness/dist';
import { sitePath, siteUrl } from '../support/site';

interface PressQuote {
  quote: string;
  verdict: string;
  passage?: string;
  miss?: boolean;
}
const QUOTES = parse(
  readFileSync(new URL('../fixtures/quotes/press-quotes.yaml', import.meta.url), 'utf8'),
) as PressQuote[];
const VERDICTS = ['exact', 'close', 'partial', 'absent'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types `quote` into the checker, submits it and waits for the answer (or a message). */
async function check(page: Page, quote: string): Promise<void> {
  await page.evaluate(() => document.querySelector('[data-check-answer]')?.replaceChildren());
  await page.locator('#check-quote').fill(quote);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.waitForSelector('[data-check-answer] .check-answer, [data-check-answer] [data-problem]');
}

/** The answer's verdict and the segment id its first result links to. */
async function answer(page: Page): Promise<{ verdict: string | null; passage: string | undefined }> {
  const verdict = await page.locator('[data-check-answer] .check-answer').getAttribute('data-verdict');
  const links = page.locator('.check-result a');
  const href = (await links.count()) ? await links.first().getAttribute('href') : null;
  const passage = href ? new URL(href, page.url()).pathname.split('/').filter(Boolean).at(-1) : undefined;
  return { verdict, passage };
}

describe('loading', () => {
  test('fetches nothing of the checker until used, then its script and one data file', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await gotoReady(page, siteUrl('check/'));
      expect(requests.filter((path) => /archive\.json|check-ui/.test(path))).toEqual([]);
      await check(page, 'We view this approach as short-sighted');
      expect(requests.filter((path) => path.endsWith('.json'))).toEqual([sitePath('check/archive.json')]);
    } finally {
      await context.close();
    }
  });
});

describe('the press-quote fixture', () => {
  test('every quote gets its labelled verdict and passage; a known miss never a stronger one', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await gotoReady(page, siteUrl('check/'));
      const wrong: string[] = [];
      for (const quote of QUOTES) {
        await check(page, quote.quote);
        const got = await answer(page);
        const results = await page
          .locator('.check-result')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-verdict')));
        if (results.some((verdict) => !['exact', 'close'].includes(verdict ?? '')))
          wrong.push(`${quote.quote}: result verdicts`);
        if (quote.miss) {
          if (VERDICTS.indexOf(got.verdict ?? '') < VERDICTS.indexOf(quote.verdict))
            wrong.push(`${quote.quote}: ${got.verdict}`);
        } else if (got.verdict !== quote.verdict || (quote.passage && got.passage !== quote.passage)) {
          wrong.push(`${quote.quote}: ${got.verdict} ${got.passage ?? ''}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('an answer', () => {
  test('links to the passage page and paragraph, with a text fragment; the address reproduces it', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await gotoReady(page, siteUrl('check/'));
      await check(page, 'We want an honest, objective investigation');
      expect(new URL(page.url()).searchParams.get('q')).toBe('We want an honest, objective investigation');
      const link = page.locator('.check-result a').first();
      const href = new URL((await link.getAttribute('href'))!, page.url());
      expect(href.pathname).toBe(sitePath(`${EVENT}/opening-idlib/`));
      expect(href.hash).toMatch(/^#opening-idlib-\d+:~:text=/);
      expect(await page.locator('.check-result ins').count(), 'differences marked').toBeGreaterThan(0);
      expect(await page.locator('.check-result__shared').first().textContent()).toContain('investigation');

      const shared = page.url();
      await page.goto('about:blank');
      await gotoReady(page, shared);
      await page.waitForSelector('.check-answer');
      expect(await page.locator('#check-quote').inputValue()).toBe('We want an honest, objective investigation');
      expect(await page.locator('.check-answer').getAttribute('data-verdict')).toBe('close');

      const id = href.hash.slice(1).split(':~:')[0]!;
      await gotoReady(page, href.href.split('#')[0]!);
      expect(await page.locator(`[id="${id}"]`).count(), `#${id} on the passage page`).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('an absent quote says what the transcript covers, and a Tillerson quote is shown as reported', async () => {
    const { page, close, errors } = await openPage(
      browser,
      siteUrl(`check/?q=${encodeURIComponent('There is a low level of trust between our two countries.')}`),
    );
    try {
      await page.waitForSelector('.check-answer');
      expect(await page.locator('.check-answer').getAttribute('data-verdict')).toBe('absent');
      expect(await page.locator('.check-answer').textContent()).toContain('Tillerson’s words are not in it');
      expect(await page.locator('.check-reported').textContent()).toContain('Reported, not transcript');
      expect(await page.locator('.check-result').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('bad input', () => {
  test.each([
    ['', 'empty'],
    ['   \n  ', 'empty'],
    ['?! … — ***', 'no-words'],
    ['Мы не видели ни одного факта', 'cyrillic'],
    ['https://tass.com/politics/939963', 'url'],
  ])('%j gets the %s message', async (quote, problem) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await gotoReady(page, siteUrl('check/'));
      await check(page, quote);
      expect(await page.locator('[data-problem]').getAttribute('data-problem')).toBe(problem);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('100 KB is cut with a notice; emoji and invisible characters are handled; HTML stays text', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      let dialogs = 0;
      page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await gotoReady(page, siteUrl('check/'));
      await check(page, 'We view this approach as short-sighted. '.repeat(2600));
      expect(await page.locator('[data-check-answer]').textContent()).toContain('only the first 2,000 were checked');

      await check(page, '🙂 We view\u200B this approach as short\u00ADsighted 🙂');
      expect(await page.locator('.check-answer').getAttribute('data-verdict')).toBe('exact');
      expect(await page.locator('[data-check-answer]').textContent()).toContain('invisible characters');

      const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      await check(page, html);
      expect(await page.locator('.check-answer').getAttribute('data-verdict')).toBe('absent');
      expect(await page.locator('main img, main script:not([type])').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  test('says what it needs and offers the search page with the quote', async () => {
    const { page, close } = await openPage(browser, siteUrl('check/?q=short-sighted'), { javaScriptEnabled: false });
    try {
      expect(await page.locator('[data-check-noscript]').isVisible()).toBe(true);
      await page.locator('#check-quote').fill('short-sighted approach');
      await page.getByRole('button', { name: 'Search for these words' }).click();
      await page.waitForURL((url) => url.pathname === sitePath('search/'));
      expect(new URL(page.url()).searchParams.get('q')).toBe('short-sighted approach');
    } finally {
      await close();
    }
  });
});
