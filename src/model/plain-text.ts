/**
 * Plain text: fields the site shows as text, never as markup (the corrections log's `what` and
 * `why`). Markup in them is a mistake an editor should hear about, not see printed as `<em>` or
 * `[link](url)` on the page and in the feed.
 */

/** Markup an editor may type by habit, each with what it is called in the message. */
const MARKUP: ReadonlyArray<[RegExp, string]> = [
  [/<\/?[A-Za-z!][^>]*>/, 'an HTML tag'],
  [/!?\[[^\]]*\]\([^)]*\)/, 'a Markdown link'],
  [/`/, 'a backtick (Markdown code)'],
  [/\*\*|__/, 'Markdown emphasis'],
  [/\n\s*\n/, 'a blank line (a second paragraph)'],
];

/** What markup `text` holds, with the piece found, or undefined for plain text. */
export function markupProblem(text: string): string | undefined {
  for (const [pattern, name] of MARKUP) {
    const found = pattern.exec(text);
    if (found) return `plain text only: found ${name}, ${JSON.stringify(found[0].trim() || found[0])}`;
  }
  return undefined;
}
