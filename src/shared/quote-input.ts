/**
 * What a reader pasted into the quote checker, made ready to compare or answered at once: cut to
 * {@link MAX_QUOTE_CHARS}, cleaned of characters nobody can see (a zero-width space copied from a
 * web page would otherwise split a word in two), and told apart from things that are not an
 * English quote (nothing, only punctuation, Cyrillic, a web address), each with its own message.
 */

/** The longest quote checked; a longer paste is cut, with a notice. */
export const MAX_QUOTE_CHARS = 2000;

/** Why a paste is not checked. */
export type InputProblem = 'empty' | 'no-words' | 'cyrillic' | 'url';

/** A paste made ready: the text to check, what was changed in it, or why it is not checked. */
export interface QuoteInput {
  /** The text that is checked (and shown as "your quote"). */
  text: string;
  /** True when the paste was longer than {@link MAX_QUOTE_CHARS} and was cut. */
  cut: boolean;
  /** How many invisible characters (zero-width, bidirectional, controls) were removed. */
  invisible: number;
  problem?: InputProblem;
}

// Controls (not line breaks or tabs) and format characters: zero-width spaces and joiners,
// bidirectional marks and isolates, the byte-order mark, the soft hyphen.
const INVISIBLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Cf}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

/** Prepare a raw paste (from the text box or `?q=`) for checking. */
export function readQuoteInput(raw: string): QuoteInput {
  const cut = [...raw].length > MAX_QUOTE_CHARS;
  // Cut by code points, so that an emoji or a letter outside the BMP is never split in half.
  const kept = cut ? [...raw].slice(0, MAX_QUOTE_CHARS).join('') : raw;
  const invisible = kept.match(INVISIBLE)?.length ?? 0;
  const text = kept.replace(INVISIBLE, '').normalize('NFC').trim();
  const result = { text, cut, invisible };
  if (text === '') return { ...result, problem: 'empty' };
  if (!LETTER_OR_DIGIT.test(text)) return { ...result, problem: 'no-words' };
  if (URL_ONLY.test(text)) return { ...result, problem: 'url' };
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  if (cyrillic > (text.match(LATIN)?.length ?? 0)) return { ...result, problem: 'cyrillic' };
  return result;
}
