/**
 * The transcript as data (`/data/<event>.json`): event metadata, segments in order with their
 * paragraphs as plain verbatim text and the notes they cite, the site's summaries of the speaker
 * the source leaves out (apart from the blocks, so no consumer of the source text meets them),
 * and the notes, topics and people they refer to. Described by public/data/transcript.schema.json; a pure function, so it is
 * tested against that schema and against the source text without a build.
 */
import type { CitedRun } from '../model/cited-sentences';
import type { Note, Person, Topic } from '../model/schemas';
import type { SourceClass } from '../model/vocabulary';
import { hasPage } from './summaries';
import type { Transcript } from './transcripts';

/** The version of the data format; bump it when a field changes meaning or disappears. */
export const EXPORT_FORMAT_VERSION = 2;

/** What the export needs besides the transcript. */
export interface ExportContext {
  /** Notes with their plain text and their text as cited runs. */
  notes: ReadonlyMap<string, Note & { text: string; cited: CitedRun[] }>;
  /** The class of a source's URL under the source policy. */
  classOf: (url: string) => SourceClass;
  topics: ReadonlyMap<string, Topic>;
  people: ReadonlyMap<string, Person>;
  /** Absolute URL of the site root (with base path), for the passage URLs. */
  siteUrl: string;
  /** The site's name (content/site.yaml): the author of its summaries. */
  siteName: string;
}

/** Build the export object of one transcript. */
export function exportTranscript(transcript: Transcript, context: ExportContext) {
  const blocks = transcript.blocks.map((block) => {
    const fragment = transcript.fragments[block.id] ?? { paragraphs: [], notes: [] };
    const common = {
      id: block.id,
      paragraphs: fragment.paragraphs.map((paragraph) => ({ id: paragraph.id, text: paragraph.text })),
      notes: fragment.notes,
    };
    if (block.type === 'framing') return { ...common, type: 'framing' as const, kind: block.kind };
    return {
      ...common,
      type: 'segment' as const,
      kind: block.kind,
      speaker: block.speaker,
      title: block.title,
      topics: block.topics,
      to: block.to,
      after: block.after,
      ...(block.exchange && { exchange: block.exchange }),
      ...(block.label && { label: block.label.text }),
      url: `${context.siteUrl}${transcript.event}/${block.id}/`,
    };
  });
  const order = new Map(transcript.blocks.map((block, index) => [block.id, index]));
  const summaries = [...transcript.summaries]
    .sort((a, b) => (order.get(a.before) ?? 0) - (order.get(b.before) ?? 0))
    .map((summary) => ({
      type: 'summary' as const,
      id: summary.id,
      kind: summary.kind,
      status: summary.status,
      speaker: summary.speaker,
      before: summary.before,
      ...(summary.exchange && { exchange: summary.exchange }),
      title: summary.title,
      topics: summary.topics,
      text: summary.text,
      cited: summary.cited,
      quotes: summary.quotes,
      sources: summary.sources.map((source) => ({ ...source, class: context.classOf(source.url) })),
      author: context.siteName,
      ...(hasPage(summary) && { url: `${context.siteUrl}${transcript.event}/${summary.id}/` }),
      anchor: `${context.siteUrl}${transcript.event}/#${summary.id}`,
    }));
  const cited = new Set(blocks.flatMap((block) => block.notes));
  const topicIds = new Set([
    ...blocks.flatMap((block) => ('topics' in block ? block.topics : [])),
    ...summaries.flatMap((summary) => summary.topics),
  ]);
  const personIds = new Set([
    ...transcript.participants,
    ...blocks.flatMap((block) => ('speaker' in block ? [block.speaker, ...block.to, ...block.after] : [])),
    ...summaries.map((summary) => summary.speaker),
  ]);
  return {
    format: { name: 'annotated-transcript', version: EXPORT_FORMAT_VERSION },
    event: {
      id: transcript.event,
      title: transcript.title,
      shortTitle: transcript.shortTitle,
      date: transcript.date,
      place: transcript.place,
      participants: transcript.participants,
      summary: transcript.summary,
      url: `${context.siteUrl}${transcript.event}/`,
    },
    source: transcript.source,
    blocks,
    summaries,
    notes: [...cited].flatMap((id) => {
      const note = context.notes.get(id);
      if (!note) return [];
      const sources = note.sources.map((source) => ({ ...source, class: context.classOf(source.url) }));
      return [{ id, title: note.title, kind: note.kind, text: note.text, cited: note.cited, sources }];
    }),
    topics: [...context.topics.values()].filter((topic) => topicIds.has(topic.id)),
    people: [...context.people.values()].filter((person) => personIds.has(person.id)),
  };
}

/** The index of every event (`/data/events.json`): what each is and where its data lives. */
export function exportEventIndex(transcripts: readonly Transcript[], siteUrl: string) {
  return {
    format: { name: 'event-index', version: EXPORT_FORMAT_VERSION },
    events: transcripts.map((transcript) => ({
      id: transcript.event,
      title: transcript.title,
      shortTitle: transcript.shortTitle,
      date: transcript.date,
      place: transcript.place,
      participants: transcript.participants,
      summary: transcript.summary,
      passages: transcript.blocks.filter((block) => block.type === 'segment').length,
      url: `${siteUrl}${transcript.event}/`,
      data: {
        json: `${siteUrl}data/${transcript.event}.json`,
        markdown: `${siteUrl}data/${transcript.event}.md`,
        source: `${siteUrl}data/${transcript.event}.txt`,
      },
    })),
  };
}
