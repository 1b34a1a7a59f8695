/** `/data/<event>.md`: the transcript's Markdown source, as editors write it, for download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { transcriptMarkdown } from '../../lib/source-files';

export const getStaticPaths = (async () => {
  const entries = await getCollection('transcripts');
  return entries.map((entry) => ({ params: { event: entry.id }, props: { filePath: entry.filePath ?? '' } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ filePath: string }> = ({ props }) =>
  new Response(transcriptMarkdown(props.filePath), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
