/**
 * The layout holds at every maximum length (src/model/limits.ts) on a 320 px phone. Run by
 * `npm run test:limits`, on the build of scripts/archive/make-long-content.ts: every name, title
 * and label at its maximum, in Latin, Cyrillic and Greek with one unbroken 30-letter word, a
 * question with `unanswered="…"` and a correction to a summary. No page scrolls sideways, the
 * header stays a header, a heading stays a heading, and the footer's links read as two.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_LENGTH } from '../../src/model/limits';
import { launchBrowser, openPage } from '../../scripts/harness/browser';
import { distDir, EVENT } from '../../scripts/harness/dist';
import { UNCORRECTED_NOTE } from '../../scripts/archive/make-long-content';
import { siteUrl } from '../support/site';

// One page of each template that shows a long name, title or label.
const PAGES = [
  '',
  `${EVENT}/`,
  `${EVENT}/opening-talks/`,
  `${EVENT}/q-unanswered/`,
  `${EVENT}/s-opening/`,
  'topics/',
  'topics/us-russia-relations/',
  'notes/',
  'notes/astana-talks/',
  'corrections/',
  'about/',
  'search/',
];

/** At most: the header about a third of a 640 px phone screen, a heading about half. */
const MAX_HEADER_PX = 220;
const MAX_H1_PX = 400;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every name, title and label at its maximum, at 320 px', () => {
  test('the fixture is the long one (MAX_LENGTH applied), with a site name in the header', () => {
    const home = readFileSync(`${distDir}index.html`, 'utf8');
    expect(home).toContain('class="site-name"');
    expect(home).toContain('Сергей Лавров');
  });

  test.each(PAGES)('/%s: no sideways scroll, header and <h1> of bounded height', async (path) => {
    const { page, response, close } = await openPage(browser, siteUrl(path), {
      viewport: { width: 320, height: 640 },
      reducedMotion: 'reduce',
    });
    try {
      expect(response?.status()).toBe(200);
      const sizes = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        header: document.querySelector('header')?.getBoundingClientRect().height ?? 0,
        h1: document.querySelector('h1')?.getBoundingClientRect().height ?? 0,
        wide: [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > 320.5)
          .filter((element) => getComputedStyle(element).position !== 'fixed')
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      }));
      expect(sizes.wide).toEqual([]);
      expect(sizes.scrollWidth).toBeLessThanOrEqual(320);
      expect(sizes.header).toBeLessThanOrEqual(MAX_HEADER_PX);
      expect(sizes.h1).toBeLessThanOrEqual(MAX_H1_PX);
    } finally {
      await close();
    }
  });
});

describe('what the long fixture also carries (issue #22)', () => {
  test('a question without an answer says why, to readers', () => {
    const html = readFileSync(`${distDir}${EVENT}/q-unanswered/index.html`, 'utf8');
    expect(html).toMatch(/No answer in the source: Сергей Лавров/);
  });

  test('a correction to a summary is listed under the summary’s title, in the log and the feed', () => {
    const log = readFileSync(`${distDir}corrections/index.html`, 'utf8');
    const feed = readFileSync(`${distDir}corrections.xml`, 'utf8');
    expect(log).toContain('Summary: Rex Tillerson’s opening statement');
    expect(log).not.toContain('Passage: s-opening');
    expect(feed).toContain('Correction to the summary “');
  });

  test('a note the log never corrected says nothing of corrections; a corrected one does', () => {
    const line = /class="note-corrected"/;
    expect(readFileSync(`${distDir}notes/${UNCORRECTED_NOTE}/index.html`, 'utf8')).not.toMatch(line);
    expect(readFileSync(`${distDir}notes/stuxnet/index.html`, 'utf8')).toMatch(line);
  });

  test('the footer’s two links are two sentences, with a space between them', () => {
    const html = readFileSync(`${distDir}about/index.html`, 'utf8');
    expect(html).toMatch(/About the source and method<\/a>\. <a [^>]*>Corrections<\/a>/);
  });

  test('the longest title the schema allows is the one the pages show', () => {
    const html = readFileSync(`${distDir}${EVENT}/opening-talks/index.html`, 'utf8');
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
    expect([...title.trim()].length).toBe(MAX_LENGTH.segmentTitle);
  });
});
