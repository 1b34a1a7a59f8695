/**
 * remark-note-markup: a context note's body is written by us, not the speakers, and may use a
 * small subset of Markdown: paragraphs, *emphasis*, [links](https://…) to full https
 * addresses and the citation markers `:cite[…]` (see remark-note-citations); backslash escapes (`\*`) write a character that would otherwise be markup. Anything
 * else (HTML, headings, lists, quotes, code, images, strong, line breaks, reference links,
 * character references such as `&amp;`, a `:note` inside a note) fails the build at its line
 * and column, as do characters that hide or reorder text.
 */
import type { PhrasingContent, Root } from 'mdast';
// Brings in the directive node types of mdast.
import type {} from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { reportProblem } from '../model/content-error';
import { UNDRAWABLE_HINT } from '../model/glyph-coverage';
import {
  reportHidingCharacters,
  reportHtml,
  reportUndrawableCharacters,
  sourceExcerpt,
  sourceSlice,
} from './mdast-source';

/** Options: which files are notes (others are left alone). */
export interface NoteMarkupOptions {
  isNote?: (path: string) => boolean;
}

/** The subset, as messages and the README state it. */
export const NOTE_MARKUP = ['paragraphs', '*emphasis*', '[links](https://…)', ':cite[source-id]'] as const;

const HINT = 'a note holds paragraphs with *emphasis* and [links](https://…) only; write the rest as plain words.';
const CHARACTER_REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** Names of Markdown constructs, as an editor would call them. */
const NAMES: Record<string, string> = {
  heading: 'A heading',
  list: 'A list',
  blockquote: 'A block quote',
  code: 'A code block',
  thematicBreak: 'A thematic break',
  definition: 'A link definition',
  strong: 'Strong emphasis (**…**)',
  inlineCode: 'A code span',
  image: 'An image',
  imageReference: 'An image',
  linkReference: 'A reference link',
  break: 'A hard line break',
  delete: 'Strikethrough',
  textDirective: 'A :note',
  leafDirective: 'A directive',
  containerDirective: 'A directive',
};

/** What an editor would call the construct: a directive by its own name (`:40` is not a `:note`). */
function nameOf(node: Root['children'][number] | PhrasingContent): string {
  if (node.type === 'textDirective' && node.name !== 'note') return `A directive ":${node.name}"`;
  return NAMES[node.type] ?? `Markdown ${node.type}`;
}

const remarkNoteMarkup: Plugin<[NoteMarkupOptions?], Root> =
  ({ isNote = () => false } = {}) =>
  (tree, file) => {
    if (!isNote(file.path)) return;

    const notAllowed = (node: Root['children'][number] | PhrasingContent) =>
      reportProblem(file, `${nameOf(node)} is not allowed in a note.`, node, {
        expected: [...NOTE_MARKUP],
        actual: sourceExcerpt(sourceSlice(file, node)),
        hint: node.type === 'textDirective' ? 'notes cannot cite other notes; link to it instead.' : HINT,
      });

    function checkPhrasing(children: PhrasingContent[]): void {
      for (const node of children) {
        if (node.type === 'text') {
          const reference = CHARACTER_REFERENCE.exec(sourceSlice(file, node));
          if (reference) {
            reportProblem(file, `Character reference "${reference[0]}" in a note.`, node, {
              expected: [`the character "${node.value.slice(reference.index, reference.index + 1)}" itself`],
              hint: 'type the character itself; the text is published as written.',
            });
          }
        } else if (node.type === 'emphasis') {
          checkPhrasing(node.children);
        } else if (node.type === 'link') {
          if (!isHttpsUrl(node.url)) {
            reportProblem(file, `Link to "${node.url}" in a note: only https:// links are allowed.`, node, {
              expected: ['a full https:// address'],
              actual: sourceExcerpt(sourceSlice(file, node)),
            });
          }
          checkPhrasing(node.children);
        } else if (node.type === 'html') {
          reportHtml(file, node, 'in a note', HINT);
        } else if (node.type === 'textDirective' && node.name === 'cite') {
          // A citation marker: remark-note-citations checks and renders it.
        } else {
          notAllowed(node);
        }
      }
    }

    // The note's card leads with its first sentence: it must be drawable.
    const first = tree.children.find((node) => node.type === 'paragraph');
    if (first) reportUndrawableCharacters(file, first, UNDRAWABLE_HINT);
    for (const node of tree.children) {
      if (node.type === 'paragraph') {
        reportHidingCharacters(file, node);
        checkPhrasing(node.children);
      } else if (node.type === 'html') {
        reportHtml(file, node, 'in a note', HINT);
      } else if (node.type !== 'yaml') {
        notAllowed(node);
      }
    }
  };

/** True for an absolute https URL with a host. */
function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:' && /^https:\/\/[^/\s]/.test(url);
  } catch {
    return false;
  }
}

export default remarkNoteMarkup;
