/**
 * `/corrections.xml`: the corrections log as an Atom 1.0 feed (RFC 4287), newest first, with
 * absolute URLs from SITE_URL under the base path (as the sitemap). Each entry's id is its
 * permanent anchor on /corrections/, so a feed reader never sees an entry twice.
 */
import type { APIRoute } from 'astro';
import { getCorrections } from '../lib/corrections';
import { buildDate } from '../lib/format';
import { getSite } from '../lib/site';
import { correctionHref, correctionsFeedHref, correctionsHref } from '../lib/urls';

/** Text for XML content and attribute values. */
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RFC 3339 timestamp for an ISO day: its start, UTC. */
const dayStart = (day: string) => `${day}T00:00:00Z`;

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost/');
  const absolute = (path: string) => escapeXml(new URL(path, origin).href);
  const corrections = await getCorrections();
  const siteName = getSite().name;
  // An empty log was last updated when the site was built: Atom requires the element.
  const updated = dayStart(corrections[0]?.date ?? buildDate());
  const entries = corrections.map((correction) =>
    [
      '  <entry>',
      `    <id>${absolute(correctionHref(correction.anchor))}</id>`,
      `    <title>${escapeXml(`Correction to the ${correction.target.kind} “${correction.targetTitle}”`)}</title>`,
      `    <updated>${dayStart(correction.date)}</updated>`,
      `    <published>${dayStart(correction.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${absolute(correctionHref(correction.anchor))}"/>`,
      `    <link rel="related" type="text/html" href="${absolute(correction.targetHref)}"/>`,
      `    <content type="text">${escapeXml(`What changed: ${correction.what}\n\nWhy: ${correction.why}`)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${absolute(correctionsHref())}</id>`,
    `  <title>${escapeXml(`Corrections · ${siteName}`)}</title>`,
    '  <subtitle>Every change to the context notes and passage framing after publication: when, what changed and why.</subtitle>',
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${absolute(correctionsFeedHref())}"/>`,
    `  <link rel="alternate" type="text/html" href="${absolute(correctionsHref())}"/>`,
    `  <author><name>${escapeXml(siteName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
