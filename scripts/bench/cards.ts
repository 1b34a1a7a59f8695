/**
 * The social cards' part of `npm run bench`: their weight in the build (each against the 80 KB
 * budget), the time the last `npm run build` spent on them (the figure it logged, from
 * node_modules/.cache/share-cards/), and a cold redraw of every card of that
 * build, timed here without the cache: what the cards add to a build from scratch.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CardRecord } from '../../src/build/card-records.ts';
import { buildRecordFile, renderCard } from '../../src/build/card-render.ts';
import { heading, kb, mark, table } from './format.ts';

/** The DESIGN/issue targets: each card ≤ 80 KB, all cards ≤ 20 s of build time. */
const TARGETS = { cardBytes: 80_000, buildSeconds: 20 } as const;

/** What the build recorded about its cards. */
interface LastBuild {
  outDir: string;
  seconds: number;
  records: CardRecord[];
}

function pngFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.png'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Measure the cards of the build in `dist`; returns the section to print. */
export async function benchCards(dist: string): Promise<string> {
  const og = join(dist, 'og');
  const files = pngFiles(og).map((file) => ({ file: relative(dist, file), bytes: statSync(file).size }));
  const lines = [heading('Social cards')];
  if (files.length === 0) return [...lines, `No cards in ${og}.`].join('\n');
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const over = files.filter((file) => file.bytes > TARGETS.cardBytes);
  const rows = [
    ['cards in dist/og', String(files.length)],
    ['largest', `${kb(largest.bytes)} ${mark(largest.bytes <= TARGETS.cardBytes)} (${largest.file})`],
    ['median', kb([...files].sort((a, b) => a.bytes - b.bytes)[Math.floor(files.length / 2)]?.bytes ?? 0)],
    ['all together', kb(total)],
    [`over ${kb(TARGETS.cardBytes)}`, `${over.length} ${mark(over.length === 0)}`],
  ];

  const statsFile = buildRecordFile(dist);
  const last = existsSync(statsFile) ? (JSON.parse(readFileSync(statsFile, 'utf8')) as LastBuild) : undefined;
  if (!last || resolve(last.outDir) !== resolve(dist)) {
    rows.push(['last build', `no record for ${dist}: run \`npm run build\` first`]);
    return [...lines, table(['card weight and time', 'figure'], rows)].join('\n');
  }
  const drawn = last.records.filter((record) => !record.cached).length;
  rows.push([
    'last build: time added',
    `${last.seconds.toFixed(1)} s (${drawn} drawn, ${last.records.length - drawn} from the cache)`,
  ]);
  // A cold redraw of the same cards: the first one also pays for loading the fonts and wasm.
  // CPU time beside wall time: on a shared machine the wall clock also counts other work.
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const record of last.records) await renderCard(record.card);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  rows.push([
    'cold redraw of every card, here',
    `${seconds.toFixed(1)} s ${mark(seconds <= TARGETS.buildSeconds)} (≤ ${TARGETS.buildSeconds} s; ${((seconds * 1000) / last.records.length).toFixed(0)} ms a card; ${cpuSeconds.toFixed(1)} s of CPU)`,
  ]);
  return [...lines, table(['card weight and time', 'figure'], rows)].join('\n');
}
