/**
 * The most characters each name, title and label may have: the layout holds at these lengths on
 * a 320 px screen (tests/e2e/limits.test.ts builds a site with every one at its maximum), and a
 * longer one fails at its file:line instead of making a header or a heading pages tall.
 */
export const MAX_LENGTH = {
  siteName: 60,
  titleSuffix: 60,
  credit: 300,
  description: 300,
  topicLabel: 40,
  topicDescription: 160,
  alias: 40,
  personName: 60,
  role: 120,
  noteTitle: 100,
  eventTitle: 140,
  shortTitle: 60,
  place: 60,
  occasion: 60,
  eventSummary: 1200,
  sourcePublisher: 120,
  sourceTitle: 300,
  sourceLanguage: 100,
  sourceScope: 400,
  segmentTitle: 100,
  unanswered: 200,
  // A correction names the old and the new wording exactly, sources by publisher and date: a
  // paragraph of prose that wraps at any width, so the bound is about length of reading.
  correctionWhat: 3000,
  correctionWhy: 800,
} as const;

/**
 * How large one transcript file may be, in bytes of its Markdown. The trial (#22) built
 * a 5 MB transcript into an 18.6 MB page that took 13 s to load (today's 38 KB makes 223 KB): a
 * page of about four times the transcript, loading in about 2.6 s per megabyte of transcript.
 * Above `warn` (a page of about 1.6 MB, a second to load) the build says so; above `refuse` (a
 * page of about 8 MB, five seconds or more) no reader could use it, and the build stops.
 */
export const TRANSCRIPT_BYTES = { warn: 400_000, refuse: 2_000_000 } as const;
