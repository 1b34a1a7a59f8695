/**
 * Helpers shared by the remark plugins that check text against its source: the source slice of
 * a node, an excerpt for messages, and the two problems every content file can have (HTML, and
 * characters that hide or reorder text).
 */
import type { Html, Node } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import {
  codePointName,
  hidingCharacters,
  showInvisible,
  unpublishableCharacter,
  unpublishableHint,
} from '../model/characters';
import { undrawableCharacters } from '../model/glyph-coverage';
import { reportProblem } from '../model/content-error';

/** The exact source text of `node` in `file`. */
export function sourceSlice(file: VFile, node: Node): string {
  return String(file.value).slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** A short, one-line excerpt of source text for messages. */
export function sourceExcerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > max ? `${line.slice(0, max - 1)}…` : line}"`;
}

/** Report an HTML node (element, comment, doctype): say what it is, show it, say what to do. */
export function reportHtml(file: VFile, node: Html, where: string, hint: string): void {
  const value = node.value.trim();
  const comment = value.startsWith('<!--');
  const kind = comment
    ? 'An HTML comment'
    : /^<!doctype/i.test(value)
      ? 'A doctype'
      : /^<\/?[a-z]/i.test(value)
        ? 'An HTML element'
        : 'HTML';
  const lines = value.split('\n').length;
  reportProblem(file, `${kind} ${where}: HTML is never published.`, node, {
    actual: sourceExcerpt(value) + (lines > 1 ? ` (${lines} lines)` : ''),
    hint: comment
      ? 'delete the comment: it hides the text in it from the page (an unclosed "<!--" hides everything after it).'
      : hint,
  });
}

/** Report each character of `node` that hides or reorders text, at its own line and column. */
export function reportHidingCharacters(file: VFile, node: Node): void {
  const text = sourceSlice(file, node);
  const start = node.position?.start.offset ?? 0;
  const found = hidingCharacters(text);
  // Indexing the file's lines costs a pass over it: only when there is something to report.
  const place = found.length > 0 ? location(file) : undefined;
  for (const { char, offset } of found) {
    const point = place?.toPoint(start + offset);
    const name = unpublishableCharacter(char);
    reportProblem(file, `${name.charAt(0).toUpperCase()}${name.slice(1)} in the text.`, point ?? node, {
      actual: showInvisible(sourceExcerpt(text.slice(Math.max(0, offset - 24), offset + 24))),
      hint: unpublishableHint(char),
    });
  }
}

/**
 * Report each character of `node` that no social-card font can draw, at its own line and column:
 * the card of the page quotes these words (a passage's opening words, a note's first sentence).
 */
export function reportUndrawableCharacters(file: VFile, node: Node, hint: string): void {
  const text = sourceSlice(file, node);
  const start = node.position?.start.offset ?? 0;
  const found = undrawableCharacters(text);
  const place = found.length > 0 ? location(file) : undefined;
  for (const { char, offset } of found) {
    const point = place?.toPoint(start + offset);
    reportProblem(file, `"${char}" (${codePointName(char)}) cannot be drawn on the social card.`, point ?? node, {
      actual: showInvisible(sourceExcerpt(text.slice(Math.max(0, offset - 24), offset + 24))),
      hint,
    });
  }
}
