/**
 * rehype-context-notes: runs per page, over each block's fragment in page order. After every
 * annotated phrase (`span.annotated[data-note]`, from remark-context-notes) it inserts the
 * numbered marker, a `<button popovertarget>` that opens the note's endnote (components/Endnotes)
 * as a native popover: the note is on the page once, at the end, whichever citation opens it.
 * (On wide screens scripts/notes.ts also shows each note in the margin.) The marker carries
 * `data-pagefind-ignore` and is not the source's words. Numbers come from the page's
 * NoteNumbering, so they run across blocks; a note cited again keeps its number.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { NoteNumbering } from '../model/note-numbering';
import type { RenderableNote } from '../model/renderable-note';

/** Options: the notes, the page's numbering (which also names the markers), and the block. */
export interface ContextNotesRenderOptions {
  notes: ReadonlyMap<string, RenderableNote>;
  numbering: NoteNumbering;
  /** The block's anchor id on the page, for error messages. */
  blockId: string;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Put the marker at the end of the annotated phrase, bound to its last word by a no-wrap span, so
 * a line never breaks between a phrase and its number (the number alone at the start of a line).
 */
function attachMarker(phrase: Element, marker: Element): void {
  const last = phrase.children.at(-1);
  const split = last?.type === 'text' ? /^([\s\S]*?)(\S+)$/.exec(last.value) : null;
  if (!last || last.type !== 'text' || !split) {
    phrase.children.push(marker);
    return;
  }
  const [, before = '', word = ''] = split;
  phrase.children.splice(
    -1,
    1,
    ...(before ? [text(before)] : []),
    element('span', { className: ['nowrap'] }, [text(word), marker]),
  );
}

const rehypeContextNotes: Plugin<[ContextNotesRenderOptions], Root> =
  ({ notes, numbering, blockId }) =>
  (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties.dataNote;
      if (typeof id !== 'string' || !parent || index === undefined) return;
      const note = notes.get(id);
      if (!note) throw new Error(`rehype-context-notes: no note "${id}" (cited in ${blockId})`);
      // The note id has done its job once the marker is placed; the page does not need it.
      delete node.properties.dataNote;
      const cited = numbering.cite(id);
      const marker = element(
        'button',
        {
          type: 'button',
          className: ['note-marker'],
          id: cited.ref,
          popoverTarget: cited.popover,
          ariaLabel: `Note ${cited.number}`,
          dataPagefindIgnore: '',
        },
        [text(String(cited.number))],
      );
      attachMarker(node, marker);
      return [SKIP, index + 1];
    });
  };

export default rehypeContextNotes;
