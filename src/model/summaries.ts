/**
 * Validation of the site's summaries (content/summaries/<event>.yaml): the words of a speaker the
 * source leaves out (Rex Tillerson), in the site's own words, each placed before a block of the
 * transcript. Every problem names the file and line: an unknown or present speaker, a source
 * without https url, calendar date or publisher, a place inside or between the speakers' passages
 * or before an answer that does not say it came after the summarised speaker, markup in the text,
 * a quote not declared, or a summary too long or too short.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { reportProblem } from './content-error';
import { summaryEntrySchema, type SummaryEntry } from './schemas';
import type { BlockRecord, SegmentRecord, SummaryRecord } from './transcript-types';
import { listItemLines, parseYaml, placeIn } from './yaml-data';
import { CITE_MARKER, citedIds, citedRuns, MARKER, sentencesOf, withoutMarkers } from './cited-sentences';
import { checkAllCited, checkSourcePolicy } from './source-checks';
import { codePointName } from './characters';
import { UNDRAWABLE_HINT, undrawableCharacters } from './glyph-coverage';
import type { SourcePolicy } from './source-policy';

/** What a summary is checked against. */
export interface SummaryContext {
  /** The transcript's blocks, in document order. */
  blocks: readonly BlockRecord[];
  /** Person id → name (content/people.yaml). */
  personNames: ReadonlyMap<string, string>;
  /** Known topic ids (content/topics.yaml). */
  topicIds: ReadonlySet<string>;
  /** Which hosts may be cited (content/source-policy.yaml); without one, hosts are not checked. */
  sourcePolicy?: SourcePolicy;
}

/** Sentences a summary may have: a few for what was found, one plain line for what was not. */
export const SUMMARY_SENTENCES = { found: [2, 5], 'partly-found': [2, 5], 'not-found': [1, 1] } as const;
/** At most this many quotes in one summary ("a few short quoted phrases"). */
export const MAX_QUOTES = 3;
/** At most this many words in one quote. */
export const MAX_QUOTE_WORDS = 15;

// Characters that would be markup in Markdown or HTML. A summary is plain text, never
// interpreted, so an editor reaching for emphasis, a link or a tag is told so. Straight double
// quotes are out too: quotes are written “…” so that each can be checked against `quotes`.
const MARKUP = /[<>*_`[\]\\"]/;
const QUOTE = /“([^“”]*)”/g;

/** Validate the summaries YAML held by `file` against the transcript; problems go on `file`. */
export function checkSummaries(file: VFile, context: SummaryContext): SummaryRecord[] {
  const source = String(file.value);
  const entries = parseYaml(file, source, z.array(summaryEntrySchema)) ?? [];
  if (file.messages.some((message) => message.fatal)) return [];
  const itemLines = listItemLines(source);
  const keyLine = keyLines(source);
  const place = placeIn(source);
  const segments = context.blocks.filter((block): block is SegmentRecord => block.type === 'segment');
  const blockIds = new Map(context.blocks.map((block) => [block.id, block]));
  const speakersInSource = new Set(segments.map((segment) => segment.speaker));
  const seenIds = new Map<string, number>();
  const seenPlaces = new Map<string, number>();
  const records: SummaryRecord[] = [];

  entries.forEach((entry, index) => {
    const line = itemLines[index] ?? 1;
    const at = (key: string) => ({ line: keyLine(index, key) ?? line });
    let usable = true;

    const first = seenIds.get(entry.id);
    if (first !== undefined) {
      usable = false;
      reportProblem(file, `Duplicate summary id "${entry.id}": it is already used at line ${first}.`, at('id'));
    } else if (blockIds.has(entry.id)) {
      reportProblem(file, `Summary id "${entry.id}" is already a block of the transcript.`, at('id'), {
        hint: 'summary ids share the transcript’s anchors; start them with "s-", e.g. s-opening.',
      });
    } else seenIds.set(entry.id, line);

    const name = context.personNames.get(entry.speaker);
    if (name === undefined) {
      usable = false;
      reportProblem(file, `Unknown speaker "${entry.speaker}" on summary "${entry.id}".`, at('speaker'), {
        expected: [...context.personNames.keys()],
        hint: 'speakers are person ids from content/people.yaml.',
      });
    } else if (speakersInSource.has(entry.speaker)) {
      usable = false;
      reportProblem(
        file,
        `${name}’s words are in the source: summary "${entry.id}" cannot stand in for them.`,
        at('speaker'),
        {
          hint: 'summaries are only for a speaker the source leaves out.',
        },
      );
    }

    checkTopics(file, entry, context.topicIds, at('topics'));
    checkText(file, entry, at('text'));
    const sourcePlace = (sourceIndex: number, key: string) => place([index, 'sources', sourceIndex, key]);
    checkEvidence(file, entry, at('text'));
    if (context.sourcePolicy) checkSourcePolicy(file, entry.sources, context.sourcePolicy, sourcePlace);
    checkAllCited(file, entry.sources, new Set(citedRuns(entry.text).flatMap((run) => run.cites)), sourcePlace);
    const placed = name === undefined ? undefined : placeOf(file, entry, name, context.blocks, at('before'));
    if (placed) {
      const other = seenPlaces.get(entry.before);
      if (other !== undefined) {
        usable = false;
        reportProblem(file, `Two summaries before "${entry.before}": the other is at line ${other}.`, at('before'), {
          hint: 'one summary per place; put everything the speaker said there in one.',
        });
      } else seenPlaces.set(entry.before, line);
    }
    if (placed && usable && name !== undefined) {
      const title = placed.question?.title ?? `${name}’s opening statement`;
      records.push({
        ...entry,
        text: withoutMarkers(entry.text),
        cited: citedRuns(entry.text),
        type: 'summary',
        kind: placed.kind,
        ...(placed.question && { exchange: placed.question.id }),
        title,
        line,
      });
    }
  });
  return records;
}

/** Where a summary goes, or undefined (with a problem reported) when the place is not allowed. */
function placeOf(
  file: VFile,
  entry: SummaryEntry,
  name: string,
  blocks: readonly BlockRecord[],
  at: { line: number },
): { kind: 'statement' | 'answer'; question?: SegmentRecord } | undefined {
  const index = blocks.findIndex((block) => block.id === entry.before);
  const target = blocks[index];
  if (!target) {
    const paragraph = /^(.*)-(\d+)$/.exec(entry.before);
    const owner = paragraph && blocks.find((block) => block.id === paragraph[1]);
    if (owner) {
      reportProblem(
        file,
        `Summary "${entry.id}" is placed inside "${owner.id}", between its verbatim paragraphs.`,
        at,
        {
          hint: `a summary stands between blocks, never inside a passage: put it before a whole block, e.g. before: ${owner.id}.`,
        },
      );
    } else {
      reportProblem(
        file,
        `Summary "${entry.id}" is placed before "${entry.before}", which is not a block of the transcript.`,
        at,
        {
          expected: blocks.map((block) => block.id),
        },
      );
    }
    return undefined;
  }
  const segments = blocks.filter((block): block is SegmentRecord => block.type === 'segment');
  const previous = segments.filter((segment) => blocks.indexOf(segment) < index).at(-1);

  if (target.type === 'framing') {
    reportProblem(file, `Summary "${entry.id}" is placed before the publisher’s ${target.kind} "${target.id}".`, at, {
      hint: 'a summary goes where the speaker spoke: after the opening remarks, or before an answer.',
    });
    return undefined;
  }
  if (target.kind === 'remarks') {
    const opening = segments.filter((segment) => segment.kind === 'remarks');
    const firstQuestion = segments.find((segment) => segment.kind === 'question');
    reportProblem(
      file,
      `Summary "${entry.id}" would sit inside the opening remarks, before "${target.id}": ${name} spoke after them.`,
      at,
      {
        hint: firstQuestion
          ? `put the statement after the last opening passage ("${opening.at(-1)?.id}"): before: ${firstQuestion.id}.`
          : 'put the statement after the last opening passage.',
      },
    );
    return undefined;
  }
  if (target.kind === 'question') {
    if (previous?.kind !== 'remarks') {
      reportProblem(file, `Summary "${entry.id}" is placed between two exchanges, before "${target.id}".`, at, {
        hint: `an answer of ${name}'s goes before the answer that came after it (after="${entry.speaker}"); only the opening statement goes before a question: the first one.`,
      });
      return undefined;
    }
    return { kind: 'statement' };
  }
  const question = segments.find((segment) => segment.id === target.exchange);
  if (target.after.includes(entry.speaker)) return { kind: 'answer', ...(question && { question }) };
  if (entry.status === 'not-found' && question?.to.includes(entry.speaker)) {
    return { kind: 'answer', question };
  }
  reportProblem(
    file,
    `Answer "${target.id}" does not say it came after ${name}, so summary "${entry.id}" cannot go before it.`,
    at,
    {
      expected: [
        `an answer with after="${entry.speaker}"`,
        `status: not-found, before an answer to a question put to ${name}`,
      ],
      actual: target.after.length ? `after="${target.after.join(' ')}"` : 'no after=',
      hint: 'check the source’s label ("speaking after …") and the answer’s after= attribute.',
    },
  );
  return undefined;
}

/** Topics are known ids; a summary of what was found has at least one, a not-found line none. */
function checkTopics(file: VFile, entry: SummaryEntry, topicIds: ReadonlySet<string>, at: { line: number }): void {
  for (const topic of entry.topics) {
    if (!topicIds.has(topic)) {
      reportProblem(file, `Unknown topic "${topic}" on summary "${entry.id}".`, at, {
        expected: [...topicIds],
        hint: 'add it to content/topics.yaml or fix the spelling.',
      });
    }
  }
  if (entry.status === 'not-found' && entry.topics.length > 0) {
    reportProblem(file, `Summary "${entry.id}" is not-found but has topics.`, at, {
      hint: 'a line saying his words were not found is about nothing he said; remove topics.',
    });
  } else if (entry.status !== 'not-found' && entry.topics.length === 0) {
    reportProblem(file, `Summary "${entry.id}" has no topics.`, at, {
      hint: 'add topics: [...] with ids from content/topics.yaml, the main one first.',
    });
  }
}

/**
 * Every sentence cited, by sources the summary lists, and every quotation found word for word in
 * the excerpt (or its translation) of a source that the sentence holding it cites.
 */
function checkEvidence(file: VFile, entry: SummaryEntry, at: { line: number }): void {
  const ids = new Set(entry.sources.map((source) => source.id));
  for (const match of entry.text.matchAll(CITE_MARKER)) {
    const cited = citedIds(match[1] ?? '');
    if (cited.length === 0) reportProblem(file, `Summary "${entry.id}" has an empty :cite[].`, at);
    for (const id of cited.filter((name) => !ids.has(name))) {
      reportProblem(file, `Summary "${entry.id}" cites "${id}", which is not one of its sources.`, at, {
        expected: [...ids],
        hint: 'give the source that id (id: under sources), or fix the spelling.',
      });
    }
  }
  // The text with each marker as MARKER, and each marker's ids at its offset there.
  let flat = '';
  let last = 0;
  const markers: Array<{ at: number; ids: string[] }> = [];
  for (const match of entry.text.matchAll(CITE_MARKER)) {
    flat += entry.text.slice(last, match.index);
    markers.push({ at: flat.length, ids: citedIds(match[1] ?? '') });
    flat += MARKER;
    last = match.index + match[0].length;
  }
  flat += entry.text.slice(last);
  for (const sentence of sentencesOf(flat)) {
    const cited = markers
      .filter((marker) => marker.at >= sentence.start && marker.at < sentence.end)
      .flatMap((marker) => marker.ids);
    if (!sentence.cited) {
      reportProblem(file, `Summary "${entry.id}" has a sentence without a citation.`, at, {
        actual: sentence.text.length > 90 ? `${sentence.text.slice(0, 87)}…` : sentence.text,
        hint: 'end each sentence with :cite[source-id], right after its full stop, naming the sources that support it.',
      });
    }
    const evidence = entry.sources
      .filter((source) => cited.includes(source.id))
      .flatMap((source) => [source.excerpt, source.translation ?? ''])
      .map(comparable);
    for (const [, quote = ''] of sentence.text.matchAll(QUOTE)) {
      if (!evidence.some((words) => words.includes(comparable(quote)))) {
        reportProblem(
          file,
          `Summary "${entry.id}" quotes “${quote}”, but no excerpt its sentence cites holds those words.`,
          at,
          {
            expected: cited.length ? cited.map((id) => `the excerpt of "${id}"`) : ['a :cite[…] after the sentence'],
            hint: 'a quotation must be in the cited source’s excerpt, word for word; widen the excerpt or cite the source that has it.',
          },
        );
      }
    }
  }
}

/** Words compared for a quotation: case, spacing, apostrophes and dashes made alike. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—-]/g, '-')
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim();
}

/**
 * Quotation marks other than “…”: readers take words in ‘…’, «…», „…“ or straight quotes for a
 * speaker's words as much as words in “…”, so they are refused rather than left unchecked.
 */
const OTHER_QUOTES = /[«»„‹›‚]|(?:^|[\s(])[‘']/u;

/** Plain text, declared short quotes only, and the length its status allows. */
function checkText(file: VFile, entry: SummaryEntry, at: { line: number }): void {
  const text = withoutMarkers(entry.text);
  // The summary's page has a social card that draws its opening words.
  const [undrawable] = undrawableCharacters(text);
  if (undrawable) {
    reportProblem(
      file,
      `Summary "${entry.id}" holds "${undrawable.char}" (${codePointName(undrawable.char)}), which the social cards cannot draw.`,
      at,
      {
        hint: UNDRAWABLE_HINT,
      },
    );
  }
  const other = OTHER_QUOTES.exec(text);
  if (other) {
    reportProblem(file, `Summary "${entry.id}" quotes with ${other[0].trim()}…: only “…” may mark quoted words.`, at, {
      actual: text.slice(Math.max(0, other.index - 20), other.index + 30),
      hint: 'write every quotation in “…” and list it under quotes:, so it is checked against its source.',
    });
  }
  const markup = MARKUP.exec(text);
  if (markup) {
    reportProblem(
      file,
      `Summary "${entry.id}" contains “${markup[0]}”: summary text is plain and never interpreted.`,
      at,
      {
        hint: 'no Markdown or HTML; write quotes with “ and ”.',
      },
    );
  }
  if (/\n/.test(text.trim())) {
    reportProblem(file, `Summary "${entry.id}" has more than one paragraph.`, at, {
      hint: 'write it as one paragraph (text: >- folds the lines).',
    });
  }
  const quoted = [...text.matchAll(QUOTE)].map((match) => match[1] ?? '');
  const unpaired = text.replace(QUOTE, '').match(/[“”]/);
  if (unpaired) {
    reportProblem(file, `Summary "${entry.id}" has an unpaired ${unpaired[0]}.`, at, {
      hint: 'every quote opens with “ and closes with ”.',
    });
  }
  for (const quote of quoted) {
    if (!entry.quotes.includes(quote)) {
      reportProblem(file, `Summary "${entry.id}" quotes “${quote}”, which is not in its quotes.`, at, {
        expected: entry.quotes.length ? entry.quotes : ['no quotes'],
        hint: 'quote only words the research marks as his, exactly; list each under quotes:.',
      });
    }
  }
  for (const quote of entry.quotes) {
    if (!quoted.includes(quote)) {
      reportProblem(file, `Summary "${entry.id}" lists the quote “${quote}” but its text does not quote it.`, at, {
        hint: 'quote it in the text as “…”, exactly, or remove it from quotes:.',
      });
    }
    const words = quote.split(/\s+/).length;
    if (words > MAX_QUOTE_WORDS) {
      reportProblem(file, `Summary "${entry.id}" quotes ${words} words in one quote.`, at, {
        expected: [`at most ${MAX_QUOTE_WORDS} words`],
        hint: 'a summary quotes short phrases; say the rest in the site’s words.',
      });
    }
  }
  if (quoted.length > MAX_QUOTES) {
    reportProblem(file, `Summary "${entry.id}" has ${quoted.length} quotes.`, at, {
      expected: [`at most ${MAX_QUOTES}`],
    });
  }
  if (entry.status === 'not-found' && quoted.length > 0) {
    reportProblem(file, `Summary "${entry.id}" is not-found but quotes him.`, at, {
      hint: 'where his words were not found, say so without quoting.',
    });
  }
  const sentences = countSentences(text);
  const [min, max] = SUMMARY_SENTENCES[entry.status];
  if (sentences < min || sentences > max) {
    reportProblem(file, `Summary "${entry.id}" has ${sentences} sentence${sentences === 1 ? '' : 's'}.`, at, {
      expected: [min === max ? `${min} (${entry.status})` : `${min}–${max} (${entry.status})`],
      hint:
        entry.status === 'not-found'
          ? 'one plain line: what is known, and that his words were not found in the sources consulted.'
          : 'a few neutral sentences in the site’s own words.',
    });
  }
}

/**
 * The number of sentences in `text`: ends of sentence outside quotes (a quote's own final stop
 * ends the sentence that holds it), so "U.S.-Russia" or a quoted “… countries.” count right.
 */
export function countSentences(text: string): number {
  const flattened = text.replace(QUOTE, (_match, quote: string) => `“Q${/[.!?]$/.test(quote) ? quote.at(-1) : ''}”`);
  return flattened.match(/[.!?][”’)]*(?=\s+[A-Z“‘(]|\s*$)/g)?.length ?? 0;
}

/** The line of `key` in the `index`th item of a top-level YAML list. */
function keyLines(source: string): (index: number, key: string) => number | undefined {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(source, { lineCounter });
  return (index, key) => {
    const items = isSeq(document.contents) ? document.contents.items : [];
    const item = items[index];
    if (!isMap(item)) return undefined;
    const pair = item.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === key);
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
}
