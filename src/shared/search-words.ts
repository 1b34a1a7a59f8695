/**
 * Words as Pagefind sees them, shared by the build (which writes the site's word list beside the
 * index, src/integrations/search-extras.ts) and the search UI (which checks that every word a
 * reader typed begins a word of the site before it shows results, src/scripts/pagefind-client.ts).
 */

// Pagefind drops these from queries grapheme by grapheme (dashes, brackets, quotes, other
// punctuation); connectors such as `_` and symbols such as `<` stay.
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
const COMBINING_MARKS = /\p{M}/gu;

/** One word as Pagefind matches it: lower case, without punctuation or diacritics. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(PUNCTUATION, '');
}

/** The words of a query, split where Pagefind splits them (on spaces, after dropping punctuation). */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeWord)
    .filter((word) => word !== '');
}

/**
 * The words of an indexed text: each space-separated token whole (`al-Nusra` → `alnusra`) and its
 * parts between punctuation (`al`, `nusra`), as Pagefind indexes both.
 */
export function textWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of text.split(/\s+/)) {
    for (const part of [token, ...token.split(PUNCTUATION)]) {
      const word = normalizeWord(part);
      if (word) words.add(word);
    }
  }
  return [...words];
}

/** True when some word of `sorted` (a sorted word list) begins with `prefix`. */
export function beginsAWord(sorted: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return sorted[low]?.startsWith(prefix) ?? false;
}
