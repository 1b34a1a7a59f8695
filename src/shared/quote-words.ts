/**
 * Words as the quote checker compares them (src/shared/quote-match.ts): each word of a text with its
 * place in that text, its comparison key and its stem. The key drops case, diacritics and every
 * mark inside a word, so "short-sighted" and "shortsighted", "Russia’s" and "Russias" are one key;
 * the stem (Porter's, from `stemmer`) lets "investigating" meet "investigation" when two
 * translations of one sentence are compared.
 */
import { stemmer } from 'stemmer';

/** One word of a text. */
export interface QuoteWord {
  /** Lower case letters and digits only. */
  key: string;
  /** Porter stem of the key, for comparing translations. */
  stem: string;
  /** False for the short function words ("the", "of", "we") two translations share by chance. */
  content: boolean;
  /** Offsets of the word in the text it came from. */
  start: number;
  end: number;
}

// A word: letters, digits and the marks that join them inside a word (apostrophes, hyphens and
// dashes, dots of "U.S.", ampersands); the joiners are dropped from the key.
const WORD = /[\p{L}\p{N}]+(?:[\p{Pd}'’.&·][\p{L}\p{N}]+)*/gu;
const JOINERS = /[^\p{L}\p{N}]/gu;
const MARKS = /\p{M}/gu;

// Function words: shared by any two English sentences, so they say nothing about a match. Kept
// short on purpose: "not" and "no" stay out of it, as they change what a sentence says.
const STOPWORDS = new Set(
  (
    'a an the and or but if then than so as of to in on at by for from with about into over after before ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'i we you he she it they me us him her them my our your his its their this that these those there here ' +
    'what which who whom whose when where why how all any some such also very just only even still yet ' +
    's t d ll re ve one'
  ).split(' '),
);

/** The comparison key of one word: lower case, no diacritics, no marks inside it. */
export function wordKey(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(JOINERS, '');
}

/** Every word of `text`, in order, with offsets into `text`. */
export function quoteWords(text: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const key = wordKey(match[0]);
    if (!key) continue;
    words.push({
      key,
      stem: stemmer(key),
      content: !STOPWORDS.has(key),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return words;
}
