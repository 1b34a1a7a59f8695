/**
 * One event or several: the site of one event keeps its single-transcript shape (a "Transcript"
 * link, no event list, no event filter); an archive build (`npm run test:archive`, two events)
 * lists its events on the home page, links the archive from the header, labels search results
 * with their event and offers the event filter, groups topic pages by event and publishes an
 * index of events. Which case applies is read from the build's own /data/events.json.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser';
import { distDir } from '../../scripts/harness/dist';
import { pageSession } from '../support/page-session';
import { sitePath, siteUrl } from '../support/site';

interface IndexedEvent {
  id: string;
  shortTitle: string;
  date: string;
  place: string;
  passages: number;
  url: string;
  data: { json: string; markdown: string; source: string };
}
const index = JSON.parse(readFileSync(`${distDir}data/events.json`, 'utf8')) as {
  format: { name: string; version: number };
  events: IndexedEvent[];
};
const events = index.events;

let browser: Browser;
// Only `load`: these checks read the markup, not what the scripts add.
const withPage = pageSession(() => browser, { waitForScripts: false });
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const navLinks = (page: Page) =>
  page.locator('.site-header nav a').evaluateAll((links) => links.map((link) => link.textContent?.trim() ?? ''));

describe('/data/events.json', () => {
  test('lists every event with the addresses of its pages and data, all served', async () => {
    expect(index.format).toEqual({ name: 'event-index', version: 2 });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.passages, event.id).toBeGreaterThan(0);
      for (const url of [event.url, event.data.json, event.data.markdown, event.data.source]) {
        const path = new URL(url).pathname;
        const response = await fetch(siteUrl(path.slice(sitePath().length)));
        expect(response.status, url).toBe(200);
      }
    }
  });

  test('is linked from the About page', async () => {
    await withPage('about/', async (page) => {
      expect(await page.locator(`a[href="${sitePath('data/events.json')}"]`).count()).toBe(1);
    });
  });
});

describe.runIf(events.length === 1)('a site of one event', () => {
  test('keeps the single-transcript shape: header "Transcript", the event overview, no event list', async () => {
    await withPage('', async (page) => {
      expect(await navLinks(page)).toEqual(['Transcript', 'Topics', 'Notes', 'About']);
      expect(await page.locator('.event-card, .event-list').count()).toBe(0);
      expect(await page.locator('h1').textContent()).toBe(
        JSON.parse(readFileSync(`${distDir}data/${events[0]?.id}.json`, 'utf8')).event.title,
      );
    });
  });

  test('the search page offers no event filter and results carry no event label', async () => {
    await withPage('search/?q=cyber', async (page) => {
      await page.locator('[data-search="page"] li.result').first().waitFor();
      await page.locator('.search__filter-panel summary').click();
      await page.locator('[data-search-filters] legend').first().waitFor();
      const legends = await page.locator('[data-search-filters] legend').allTextContents();
      expect(legends).toEqual(['Topic', 'Speaker', 'Kind']);
      expect(await page.locator('.result__role').first().textContent()).not.toContain(' · ');
    });
  });
});

describe.runIf(events.length > 1)('an archive of several events', () => {
  const newestFirst = [...events].sort((a, b) => b.date.localeCompare(a.date));

  test('the home page lists the events, newest first, with their facts, under one <h1>', async () => {
    await withPage('', async (page) => {
      expect(await page.locator('h1').count()).toBe(1);
      const cards = page.locator('.event-card');
      expect(await cards.count()).toBe(Math.min(events.length, 12));
      for (const [position, event] of newestFirst.slice(0, 12).entries()) {
        const card = cards.nth(position);
        expect(await card.locator(`h3 a[href="${sitePath(`${event.id}/`)}"]`).count(), event.id).toBe(1);
        expect(await card.locator(`time[datetime="${event.date}"]`).count(), event.id).toBe(1);
        const text = (await card.textContent()) ?? '';
        expect(text).toContain(event.place);
        expect(text).toContain(`${event.passages} passages`);
        // The strip: one bar per passage, a picture only (the card's links name the passages' topics).
        expect(await card.locator('svg[aria-hidden="true"] rect.strip-bar').count(), event.id).toBe(event.passages);
        expect(await card.locator('.event-card__facts a[href*="/topics/"]').count(), event.id).toBeGreaterThan(0);
      }
    });
  });

  test('the header links to the archive, not to one transcript', async () => {
    await withPage('topics/', async (page) => {
      expect(await navLinks(page)).toEqual(['Archive', 'Topics', 'Notes', 'About']);
      expect(await page.locator('.site-header nav a', { hasText: 'Archive' }).getAttribute('href')).toBe(sitePath());
    });
  });

  test('a topic page groups its passages by event, each group with its strip', async () => {
    await withPage('topics/cyber/', async (page) => {
      const groups = page.locator('section.topic-event');
      expect(await groups.count()).toBe(events.length);
      const titles = await groups.locator('h2').allTextContents();
      expect(titles.map((title) => title.trim())).toEqual(newestFirst.map((event) => event.shortTitle));
      for (const [position, event] of newestFirst.entries()) {
        const links = groups.nth(position).locator('.passage:not(.passage--summary) .passage__title a');
        const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
        expect(hrefs.length, event.id).toBeGreaterThan(0);
        for (const href of hrefs) expect(href.startsWith(sitePath(`${event.id}/`)), href).toBe(true);
        expect(await groups.nth(position).locator('rect.strip-mark').count()).toBe(hrefs.length);
      }
    });
  });

  test('search results name their event, and the event filter narrows them to one event', async () => {
    const [newest] = newestFirst;
    await withPage('search/?q=cyber', async (page) => {
      const results = page.locator('[data-search="page"] li.result');
      await results.first().waitFor();
      const roles = await page.locator('[data-search="page"] .result__role').allTextContents();
      const labels = new Set(roles.map((role) => role.split(' · ').at(-1)));
      expect(labels.size, `event labels in ${JSON.stringify(roles)}`).toBeGreaterThan(1);
      for (const label of labels) expect(events.map((event) => event.shortTitle)).toContain(label);

      await page.locator('.search__filter-panel summary').click();
      const eventGroup = page.locator('[data-search-filters] fieldset', {
        has: page.locator('legend', { hasText: /^Event$/ }),
      });
      await eventGroup.locator('.filter-chip').first().waitFor();
      expect(await eventGroup.locator('.filter-chip').count()).toBe(events.length);
      await eventGroup.locator('.filter-chip', { hasText: newest?.shortTitle ?? '' }).click();
      await page.waitForFunction(
        (label) => new URL(location.href).searchParams.get('event') === label,
        newest?.shortTitle,
      );
      await page.waitForFunction(
        (prefix) =>
          [...document.querySelectorAll('[data-search="page"] li.result a.result__link')].every((link) =>
            link.getAttribute('href')?.startsWith(prefix),
          ),
        sitePath(`${newest?.id}/`),
      );
      const hrefs = await page
        .locator('[data-search="page"] li.result a.result__link')
        .evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith(sitePath(`${newest?.id}/`)), href).toBe(true);
    });
  });
});
