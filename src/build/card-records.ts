/**
 * The cards drawn in this build, as the og/ endpoint (in Vite's build of the pages) hands them to
 * the share-card integration (loaded with the config). The two load separate copies of every
 * module, so they meet in a folder, not in memory: one JSON file per card under the card cache,
 * in a folder of this process's own, so two builds running side by side keep their records apart.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './card-render';
import type { ShareCard } from '../lib/share-card';

/** One card of the current build: which, how large, whether drawn, and how long it took. */
export interface CardRecord {
  image: string;
  bytes: number;
  cached: boolean;
  ms: number;
  card: ShareCard;
}

/** This build's records folder (the build runs its pages and integrations in one process). */
const recordsDir = (): string => join(cacheDir(), `records-${process.pid}`);

/** Forget the records of an earlier build in this process. */
export function resetCardRecords(): void {
  rmSync(recordsDir(), { recursive: true, force: true });
}

/** Record one drawn (or cached) card. */
export function recordCard(record: CardRecord): void {
  mkdirSync(recordsDir(), { recursive: true });
  const name = createHash('sha256').update(record.image).digest('hex').slice(0, 16);
  writeFileSync(join(recordsDir(), `${name}.json`), JSON.stringify(record));
}

/** The cards recorded since the last reset, by image path; the folder is removed once read. */
export function takeCardRecords(): CardRecord[] {
  let names: string[];
  try {
    names = readdirSync(recordsDir());
  } catch {
    return [];
  }
  const records = names.map((name) => JSON.parse(readFileSync(join(recordsDir(), name), 'utf8')) as CardRecord);
  resetCardRecords();
  return records.sort((a, b) => a.image.localeCompare(b.image));
}
