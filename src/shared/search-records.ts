/**
 * Where a search record's summary is stored beside the index: one small JSON file per shard of
 * Pagefind's page hashes (`en_6248e75` → `records/62.json`), so the header box fetches only the
 * shards of the results it shows. One file for the whole site grew with the archive (485 KB at
 * 50 events) and was the bulk of a first query's bytes; with two hex digits a shard holds about
 * 28 records at 200 events. Written by integrations/search-extras.ts, read by
 * scripts/pagefind-client.ts.
 */

/** The shard of the page hash `id` (Pagefind's result id: language, underscore, hex hash). */
export function recordShard(id: string): string {
  return id.slice(id.lastIndexOf('_') + 1, id.lastIndexOf('_') + 3);
}

/** The shard's file, relative to the index folder. */
export function recordShardFile(shard: string): string {
  return `records/${shard}.json`;
}
