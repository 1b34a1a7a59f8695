/** `/data/<event>.md`: the transcript's Markdown source, as editors write it, for download. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths = (async () => {
  const entries = await getCollection('transcripts');
  return entries.map((entry) => ({ params: { event: entry.id }, props: { filePath: entry.filePath ?? '' } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ filePath: string }> = ({ props }) =>
  new Response(readFileSync(props.filePath, 'utf8'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
