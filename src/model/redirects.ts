/**
 * The model of permanent URLs: the published-ids list (`content/published-ids.txt`, one
 * `<event>` or `<event>/<id>` a line) and the redirects that retire a URL
 * (`content/redirects.yaml`). Reading the files and checking that every published URL still
 * resolves is src/loaders/published-ids.ts; pages take the redirects from src/lib/redirects.ts.
 */
import { z } from 'astro/zod';

/** A URL path of the site's content: `<event>` or `<event>/<block-id>`. */
const CONTENT_PATH = /^[a-z0-9-]+(?:\/[a-z0-9-]+)?$/;
const pathSchema = z.string().regex(CONTENT_PATH, 'a redirect end is <event> or <event>/<id>');

/** A retired URL and the live one that replaces it: both `<event>` or both `<event>/<id>`. */
export const redirectSchema = z.strictObject({ from: pathSchema, to: pathSchema });
/** A redirect entry. */
export type Redirect = z.infer<typeof redirectSchema>;

/** One end of a redirect: an event, and a block id ('' for the event's own page). */
export interface RedirectEnd {
  event: string;
  id: string;
}

/** A redirect's two ends, split into event and block id. */
export interface RedirectEnds {
  from: RedirectEnd;
  to: RedirectEnd;
}

/** Split a redirect's ends (the schema guarantees the shape). */
export function redirectEnds(redirect: Redirect): RedirectEnds {
  const [fromEvent = '', fromId = ''] = redirect.from.split('/');
  const [toEvent = '', toId = ''] = redirect.to.split('/');
  return { from: { event: fromEvent, id: fromId }, to: { event: toEvent, id: toId } };
}

/** The retired ids of `event` that move within it, old id → new id (for anchors on its page). */
export function anchorRedirectsOf(event: string, redirects: readonly Redirect[]): Record<string, string> {
  return Object.fromEntries(
    redirects
      .map(redirectEnds)
      .filter(({ from, to }) => from.id && to.id && from.event === event && to.event === event)
      .map(({ from, to }) => [from.id, to.id]),
  );
}

/** One line of the published-ids list: an event's page (`id` empty) or one of its blocks. */
export interface PublishedId {
  event: string;
  id: string;
  line: number;
}

/** Parse the published-ids list: `<event>` or `<event>/<id>` per line; `#` starts a comment. */
export function parsePublishedIds(text: string): PublishedId[] {
  return text.split('\n').flatMap((raw, index) => {
    const entry = raw.replace(/#.*/, '').trim();
    if (!entry) return [];
    const [event = '', id = ''] = entry.split('/');
    return [{ event, id, line: index + 1 }];
  });
}
