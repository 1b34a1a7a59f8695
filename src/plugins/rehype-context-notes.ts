/**
 * rehype-context-notes: runs per page, over each block's fragment in page order. After every
 * annotated phrase (`span.annotated[data-note]`, from remark-context-notes) it inserts the
 * numbered marker, a `<button popovertarget>`, and the note itself as a native popover, which
 * CSS shows as a sidenote in the margin on wide screens. Both carry `data-pagefind-ignore` and are
 * not the source's words. Numbers come from the page's NoteNumbering, so they run across blocks.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { NoteNumbering } from '../lib/note-numbering';

/** What a page needs of a note to show it in place. */
export interface RenderableNote {
  title: string;
  /** The note's body as HTML (paragraphs), from the notes collection. */
  html: string;
  /** URL of the note's own page. */
  href: string;
}

/** Options: the notes, the page's numbering, and a prefix that makes marker ids unique. */
export interface ContextNotesRenderOptions {
  notes: ReadonlyMap<string, RenderableNote>;
  numbering: NoteNumbering;
  /** Usually the block's anchor id on the page. */
  prefix: string;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The note body as phrasing content: a popover inside a paragraph may not hold `<p>`. */
function inlineBody(html: string): ElementContent[] {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    if (node.tagName === 'p') {
      node.tagName = 'span';
      node.properties = { className: ['note__para'] };
    }
  });
  return tree.children.filter((child): child is ElementContent => child.type !== 'doctype');
}

const rehypeContextNotes: Plugin<[ContextNotesRenderOptions], Root> = ({ notes, numbering, prefix }) => (tree) => {
  let count = 0;
  visit(tree, 'element', (node, index, parent) => {
    const id = node.properties.dataNote;
    if (typeof id !== 'string' || !parent || index === undefined) return;
    const note = notes.get(id);
    if (!note) throw new Error(`rehype-context-notes: no note "${id}" (cited in ${prefix})`);
    count += 1;
    const refId = `ref-${prefix}-${count}`;
    const popoverId = `note-${prefix}-${count}`;
    // Only a note's first citation on the page gets a sidenote; later ones open it as a popover.
    const repeat = numbering.has(id);
    const number = numbering.cite(id, refId);
    const marker = element(
      'button',
      { type: 'button', className: ['note-marker'], id: refId, popoverTarget: popoverId, ariaLabel: `Note ${number}: ${note.title}`, dataPagefindIgnore: '' },
      [text(String(number))],
    );
    const popover = element('span', { className: repeat ? ['note', 'note--repeat'] : ['note'], id: popoverId, popover: 'auto', role: 'note', dataPagefindIgnore: '' }, [
      element('span', { className: ['note__head'] }, [
        element('span', { className: ['note__number'] }, [text(`${number}.`)]),
        text(' '),
        element('strong', { className: ['note__title'] }, [text(note.title)]),
      ]),
      text(' '),
      ...inlineBody(note.html),
      text(' '),
      element('a', { className: ['note__more'], href: note.href }, [text('Sources and passages'), element('span', { className: ['visually-hidden'] }, [text(`: ${note.title}`)])]),
      element('button', { type: 'button', className: ['note__close'], popoverTarget: popoverId, popoverTargetAction: 'hide', ariaLabel: 'Close note' }, [text('×')]),
    ]);
    parent.children.splice(index + 1, 0, marker, popover);
    return [SKIP, index + 3];
  });
};

export default rehypeContextNotes;
