/**
 * Did he say that? Finds a quote, as the press printed it, in the archive's passages and says how
 * it stands: `exact` (the same words in order, ignoring case, punctuation and spacing; an
 * ellipsis stands for words left out), `close` (the same sentence in another translation: most
 * content words shared both ways, in one stretch), `partial` (some sentences or clauses of it are
 * there, the rest is not) or `absent`.
 *
 * Exact pieces are found by plain substring search over the joined word keys (shared/quote-index).
 * A close stretch is found from where the quote's content-word stems cluster densely, plus
 * Myers' approximate matching (`approx-string-match`, as Hypothesis anchors quotes) for spelling
 * variants; it is then compared word by word with `diff`'s array diff. Only the thresholds and the
 * splitting into sentences and clauses are this module's own.
 */
import approxSearch from 'approx-string-match';
import { diffArrays } from 'diff';
import { wordAt, wordStartingAt, type CheckIndex, type IndexedPassage, type PassageWord } from './quote-index';
import { quoteWords, type QuoteWord } from './quote-words';

/** The four answers. */
export const VERDICTS = ['exact', 'close', 'partial', 'absent'] as const;
/** One answer. */
export type Verdict = (typeof VERDICTS)[number];

/** A run of a word-by-word comparison: words both have, or only the quote, or only the transcript. */
export interface DiffRun {
  kind: 'same' | 'quote' | 'transcript';
  words: string[];
}

/** A stretch of one passage that matches (part of) the quote. */
export interface Stretch {
  /** `none` only inside this module: a candidate that did not pass; never returned. */
  verdict: 'exact' | 'close' | 'none';
  /** Index into the index's passages. */
  passage: number;
  /** Words [from, to) of the passage. */
  from: number;
  to: number;
  /** The part of the quote it matches: offsets into the quote's text. */
  quoteStart: number;
  quoteEnd: number;
  /** The comparison, word by word (all `same` for an exact stretch). */
  diff: DiffRun[];
  /** Content words both have, as the transcript writes them. */
  shared: string[];
  /** How many distinct content words the quote part has. */
  quoteContent: number;
  /** Share of the quote part's distinct content words found in the stretch. */
  recall: number;
  /** Share of the stretch's distinct content words found in the quote part. */
  precision: number;
  /** 0..1: how well it matches (1 for exact). */
  score: number;
}

/** A summary of the speaker the source leaves out that shares the quote's words. */
export interface ReportedMatch {
  index: number;
  shared: string[];
}

/** The answer for a whole quote. */
export interface CheckResult {
  verdict: Verdict;
  /** Best first: the stretches found (for `partial`, one per part found). */
  stretches: Stretch[];
  /** For `partial`: the parts of the quote not found, as offsets into its text. */
  missing: Array<{ start: number; end: number }>;
  /** For `partial`: true when every part was found, but in separate places. */
  scattered: boolean;
  reported: ReportedMatch[];
}

// Close: at least this share of the quote's distinct content words in the stretch, and at least
// this share of the stretch's content words in the quote (so that a passage on the same topic
// which shares a few names is not a match), and at least this many shared.
// Tuned on tests/fixtures/quotes/press-quotes.yaml: translations of one sentence share 60% or more
// of the quote's content words; Lavrov's "a single fact" of other days shares about half.
const MIN_RECALL = 0.6;
const MIN_PRECISION = 0.35;
const MIN_SHARED = 3;
// A part on its own (partial): long enough not to match by chance ("the United States"), with
// four content words shared, and the parts found hold a quarter of the quote's content words.
const MIN_PART_WORDS = 5;
const MIN_PART_CONTENT = 4;
const MIN_PARTIAL_COVER = 0.25;
// Candidates listed when a quote is close to several passages: within this share of the best.
const AMBIGUOUS = 0.85;
const MAX_CANDIDATES = 3;
// Approximate matching is for spelling variants of a whole quote; over this it is too slow to be worth it.
const APPROX_MAX_CHARS = 400;
const APPROX_ERROR_RATE = 0.12;

// Where a sentence ends: its stop, any closing quotation mark or bracket, then space.
const SENTENCE_END = /[.!?;]["”’)]*\s+/g;

interface Unit {
  words: QuoteWord[];
  start: number;
  end: number;
}

/** Split a quote at ellipses ("…", "...", "[…]"): the pieces must appear in order, with words between. */
function splitEllipses(text: string): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(/\[?\s*(?:…|\.\s?\.\s?\.)\s*\]?/g)) {
    pieces.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

/** Split [start, end) of `text` at `pattern`, keeping offsets. */
function splitAt(text: string, start: number, end: number, pattern: RegExp): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let from = start;
  for (const match of text.slice(start, end).matchAll(pattern)) {
    const at = start + match.index + match[0].length;
    parts.push({ start: from, end: at });
    from = at;
  }
  parts.push({ start: from, end });
  return parts;
}

/** The quote's words inside [start, end). */
function unitOf(words: QuoteWord[], start: number, end: number): Unit {
  return { words: words.filter((word) => word.start >= start && word.end <= end), start, end };
}

/** Passage words [from, to) as the transcript writes them. */
function surface(indexed: IndexedPassage, word: PassageWord): string {
  return (indexed.passage.p[word.p] ?? '').slice(word.start, word.end);
}

/** Where the joined keys of `unit` occur in `indexed`, on word boundaries: [from, to) word ranges. */
function exactRanges(indexed: IndexedPassage, unit: Unit): Array<[number, number]> {
  const needle = unit.words.map((word) => word.key).join('');
  const ranges: Array<[number, number]> = [];
  if (!needle) return ranges;
  for (let at = indexed.joined.indexOf(needle); at !== -1; at = indexed.joined.indexOf(needle, at + 1)) {
    const from = wordStartingAt(indexed, at);
    const to = wordStartingAt(indexed, at + needle.length);
    if (from !== -1 && to !== -1) ranges.push([from, to]);
  }
  return ranges;
}

/** An exact stretch. */
function exactStretch(index: CheckIndex, passage: number, [from, to]: [number, number], unit: Unit): Stretch {
  const indexed = index.passages[passage]!;
  const words = indexed.words.slice(from, to);
  const shared = [...new Set(words.filter((word) => word.content).map((word) => surface(indexed, word)))];
  return {
    verdict: 'exact',
    passage,
    from,
    to,
    quoteStart: unit.start,
    quoteEnd: unit.end,
    diff: [{ kind: 'same', words: words.map((word) => surface(indexed, word)) }],
    shared,
    quoteContent: new Set(unit.words.filter((word) => word.content).map((word) => word.stem)).size,
    recall: 1,
    precision: 1,
    score: 1,
  };
}

/** Compare `unit` with words [from, to) of a passage: the word diff, shared words and score. */
function compare(
  index: CheckIndex,
  passage: number,
  from: number,
  to: number,
  unit: Unit,
  quote: string,
  withDiff = false,
): Stretch {
  const indexed = index.passages[passage]!;
  const window = indexed.words.slice(from, to);
  const quoteStems = new Set(unit.words.filter((word) => word.content).map((word) => word.stem));
  const windowStems = new Set(window.filter((word) => word.content).map((word) => word.stem));
  const sharedStems = new Set([...quoteStems].filter((stem) => windowStems.has(stem)));
  const recall = quoteStems.size ? sharedStems.size / quoteStems.size : 0;
  const precision = windowStems.size ? sharedStems.size / windowStems.size : 0;
  // The diff is the costly part (quadratic in the differences): only for the stretches shown.
  // A passage word is a quote word with its paragraph: one element type for the diff.
  const runs = withDiff
    ? diffArrays<QuoteWord>(unit.words, window, { comparator: (a: QuoteWord, b: QuoteWord) => a.stem === b.stem })
    : [];
  const diff: DiffRun[] = runs.map((run) => {
    if (run.removed) return { kind: 'quote', words: run.value.map((word) => quote.slice(word.start, word.end)) };
    const words = (run.value as PassageWord[]).map((word) => surface(indexed, word));
    return { kind: run.added ? 'transcript' : 'same', words };
  });
  const close =
    recall >= MIN_RECALL && precision >= MIN_PRECISION && sharedStems.size >= Math.min(MIN_SHARED, quoteStems.size);
  const shared = [
    ...new Set(window.filter((word) => sharedStems.has(word.stem)).map((word) => surface(indexed, word))),
  ];
  return {
    verdict: close ? 'close' : 'none',
    passage,
    from,
    to,
    quoteStart: unit.start,
    quoteEnd: unit.end,
    diff,
    shared,
    quoteContent: quoteStems.size,
    recall,
    precision,
    score: recall + precision ? (2 * recall * precision) / (recall + precision) : 0,
  };
}

/**
 * For each passage, the stretch where the most distinct content stems of `unit` fall within a
 * window a little longer than the unit: the candidate stretches a translation could be.
 */
function denseWindows(index: CheckIndex, unit: Unit): Array<[number, number, number]> {
  const stems = new Set(unit.words.filter((word) => word.content).map((word) => word.stem));
  const hits = new Map<number, Array<[number, string]>>();
  for (const stem of stems) {
    for (const [passage, positions] of index.postings.get(stem) ?? []) {
      const list = hits.get(passage) ?? [];
      for (const position of positions) list.push([position, stem]);
      hits.set(passage, list);
    }
  }
  const span = Math.ceil(unit.words.length * 1.6) + 4;
  const windows: Array<[number, number, number]> = [];
  for (const [passage, list] of hits) {
    list.sort((a, b) => a[0] - b[0]);
    const counts = new Map<string, number>();
    let best: [number, number, number] = [0, 0, 0];
    let left = 0;
    for (let right = 0; right < list.length; right++) {
      const [position, stem] = list[right]!;
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
      while (position - list[left]![0] >= span) {
        const leaving = list[left]![1];
        const count = (counts.get(leaving) ?? 1) - 1;
        if (count) counts.set(leaving, count);
        else counts.delete(leaving);
        left++;
      }
      if (counts.size > best[2]) best = [list[left]![0], position + 1, counts.size];
    }
    if (best[2] > 0) windows.push([passage, best[0], best[1]]);
  }
  return windows;
}

/** `stretch` again, with its word-by-word comparison. */
function withDiff(index: CheckIndex, stretch: Stretch, unit: Unit, quote: string): Stretch {
  return compare(index, stretch.passage, stretch.from, stretch.to, unit, quote, true);
}

/**
 * Close stretches for `unit`, best first (not yet filtered by verdict, without their diff).
 * Approximate matching runs only for a whole quote (`approx`): a spelling variant matters there,
 * and over every sentence and clause of a long quote it would cost more than it finds.
 */
function closeCandidates(index: CheckIndex, unit: Unit, quote: string, approx = false): Stretch[] {
  // A window runs from the first shared content word to the last; widen it over the function words
  // the quote has before and after its own (its "We" before "want"), so that the diff can pair them.
  const lead = Math.max(
    0,
    unit.words.findIndex((word) => word.content),
  );
  const trail = unit.words.length - 1 - unit.words.findLastIndex((word) => word.content);
  const found = denseWindows(index, unit).map(([passage, from, to]) => {
    const words = index.passages[passage]!.words;
    let start = from;
    while (start > 0 && from - start < lead && !words[start - 1]!.content) start--;
    let end = to;
    while (end < words.length && end - to < trail && !words[end]!.content) end++;
    return compare(index, passage, start, end, unit, quote);
  });
  const needle = unit.words.map((word) => word.key).join('');
  if (approx && needle.length >= 12 && needle.length <= APPROX_MAX_CHARS) {
    const maxErrors = Math.floor(needle.length * APPROX_ERROR_RATE);
    index.passages.forEach((indexed, passage) => {
      const [match] = approxSearch(indexed.joined, needle, maxErrors).sort((a, b) => a.errors - b.errors);
      if (!match) return;
      const from = wordAt(indexed, match.start);
      const to = wordAt(indexed, Math.max(match.start, match.end - 1)) + 1;
      found.push(compare(index, passage, from, to, unit, quote));
    });
  }
  const best = new Map<number, Stretch>();
  for (const stretch of found) {
    const current = best.get(stretch.passage);
    if (!current || stretch.score > current.score) best.set(stretch.passage, stretch);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The first exact stretch for a part of the quote, if any. */
function exactPart(index: CheckIndex, unit: Unit): Stretch | undefined {
  for (let passage = 0; passage < index.passages.length; passage++) {
    const [range] = exactRanges(index.passages[passage]!, unit);
    if (range) return exactStretch(index, passage, range, unit);
  }
  return undefined;
}

/** The best exact or close stretch for a part of the quote, if any. */
function findPart(index: CheckIndex, unit: Unit, quote: string): Stretch | undefined {
  const exact = exactPart(index, unit);
  if (exact) return exact;
  const close = closeCandidates(index, unit, quote).find(
    (stretch) => stretch.verdict === 'close' && stretch.shared.length >= MIN_PART_CONTENT,
  );
  return close && withDiff(index, close, unit, quote);
}

/** True when a part is long enough to be reported on its own. */
function partWorthy(unit: Unit): boolean {
  return unit.words.length >= MIN_PART_WORDS && unit.words.filter((word) => word.content).length >= MIN_PART_CONTENT;
}

/** Summaries (not transcript) whose words the quote mostly shares: shown apart, as reported speech. */
function reportedMatches(index: CheckIndex, words: QuoteWord[]): ReportedMatch[] {
  const stems = new Set(words.filter((word) => word.content).map((word) => word.stem));
  if (stems.size < MIN_SHARED) return [];
  return index.data.reported.flatMap((reported, at) => {
    const theirs = quoteWords(reported.text).filter((word) => word.content && stems.has(word.stem));
    const distinct = new Set(theirs.map((word) => word.stem));
    if (distinct.size / stems.size < MIN_RECALL) return [];
    return [{ index: at, shared: [...new Set(theirs.map((word) => reported.text.slice(word.start, word.end)))] }];
  });
}

/** Check `quote` (already cleaned by shared/quote-input) against the archive. */
export function checkQuote(index: CheckIndex, quote: string): CheckResult {
  const words = quoteWords(quote);
  const reported = reportedMatches(index, words);
  const none = { missing: [], scattered: false, reported };
  if (words.length === 0) return { verdict: 'absent', stretches: [], ...none };
  const pieces = splitEllipses(quote)
    .map((piece) => unitOf(words, piece.start, piece.end))
    .filter((unit) => unit.words.length > 0);

  // Exact: every piece, in order, in one passage. A short phrase may be in several: list them.
  const exact: Stretch[][] = [];
  index.passages.forEach((indexed, passage) => {
    let after = 0;
    const found: Stretch[] = [];
    for (const unit of pieces) {
      const range = exactRanges(indexed, unit).find(([from]) => from >= after);
      if (!range) return;
      found.push(exactStretch(index, passage, range, unit));
      after = range[1];
    }
    exact.push(found);
  });
  if (exact.length) return { verdict: 'exact', stretches: exact.slice(0, 5).flat(), ...none };

  // Sentences each found word for word, but apart: a quote stitched together, which no stretch
  // of the transcript reads as printed (so never `close`, however many words the stitch shares).
  const sentences = pieces.flatMap((piece) =>
    splitAt(quote, piece.start, piece.end, SENTENCE_END).map((part) => unitOf(words, part.start, part.end)),
  );
  if (sentences.length > 1) {
    const stitched = sentences.map((unit) => (partWorthy(unit) ? exactPart(index, unit) : undefined));
    if (stitched.every((stretch) => stretch !== undefined)) {
      return { verdict: 'partial', stretches: stitched, missing: [], scattered: true, reported };
    }
  }

  // Close: the quote as a whole, as one stretch of another translation.
  const whole: Unit = { words, start: 0, end: quote.length };
  const all = closeCandidates(index, whole, quote, true);
  const candidates = all.filter((stretch) => stretch.verdict === 'close');
  const best = candidates[0];
  if (best) {
    const listed = candidates
      .filter((stretch) => stretch.score >= best.score * AMBIGUOUS)
      .slice(0, MAX_CANDIDATES)
      .map((stretch) => withDiff(index, stretch, whole, quote));
    return { verdict: 'close', stretches: listed, ...none };
  }

  // Partial: its sentences, or the clauses of a sentence not found whole.
  const found: Stretch[] = [];
  const missing: Array<{ start: number; end: number }> = [];
  for (const piece of pieces) {
    for (const sentence of splitAt(quote, piece.start, piece.end, SENTENCE_END)) {
      const unit = unitOf(words, sentence.start, sentence.end);
      const stretch = partWorthy(unit) ? findPart(index, unit, quote) : undefined;
      if (stretch) {
        found.push(stretch);
        continue;
      }
      for (const clause of splitAt(quote, sentence.start, sentence.end, /[,:—–()]\s*|\s-\s/g)) {
        const part = unitOf(words, clause.start, clause.end);
        const match = partWorthy(part) ? findPart(index, part, quote) : undefined;
        if (match) found.push(match);
        else if (part.words.length) missing.push({ start: clause.start, end: clause.end });
      }
    }
  }
  const content = new Set(words.filter((word) => word.content).map((word) => word.stem)).size;
  const covered = found.reduce((sum, stretch) => sum + stretch.quoteContent, 0);
  if (!found.length || covered < content * MIN_PARTIAL_COVER) return { verdict: 'absent', stretches: [], ...none };
  return { verdict: 'partial', stretches: found, missing, scattered: missing.length === 0, reported };
}
