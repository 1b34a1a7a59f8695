/**
 * Cited sentences: every sentence the site writes (a note, a summary) ends with a citation marker,
 * `:cite[source-id …]`, placed right after its closing punctuation. This module finds the
 * sentences of a run of text and those that end without a marker. It works on plain strings, so
 * the note plugin (mdast) and the summaries check (YAML text) share one rule.
 *
 * A sentence ends at `.`, `?` or `!` (with any closing quotation marks or brackets) followed by
 * whitespace and a capital, digit or opening mark, or by the end of the text. Quoted words never
 * end a sentence, and neither does the full stop of an initial ("George W. Bush") or of a common
 * abbreviation; writers are asked to avoid abbreviations with full stops (write "US", not "U.S.").
 */

/** Stands for a citation marker in the flattened text: a character no content may hold. */
export const MARKER = '\u0000';

/** The citation marker syntax, as it appears in plain text (summaries). */
export const CITE_MARKER = /:cite\[([^\]\n]*)\]/g;

/** Source ids in a marker's brackets: space-separated. */
export function citedIds(inside: string): string[] {
  return inside.split(/\s+/).filter(Boolean);
}

/** A sentence of the text: where it starts and ends (offsets into the flattened text). */
export interface Sentence {
  start: number;
  end: number;
  /** The sentence's words, markers left out. */
  text: string;
  /** True when a marker follows its closing punctuation. */
  cited: boolean;
}

const ABBREVIATION =
  /(?:^|[\s(“‘"'])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov|Prof|No|vs|etc|al|[a-z]\.[a-z])$/;
const CLOSERS = '”’"\')]»';
const OPENERS = /[A-Z0-9“‘"'(«[\u00C0-\u024F\u0400-\u04FF]/;

/** Hide the inside of “…” quotations (keeping offsets), so a quote's own full stops end nothing. */
function maskQuotes(text: string): string {
  return text.replace(/“[^“”]*”/g, (quote) => `“${quote.slice(1, -2).replace(/[.!?]/g, ',')}${quote.slice(-2)}`);
}

/** Split `text` (markers written as MARKER) into sentences, each saying whether it is cited. */
export function sentencesOf(text: string): Sentence[] {
  const masked = maskQuotes(text);
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number, cited: boolean) => {
    const words = text.slice(start, end).split(MARKER).join('').trim();
    if (words) sentences.push({ start, end, text: words, cited });
    start = end;
  };
  for (let index = 0; index < masked.length; index++) {
    if (!'.?!'.includes(masked[index] ?? '')) continue;
    let end = index + 1;
    while (end < masked.length && (CLOSERS.includes(masked[end] ?? '') || '.?!'.includes(masked[end] ?? ''))) end++;
    let after = end;
    let cited = false;
    while (masked[after] === MARKER) {
      cited = true;
      after++;
    }
    const rest = masked.slice(after);
    const endsText = rest.trim() === '';
    const startsNext = /^\s+/.test(rest) && OPENERS.test(rest.trimStart()[0] ?? '');
    if (!endsText && !startsNext) continue;
    if (masked[index] === '.' && !cited && ABBREVIATION.test(masked.slice(Math.max(0, index - 6), index))) continue;
    push(after, cited);
    index = after - 1;
  }
  // Words after the last full stop: a sentence without closing punctuation.
  if (text.slice(start).split(MARKER).join('').trim()) {
    const trailing = text.slice(start);
    push(text.length, trailing.trimEnd().endsWith(MARKER));
  }
  return sentences;
}

/** The sentences of `text` that end without a citation marker. */
export function uncitedSentences(text: string): Sentence[] {
  return sentencesOf(text).filter((sentence) => !sentence.cited);
}

/** One run of a cited text: words, and the source ids of the marker that follows them (if any). */
export interface CitedRun {
  text: string;
  cites: string[];
}

/** Split a plain text holding `:cite[…]` markers into runs of words, each with its marker's ids. */
export function citedRuns(text: string): CitedRun[] {
  const runs: CitedRun[] = [];
  let last = 0;
  for (const match of text.matchAll(CITE_MARKER)) {
    runs.push({ text: text.slice(last, match.index), cites: citedIds(match[1] ?? '') });
    last = match.index + match[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last), cites: [] });
  return runs.filter((run) => run.text !== '' || run.cites.length > 0);
}

/** A cited text without its markers: what search, exports and cards show. */
export function withoutMarkers(text: string): string {
  return text.replace(CITE_MARKER, '');
}

/** The number of words in an excerpt (an ellipsis marking a cut is not a word). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word && word !== '…' && word !== '...').length;
}

/** At most this many words in a source's excerpt: a quotation that supports, not a copy. */
export const MAX_EXCERPT_WORDS = 40;
