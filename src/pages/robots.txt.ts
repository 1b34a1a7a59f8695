/** `/robots.txt`: everything may be crawled; the sitemap says where the pages are. */
import type { APIRoute } from 'astro';
import { href } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('sitemap.xml'), site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
};
