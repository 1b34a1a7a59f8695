/**
 * What a shared link shows: the words of each page's social card (title, who, when, a pull quote
 * or a lead) and its colour. Pages take their heading, kicker and description from the same
 * object, so the card can never say something the page does not. Drawn by build/card-render.
 */
import type { Person, Topic } from '../model/schemas';
import type { SegmentRecord, SummaryRecord } from '../model/transcript-types';
import { CARD_HEIGHT, CARD_WIDTH } from '../shared/card-size';
import { formatDate } from './format';
import { openingWords, QUOTE_CHARACTERS } from '../shared/opening-words';
import { imageData } from './structured-data';
import { HUES, topicColour } from './topic-palette';
import {
  exchangesOf,
  fragmentOf,
  getNotes,
  getPeople,
  getTopics,
  getTranscripts,
  hasPage,
  listNames,
  plainTextOf,
  segmentsOf,
  summariesOf,
  summarisedTurn,
  type PageNote,
  type Transcript,
} from './transcripts';
import { href } from './urls';

/** The words and colour of one page's card. */
export interface ShareCard {
  /** Where the PNG is, as a site path under the base path, e.g. `og/topics/cyber.png`. */
  image: string;
  /** The line above the title, e.g. "Question 3 of 7, answer". */
  kicker: string;
  /** The page's title, as its `<h1>` says it. */
  title: string;
  /** The speaker's opening words, cut at a word boundary (drawn in quotation marks). */
  quote?: string | undefined;
  /** The site's own words under the title, when there is no quote. */
  lead?: string | undefined;
  /** Who: e.g. ["Sergey Lavrov", "answer"]. */
  byline: readonly string[];
  /** When and where: e.g. ["12 April 2017", "Moscow"]. */
  dateline: readonly string[];
  /** The main topic's label, shown beside the kicker, when the page has one. */
  topic?: string | undefined;
  /** The accent colour (CSS hex): the main topic's hue, or the site's accent. */
  accent: string;
}

/** The longest lead, in characters, before the ellipsis. */
export const LEAD_CHARACTERS = 190;

/** The site's accent (--accent in styles/base.css, light) for cards without a topic. */
const SITE_ACCENT = '#8a3b12';
/** The neutral hue, for notes (they belong to no topic). */
const NEUTRAL = HUES[5][0];

/** The card image's site path for the page at `pagePath` (`topics/cyber/` → `og/topics/cyber.png`). */
export function cardImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `og/${trimmed || 'index'}.png`;
}

/** What the card says, as one sentence-like text: the image's alt text. */
export function cardAlt(card: ShareCard): string {
  const words = card.quote ? `“${card.quote}”` : card.lead;
  const parts = [
    `${card.kicker}${card.topic ? ` (${card.topic})` : ''}: ${card.title}.`,
    ...(words ? [words] : []),
    `${[...card.byline, ...card.dateline].join(', ')}.`,
  ];
  return parts.join(' ');
}

/** The card image's absolute URL: SITE_URL, then the base path. */
export function cardImageUrl(card: ShareCard, site: URL): string {
  return new URL(href(card.image), site).href;
}

/** The card as a schema.org ImageObject, for a page's JSON-LD. */
export function cardImageData(card: ShareCard, site: URL) {
  return imageData(cardImageUrl(card, site), CARD_WIDTH, CARD_HEIGHT);
}

const dateline = (transcript: Transcript) => [formatDate(transcript.date), transcript.place];
const nameOf = (people: Map<string, Person>, id: string) => people.get(id)?.name ?? id;

/** The kicker of a passage: where it stands in the conference. */
export function passageKicker(transcript: Transcript, segment: SegmentRecord): string {
  if (segment.kind === 'remarks') return 'Opening statement';
  const exchanges = exchangesOf(transcript);
  const number = exchanges.find((exchange) => exchange.question.id === segment.exchange)?.number ?? '';
  return `Question ${number} of ${exchanges.length}${segment.kind === 'answer' ? ', answer' : ''}`;
}

/**
 * Who speaks in a passage: "Sergey Lavrov · answer", "Sergey Lavrov · opening remarks", or, for
 * a question, whom it was put to, in the source's words where its label says
 * ("Question addressed to both ministers"), else from the passage's `to`.
 */
export function passageByline(segment: SegmentRecord, people: Map<string, Person>): string[] {
  if (segment.kind === 'question') {
    const qualifier = segment.label?.qualifier;
    if (qualifier) return [`Question ${qualifier}`];
    return segment.to.length > 0
      ? [`Question to ${listNames(segment.to.map((id) => nameOf(people, id)))}`]
      : [nameOf(people, segment.speaker), 'question'];
  }
  return [nameOf(people, segment.speaker), segment.kind === 'answer' ? 'answer' : 'opening remarks'];
}

/** The card of a passage's own page. */
export function passageCard(
  transcript: Transcript,
  segment: SegmentRecord,
  people: Map<string, Person>,
  topics: Map<string, Topic>,
): ShareCard {
  const main = segment.topics[0] ?? '';
  const index = [...topics.keys()].indexOf(main);
  return {
    image: cardImagePath(`${transcript.event}/${segment.id}/`),
    kicker: passageKicker(transcript, segment),
    title: segment.title,
    quote: openingWords(plainTextOf(transcript, segment), QUOTE_CHARACTERS),
    byline: passageByline(segment, people),
    dateline: dateline(transcript),
    topic: topics.get(main)?.label,
    accent: index >= 0 ? topicColour(index) : SITE_ACCENT,
  };
}

/**
 * The card of one of the site's summaries: its words are the site's, so they are the card's lead,
 * never a quote, and the byline says whose summary it is and of what.
 */
export function summaryCard(
  transcript: Transcript,
  summary: SummaryRecord,
  people: Map<string, Person>,
  topics: Map<string, Topic>,
): ShareCard {
  const turn = summarisedTurn(summary, people);
  const exchanges = exchangesOf(transcript);
  const number = exchanges.find((exchange) => exchange.question.id === summary.exchange)?.number;
  const main = summary.topics[0] ?? '';
  const index = [...topics.keys()].indexOf(main);
  return {
    image: cardImagePath(`${transcript.event}/${summary.id}/`),
    kicker: number ? `Question ${number} of ${exchanges.length} · summary, not transcript` : 'Summary, not transcript',
    title: summary.kind === 'statement' ? turn : summary.title,
    lead: openingWords(summary.text, LEAD_CHARACTERS),
    byline: [`The site’s summary of ${turn}`],
    dateline: dateline(transcript),
    topic: topics.get(main)?.label,
    accent: index >= 0 ? topicColour(index) : SITE_ACCENT,
  };
}

/** The card of a topic's page. */
export function topicCard(topic: Topic, topics: Map<string, Topic>, transcripts: readonly Transcript[]): ShareCard {
  const count = transcripts.flatMap(segmentsOf).filter((segment) => segment.topics.includes(topic.id)).length;
  const [first] = transcripts;
  return {
    image: cardImagePath(`topics/${topic.id}/`),
    kicker: 'Topic',
    title: topic.label,
    lead: openingWords(topic.description, LEAD_CHARACTERS),
    byline: [`${count} ${count === 1 ? 'passage' : 'passages'}`],
    dateline: first ? dateline(first) : [],
    accent: topicColour([...topics.keys()].indexOf(topic.id)),
  };
}

/** A note's first sentence, as plain text: its page's description and its card's lead. */
export function noteLead(note: PageNote): string {
  return note.html.replace(/<[^>]+>/g, '').split(/(?<=\.)\s/)[0] ?? note.title;
}

/** The card of a context note's page. */
export function noteCard(note: PageNote, transcripts: readonly Transcript[]): ShareCard {
  const count = transcripts.flatMap((transcript) =>
    segmentsOf(transcript).filter((segment) => fragmentOf(transcript, segment).notes.includes(note.id)),
  ).length;
  const [first] = transcripts;
  return {
    image: cardImagePath(`notes/${note.id}/`),
    kicker: `Context note · ${note.kind}`,
    title: note.title,
    lead: openingWords(noteLead(note), LEAD_CHARACTERS),
    byline: [`Cited in ${count} ${count === 1 ? 'passage' : 'passages'}`],
    dateline: first ? dateline(first) : [],
    accent: NEUTRAL,
  };
}

/** The card of the full transcript's page. */
export function transcriptCard(transcript: Transcript, people: Map<string, Person>): ShareCard {
  return {
    image: cardImagePath(`${transcript.event}/`),
    kicker: 'Full transcript',
    title: transcript.title,
    lead: openingWords(transcript.summary, LEAD_CHARACTERS),
    byline: transcript.participants.map((id) => nameOf(people, id)),
    dateline: dateline(transcript),
    accent: SITE_ACCENT,
  };
}

/** The card of the home page, also shown for pages without their own (search, about, lists). */
export function homeCard(transcript: Transcript): ShareCard {
  return {
    image: cardImagePath(''),
    kicker: 'Annotated transcript',
    title: transcript.title,
    lead: 'Every answer with its own link, context notes, topics, search and citations.',
    byline: [transcript.shortTitle],
    dateline: dateline(transcript),
    accent: SITE_ACCENT,
  };
}

/** The home page's card, for the layout's default. */
export async function siteCard(): Promise<ShareCard | undefined> {
  const [first] = await getTranscripts();
  return first && homeCard(first);
}

/** Every card the site has: home, each transcript and passage, each topic and note. */
export async function allShareCards(): Promise<ShareCard[]> {
  const [transcripts, people, topics, notes] = await Promise.all([
    getTranscripts(),
    getPeople(),
    getTopics(),
    getNotes(),
  ]);
  const [first] = transcripts;
  return [
    ...(first ? [homeCard(first)] : []),
    ...transcripts.flatMap((transcript) => [
      transcriptCard(transcript, people),
      ...segmentsOf(transcript).map((segment) => passageCard(transcript, segment, people, topics)),
      ...summariesOf(transcript)
        .filter(hasPage)
        .map((summary) => summaryCard(transcript, summary, people, topics)),
    ]),
    ...[...topics.values()].map((topic) => topicCard(topic, topics, transcripts)),
    ...[...notes.values()].map((note) => noteCard(note, transcripts)),
  ];
}
