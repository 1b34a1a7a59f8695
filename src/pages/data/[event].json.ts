/** `/data/<event>.json`: the transcript as data (see lib/transcript-export and its JSON Schema). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { exportTranscript } from '../../lib/transcript-export';
import { getNotes, getPeople, getTopics, getTranscripts, type Transcript } from '../../lib/transcripts';
import { getSite } from '../../lib/site';
import { href } from '../../lib/urls';
import { citedRunsOfHtml } from '../../lib/cited-html';
import { getSourcePolicy } from '../../lib/sources';
import { classifySource } from '../../model/source-policy';

export const getStaticPaths = (async () => {
  const transcripts = await getTranscripts();
  return transcripts.map((transcript) => ({ params: { event: transcript.event }, props: { transcript } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ transcript: Transcript }> = async ({ props, site }) => {
  const [notes, topics, people] = await Promise.all([getNotes(), getTopics(), getPeople()]);
  const plainNotes = new Map(
    [...notes].map(([id, note]) => [
      id,
      {
        ...note,
        text: toString(fromHtml(note.html, { fragment: true })).trim(),
        cited: citedRunsOfHtml(note.citedHtml),
      },
    ]),
  );
  const siteUrl = new URL(href(), site ?? 'http://localhost/').href;
  const data = exportTranscript(props.transcript, {
    notes: plainNotes,
    topics,
    people,
    siteUrl,
    siteName: getSite().name,
    classOf: (url) => classifySource(url, getSourcePolicy()).class,
  });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
