/**
 * Typed access to the transcripts for pages: segments in order, exchanges, lookups of topics
 * and people, and the wording for speakers whose words the source does not include.
 */
import { getCollection } from 'astro:content';
import type { Note, Person, Topic } from '../model/schemas';
import type { NoteCorrection, RenderableNote } from '../model/renderable-note';
import { formatDate } from './format';
import { hasPage } from './summaries';
import { correctionHref, noteHref } from './urls';
import type {
  BlockFragment,
  BlockRecord,
  FramingRecord,
  SegmentRecord,
  SummaryRecord,
  TranscriptEntryData,
} from '../model/transcript-types';

/** A transcript with its event id. */
export interface Transcript extends TranscriptEntryData {
  event: string;
}

/** A question with the answers that follow it. */
export interface Exchange {
  question: SegmentRecord;
  answers: SegmentRecord[];
  /** 1-based position among the transcript's exchanges (for display only; ids are authored). */
  number: number;
}

/** All transcripts, by date. */
export async function getTranscripts(): Promise<Transcript[]> {
  const entries = await getCollection('transcripts');
  return entries.map((entry) => ({ event: entry.id, ...entry.data })).sort((a, b) => a.date.localeCompare(b.date));
}

/** The segments of a transcript in order (framing blocks left out). */
export function segmentsOf(transcript: Transcript): SegmentRecord[] {
  return transcript.blocks.filter((block): block is SegmentRecord => block.type === 'segment');
}

/** The framing block of a kind (headnote, attribution), if present. */
export function framingOf(transcript: Transcript, kind: FramingRecord['kind']): FramingRecord | undefined {
  return transcript.blocks.find((block): block is FramingRecord => block.type === 'framing' && block.kind === kind);
}

/** The questions with their answers, in order. */
export function exchangesOf(transcript: Transcript): Exchange[] {
  const exchanges: Exchange[] = [];
  for (const segment of segmentsOf(transcript)) {
    if (segment.kind === 'question') exchanges.push({ question: segment, answers: [], number: exchanges.length + 1 });
    else if (segment.kind === 'answer') exchanges.at(-1)?.answers.push(segment);
  }
  return exchanges;
}

/** The fragment (HTML and paragraphs) of a block. */
export function fragmentOf(transcript: Transcript, block: BlockRecord): BlockFragment {
  const fragment = transcript.fragments[block.id];
  if (!fragment) throw new Error(`No rendered fragment for block "${block.id}" of ${transcript.event}`);
  return fragment;
}

/** The source text of a segment, paragraphs joined, without its turn label. */
export function plainTextOf(transcript: Transcript, segment: SegmentRecord): string {
  const text = fragmentOf(transcript, segment)
    .paragraphs.map((paragraph) => paragraph.text)
    .join(' ');
  return segment.label && text.startsWith(segment.label.text) ? text.slice(segment.label.text.length).trim() : text;
}

/** The first `words` words of a text, with an ellipsis when cut. */
export function excerpt(text: string, words = 40): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

/** Topics by id, in the order of content/topics.yaml. */
export async function getTopics(): Promise<Map<string, Topic>> {
  const entries = await getCollection('topics');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** People by id. */
export async function getPeople(): Promise<Map<string, Person>> {
  const entries = await getCollection('people');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** A short name for a segment's kind and speaker, e.g. "Question", "Sergey Lavrov’s answer". */
export function segmentRole(segment: SegmentRecord, people: Map<string, Person>): string {
  const name = people.get(segment.speaker)?.name ?? segment.speaker;
  if (segment.kind === 'question') return 'Question';
  if (segment.kind === 'answer') return `${name}’s answer`;
  return `${name}, opening remarks`;
}

/**
 * People this segment involves whose words are not in the source: those a question was put to,
 * or who answered before this answer, and who never speak in the transcript. An answer's line
 * leaves out whoever the site summarises right before it: the summary says it instead.
 */
export function absentSpeakers(transcript: Transcript, segment: SegmentRecord, people: Map<string, Person>): Person[] {
  const speakers = new Set(segmentsOf(transcript).map((s) => s.speaker));
  const summarised = segment.kind === 'answer' ? summaryBefore(transcript, segment.id)?.speaker : undefined;
  const ids = segment.kind === 'question' ? segment.to : segment.after;
  return ids.filter((id) => !speakers.has(id) && id !== summarised).flatMap((id) => people.get(id) ?? []);
}

/** The site's summaries of a transcript, in the order of the blocks they precede. */
export function summariesOf(transcript: Transcript): SummaryRecord[] {
  const order = new Map(transcript.blocks.map((block, index) => [block.id, index]));
  return [...transcript.summaries].sort((a, b) => (order.get(a.before) ?? 0) - (order.get(b.before) ?? 0));
}

/** The summary placed right before block `blockId`, if any. */
export function summaryBefore(transcript: Transcript, blockId: string): SummaryRecord | undefined {
  return transcript.summaries.find((summary) => summary.before === blockId);
}

/**
 * How many search records the site has: every segment's page and every summary with a page of
 * its own (the pages that render components/SearchRecord.astro).
 */
export function searchRecordCount(transcripts: readonly Transcript[]): number {
  return transcripts.reduce(
    (count, transcript) => count + segmentsOf(transcript).length + summariesOf(transcript).filter(hasPage).length,
    0,
  );
}

/** The summarised statement that follows the opening remarks, if any. */
export function openingSummary(transcript: Transcript): SummaryRecord | undefined {
  return transcript.summaries.find((summary) => summary.kind === 'statement');
}

export { hasPage, SUMMARY_KIND, summarisedTurn, summaryLabel, summaryRole } from './summaries';

export { listNames } from './format';

/** A context note with its rendered body, as pages show it. */
export interface PageNote extends Note, RenderableNote {
  id: string;
  /**
   * The body with its citation markers, linking to the sources on the note's own page. `html`
   * leaves them out: endnotes and margin notes on passages link to the note page instead.
   */
  citedHtml: string;
}

/** Our own citation markers (remark-note-citations), taken out of a note's rendered body. */
const CITE_REF = /<sup class="cite-ref">(?:(?!<\/sup>).)*<\/sup>/g;

/** Context notes by id, with their bodies rendered and their corrections. */
export async function getNotes(): Promise<Map<string, PageNote>> {
  const [entries, corrections] = await Promise.all([getCollection('notes'), getCollection('corrections')]);
  const byNote = new Map<string, NoteCorrection[]>();
  for (const { data } of corrections.sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.data.line - b.data.line,
  )) {
    if (data.target.kind !== 'note') continue;
    const shown = { date: data.date, label: formatDate(data.date), href: correctionHref(data.anchor) };
    byNote.set(data.target.id, [...(byNote.get(data.target.id) ?? []), shown]);
  }
  return new Map(
    entries.map((entry) => [
      entry.id,
      {
        id: entry.id,
        ...entry.data,
        html: (entry.rendered?.html ?? '').replace(CITE_REF, ''),
        citedHtml: entry.rendered?.html ?? '',
        href: noteHref(entry.id),
        corrections: byNote.get(entry.id) ?? [],
      },
    ]),
  );
}

/** How many of the most recent events pages show in full; older ones are listed briefly. */
export const RECENT_EVENTS = 12;

/** Ids of the events older than the RECENT_EVENTS most recent (none on a small archive). */
export function olderEvents(transcripts: readonly Transcript[]): Set<string> {
  const newestFirst = [...transcripts].sort((a, b) => b.date.localeCompare(a.date) || a.event.localeCompare(b.event));
  return new Set(newestFirst.slice(RECENT_EVENTS).map((transcript) => transcript.event));
}
