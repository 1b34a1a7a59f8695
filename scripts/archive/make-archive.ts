/**
 * Makes an archive of several events out of the one real transcript, in a content folder of its
 * own (never `content/`): for the end-to-end fixture (two events) and the growth benchmark (up to
 * hundreds). Each copy is the transcript and its source text under a new event id and date, its
 * ids added to the published-ids list, so the build validates it like any other event.
 * Run directly: `node --experimental-strip-types scripts/archive/make-archive.ts <dir> <events>`.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The real event every copy is made from. */
export const SOURCE_EVENT = 'lavrov-tillerson-2017-04-12';

/** What to make. */
export interface ArchiveOptions {
  /** The real content folder to copy from. */
  from: string;
  /** The folder to write (emptied first). */
  to: string;
  /** Number of events, the real one included (at least 1). */
  events: number;
}

/** The site configuration of a synthetic archive (the real site.yaml names one conference). */
const ARCHIVE_SITE = `# A synthetic archive made by scripts/archive/make-archive.ts for tests and benchmarks.
name: "Lavrov press conferences: an annotated archive"
titleSuffix: "Lavrov archive"
credit: "Text: Foreign Ministry of the Russian Federation / RedGlobe, reproduced verbatim. Context, tags and layout are this site’s."
descriptions:
  home: "Annotated, searchable transcripts of Sergey Lavrov’s press conferences: every passage linkable, tagged by topic and explained where needed."
  topics: "The issues discussed at Lavrov’s press conferences, each with every passage that touches it."
  topic: "Every passage of the archive on {topic}."
  notes: "Neutral, sourced notes on every person, body, event, document and term a reader of these press conferences may need explained."
  search: "Search Lavrov’s press conferences by topic, name or phrase, and land on the exact passage."
`;

/** ISO date `days` after `iso`. */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The id and date of copy `n` (1-based): a week apart, after the real event. */
export function copyOf(n: number, realDate = '2017-04-12'): { event: string; date: string } {
  const date = addDays(realDate, 7 * n);
  return { event: `synthetic-${n}-${date}`, date };
}

/** Write the archive; returns the event ids, the real one first. */
export function makeArchive({ from, to, events }: ArchiveOptions): string[] {
  const source = resolve(from);
  const target = resolve(to);
  if (target === source) throw new Error('makeArchive: refusing to write into the real content folder');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  // Everything the real content holds (notes, vocabularies, redirects, summaries…), then the copies.
  cpSync(source, target, { recursive: true });
  writeFileSync(join(target, 'site.yaml'), ARCHIVE_SITE);

  const markdown = readFileSync(join(source, 'transcripts', `${SOURCE_EVENT}.md`), 'utf8');
  const text = readFileSync(join(source, 'source', `${SOURCE_EVENT}.txt`), 'utf8');
  const published = readFileSync(join(source, 'published-ids.txt'), 'utf8');
  // The event's own page (`<event>`) and its blocks (`<event>/<id>`).
  const ids = published.split('\n').filter((line) => line === SOURCE_EVENT || line.startsWith(`${SOURCE_EVENT}/`));
  const list = [published.trimEnd()];
  const made = [SOURCE_EVENT];
  for (let n = 1; n < events; n++) {
    const { event, date } = copyOf(n);
    const copy = markdown
      .replace(/^date: .*$/m, `date: ${date}`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (synthetic copy ${n})"`)
      .replace(/^shortTitle: .*$/m, `shortTitle: "Synthetic copy ${n}"`);
    if (copy === markdown) throw new Error('makeArchive: the transcript front matter changed shape');
    writeFileSync(join(target, 'transcripts', `${event}.md`), copy);
    writeFileSync(join(target, 'source', `${event}.txt`), text);
    const summaries = join(source, 'summaries', `${SOURCE_EVENT}.yaml`);
    if (existsSync(summaries)) cpSync(summaries, join(target, 'summaries', `${event}.yaml`));
    list.push(...ids.map((line) => line.replace(SOURCE_EVENT, event)));
    made.push(event);
  }
  writeFileSync(join(target, 'published-ids.txt'), `${list.join('\n')}\n`);
  return made;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [to, count = '2'] = process.argv.slice(2);
  if (!to || !/^\d+$/.test(count) || Number(count) < 1) {
    console.error('Usage: make-archive.ts <dir> [events ≥ 1]');
    process.exit(2);
  }
  if (existsSync(join(resolve(to), 'site.yaml')) && !existsSync(join(resolve(to), 'transcripts'))) {
    console.error(`${to} looks like something else; not overwriting it`);
    process.exit(2);
  }
  const made = makeArchive({ from: 'content', to, events: Number(count) });
  console.log(`make-archive: ${made.length} events in ${to}`);
}
