/** `/check/archive.json`: the archive's words for the quote checker (lib/check-data.ts), fetched on first use. */
import type { APIRoute } from 'astro';
import { buildCheckData } from '../../lib/check-data';
import { buildDate } from '../../lib/format';
import { getPeople, getTranscripts } from '../../lib/transcripts';

export const GET: APIRoute = async ({ site }) => {
  const [transcripts, people] = await Promise.all([getTranscripts(), getPeople()]);
  const data = buildCheckData(transcripts, people, site ?? new URL('http://localhost/'), buildDate());
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
