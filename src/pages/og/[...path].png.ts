/**
 * `/og/<page path>.png`: every page's social card, drawn at build time (see build/card-render),
 * e.g. /og/topics/cyber.png for /topics/cyber/ and /og/index.png for the home page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedCard } from '../../build/card-render';
import { recordCard } from '../../build/card-records';
import { allShareCards, type ShareCard } from '../../lib/share-card';

export const getStaticPaths = (async () => {
  // SHARE_CARDS=off: the growth benchmark (scripts/bench/growth.ts) builds archives of hundreds
  // of events to measure the pages; it times the cards on their own rather than draw thousands.
  if (process.env['SHARE_CARDS'] === 'off') return [];
  const cards = await allShareCards();
  return cards.map((card) => ({ params: { path: card.image.replace(/^og\/|\.png$/g, '') }, props: { card } }));
}) satisfies GetStaticPaths;

interface Props {
  card: ShareCard;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { png, cached, ms } = await cachedCard(props.card);
  recordCard({ image: props.card.image, bytes: png.length, cached, ms, card: props.card });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
