/** Every public page of the site, for the sitemap: the same routes the pages generate. */
import { getNotes, getTopics, getTranscripts, hasPage, segmentsOf, summariesOf } from './transcripts';
import { href, noteHref, segmentHref, topicHref, transcriptHref } from './urls';

/** Site paths (under the base path) of every indexable page. */
export async function sitePages(): Promise<string[]> {
  const [transcripts, topics, notes] = await Promise.all([getTranscripts(), getTopics(), getNotes()]);
  return [
    href(),
    ...transcripts.flatMap((transcript) => [
      transcriptHref(transcript.event),
      ...segmentsOf(transcript).map((segment) => segmentHref(transcript.event, segment.id)),
      ...summariesOf(transcript)
        .filter(hasPage)
        .map((summary) => segmentHref(transcript.event, summary.id)),
    ]),
    href('topics/'),
    ...[...topics.keys()].map(topicHref),
    href('notes/'),
    ...[...notes.keys()].map(noteHref),
    href('search/'),
    href('check/'),
    href('about/'),
    href('corrections/'),
  ];
}
