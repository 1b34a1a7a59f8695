/**
 * The corrections collection loader: reads content/corrections.yaml (no file is an empty log),
 * validates it against the notes that exist and the passages and summaries that are live (published in
 * content/published-ids.txt and not retired in content/redirects.yaml), and stores one entry per
 * correction, newest first, keyed by its anchor. A bad entry fails the build at its line.
 */
import { basename, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { throwIfProblems } from '../model/content-error';
import { correctionEntrySchema, parseCorrections, type Correction, type KnownTargets } from '../model/corrections';
import { parsePublishedIds } from '../model/redirects';
import { contentExists, contentFiles, readContentFile, readContentText } from './content-files';
import { readRedirects } from './published-ids';

/**
 * The summaries' ids, `<event>/<id>`, read leniently from content/summaries/<event>.yaml: a
 * broken file is reported by the summaries' own validation, not here.
 */
function summaryIds(contentDir: string): Set<string> {
  const dir = resolve(contentDir, 'summaries');
  return new Set(
    contentFiles(dir, '.yaml').flatMap((name) => {
      let entries: unknown;
      try {
        entries = parse(readContentText(resolve(dir, name)));
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
  const notes = contentFiles(notesDir, '.md').map((name) => basename(name, '.md'));
  const listPath = resolve(contentDir, 'published-ids.txt');
  const published = contentExists(listPath) ? parsePublishedIds(readContentText(listPath)) : [];
  const redirectsPath = resolve(contentDir, 'redirects.yaml');
  const redirects = contentExists(redirectsPath) ? readRedirects(redirectsPath).redirects : [];
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
  if (!contentExists(path)) return [];
  const file = readContentFile(path);
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
