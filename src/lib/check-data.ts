/**
 * The one file the quote checker fetches (`/check/archive.json`): every passage's words,
 * paragraph by paragraph, with what a result shows beside them (speaker, title, event, citation),
 * and the site's summaries of the speaker the source leaves out, which a result may show as
 * "reported, not transcript" but never as his words. Built at build time from the same
 * transcripts as the pages, so it always matches them; kept compact (short keys, URLs as site
 * paths) because it is what the first check costs.
 */
import type { Person } from '../model/schemas';
import { CHECK_DATA_VERSION, type CheckData } from '../shared/check-data-format';
import { eventInFull, segmentCitation } from './cite-passage';
import { formatDate } from './format';
import { hasPage, summaryRole } from './summaries';
import { fragmentOf, segmentRole, segmentsOf, summariesOf, type Transcript } from './transcripts';

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
