/** Builds the citation facts of a segment from the transcript, for the cite blocks. */
import type { Person } from '../content/schemas';
import type { SegmentRecord } from '../content/transcript-types';
import type { CitedPassage } from './citation';
import type { Transcript } from './transcripts';
import { segmentHref } from './urls';

/** Split a display name into given and family names (the last word is the family name). */
function splitName(name: string): { given: string; family: string } {
  const parts = name.trim().split(/\s+/);
  return { family: parts.at(-1) ?? name, given: parts.slice(0, -1).join(' ') };
}

/** The event as a citation names it: the participants' meeting, e.g. "Joint news conference with Rex Tillerson". */
function eventName(transcript: Transcript, people: Map<string, Person>): string {
  const others = transcript.participants.slice(1).flatMap((id) => people.get(id)?.name ?? []);
  return others.length ? `Joint news conference with ${others.join(' and ')}` : transcript.shortTitle;
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
