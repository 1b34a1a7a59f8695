/**
 * The plain page the bench measures every page type against: the event's source text
 * (content/source/<event>.txt) as bare `<p>` elements, with no CSS, no JavaScript and no other
 * request. It is what the same words cost a browser at the least, so its LCP is the limit a page
 * of the site can approach.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The plain HTML document for `event`: its source's paragraphs (blank-line separated) as `<p>`. */
export function plainPage(event: string): string {
  const file = fileURLToPath(new URL(`../../content/source/${event}.txt`, import.meta.url));
  const paragraphs = readFileSync(file, 'utf8')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // A viewport and a title only: without the viewport a phone lays the page out 980 px wide, and
  // the comparison would be with a page no reader would get. The empty icon stops the browser
  // asking for /favicon.ico, so the page is one request.
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(event)}</title>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}`),
    '',
  ].join('\n');
}

/** Writes the plain page of `event` as index.html into a fresh temporary directory; returns it. */
export function writePlainSite(event: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-plain-'));
  writeFileSync(join(dir, 'index.html'), plainPage(event));
  return dir;
}
