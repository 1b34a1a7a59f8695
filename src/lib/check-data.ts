/**
 * The one file the quote checker fetches (`/check/archive.json`): every passage's words,
 * paragraph by paragraph, with what a result shows beside them (speaker, title, event, citation),
 * and the site's summaries of the speaker the source leaves out, which a result may show as
 * "reported, not transcript" but never as his words. Built at build time from the same
 * transcripts as the pages, so it always matches them; kept compact (short keys, URLs as site
 * paths) because it is what the first check costs.
 */
import type { Person } from '../model/schemas';
import { eventInFull, segmentCitation } from './cite-passage';
import { formatDate } from './format';
import { hasPage, summaryRole } from './summaries';
import { fragmentOf, segmentRole, segmentsOf, summariesOf, type Transcript } from './transcripts';

/** The version of the file's format; bump it when a field changes meaning. */
export const CHECK_DATA_VERSION = 1;

/** One event of the archive. */
export interface CheckEvent {
  id: string;
  /** Short title, as search results name an event. */
  title: string;
  /** "Joint news conference of …, Moscow, 12 April 2017". */
  full: string;
  date: string;
}

/** One passage: a remark, question or answer. */
export interface CheckPassage {
  /** Index into {@link CheckData.events}. */
  e: number;
  /** Segment id: the page is `<event>/<id>/`, paragraph n is `#<id>-<n>`. */
  id: string;
  /** remarks, question or answer. */
  k: string;
  /** Who speaks and how: "Sergey Lavrov’s answer", "Question". */
  role: string;
  title: string;
  /** The passage's citation, plain text (Chicago), as its page's cite block gives it. */
  cite: string;
  /** Its paragraphs' text, verbatim; paragraph i has the anchor `<id>-<i+1>`. */
  p: string[];
}

/** One of the site's summaries of a speaker the source leaves out. */
export interface CheckReported {
  e: number;
  id: string;
  /** "Summary of Rex Tillerson’s answer". */
  role: string;
  title: string;
  /** The summary's text (the site's words, quoting the press). */
  text: string;
  /** True when it has a page of its own (`<event>/<id>/`); else it lives at `<event>/#<id>`. */
  page: boolean;
}

/** The whole file. */
export interface CheckData {
  v: number;
  events: CheckEvent[];
  passages: CheckPassage[];
  reported: CheckReported[];
}

/** Build the check data of the archive; `site` and `accessed` as for the passages' cite blocks. */
export function buildCheckData(
  transcripts: readonly Transcript[],
  people: Map<string, Person>,
  site: URL,
  accessed: string,
): CheckData {
  return {
    v: CHECK_DATA_VERSION,
    events: transcripts.map((transcript) => ({
      id: transcript.event,
      title: transcript.shortTitle,
      full: eventInFull(transcript, people),
      date: formatDate(transcript.date),
    })),
    passages: transcripts.flatMap((transcript, e) =>
      segmentsOf(transcript).map((segment) => ({
        e,
        id: segment.id,
        k: segment.kind,
        role: segmentRole(segment, people),
        title: segment.title,
        cite: segmentCitation(transcript, segment, people, site, accessed).plain,
        p: fragmentOf(transcript, segment).paragraphs.map((paragraph) => paragraph.text),
      })),
    ),
    reported: transcripts.flatMap((transcript, e) =>
      summariesOf(transcript).map((summary) => ({
        e,
        id: summary.id,
        role: summaryRole(summary, people),
        title: summary.title,
        text: summary.text,
        page: hasPage(summary),
      })),
    ),
  };
}
