/**
 * The transcript as data (`/data/<event>.json`): event metadata, segments in order with their
 * paragraphs as plain verbatim text and the notes they cite, and the notes, topics and people
 * they refer to. Described by public/data/transcript.schema.json; a pure function, so it is
 * tested against that schema and against the source text without a build.
 */
import type { Note, Person, Topic } from '../content/schemas';
import type { Transcript } from './transcripts';

/** The version of the data format; bump it when a field changes meaning or disappears. */
export const EXPORT_FORMAT_VERSION = 1;

/** What the export needs besides the transcript. */
export interface ExportContext {
  notes: ReadonlyMap<string, Note & { text: string }>;
  topics: ReadonlyMap<string, Topic>;
  people: ReadonlyMap<string, Person>;
  /** Absolute URL of the site root (with base path), for the passage URLs. */
  siteUrl: string;
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
  const cited = new Set(blocks.flatMap((block) => block.notes));
  const topicIds = new Set(blocks.flatMap((block) => ('topics' in block ? block.topics : [])));
  const personIds = new Set([
    ...transcript.participants,
    ...blocks.flatMap((block) => ('speaker' in block ? [block.speaker, ...block.to, ...block.after] : [])),
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
    notes: [...cited].flatMap((id) => {
      const note = context.notes.get(id);
      return note ? [{ id, title: note.title, kind: note.kind, text: note.text, sources: note.sources }] : [];
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
