/**
 * Adds the context notes to the blocks one page shows, in page order, with one numbering for the
 * page (see plugins/rehype-context-notes). Pages call it once in their front matter, so numbers
 * follow reading order whatever order components render in.
 */
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { RenderableNote } from '../model/renderable-note';
import rehypeContextNotes from '../plugins/rehype-context-notes';
import { NoteNumbering, type NumberedNote } from '../model/note-numbering';
import { PAGE_SCHEMA } from '../plugins/sanitize-schema';

/** One block as placed on a page: its anchor id there and its fragment HTML. */
export interface PlacedBlock {
  anchorId: string;
  html: string;
}

/** The annotated HTML of each placed block (by anchor id) and the page's numbered notes. */
export interface AnnotatedPage {
  html: Map<string, string>;
  notes: NumberedNote[];
}

/** Annotate `blocks` (in page order) with `notes`. */
export function annotatePage(
  blocks: readonly PlacedBlock[],
  notes: ReadonlyMap<string, RenderableNote>,
): AnnotatedPage {
  const numbering = new NoteNumbering();
  const html = new Map<string, string>();
  for (const block of blocks) {
    const processor = unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeContextNotes, { notes, numbering, blockId: block.anchorId })
      // Defence in depth: whatever the fragment or a note body holds, only our own markup is published.
      .use(rehypeSanitize, PAGE_SCHEMA)
      .use(rehypeStringify);
    html.set(block.anchorId, String(processor.processSync(block.html)));
  }
  return { html, notes: numbering.notes };
}
