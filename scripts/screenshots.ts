/**
 * Screenshots of the main page types, in light and dark, at a phone width (390 px) and a desktop
 * width (1400 px), for a person to look at before calling a page done. Expects a fresh
 * `npm run build`; writes PNGs to screenshots/ (not committed), with three social cards and their
 * link previews (scripts/screenshot-cards.ts). Run: `npm run screenshots`.
 * `DIST_DIR=dist-archive npm run screenshots` takes another build (the archive fixture of
 * `npm run test:archive`), prefixing the files with its folder's name.
 */
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from './harness/browser.ts';
import { startServer } from './harness/static-server.ts';
import { screenshotCards } from './screenshot-cards.ts';

const root = process.env['DIST_DIR']
  ? `${resolve(process.env['DIST_DIR'])}/`
  : fileURLToPath(new URL('../dist/', import.meta.url));
const prefix = process.env['DIST_DIR'] ? `${basename(resolve(process.env['DIST_DIR']))}-` : '';
const out = fileURLToPath(new URL('../screenshots/', import.meta.url));
const EVENT = 'lavrov-tillerson-2017-04-12';
const PAGES = {
  home: '',
  transcript: `${EVENT}/`,
  segment: `${EVENT}/a-cyber/`,
  // The site's summaries of Tillerson's words: in the transcript, on their own page, in search.
  'transcript-summary': `${EVENT}/#s-transition`,
  'transcript-not-found': `${EVENT}/#s-commission`,
  summary: `${EVENT}/s-opening/`,
  'search-summary': 'search/?q=Tillerson+low+point',
  topic: 'topics/cyber/',
  note: 'notes/opcw/',
  search: 'search/?q=syria',
  // The quote checker: another translation (close), and a quote stitched from two passages (partial).
  check: 'check/?q=We+want+an+honest%2C+objective+investigation',
  'check-partial': `check/?q=${encodeURIComponent('We are realists and understand that serious efforts are needed to overcome these barriers. We confirmed our shared commitment to an uncompromising struggle against international terrorism.')}`,
  corrections: 'corrections/',
  sources: 'sources/',
  'corrected-note': 'notes/rts-bombing/',
  cite: `${EVENT}/q-assad-support/#cite-plain`,
};
/** States a reader reaches on the transcript: a passage with notes, a note open, the cite dialog open. */
const STATES: Record<string, { path: string; act?: (page: Page) => Promise<void> }> = {
  'transcript-passage': { path: `${EVENT}/#opening-idlib` },
  'transcript-note-open': {
    path: `${EVENT}/#opening-idlib`,
    act: async (page) => {
      await page.locator('#opening-idlib .note-marker').first().click();
      await page.locator('.endnotes :popover-open').waitFor();
    },
  },
  'transcript-cite-open': {
    path: `${EVENT}/#a-cyber`,
    act: async (page) => {
      await page.locator('#a-cyber a.segment__cite').click();
      await page.locator('#cite-dialog .cite').waitFor();
    },
  },
};
const WIDTHS = [390, 1400];
const SCHEMES = ['light', 'dark'] as const;

mkdirSync(out, { recursive: true });
const server = await startServer({ root, base: '/' });
const browser = await launchBrowser();
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
        const file = `${out}${prefix}${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: width === 390 ? false : false });
        console.log(file);
        await context.close();
      }
    }
  }
  for (const [name, { path, act }] of Object.entries(STATES)) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
        await act?.(page);
        const file = `${out}${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  }
  for (const file of await screenshotCards(browser, server.url, root, out, prefix)) console.log(file);
} finally {
  await browser.close();
  await server.close();
}
