/**
 * Builds the citation of a segment from the transcript, for the cite blocks: the facts
 * (`citedPassage`) and the three formats derived from them (`segmentCitation`). Any rendering of
 * citations (the passage page's block, the transcript's menus) calls these.
 */
import type { Person } from '../model/schemas';
import type { SegmentRecord, SummaryRecord } from '../model/transcript-types';
import { passageCitation, type CitedPassage, type PassageCitation } from './citation';
import { formatDate, listNames } from './format';
import { summarisedTurn } from './summaries';
import type { Transcript } from './transcripts';
import { segmentHref } from './urls';

/** Split a display name into given and family names (the last word is the family name). */
function splitName(name: string): { given: string; family: string } {
  const parts = name.trim().split(/\s+/);
  return { family: parts.at(-1) ?? name, given: parts.slice(0, -1).join(' ') };
}

/**
 * The event as a citation names it, from the front matter: its occasion and its principals,
 * e.g. "Joint news conference of Sergey Lavrov and Rex Tillerson".
 */
export function eventName(transcript: Transcript, people: Map<string, Person>): string {
  const names = transcript.participants.map((id) => people.get(id)?.name ?? id);
  return `${transcript.occasion} of ${listNames(names)}`;
}

/** The event named in full, with place and date: "Joint news conference of …, Moscow, 12 April 2017". */
export function eventInFull(transcript: Transcript, people: Map<string, Person>): string {
  return `${eventName(transcript, people)}, ${transcript.place}, ${formatDate(transcript.date)}`;
}

/** What a citation of `segment` says; `site` is the site's origin (Astro.site) and `accessed` an ISO date. */
export function citedPassage(
  transcript: Transcript,
  segment: SegmentRecord,
  people: Map<string, Person>,
  site: URL,
  accessed: string,
): CitedPassage {
  const speaker = people.get(segment.speaker);
  // Questions are by unnamed journalists: the speaker is the author of remarks and answers only.
  const named = segment.kind !== 'question' && speaker !== undefined;
  const what = { remarks: 'Opening remarks on', question: 'Question on', answer: 'Answer on' }[segment.kind];
  const title = `${what} ${segment.title.charAt(0).toLowerCase()}${segment.title.slice(1)}`;
  return {
    key: `${transcript.event}/${segment.id}`,
    speaker: named ? splitName(speaker.name) : undefined,
    title,
    event: eventName(transcript, people),
    place: transcript.place,
    date: transcript.date,
    publisher: transcript.source.publisher,
    url: new URL(segmentHref(transcript.event, segment.id), site).href,
    accessed,
  };
}

/** A segment's citation: its facts and the three formats. */
export interface SegmentCitation extends PassageCitation {
  passage: CitedPassage;
}

/** The three citation formats of `segment`, from its one CSL-JSON record. */
export function segmentCitation(
  transcript: Transcript,
  segment: SegmentRecord,
  people: Map<string, Person>,
  site: URL,
  accessed: string,
): SegmentCitation {
  const passage = citedPassage(transcript, segment, people, site, accessed);
  return { passage, ...passageCitation(passage) };
}

/**
 * What a citation of one of the site's summaries says: the site is its author and publisher (the
 * summarised speaker is not: these are not his words), and the title says what it summarises.
 */
export function citedSummary(
  transcript: Transcript,
  summary: SummaryRecord,
  people: Map<string, Person>,
  site: URL,
  accessed: string,
  /** The site's name (content/site.yaml): author and publisher of the summary. */
  siteName: string,
): CitedPassage {
  const topic =
    summary.kind === 'answer' ? ` on ${summary.title.charAt(0).toLowerCase()}${summary.title.slice(1)}` : '';
  return {
    key: `${transcript.event}/${summary.id}`,
    speaker: undefined,
    author: siteName,
    title: `Summary of ${summarisedTurn(summary, people)}${topic}, ${eventInFull(transcript, people)}`,
    event: eventName(transcript, people),
    place: transcript.place,
    date: transcript.date,
    publisher: siteName,
    url: new URL(segmentHref(transcript.event, summary.id), site).href,
    accessed,
  };
}

/** The three citation formats of a summary (by the site), from its one CSL-JSON record. */
export function summaryCitation(
  transcript: Transcript,
  summary: SummaryRecord,
  people: Map<string, Person>,
  site: URL,
  accessed: string,
  siteName: string,
): SegmentCitation {
  const passage = citedSummary(transcript, summary, people, site, accessed, siteName);
  return { passage, ...passageCitation(passage) };
}
