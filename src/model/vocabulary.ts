/**
 * The closed vocabularies of the transcript syntax, declared once. Each is an `as const` tuple,
 * a union type derived from it and a type guard; the Zod schemas reuse the tuples.
 */

/** Kinds of segment: one speaker's continuous turn on one topic. */
export const SEGMENT_KINDS = ['remarks', 'question', 'answer'] as const;
/** A kind of segment. */
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
/** True when `name` is a segment kind. */
export function isSegmentKind(name: string): name is SegmentKind {
  return (SEGMENT_KINDS as readonly string[]).includes(name);
}

/** Kinds of framing block: the publisher's own words around the speech (not a speaker's). */
export const FRAMING_KINDS = ['headnote', 'attribution'] as const;
/** A kind of framing block. */
export type FramingKind = (typeof FRAMING_KINDS)[number];

/** Every container directive a transcript may use: segments and framing blocks. */
export const BLOCK_DIRECTIVES = [...SEGMENT_KINDS, ...FRAMING_KINDS] as const;
/** A container directive name. */
export type BlockDirective = (typeof BLOCK_DIRECTIVES)[number];
/** True when `name` is a known container directive. */
export function isBlockDirective(name: string): name is BlockDirective {
  return (BLOCK_DIRECTIVES as readonly string[]).includes(name);
}

/**
 * Text directives: `:note[phrase]{id="…"}` attaches a context note to a transcript's phrase;
 * `:cite[source-id …]` ends a sentence of a note with the sources it rests on (notes only).
 */
export const TEXT_DIRECTIVES = ['note', 'cite'] as const;

/**
 * Classes of source host (content/source-policy.yaml): `primary` (the body that acted or spoke),
 * `record` (wires, papers of record, public broadcasters, reference works), `other` (listed in
 * none: cited only with a `why` readers see) and `never` (refused).
 */
export const SOURCE_CLASSES = ['primary', 'record', 'other', 'never'] as const;
/** A class of source host. */
export type SourceClass = (typeof SOURCE_CLASSES)[number];

/** Kinds of context note: what the annotated phrase names. */
export const NOTE_KINDS = ['person', 'organisation', 'place', 'event', 'document', 'term'] as const;
/** A kind of context note. */
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Attributes each container directive accepts; anything else is a typo and fails the build. */
export const DIRECTIVE_ATTRIBUTES: Record<BlockDirective, readonly string[]> = {
  remarks: ['id', 'speaker', 'topics', 'title'],
  question: ['id', 'speaker', 'topics', 'title', 'to', 'unanswered'],
  answer: ['id', 'speaker', 'topics', 'title', 'after'],
  headnote: ['id'],
  attribution: ['id'],
};

/**
 * Authored ids: lower-case words joined by hyphens, starting with a letter. An id may not end
 * in "-<number>": that suffix is reserved for paragraph anchors (`a-cyber-2`).
 */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?<!-[0-9]+)$/;

/**
 * What the research found of a summarised speaker's words at one place: `found` (summarised),
 * `partly-found` (summarised, and the summary says what was not found) or `not-found` (one plain
 * line saying what is known).
 */
export const SUMMARY_STATUSES = ['found', 'partly-found', 'not-found'] as const;
/** A summary's research status. */
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

/**
 * Where a summary sits, derived from its position: the summarised speaker's `statement` after
 * the opening remarks, or their `answer` inside an exchange, before the answer that follows it.
 */
export const SUMMARY_KINDS = ['statement', 'answer'] as const;
/** A kind of summary. */
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

/**
 * The first path segments of the site's own pages and build output (src/pages, Pagefind, Astro's
 * assets): no event may be named so, and no redirect may retire one of their URLs.
 */
export const SITE_SECTIONS = [
  '404',
  'about',
  'corrections',
  'data',
  'notes',
  'og',
  'search',
  'sources',
  'check',
  'topics',
  'pagefind',
  '_astro',
] as const;

/** What `npm run import` writes where an editor must write (titles, summary…); never published. */
export const PLACEHOLDER = 'TODO';
