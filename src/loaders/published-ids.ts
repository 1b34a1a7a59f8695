/**
 * Published segment ids are permanent. `content/published-ids.txt` lists every id ever
 * published (`<event>/<segment-id>`, one a line); each must still exist or be retired by an
 * entry in `content/redirects.yaml`. A missing one fails the build at its line in the list.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { VFile } from 'vfile';
import { reportProblem } from '../content/content-error';
import { listItemLines, parseYaml } from '../content/yaml-data';

/** A retired id and the id that replaces it, both as `<event>/<segment-id>`. */
export const redirectSchema = z.object({
  from: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  to: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
});
/** A redirect entry. */
export type Redirect = z.infer<typeof redirectSchema>;

/** A redirect's two ends, split into event and segment id. */
export interface RedirectEnds {
  from: { event: string; id: string };
  to: { event: string; id: string };
}

/** Split a redirect's `<event>/<segment-id>` ends (the schema guarantees the shape). */
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
      .filter(({ from, to }) => from.event === event && to.event === event)
      .map(({ from, to }) => [from.id, to.id]),
  );
}

/** One line of the published-ids list. */
export interface PublishedId {
  event: string;
  id: string;
  line: number;
}

/** Parse the published-ids list: `<event>/<segment-id>` per line; `#` starts a comment. */
export function parsePublishedIds(text: string): PublishedId[] {
  return text.split('\n').flatMap((raw, index) => {
    const entry = raw.replace(/#.*/, '').trim();
    const [event, id] = entry.split('/');
    return event && id ? [{ event, id, line: index + 1 }] : [];
  });
}

/** Read and validate `content/redirects.yaml`; problems are reported on the returned file. */
export function readRedirects(path: string): { redirects: Redirect[]; file: VFile } {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  const redirects = parseYaml(file, String(file.value), z.array(redirectSchema)) ?? [];
  return { redirects, file };
}

/**
 * Report every published id of `event` that is neither among `currentIds` nor redirected.
 * Problems go on `listFile` (the published-ids file) at the id's line.
 */
export function checkPublishedIds(
  listFile: VFile,
  event: string,
  currentIds: ReadonlySet<string>,
  redirects: readonly Redirect[],
): void {
  const retired = new Set(redirects.map((redirect) => redirect.from));
  for (const published of parsePublishedIds(String(listFile.value))) {
    if (published.event !== event || currentIds.has(published.id)) continue;
    if (retired.has(`${event}/${published.id}`)) continue;
    reportProblem(
      listFile,
      `Published id "${event}/${published.id}" has disappeared from the transcript.`,
      { line: published.line },
      {
        hint: `published links must keep working: restore the id, or add a redirect {from: ${event}/${published.id}, to: ${event}/<new-id>} to content/redirects.yaml.`,
      },
    );
  }
}

/**
 * Report redirects of `event` that cannot work: a target that does not exist, or a retired id
 * that is still in use (the redirect would hide a live passage). Problems go on `redirectsFile`.
 */
export function checkRedirects(
  redirectsFile: VFile,
  event: string,
  currentIds: ReadonlySet<string>,
  redirects: readonly Redirect[],
): void {
  const lines = listItemLines(String(redirectsFile.value));
  redirects.forEach((redirect, index) => {
    const line = lines[index] ?? 1;
    const { from, to } = redirectEnds(redirect);
    if (to.event === event && !currentIds.has(to.id)) {
      reportProblem(
        redirectsFile,
        `Redirect target "${redirect.to}" does not exist.`,
        { line },
        { hint: 'point it at a current segment id.' },
      );
    }
    if (from.event === event && currentIds.has(from.id)) {
      reportProblem(
        redirectsFile,
        `Redirected id "${redirect.from}" is still a segment id.`,
        { line },
        {
          hint: 'a redirect is for an id that no longer exists; remove the redirect or rename the segment.',
        },
      );
    }
  });
}
