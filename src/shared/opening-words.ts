/**
 * A passage's opening words, as its social card and its share button quote them. No imports:
 * the page script (src/scripts/copy-links.ts) uses it too, on the words the page shows.
 */

/** The longest pull quote, in characters, before the ellipsis: three lines on the card. */
export const QUOTE_CHARACTERS = 150;

/**
 * The opening words of `text`, as many whole words as fit in `limit` characters, with an
 * ellipsis when it was cut (punctuation left dangling at the cut is dropped first, and a quotation
 * left open is closed).
 */
export function openingWords(text: string, limit: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length + (kept.length > 0 ? 1 : 0) + word.length;
    if (next > limit) break;
    kept.push(word);
    length = next;
  }
  if (kept.length === words.length) return kept.join(' ');
  // A single word longer than the limit: cut inside it rather than show nothing.
  const opening = kept.length > 0 ? kept.join(' ') : (words[0] ?? '').slice(0, limit);
  const cut = `${opening.replace(/[\s,;:.–—-]+$/u, '')}…`;
  // A quotation the cut leaves open is closed after the ellipsis.
  const open = (cut.match(/“/g) ?? []).length - (cut.match(/”/g) ?? []).length;
  return open > 0 ? `${cut}${'”'.repeat(open)}` : cut;
}
