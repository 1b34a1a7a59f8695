/**
 * The social-card part of `npm run screenshots`: three cards (the shortest passage, the longest
 * title, a note) copied as they are, and each drawn the way a chat app unfurls the link: site,
 * title, description and the card, from the page's own meta tags.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { listHtmlPages } from './harness/dist.ts';

const EVENT = 'lavrov-tillerson-2017-04-12';

/** The `content` of a page's `<meta property|name="key">`, unescaped enough for a preview. */
function meta(html: string, key: string): string {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return (match?.[1] ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The page with the longest `<h1>` among those with a card of their own. */
function longestTitlePage(root: string): string {
  const pages = listHtmlPages(root).filter((page) => /^(notes|topics|lavrov)[^/]*\/[^/]+\/$/.test(page.path));
  const title = (path: string) =>
    (/<h1[^>]*>(.*?)<\/h1>/s.exec(readFileSync(`${root}${path}index.html`, 'utf8'))?.[1] ?? '').replace(/<[^>]+>/g, '');
  return pages.map((page) => page.path).reduce((a, b) => (title(b).length > title(a).length ? b : a));
}

/** Write the three cards and their previews into `out`; returns the files written. */
export async function screenshotCards(browser: Browser, serverUrl: string, root: string, out: string, prefix: string) {
  const pages = {
    'short-passage': `${EVENT}/q-korea/`,
    'longest-title': longestTitlePage(root),
    note: 'notes/opcw/',
  };
  const written: string[] = [];
  for (const [name, path] of Object.entries(pages)) {
    const html = readFileSync(`${root}${path}index.html`, 'utf8');
    const image = new URL(meta(html, 'og:image'));
    const card = `${out}${prefix}card-${name}.png`;
    copyFileSync(`${root}${image.pathname.replace(/^\//, '')}`, card);
    written.push(card);

    const context = await browser.newContext({ viewport: { width: 600, height: 700 } });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><body style="margin:0;padding:24px;background:#e9edf0;font:15px/1.35 system-ui,sans-serif">
      <div id="preview" style="width:520px;background:#fff;border-left:4px solid #5b8def;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px #0002">
        <div style="color:#5b6570;font-size:13px">${escape(meta(html, 'og:site_name'))} · ${escape(image.host)}</div>
        <div style="font-weight:700;color:#1a55b8;margin:4px 0">${escape(meta(html, 'og:title'))}</div>
        <div style="color:#222;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden">${escape(meta(html, 'og:description'))}</div>
        <img src="${new URL(image.pathname, serverUrl).href}" alt="${escape(meta(html, 'og:image:alt'))}" style="display:block;width:100%;margin-top:10px;border-radius:6px">
      </div></body></html>`);
    await page.waitForLoadState('networkidle');
    const preview = `${out}${prefix}preview-${name}.png`;
    await page.locator('#preview').screenshot({ path: preview });
    written.push(preview);
    await context.close();
  }
  return written;
}
