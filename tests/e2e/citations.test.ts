/**
 * Every citation the built site shows, read back as a reference manager would: each BibTeX and
 * CSL-JSON block of dist/ (the passages' cite blocks, which the transcript's cite dialog shows) parses in
 * Citation.js and formats, in the Chicago style, with the whole event, its date and, for
 * Lavrov's passages, his name; a question's citation names the conference too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cite } from '@citation-js/core';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { CHICAGO } from '../../src/lib/citation';
import { distDir, EVENT, listHtmlPages } from '../../scripts/harness/dist';

/** One machine-readable citation block on a page. */
interface Block {
  page: string;
  /** The block's element id, e.g. `cite-bibtex` or `cite-a-cyber-csl`. */
  id: string;
  format: 'bibtex' | 'csl';
  text: string;
  /** The segment the block cites: the page's own, or the menu's on the transcript. */
  segment: string;
}

/** Every BibTeX and CSL-JSON block in dist/, with the text a reader's copy button copies. */
function citationBlocks(): Block[] {
  const blocks: Block[] = [];
  for (const { file, path } of listHtmlPages()) {
    const tree = fromHtml(readFileSync(resolve(distDir, file), 'utf8'));
    visit(tree, 'element', (node: Element) => {
      const id = String(node.properties['id'] ?? '');
      const match = /^cite(?:-(.+))?-(bibtex|csl)$/.exec(id);
      if (!match) return;
      const segment = match[1] ?? path.split('/').at(-2) ?? '';
      blocks.push({ page: path, id, format: match[2] as Block['format'], text: toString(node), segment });
    });
  }
  return blocks;
}

const blocks = citationBlocks();
const lavrovSegments = (): Set<string> => {
  const data = JSON.parse(readFileSync(resolve(distDir, `data/${EVENT}.json`), 'utf8')) as {
    blocks: Array<{ id: string; type: string; kind?: string; speaker?: string }>;
  };
  return new Set(
    data.blocks.filter((b) => b.type === 'segment' && b.kind !== 'question' && b.speaker === 'lavrov').map((b) => b.id),
  );
};
const byLavrov = lavrovSegments();
/** The site's summaries of Tillerson's words: cited as the site's web pages, not as speeches. */
const summaryIds = new Set(
  (
    JSON.parse(readFileSync(resolve(distDir, `data/${EVENT}.json`), 'utf8')) as { summaries: Array<{ id: string }> }
  ).summaries.map((summary) => summary.id),
);
const chicago = (cite: Cite) =>
  cite.format('bibliography', { format: 'text', template: CHICAGO, lang: 'en-US', downgradeCsl: true });

describe('the citations dist/ shows', () => {
  test('are all found: a BibTeX and a CSL-JSON block per passage page; the transcript has none of its own', () => {
    const pages = new Set(blocks.map((block) => block.page));
    expect(pages).toContain(`${EVENT}/a-cyber/`);
    // The transcript's "Cite" links lead to these blocks (and its cite dialog shows them: linking.test.ts).
    expect(pages).not.toContain(`${EVENT}/`);
    expect(blocks.filter((block) => block.format === 'bibtex').length).toBeGreaterThan(25);
    expect(blocks.filter((b) => b.format === 'bibtex').length).toBe(blocks.filter((b) => b.format === 'csl').length);
    expect(byLavrov.size).toBeGreaterThan(10);
  });

  test.each(blocks.map((block) => [`${block.page} #${block.id}`, block] as const))('%s', (_name, block) => {
    const cite = new Cite(block.format === 'csl' ? JSON.parse(block.text) : block.text);
    expect(cite.data, 'one reference').toHaveLength(1);
    if (summaryIds.has(block.segment)) {
      // The site's summary: the site is its author; Tillerson, whose words it summarises, is not.
      const reference = chicago(cite);
      expect(reference).toMatch(/^Lavrov–Tillerson, Moscow, 12 April 2017\. “Summary of Rex Tillerson’s /);
      expect(reference).toContain(`/${EVENT}/${block.segment}/`);
      expect(reference).not.toContain('Tillerson, Rex');
      return;
    }
    expect(cite.data[0], 'what Citation.js read').toMatchObject({
      'event-title': 'Joint news conference of Sergey Lavrov and Rex Tillerson',
      'event-place': 'Moscow',
      issued: { 'date-parts': [[2017, 4, 12]] },
    });
    const reference = chicago(cite);
    expect(reference).toContain('April 12, 2017');
    expect(reference).toContain(`/${EVENT}/${block.segment}/`);
    if (byLavrov.has(block.segment)) expect(reference).toMatch(/^Lavrov, Sergey\. “/);
    else expect(reference).not.toContain('Lavrov, Sergey.');
    // BibLaTeX's @unpublished reads back as a manuscript, which Chicago prints without the event;
    // the CSL-JSON keeps the speech type, and Chicago names the event in full.
    if (block.format === 'csl') {
      expect(reference).toContain('Joint news conference of Sergey Lavrov and Rex Tillerson, Moscow, April 12, 2017');
    }
  });
});
