/**
 * The archive's words made ready for the quote checker, once per page: each passage's words with
 * their paragraph, the passage's keys joined without spaces (so that an exact match ignores
 * spacing and dashes: "short sighted" = "short-sighted"), and, for each stem of a content word,
 * where it occurs. Built in the browser from `/check/archive.json` (lib/check-data.ts), in a few
 * milliseconds, rather than shipped: the words are already in that file.
 */
import type { CheckData, CheckPassage } from './check-data-format';
import { quoteWords, type QuoteWord } from './quote-words';

/** A word of a passage: its paragraph (0-based) and offsets inside that paragraph's text. */
export interface PassageWord extends QuoteWord {
  p: number;
}

/** One passage with its words. */
export interface IndexedPassage {
  passage: CheckPassage;
  words: PassageWord[];
  /** The words' keys joined without spaces. */
  joined: string;
  /** Offset in {@link joined} where word i starts; one more entry, the length, at the end. */
  offsets: number[];
}

/** The archive, indexed. */
export interface CheckIndex {
  data: CheckData;
  passages: IndexedPassage[];
  /** For each stem of a content word: the passages (by index) it occurs in, each with its word positions. */
  postings: Map<string, Map<number, number[]>>;
}

/** Index `data` for checking. */
export function indexArchive(data: CheckData): CheckIndex {
  const postings = new Map<string, Map<number, number[]>>();
  const passages = data.passages.map((passage, index): IndexedPassage => {
    const words = passage.p.flatMap((text, p) => quoteWords(text).map((word) => ({ ...word, p })));
    const offsets: number[] = [];
    let length = 0;
    words.forEach((word, position) => {
      offsets.push(length);
      length += word.key.length;
      if (!word.content) return;
      const byPassage = postings.get(word.stem) ?? new Map<number, number[]>();
      postings.set(word.stem, byPassage);
      byPassage.set(index, [...(byPassage.get(index) ?? []), position]);
    });
    offsets.push(length);
    return { passage, words, joined: words.map((word) => word.key).join(''), offsets };
  });
  return { data, passages, postings };
}

/** The index of the word that starts at `offset` of the joined keys, or -1 (binary search). */
export function wordStartingAt(indexed: IndexedPassage, offset: number): number {
  let low = 0;
  let high = indexed.offsets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = indexed.offsets[middle] ?? 0;
    if (value === offset) return middle;
    if (value < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The index of the word that contains `offset` of the joined keys. */
export function wordAt(indexed: IndexedPassage, offset: number): number {
  let low = 0;
  let high = indexed.words.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((indexed.offsets[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
