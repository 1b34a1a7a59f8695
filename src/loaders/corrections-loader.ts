/**
 * The corrections collection loader: reads content/corrections.yaml (no file is an empty log),
 * validates it against the notes that exist and the passages and summaries that are live (published in
 * content/published-ids.txt and not retired in content/redirects.yaml), and stores one entry per
 * correction, newest first, keyed by its anchor. A bad entry fails the build at its line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { throwIfProblems } from '../content/content-error';
import { correctionEntrySchema, parseCorrections, type Correction, type KnownTargets } from '../content/corrections';
import { parsePublishedIds, readRedirects } from './published-ids';

/**
 * The summaries' ids, `<event>/<id>`, read leniently from content/summaries/<event>.yaml: a
 * broken file is reported by the summaries' own validation, not here.
 */
function summaryIds(contentDir: string): Set<string> {
  const dir = resolve(contentDir, 'summaries');
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => {
        let entries: unknown;
        try {
          entries = parse(readFileSync(resolve(dir, name), 'utf8'));
        } catch {
          return [];
        }
        if (!Array.isArray(entries)) return [];
        return entries.flatMap((entry: unknown) => {
          const id = (entry as { id?: unknown } | null)?.id;
          return typeof id === 'string' ? [`${basename(name, '.yaml')}/${id}`] : [];
        });
      }),
  );
}

/** The notes, passages and summaries a correction may target, read from `contentDir`. */
export function knownTargets(contentDir: string): KnownTargets {
  const notesDir = resolve(contentDir, 'notes');
  const notes = existsSync(notesDir)
    ? readdirSync(notesDir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => basename(name, '.md'))
    : [];
  const listPath = resolve(contentDir, 'published-ids.txt');
  const published = existsSync(listPath) ? parsePublishedIds(readFileSync(listPath, 'utf8')) : [];
  const redirectsPath = resolve(contentDir, 'redirects.yaml');
  const redirects = existsSync(redirectsPath) ? readRedirects(redirectsPath).redirects : [];
  const retired = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
  const summaries = summaryIds(contentDir);
  const live = published.map(({ event, id }) => `${event}/${id}`).filter((id) => !retired.has(id));
  return {
    notes: new Set(notes),
    passages: new Set(live.filter((id) => !summaries.has(id))),
    summaries: new Set(live.filter((id) => summaries.has(id))),
    retired,
  };
}

/** Read and validate `<contentDir>/corrections.yaml`; `today` is the build's day (YYYY-MM-DD). */
export function readCorrections(contentDir: string, today = new Date().toISOString().slice(0, 10)): Correction[] {
  const path = resolve(contentDir, 'corrections.yaml');
  if (!existsSync(path)) return [];
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  const corrections = parseCorrections(file, knownTargets(contentDir), today);
  throwIfProblems(file);
  return corrections;
}

/** Create the loader for the corrections collection. */
export function correctionsLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'corrections-loader',
    schema: correctionEntrySchema,
    async load({ store, parseData, generateDigest }) {
      const corrections = readCorrections(contentDir);
      store.clear();
      for (const correction of corrections) {
        const data = await parseData({ id: correction.anchor, data: { ...correction } });
        store.set({ id: correction.anchor, data, digest: generateDigest(data) });
      }
    },
  };
}
