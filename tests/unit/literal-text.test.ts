/**
 * The text is literal: a transcript paragraph is published exactly as typed (Markdown syntax is
 * kept as characters), HTML and hiding characters fail the build, and a note body may use only
 * paragraphs, emphasis and https links. Every case runs through the real pipeline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { failureMessage } from '../support/failure';
import { renderNote, renderTranscript } from '../support/render';

const fixtures = new URL('../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');

/** The error message of a render, with fixture folders removed from paths. */
const errorOf = (render: Promise<unknown>) => failureMessage(render, /[^\s"]*\/(transcripts|notes)\//g);

describe('transcript paragraphs are literal', () => {
  it('publishes Markdown syntax as the characters typed, in the page, the search text and the export', async () => {
    const { fragments } = await renderTranscript(read('literal/input.md'));
    const typed = read('literal/input.md').split('\n').slice(1, 4).filter(Boolean);
    const expected = typed.map((line) => line.replace(':note[the OPCW]{id="opcw"}', 'the OPCW').replace('\\:', ':'));
    const paragraphs = fragments['opening']?.paragraphs ?? [];
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(expected);
    // What a reader sees on the page is the same text (the anchor link's label aside).
    const page = fromHtml(fragments['opening']?.html ?? '', { fragment: true });
    const visible = toString(page).replaceAll(/Link to paragraph \d/g, '');
    expect(visible).toBe(expected.join(''));
    expect(fragments['opening']?.html).not.toMatch(/<(em|strong|code|img)\b|<a href/);
    expect(fragments['opening']?.notes).toEqual(['opcw']);
  });

  it('fails on HTML, naming what it is, where, and what to do', async () => {
    expect(await errorOf(renderTranscript(read('invalid/html-inline/input.md')))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:2:6: An HTML element in a transcript paragraph: HTML is never published.
        found: "<img src=x onerror=alert(1)>"
        hint: delete the markup: the text is literal, and only :::blocks and :note[…]{id="…"} are markup."
    `);
  });

  it('fails on an unclosed comment once, saying how much it would hide', async () => {
    expect(await errorOf(renderTranscript(read('invalid/html-comment-unclosed/input.md')))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:5:1: An HTML comment between blocks: HTML is never published.
        found: "<!-- to check :::remarks{#later speaker="lavrov" topics="sy…" (5 lines)
        hint: delete the comment: it hides the text in it from the page (an unclosed "<!--" hides everything after it)."
    `);
  });

  it('fails on an invisible character at its own column, and shows it', async () => {
    expect(await errorOf(renderTranscript(read('invalid/zero-width-space/input.md')))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:2:9: Invisible character U+200B in the text.
        found: "Good eve[U+200B]ning,"
        hint: delete it: it hides or reorders characters, and a reader can neither see nor search for it."
    `);
  });
});

describe('note bodies: paragraphs, emphasis and https links only', () => {
  beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));

  it('renders the subset', async () => {
    const html = await renderNote(
      'The *OPCW* [site](https://www.opcw.org/), with \\*stars\\*.\n\nA second paragraph.\n',
    );
    expect(html).toBe(
      '<p>The <em>OPCW</em> <a href="https://www.opcw.org/">site</a>, with *stars*.</p>\n<p>A second paragraph.</p>',
    );
  });

  const invalid = readdirSync(new URL('invalid-notes/', fixtures));
  it.each(invalid)('%s fails with file, line and problem', async (name) => {
    const expected = read(`invalid-notes/${name}/error.txt`).trim();
    expect(await errorOf(renderNote(read(`invalid-notes/${name}/input.md`)))).toContain(expected);
  });

  it('says what a link must be', async () => {
    expect(await errorOf(renderNote('See [the site](javascript:alert(1)).\n'))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture-note.md:1:5: Link to "javascript:alert(1)" in a note: only https:// links are allowed.
        expected: a full https:// address
        found: "[the site](javascript:alert(1))""
    `);
  });
});
