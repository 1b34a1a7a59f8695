/**
 * Context notes: the remark plugin keeps the words intact and records citations; the per-page
 * rehype transform numbers notes across a page's blocks, reuses numbers for repeated citations
 * and gives each marker a unique id for the endnotes' back-links.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../src/lib/annotate';
import type { RenderableNote } from '../../src/model/renderable-note';
import { renderTranscript } from '../support/render';

const input = readFileSync(new URL('../fixtures/segments/notes/input.md', import.meta.url), 'utf8');
const notes = new Map<string, RenderableNote>([
  ['opcw', { title: 'OPCW', html: '<p>The OPCW implements the <em>Convention</em>.</p>', href: '/notes/opcw/' }],
  ['stuxnet', { title: 'Stuxnet', html: '<p>A computer worm.</p>', href: '/notes/stuxnet/' }],
]);

describe('remark-context-notes', () => {
  it('keeps the annotated words as they are, so the text is the source text', async () => {
    const { fragments } = await renderTranscript(input);
    expect(fragments['opening']?.paragraphs.map((p) => p.text)).toEqual([
      'The OPCW at The Hague.',
      'In between.',
      'The Stuxnet virus and the OPCW again.',
    ]);
    expect(fragments['opening']?.html).toContain('<span class="annotated" data-note="opcw">OPCW</span>');
  });

  it('records the notes each block cites, once each, in order of first citation', async () => {
    const { fragments } = await renderTranscript(input);
    expect(fragments['opening']?.notes).toEqual(['opcw', 'stuxnet']);
    expect(fragments['later']?.notes).toEqual(['opcw']);
  });
});

describe('rehype-context-notes (per page)', () => {
  async function page() {
    const { fragments } = await renderTranscript(input);
    return annotatePage(
      ['opening', 'later'].map((id) => ({ anchorId: id, html: fragments[id]?.html ?? '' })),
      notes,
    );
  }

  it('numbers notes in page order across blocks and reuses a number for a repeated note', async () => {
    const { notes: numbered, html } = await page();
    expect(numbered).toEqual([
      { id: 'opcw', number: 1, refs: ['ref-1-1', 'ref-1-2', 'ref-1-3'], popover: 'note-1' },
      { id: 'stuxnet', number: 2, refs: ['ref-2-1'], popover: 'note-2' },
    ]);
    const markers = [...(html.get('opening') ?? '').matchAll(/class="note-marker" id="([^"]+)"[^>]*>(\d+)</g)];
    expect(markers.map((match) => [match[1], match[2]])).toEqual([
      ['ref-1-1', '1'],
      ['ref-2-1', '2'],
      ['ref-1-2', '1'],
    ]);
    // A later citation, even in another block, opens the same note.
    expect(html.get('later')).toContain('id="ref-1-3" popovertarget="note-1"');
  });

  it('annotates a note in the first and in the last paragraph', async () => {
    const opening = (await page()).html.get('opening') ?? '';
    const paragraphs = opening.split('</p>');
    expect(paragraphs[0]).toContain('aria-label="Note 1"');
    expect(paragraphs[2]).toContain('aria-label="Note 1"');
    expect(paragraphs[1]).not.toContain('note-marker');
  });

  it('adds only the marker, a native popover button for the note’s endnote, outside search and copied text', async () => {
    const opening = (await page()).html.get('opening') ?? '';
    expect(opening).toMatch(
      /<span class="nowrap">OPCW<button type="button" class="note-marker" id="ref-1-1" popovertarget="note-1" aria-label="Note 1" data-pagefind-ignore="">1<\/button><\/span>/,
    );
  });

  it('puts no note text in the passage: each note is on the page once, as its endnote', async () => {
    const { html } = await page();
    const all = [...html.values()].join('');
    expect(all).not.toContain('implements the');
    expect(all).not.toContain('popover=');
    expect(html.get('opening')).toContain('id="ref-1-2" popovertarget="note-1"');
  });

  it('numbers each page afresh', async () => {
    const { fragments } = await renderTranscript(input);
    const later = annotatePage([{ anchorId: 'later', html: fragments['later']?.html ?? '' }], notes);
    expect(later.notes).toEqual([{ id: 'opcw', number: 1, refs: ['ref-1-1'], popover: 'note-1' }]);
  });
});
