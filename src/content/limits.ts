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
  correctionWhat: 1000,
  correctionWhy: 400,
} as const;
