/** `/data/<event>.txt`: the raw source text exactly as published (content/source/<event>.txt). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentPath } from '../../loaders/content-files';
import { getTranscripts } from '../../lib/transcripts';

export const getStaticPaths = (async () => {
  const transcripts = await getTranscripts();
  return transcripts.map((transcript) => ({ params: { event: transcript.event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(contentPath('source', `${params['event']}.txt`), 'utf8'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
