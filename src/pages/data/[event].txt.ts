/** `/data/<event>.txt`: the raw source text exactly as published (content/source/<event>.txt). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceText } from '../../lib/source-files';
import { getTranscripts } from '../../lib/transcripts';

export const getStaticPaths = (async () => {
  const transcripts = await getTranscripts();
  return transcripts.map((transcript) => ({ params: { event: transcript.event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(sourceText(params['event'] ?? ''), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
