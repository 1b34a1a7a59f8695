/** `/data/events.json`: the index of the archive's events, newest last (see exportEventIndex). */
import type { APIRoute } from 'astro';
import { exportEventIndex } from '../../lib/transcript-export';
import { getTranscripts } from '../../lib/transcripts';
import { href } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const siteUrl = new URL(href(), site ?? 'http://localhost/').href;
  const data = exportEventIndex(await getTranscripts(), siteUrl);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
