/**
 * Defence in depth: whatever a plugin bug or a note body might put in a content fragment, the
 * allow-list sanitizer publishes only the markup our plugins emit. The hostile fragment holds
 * every kind of thing a page must never carry from content.
 */
import { readFileSync } from 'node:fs';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../../src/lib/annotate';
import { FRAGMENT_SCHEMA } from '../../src/plugins/sanitize-schema';
import { renderTranscript } from '../support/render';

const hostile = readFileSync(new URL('../fixtures/hostile/fragment.html', import.meta.url), 'utf8');
const segments = new URL('../fixtures/segments/', import.meta.url);

/** Everything a content fragment must never publish. */
function expectNothingUnsafe(html: string): void {
  expect(html).not.toMatch(/<(script|meta|iframe|object|embed|form|input|svg|math|base|link|style|img)\b/i);
  expect(html).not.toMatch(/\son[a-z]+=|\sstyle=|formaction|javascript:|data:text|href="\/\/|<!--/i);
}

describe('the fragment schema (the Markdown pipeline)', () => {
  const sanitize = (html: string) =>
    String(
      unified()
        .use(rehypeParse, { fragment: true })
        .use(rehypeSanitize, FRAGMENT_SCHEMA)
        .use(rehypeStringify)
        .processSync(html),
    );

  it('removes every unsafe element, attribute and URL, keeping the words', () => {
    const clean = sanitize(hostile);
    expectNothingUnsafe(clean);
    expect(clean).toContain('<p id="opening-1"><a class="para-link" href="#opening-1" data-pagefind-ignore="">');
    expect(clean).toContain('<span class="annotated" data-note="opcw">OPCW</span>');
    expect(clean).toContain('A <a>link</a>, <a>another</a>, <a>data</a>.');
  });

  it('keeps everything the plugins emit for a real transcript, unchanged', async () => {
    for (const name of ['exchange', 'framing', 'notes']) {
      const { fragments } = await renderTranscript(readFileSync(new URL(`${name}/input.md`, segments), 'utf8'));
      for (const fragment of Object.values(fragments)) expect(sanitize(fragment.html)).toBe(fragment.html);
    }
  });
});

describe('the page schema (annotatePage)', () => {
  it('publishes no unsafe markup from a fragment or a note body', () => {
    const notes = new Map([['opcw', { title: 'OPCW <script>', html: hostile, href: '/notes/opcw/' }]]);
    const { html } = annotatePage([{ anchorId: 'opening', html: hostile }], notes);
    const page = html.get('opening') ?? '';
    expectNothingUnsafe(page);
    expect(page).toContain('popovertarget="note-1" aria-label="Note 1" data-pagefind-ignore="">1</button>');
    // The note itself is not in the block: it is the page's endnote, from the notes collection.
    expect(page).not.toContain('OPCW <script>');
    expect(page).not.toContain('/notes/opcw/');
  });
});
