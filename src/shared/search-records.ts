/**
 * Where a search record's summary is stored beside the index: JSON files sharded by a prefix of
 * Pagefind's page hash (`en_6248e75` → `records/6.json` with one hex digit), so that the header
 * box fetches only the shards of the results it shows. One file for the whole site grew with the
 * archive (485 KB at 50 events) and was the bulk of a first query's bytes; but a fixed two-digit
 * prefix cut a one-event site of 35 records into 30 files of one or two records, one request per
 * result. So the prefix length follows the record count ({@link recordPrefixLength}): one file
 * for a small site, 16 for a mid-sized archive, 256 beyond. The build writes the length into
 * every search box (`data-record-prefix`, components/SearchForm.astro), so the client needs no
 * request to learn it. Written by integrations/search-extras.ts, read by scripts/pagefind-client.ts.
 */

/** Longest record count kept in one file (~25 KB raw, ~5 KB brotli), then in 16 files. */
export const ONE_FILE_MAX_RECORDS = 100;
/** Longest record count kept in 16 files (~94 records a file), then in 256. */
export const SIXTEEN_FILES_MAX_RECORDS = 1500;

/** How many hex digits of the page hash name a shard, for a site of `count` search records. */
export function recordPrefixLength(count: number): 0 | 1 | 2 {
  if (count <= ONE_FILE_MAX_RECORDS) return 0;
  return count <= SIXTEEN_FILES_MAX_RECORDS ? 1 : 2;
}

/** The shard of the page hash `id` (Pagefind's result id: language, underscore, hex hash). */
export function recordShard(id: string, prefixLength: number): string {
  const hash = id.slice(id.lastIndexOf('_') + 1);
  return hash.slice(0, prefixLength);
}

/** The shard's file, relative to the index folder (`records/all.json` for the one shard). */
export function recordShardFile(shard: string): string {
  return `records/${shard || 'all'}.json`;
}
