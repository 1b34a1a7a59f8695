/**
 * Published URLs are permanent. `content/published-ids.txt` lists every URL ever published, per
 * event: the event's own page (`<event>`) and each block (`<event>/<id>`), one a line. A build
 * in which one of them no longer resolves (the transcript renamed or deleted, a block removed or
 * renamed) fails, naming each lost URL and the redirect that would keep it; a new id that is not
 * listed yet fails with the line to add. `content/redirects.yaml` retires a URL by sending it to
 * a live one; duplicates, loops, chains, targets that do not exist and retired URLs that collide
 * with live pages all fail.
 */
import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import { reportProblem } from '../model/content-error';
import { parsePublishedIds, redirectEnds, redirectSchema, type PublishedId, type Redirect } from '../model/redirects';
import { listItemLines, parseYaml } from '../model/yaml-data';
import { readContentFile } from './content-files';

/** Read and validate `content/redirects.yaml`; problems are reported on the returned file. */
export function readRedirects(path: string): { redirects: Redirect[]; file: VFile } {
  const file = readContentFile(path);
  const redirects = parseYaml(file, String(file.value), z.array(redirectSchema)) ?? [];
  return { redirects, file };
}

/** Where an id is defined: its file and line. */
export interface IdPlace {
  file: VFile;
  line: number;
}

/** A live event as the loader found it: its transcript file and its ids with their places. */
export interface LiveEvent {
  file: VFile;
  /** Block (and summary) id → where it is defined. */
  ids: ReadonlyMap<string, IdPlace>;
}

/** What the URL checks need: the list, the redirects, the live events, the site's own sections. */
export interface PublishedUrlsContext {
  listFile: VFile;
  redirectsFile: VFile;
  redirects: readonly Redirect[];
  events: ReadonlyMap<string, LiveEvent>;
  /** First path segments that belong to the site, not to an event (`topics`, `notes`, …). */
  sections: ReadonlySet<string>;
}

const url = (event: string, id = '') => `/${event}/${id ? `${id}/` : ''}`;
const path = (event: string, id = '') => (id ? `${event}/${id}` : event);
const redirectLines = (from: string, to: string) => `- from: ${from}\n      to: ${to}`;

/**
 * Check that every published URL still resolves, every live id is listed, and every redirect
 * works. Problems go on the list file, the redirects file or the transcript at the id's line.
 */
export function checkPublishedUrls(context: PublishedUrlsContext): void {
  const { listFile, redirectsFile, redirects, events, sections } = context;
  const isLive = (event: string, id = '') => {
    const live = events.get(event);
    return live !== undefined && (id === '' || live.ids.has(id));
  };
  const retired = new Set(redirects.map((redirect) => redirect.from));
  const published = parsePublishedIds(String(listFile.value));
  const listed = new Set(published.map((entry) => path(entry.event, entry.id)));

  // Lost URLs. A transcript that is gone loses all its URLs: one problem, every URL named.
  const newEvents = [...events.keys()].filter((event) => !listed.has(event));
  const lostByEvent = new Map<string, PublishedId[]>();
  for (const entry of published) {
    if (isLive(entry.event, entry.id) || retired.has(path(entry.event, entry.id))) continue;
    if (!events.has(entry.event)) {
      lostByEvent.set(entry.event, [...(lostByEvent.get(entry.event) ?? []), entry]);
      continue;
    }
    // One id renamed: the event's one new, unlisted id is the likely new name.
    const unlisted = [...(events.get(entry.event)?.ids.keys() ?? [])].filter(
      (id) => !listed.has(path(entry.event, id)),
    );
    const renamedId = unlisted.length === 1 ? unlisted[0] : undefined;
    reportProblem(
      listFile,
      `Published URL ${url(entry.event, entry.id)} no longer resolves: "${entry.id}" is not in content/transcripts/${entry.event}.md.`,
      { line: entry.line },
      {
        hint: `restore the id, or keep the URL with a redirect in content/redirects.yaml:\n    ${redirectLines(path(entry.event, entry.id), path(entry.event, renamedId ?? '<new-id>'))}`,
      },
    );
  }
  const renamedTo = new Set<string>();
  for (const [event, lost] of lostByEvent) {
    // A renamed transcript: the new event that has most of the lost ids is the likely new name.
    const shared = (candidate: string) =>
      lost.filter((entry) => !entry.id || events.get(candidate)?.ids.has(entry.id)).length;
    const renamed = newEvents
      .filter((candidate) => shared(candidate) * 2 > lost.length)
      .sort((a, b) => shared(b) - shared(a))[0];
    const target = renamed ?? '<event>';
    if (renamed) renamedTo.add(renamed);
    reportProblem(
      listFile,
      `content/transcripts/${event}.md is gone (renamed or deleted): its ${lost.length} published URL${lost.length === 1 ? '' : 's'} (/${event}/ and below) no longer resolve.`,
      { line: lost[0]?.line ?? 1 },
      {
        hint: `restore the file, or keep every URL with these redirects in content/redirects.yaml${
          renamed ? ` (and list the URLs of "${renamed}" in content/published-ids.txt)` : ''
        }:\n${lost
          .map((entry) => {
            const kept = !entry.id || !renamed || events.get(renamed)?.ids.has(entry.id);
            return `    ${redirectLines(path(event, entry.id), path(target, kept ? entry.id : '<new-id>'))}`;
          })
          .join('\n')}`,
      },
    );
  }

  // New URLs not yet listed: the exact lines to add.
  for (const [event, live] of events) {
    // A renamed transcript's new URLs are part of the message about the rename.
    if (renamedTo.has(event)) continue;
    const missing = [
      ...(listed.has(event) ? [] : [event]),
      ...[...live.ids.keys()].filter((id) => !listed.has(path(event, id))).map((id) => path(event, id)),
    ];
    if (missing.length === 0) continue;
    const first = [...live.ids].find(([id]) => missing.includes(path(event, id)))?.[1];
    reportProblem(
      first?.file ?? live.file,
      missing.length === 1
        ? `New URL /${missing[0] ?? ''}/ is not in content/published-ids.txt.`
        : `${missing.length} new URLs of "${event}" are not in content/published-ids.txt.`,
      { line: first?.line ?? 1 },
      {
        hint: `once published a URL is permanent; add ${missing.length === 1 ? 'this line' : 'these lines'} to content/published-ids.txt:\n${missing.map((line) => `    ${line}`).join('\n')}`,
      },
    );
  }

  checkRedirects(redirectsFile, redirects, { isLive, events, sections, gone: new Set(lostByEvent.keys()) });
}

/** Report redirects that cannot work, each at its entry's line in `redirectsFile`. */
function checkRedirects(
  redirectsFile: VFile,
  redirects: readonly Redirect[],
  site: {
    isLive: (event: string, id?: string) => boolean;
    events: ReadonlyMap<string, LiveEvent>;
    sections: ReadonlySet<string>;
    /** Events whose transcript is gone: already reported, with the redirects that keep them. */
    gone: ReadonlySet<string>;
  },
): void {
  const lines = listItemLines(String(redirectsFile.value));
  // The first entry for each `from` (a duplicate is reported, and names the first's target).
  const targets = new Map([...redirects].reverse().map((redirect) => [redirect.from, redirect.to]));
  const firstLine = new Map<string, number>();
  const inLoop = new Set<string>();
  redirects.forEach((redirect, index) => {
    const line = lines[index] ?? 1;
    const { from, to } = redirectEnds(redirect);
    const problem = (reason: string, hint: string, expected?: string[]) =>
      reportProblem(redirectsFile, reason, { line }, { hint, ...(expected && { expected }) });

    const seen = firstLine.get(redirect.from);
    if (seen !== undefined) {
      problem(
        `Duplicate redirect from "${redirect.from}": line ${seen} already sends it to "${targets.get(redirect.from)}".`,
        'a URL can go to one place only: keep one of the two entries.',
      );
      return;
    }
    firstLine.set(redirect.from, line);

    if (Boolean(from.id) !== Boolean(to.id)) {
      problem(
        `Redirect "${redirect.from}" → "${redirect.to}" mixes an event page and a block.`,
        'an event redirects to an event (from: old-event, to: new-event), a block to a block (<event>/<id>).',
      );
      return;
    }
    if (site.sections.has(from.event)) {
      problem(
        `Redirect from "${redirect.from}" collides with the site's own /${from.event}/ pages.`,
        'a redirect retires a URL of a transcript; these pages are not one.',
      );
      return;
    }
    if (site.isLive(from.event, from.id)) {
      problem(
        `Redirected URL "${redirect.from}" is still a live page.`,
        'a redirect is for a URL that no longer exists; remove the redirect, or rename the block or event first.',
      );
      return;
    }
    // Follow the chain: a redirect must land on a live page in one step.
    const chain = [redirect.from, redirect.to];
    while (targets.has(chain.at(-1) ?? '') && !chain.slice(0, -1).includes(chain.at(-1) ?? '')) {
      chain.push(targets.get(chain.at(-1) ?? '') ?? '');
    }
    if (chain.length > 2 || redirect.from === redirect.to) {
      const loops = redirect.from === redirect.to || chain.slice(0, -1).includes(chain.at(-1) ?? '');
      // A loop is one mistake: report it at its first entry only.
      if (loops && chain.some((end) => inLoop.has(end))) return;
      if (loops) chain.forEach((end) => inLoop.add(end));
      problem(
        loops
          ? `Redirect loop: ${chain.join(' → ')}.`
          : `Redirect chain: ${chain.join(' → ')}; readers would be sent on twice.`,
        loops ? 'point each retired URL at a live page.' : `point it straight at the end: to: ${chain.at(-1) ?? ''}`,
      );
      return;
    }
    if (site.gone.has(to.event)) return;
    if (!site.events.has(to.event)) {
      problem(
        `Redirect target "${redirect.to}" is in an event that does not exist.`,
        'point it at a live page: an event is the name of a file in content/transcripts/.',
        [...site.events.keys()],
      );
    } else if (!site.isLive(to.event, to.id)) {
      problem(`Redirect target "${redirect.to}" does not exist.`, 'point it at a current block id.');
    }
  });
}
