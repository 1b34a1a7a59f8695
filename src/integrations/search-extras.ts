/**
 * Two small files written beside Pagefind's index, from the index itself (its fragments), so
 * they always match it:
 *
 * - `records/<shard>.json`: for each search record (by Pagefind's page hash), what a result in
 *   the header box shows: URL, title, role, the question answered, topics, sharded by hash
 *   prefix (shared/search-records.ts). With them the box shows its results without fetching a
 *   fragment per result (a fragment holds the whole passage, and the first query's bytes are
 *   what a phone pays for); the search page still loads the fragments of the results on screen,
 *   for their excerpts.
 * - `words.txt`: every word of the indexed text, sorted, one per line. When Pagefind finds no
 *   word that begins with what was typed it silently searches for the longest indexed word that
 *   begins it instead (`aaaaaaaaaa` → `a`, `orchid` → `or`); the UI fetches this list only then,
 *   to tell a half-typed word (`electio`) from one the site does not have.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { recordPrefixLength, recordShard, recordShardFile } from '../shared/search-records';
import { textWords } from '../shared/search-words';

/** What the header box shows of one search record (src/scripts/pagefind-client.ts reads it). */
export interface SearchRecordSummary {
  /** Site path without the base, as Pagefind stores it: `/<event>/<id>/`. */
  url: string;
  title: string;
  role: string;
  question?: string;
  topics: string[];
  /** The event's short title, shown beside the role in an archive of several events. */
  event?: string;
}

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const SIGNATURE = 'pagefind_dcd';

/** A fragment file's records by page hash (a file holds one page, or a group keyed by hash). */
function fragmentsOf(hash: string, bytes: Buffer): Array<[string, Fragment]> {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`Pagefind fragment ${hash} has no "${SIGNATURE}" signature`);
  const parsed = JSON.parse(text.slice(SIGNATURE.length)) as Fragment | Record<string, Fragment>;
  return 'url' in parsed && typeof parsed.url === 'string'
    ? [[hash, parsed as Fragment]]
    : Object.entries(parsed as Record<string, Fragment>);
}

/**
 * The role line ("Sergey Lavrov’s answer") of the record built at `pageDir`, from its
 * `data-search-role` (components/SearchRecord.astro). It is not Pagefind metadata because every
 * metadata word is indexed, and the role's words (names, "answer", "opening remarks") would only
 * add to the index the first search downloads: the header box shows the role from the records.
 */
async function roleOf(pageDir: string): Promise<string> {
  const page = fromHtml(await readFile(join(pageDir, 'index.html'), 'utf8'));
  const role = select('[data-search-role]', page)?.properties['dataSearchRole'];
  if (typeof role !== 'string') throw new Error(`search-extras: ${pageDir}/index.html has no data-search-role`);
  return role;
}

/**
 * Reads the fragments under `pagefindDir` and writes the record shards (their prefix length
 * sized to the record count: lib/search-records) and words.txt beside them.
 */
export async function writeSearchExtras(
  pagefindDir: string,
): Promise<{ records: number; words: number; prefixLength: number; shards: number }> {
  const fragmentDir = join(pagefindDir, 'fragment');
  const records: Record<string, SearchRecordSummary> = {};
  const words = new Set<string>();
  for (const file of (await readdir(fragmentDir)).sort()) {
    if (!file.endsWith('.pf_fragment')) continue;
    const hash = file.slice(0, -'.pf_fragment'.length);
    for (const [id, fragment] of fragmentsOf(hash, await readFile(join(fragmentDir, file)))) {
      const { title = fragment.url, question } = fragment.meta;
      const role = await roleOf(join(dirname(pagefindDir), fragment.url));
      records[id] = {
        url: fragment.url,
        title,
        role,
        ...(question ? { question } : {}),
        topics: fragment.filters['topic'] ?? [],
        ...(fragment.filters['event']?.[0] ? { event: fragment.filters['event'][0] } : {}),
      };
      for (const text of [fragment.content, ...Object.values(fragment.meta)]) {
        for (const word of textWords(text)) words.add(word);
      }
    }
  }
  const prefixLength = recordPrefixLength(Object.keys(records).length);
  const shards = new Map<string, Record<string, SearchRecordSummary>>();
  for (const [id, record] of Object.entries(records)) {
    const shard = recordShard(id, prefixLength);
    shards.set(shard, { ...shards.get(shard), [id]: record });
  }
  await rm(join(pagefindDir, 'records'), { recursive: true, force: true });
  await mkdir(join(pagefindDir, 'records'));
  for (const [shard, content] of shards) {
    await writeFile(join(pagefindDir, recordShardFile(shard)), JSON.stringify(content));
  }
  await writeFile(join(pagefindDir, 'words.txt'), [...words].sort().join('\n'));
  return { records: Object.keys(records).length, words: words.size, prefixLength, shards: shards.size };
}
