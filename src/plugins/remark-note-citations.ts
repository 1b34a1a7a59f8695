/**
 * remark-note-citations: in a context note, every sentence ends with `:cite[source-id …]`, naming
 * the sources of the note's front matter it rests on. The plugin checks that each id is one of the
 * note's sources and that no sentence ends without a marker (each problem at its line), then turns
 * the marker into superscript links to the source entries on the note's page:
 * `<sup class="cite-ref"><a href="#src-dni-ica">[1]</a></sup>`, numbered in the sources' order.
 * A `:cite` outside a note fails: the speakers' words are never annotated with sources.
 * It does not check that every source is cited (the notes loader does, at the source's line).
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
// Brings in the `data.hName` / `data.hProperties` fields that remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import { reportProblem } from '../model/content-error';
import { citedIds, MARKER, uncitedSentences } from '../model/cited-sentences';
import { sourceAnchor } from '../model/source-anchor';

/** Options: the ids of a note's sources, in order, by the note file's path (undefined: not a note). */
export interface NoteCitationsOptions {
  sourcesOf?: (path: string) => readonly string[] | undefined;
}

const HINT = 'end each sentence with :cite[source-id], right after its full stop, naming the sources that support it.';

const remarkNoteCitations: Plugin<[NoteCitationsOptions?], Root> =
  ({ sourcesOf = () => undefined } = {}) =>
  (tree, file) => {
    const sources = sourcesOf(file.path);
    if (!sources) {
      visit(tree, 'textDirective', (node: TextDirective) => {
        if (node.name !== 'cite') return;
        reportProblem(file, 'A :cite outside a context note.', node, {
          hint: 'sources are cited in notes (content/notes/); the transcript holds the speakers’ words only.',
        });
      });
      return;
    }

    for (const paragraph of tree.children) {
      if (paragraph.type !== 'paragraph') continue;
      checkSentences(paragraph);
      visit(paragraph, 'textDirective', (node: TextDirective) => {
        if (node.name === 'cite') toMarker(node);
      });
    }

    /** Report each sentence of `paragraph` that ends without a marker. */
    function checkSentences(paragraph: Paragraph): void {
      const flat = flatten(paragraph.children);
      for (const sentence of uncitedSentences(flat)) {
        reportProblem(file, 'A sentence without a citation.', paragraph, {
          actual: sentence.text.length > 90 ? `${sentence.text.slice(0, 87)}…` : sentence.text,
          expected: [`one of the note's sources: ${sources?.join(', ')}`],
          hint: HINT,
        });
      }
    }

    /** Check a marker's ids and make it superscript links to the sources it names. */
    function toMarker(node: TextDirective): void {
      const ids = citedIds(toString(node));
      if (Object.keys(node.attributes ?? {}).length > 0) {
        reportProblem(file, ':cite takes source ids in its brackets, not attributes.', node, { hint: HINT });
      }
      if (ids.length === 0) reportProblem(file, 'An empty :cite[].', node, { hint: HINT });
      const links: PhrasingContent[] = [];
      for (const id of ids) {
        const index = sources?.indexOf(id) ?? -1;
        if (index < 0) {
          reportProblem(file, `:cite names "${id}", which is not one of this note's sources.`, node, {
            expected: [...(sources ?? [])],
            hint: 'give the source an id: in the front matter, or fix the spelling.',
          });
          continue;
        }
        links.push({
          type: 'link',
          url: `#${sourceAnchor(id)}`,
          children: [{ type: 'text', value: `[${index + 1}]` }],
        });
      }
      node.children = links as TextDirective['children'];
      node.data = { hName: 'sup', hProperties: { className: ['cite-ref'] } };
    }
  };

/** The paragraph's words with each :cite written as MARKER (emphasis and links by their words). */
function flatten(children: readonly PhrasingContent[]): string {
  return children
    .map((node) => {
      if (node.type === 'textDirective') return node.name === 'cite' ? MARKER : toString(node);
      if (node.type === 'text') return node.value;
      if ('children' in node) return flatten(node.children as PhrasingContent[]);
      return 'value' in node ? String(node.value) : '';
    })
    .join('');
}

export default remarkNoteCitations;
