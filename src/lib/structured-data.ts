/**
 * schema.org descriptions (JSON-LD) of the event, the transcript and a passage, for search
 * engines and link previews. Only facts the content states; nothing inferred.
 */
import type { Person } from '../model/schemas';
import type { SegmentRecord } from '../model/transcript-types';
import type { Transcript } from './transcripts';

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no `</script>` can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A social card as a schema.org image: its absolute URL and size. What it says is in the page's
 * og:image:alt; repeated here it cost every page some 400 bytes.
 */
export function imageData(url: string, width: number, height: number) {
  return { '@type': 'ImageObject', url, width, height };
}

/** An image for a description, when there is one. */
type Image = ReturnType<typeof imageData> | undefined;

const person = (people: Map<string, Person>, id: string) => {
  const found = people.get(id);
  return { '@type': 'Person', name: found?.name ?? id, ...(found && { jobTitle: found.role }) };
};

/** The event: a news conference on a date in a place, with its principals. */
export function eventData(transcript: Transcript, people: Map<string, Person>, url: string, image?: Image) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${url}#event`,
    name: transcript.title,
    startDate: transcript.date,
    location: { '@type': 'Place', name: transcript.place },
    performer: transcript.participants.map((id) => person(people, id)),
    description: transcript.summary,
    ...(image && { image }),
  };
}

/** The transcript page: a creative work about the event, based on the published source. */
export function transcriptData(transcript: Transcript, people: Map<string, Person>, url: string, image?: Image) {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': `${url}#transcript`,
    name: transcript.title,
    url,
    inLanguage: 'en',
    about: { '@id': `${url}#event` },
    creator: person(people, transcript.participants[0] ?? ''),
    isBasedOn: {
      '@type': 'CreativeWork',
      name: transcript.source.title,
      publisher: { '@type': 'Organization', name: transcript.source.publisher },
    },
    ...(image && { image }),
  };
}

/** One passage: a quotation from the transcript, by its speaker when named. */
export function passageData(
  transcript: Transcript,
  segment: SegmentRecord,
  people: Map<string, Person>,
  url: string,
  transcriptUrl: string,
  image?: Image,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    name: segment.title,
    url,
    inLanguage: 'en',
    dateCreated: transcript.date,
    ...(segment.kind !== 'question' && { creator: person(people, segment.speaker) }),
    isPartOf: {
      '@type': 'CreativeWork',
      '@id': `${transcriptUrl}#transcript`,
      name: transcript.title,
      url: transcriptUrl,
    },
    ...(image && { image }),
  };
}

/**
 * One of the site's summaries: a work by the site about what a speaker said, never a quotation
 * of him. `about` names the speaker and the event; the site is author and publisher.
 */
export function summaryData(
  transcript: Transcript,
  summary: { title: string; speaker: string; text: string },
  people: Map<string, Person>,
  url: string,
  transcriptUrl: string,
  siteName: string,
) {
  const site = { '@type': 'Organization', name: siteName };
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: summary.title,
    url,
    inLanguage: 'en',
    abstract: summary.text,
    author: site,
    publisher: site,
    about: [person(people, summary.speaker), { '@id': `${transcriptUrl}#event` }],
    isPartOf: {
      '@type': 'CreativeWork',
      '@id': `${transcriptUrl}#transcript`,
      name: transcript.title,
      url: transcriptUrl,
    },
  };
}
