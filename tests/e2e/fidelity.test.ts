/**
 * Fidelity: every paragraph of the published source appears verbatim, and in order, in the text
 * of the built transcript page once everything the site adds (marked `data-pagefind-ignore`) is
 * taken out. No browser: the built HTML is parsed with a real HTML parser.
 */
import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { distDir } from '../../scripts/harness/dist';
import { firstDifference, normaliseSpace as normalise, sourceEvents, sourceParagraphs } from '../support/source';

/** The built page's <body>, parsed. */
function pageBody(pageFile: string): Element {
  const tree: Root = fromHtml(readFileSync(pageFile, 'utf8'));
  const body = tree.children
    .flatMap((node) => (node.type === 'element' ? node.children : []))
    .find((node): node is Element => node.type === 'element' && node.tagName === 'body');
  if (!body) throw new Error(`${pageFile} has no <body>`);
  return body;
}

/** The words a reader sees in the page body, minus everything the site marks as its own. */
function pageText(pageFile: string): string {
  return normalise(sourceText(pageBody(pageFile)));
}

/** The text of every anchored paragraph (`<p id>`) outside ignored regions, in page order. */
function anchoredParagraphs(node: Element): string[] {
  if (isIgnored(node)) return [];
  if (node.tagName === 'p' && node.properties['id'] !== undefined) return [normalise(sourceText(node))];
  return node.children.flatMap((child) => (child.type === 'element' ? anchoredParagraphs(child) : []));
}

function isIgnored(element: Element): boolean {
  return 'dataPagefindIgnore' in element.properties || NON_TEXT.has(element.tagName);
}

// Not the reader's text: scripts, styles and inert templates.
const NON_TEXT = new Set(['script', 'style', 'template']);

/** textContent of `node`, skipping elements with data-pagefind-ignore (note markers, links…). */
function sourceText(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (isIgnored(node)) return '';
  return node.children.map(sourceText).join('');
}

/**
 * Explains a miss: the longest start of `paragraph` that does occur after `from`, and the page
 * text at the point where the two part ways.
 */
function explainMiss(text: string, paragraph: string, from: number): string {
  const words = paragraph.split(' ');
  let matched = 0;
  let at = -1;
  for (let count = 1; count <= words.length; count++) {
    const found = text.indexOf(words.slice(0, count).join(' '), from);
    if (found === -1) break;
    matched = count;
    at = found;
  }
  if (at === -1) {
    const anywhere = text.indexOf(paragraph);
    return anywhere === -1
      ? 'Not even its first word occurs after the previous paragraph.'
      : `It occurs earlier in the page (offset ${anywhere}), out of order.`;
  }
  const agreed = words.slice(0, matched).join(' ');
  const parted = at + agreed.length;
  return [
    `The first ${matched} of ${words.length} words match (page offset ${at}); then they part:`,
    `  source: …${paragraph.slice(Math.max(0, agreed.length - 40), agreed.length + 80)}…`,
    `  page:   …${text.slice(Math.max(0, parted - 40), parted + 80)}…`,
  ].join('\n');
}

// Every event whose source text the content holds (one on this site; more in an archive build).
describe.each(sourceEvents())('fidelity of /%s/ to the published source', (event) => {
  const pageFile = `${distDir}${event}/index.html`;

  test('every source paragraph appears verbatim and in order', () => {
    const paragraphs = sourceParagraphs(event);
    const text = pageText(pageFile);
    // A sanity floor: an empty or truncated source would make this test pass vacuously.
    expect(paragraphs.length).toBeGreaterThan(40);

    let cursor = 0;
    paragraphs.forEach((paragraph, index) => {
      const found = text.indexOf(paragraph, cursor);
      if (found === -1) {
        expect.fail(
          `Source paragraph ${index + 1} of ${paragraphs.length} is not on the page after paragraph ${index}:\n` +
            `  "${paragraph.slice(0, 160)}${paragraph.length > 160 ? '…' : ''}"\n` +
            explainMiss(text, paragraph, cursor),
        );
      }
      cursor = found + paragraph.length;
    });
  });

  test('the anchored paragraphs are the source paragraphs, one for one, with nothing added', () => {
    // The test above allows text between paragraphs; this one catches words the site adds to a
    // passage (a note marker or link text without data-pagefind-ignore) and split or merged ones.
    const difference = firstDifference(sourceParagraphs(event), anchoredParagraphs(pageBody(pageFile)));
    if (difference) expect.fail(`Anchored paragraphs (<p id>) of /${event}/ vs the source. ${difference}`);
  });
});
