/**
 * The plain page the bench measures every page type against: the event's source text
 * (content/source/<event>.txt) as bare `<p>` elements, with no CSS, no JavaScript and no other
 * request. It is what the same words cost a browser at the least, so its LCP is the limit a page
 * of the site can approach.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A bare document: viewport, no icon request, title, and each paragraph as a `<p>`. */
function bareDocument(title: string, paragraphs: readonly string[]): string {
  // A viewport and a title only: without the viewport a phone lays the page out 980 px wide, and
  // the comparison would be with a page no reader would get. The empty icon stops the browser
  // asking for /favicon.ico, so the page is one request.
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}`),
    '',
  ].join('\n');
}

/** The plain HTML document for `event`: its source's paragraphs (blank-line separated) as `<p>`. */
export function plainPage(event: string): string {
  const file = fileURLToPath(new URL(`../../content/source/${event}.txt`, import.meta.url));
  const paragraphs = readFileSync(file, 'utf8')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return bareDocument(event, paragraphs);
}

const NOT_WORDS = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg']);
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'summary', 'figcaption', 'dt', 'dd']);

/**
 * The same words as a built page (`html`), as bare `<p>`: the text of each of its blocks, in
 * order. For the full transcript that is the source and what the site adds to it (notes,
 * summaries, titles): the least a browser can be given to show that page's words, and so the
 * floor its LCP can approach.
 */
export function plainWordsPage(title: string, html: string): string {
  const blocks: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element' && NOT_WORDS.has(node.tagName)) return;
    if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      const text = toString(node as Element)
        .replace(/\s+/g, ' ')
        .trim();
      if (text) blocks.push(text);
      return;
    }
    node.children.forEach(walk);
  };
  walk(fromHtml(html));
  return bareDocument(title, blocks);
}

/**
 * Writes the plain page of `event` as index.html into a fresh temporary directory, and the plain
 * page of the built transcript's own words (from `dist`) as words/index.html; returns the directory.
 */
export function writePlainSite(event: string, dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-plain-'));
  writeFileSync(join(dir, 'index.html'), plainPage(event));
  mkdirSync(join(dir, 'words'));
  const transcript = readFileSync(join(dist, event, 'index.html'), 'utf8');
  writeFileSync(join(dir, 'words', 'index.html'), plainWordsPage(`${event}: its words`, transcript));
  return dir;
}
