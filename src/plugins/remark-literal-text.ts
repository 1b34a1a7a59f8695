/**
 * remark-literal-text: a transcript's paragraphs are the speakers' words, published exactly as
 * typed. Markdown would read some of those characters as syntax and drop them (`*also*` becomes
 * emphasis without its asterisks, `&amp;` becomes `&`, `[x](y)` a link); this plugin puts every
 * such character back as text, so the page, the search index and the exports all carry what the
 * file says. The only markup left inside a block is the note, `:note[phrase]{id="…"}`, and `\:`,
 * which writes a colon Markdown would otherwise read as the start of a directive.
 *
 * What cannot be made literal fails the build at its line and column: HTML of any kind (an
 * element, a comment, which would hide the text after it, a doctype), and characters that hide or
 * reorder text (zero-width characters, bidirectional controls, control characters).
 */
import type { PhrasingContent, Root } from 'mdast';
// Brings in the directive node types of mdast.
import type {} from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { reportHidingCharacters, reportHtml, reportUndrawableCharacters, sourceSlice } from './mdast-source';

const QUOTE_HINT =
  'the words stay as the source has them, but the passage’s social card, which quotes its opening words, draws Latin (with accents), Cyrillic and Greek only: ask the site’s maintainers to add a font for this script.';
const HTML_HINT = 'delete the markup: the text is literal, and only :::blocks and :note[…]{id="…"} are markup.';

/** Options: which files are transcripts (others are left alone). */
export interface LiteralTextOptions {
  isTranscript?: (path: string) => boolean;
}

const remarkLiteralText: Plugin<[LiteralTextOptions?], Root> =
  ({ isTranscript = () => true } = {}) =>
  (tree, file) => {
    if (!isTranscript(file.path)) return;
    const source = String(file.value);
    const slice = (node: PhrasingContent) => sourceSlice(file, node);

    /** The literal text of a stretch of source: line breaks as Markdown joins them, `\:` as `:`. */
    const literal = (text: string) => text.replace(/[ \t]*\r?\n[ \t]*/g, '\n').replace(/\\:/g, ':');

    /** Rewrite phrasing content so that every character of the source is text again. */
    function literalise(children: PhrasingContent[]): PhrasingContent[] {
      const out: PhrasingContent[] = [];
      const push = (node: PhrasingContent) => {
        const last = out.at(-1);
        if (node.type === 'text' && last?.type === 'text') last.value += node.value;
        else out.push(node);
      };
      const text = (value: string): PhrasingContent => ({ type: 'text', value });
      for (const node of children) {
        switch (node.type) {
          case 'text':
            push(text(literal(slice(node))));
            break;
          case 'textDirective':
            // Only :note is known (others fail in remark-known-directives); its phrase is literal too.
            node.children = literalise(node.children);
            push(node);
            break;
          case 'emphasis':
          case 'strong':
          case 'delete':
          case 'link':
          case 'linkReference': {
            // Keep the delimiters (`*`, `[`, `](url)`) as text around the literal inside.
            const first = node.children[0]?.position?.start.offset;
            const last = node.children.at(-1)?.position?.end.offset;
            if (first === undefined || last === undefined) {
              push(text(literal(slice(node))));
              break;
            }
            push(text(literal(source.slice(node.position?.start.offset ?? 0, first))));
            literalise(node.children).forEach(push);
            push(text(literal(source.slice(last, node.position?.end.offset ?? 0))));
            break;
          }
          case 'html':
            reportHtml(file, node, 'in a transcript paragraph', HTML_HINT);
            break;
          default:
            // Code spans, images, hard line breaks: their source characters, as typed.
            push(text(literal(slice(node))));
        }
      }
      return out;
    }

    for (const node of tree.children) {
      if (node.type === 'html') {
        reportHtml(file, node, 'between blocks', HTML_HINT);
        continue;
      }
      if (node.type !== 'containerDirective') continue;
      // The passage's card quotes its opening words: they must be drawable.
      const first = node.children.find((child) => child.type === 'paragraph');
      if (first) reportUndrawableCharacters(file, first, QUOTE_HINT);
      for (const child of node.children) {
        if (child.type === 'paragraph') {
          reportHidingCharacters(file, child);
          child.children = literalise(child.children);
        } else if (child.type === 'html') reportHtml(file, child, `inside :::${node.name}`, HTML_HINT);
      }
    }
  };

export default remarkLiteralText;
