/**
 * remark-context-notes: reads `:note[phrase]{id="…"}`, the annotation of a phrase with a context
 * note. It checks the note exists, the phrase is not empty and notes do not nest, then marks the
 * phrase for rehype as `<span class="annotated" data-note="id">`. The phrase stays the source's
 * words: remove the markup and the text is unchanged. Numbering and the note itself are added per
 * page (see rehype-context-notes), because one passage appears on several pages.
 */
import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
// Brings in the `data.hName` / `data.hProperties` fields that remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import { reportProblem } from '../model/content-error';

/** Options: the ids of the notes that exist. */
export interface ContextNotesOptions {
  noteIds: ReadonlySet<string>;
}

const remarkContextNotes: Plugin<[ContextNotesOptions], Root> =
  ({ noteIds }) =>
  (tree, file) => {
    visit(tree, 'textDirective', (node: TextDirective, _index, parent) => {
      if (node.name !== 'note') return;
      const id = node.attributes?.id ?? '';
      const unknownAttributes = Object.keys(node.attributes ?? {}).filter((key) => key !== 'id');
      if (unknownAttributes.length > 0) {
        reportProblem(file, `Unknown attribute "${unknownAttributes[0]}" on :note.`, node, { expected: ['id'] });
      }
      if (!id) {
        reportProblem(file, `:note[${toString(node)}] has no id.`, node, {
          hint: 'write :note[phrase]{id="note-id"}.',
        });
      } else if (!noteIds.has(id)) {
        reportProblem(file, `Unknown note "${id}".`, node, {
          hint: `write content/notes/${id}.md, or fix the id (notes are the file names in content/notes/).`,
        });
      }
      if (toString(node).trim() === '') {
        reportProblem(file, `:note{id="${id}"} annotates no words.`, node, {
          hint: 'put the phrase it explains in the brackets.',
        });
      }
      if (parent?.type === 'textDirective') {
        reportProblem(file, `:note{id="${id}"} is inside another :note.`, node, {
          hint: 'notes cannot nest; annotate separate phrases.',
        });
      }
      node.data = { hName: 'span', hProperties: { className: ['annotated'], dataNote: id } };
    });
  };

export default remarkContextNotes;
