/**
 * Builds the Pagefind search index as the last step of `astro build`, so one command yields a
 * complete `dist/` with `pagefind/`. Only elements inside `data-pagefind-body` are indexed (the
 * segment pages); the index is always closed, even when indexing fails. Beside it go the result
 * summaries and word list the search UI uses (search-extras.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { writeSearchExtras } from './search-extras';

/**
 * The pages tell the search script how the result summaries are sharded (`data-record-prefix`,
 * from the records they expect: lib/transcripts searchRecordCount); the shards are sized from
 * the records Pagefind really indexed. Fails the build when the two disagree, which would leave
 * the header box looking for files that do not exist.
 */
async function checkRecordPrefix(site: string, prefixLength: number, records: number): Promise<void> {
  const home = await readFile(join(site, 'index.html'), 'utf8');
  const found = /data-record-prefix="(\d+)"/.exec(home)?.[1];
  if (found !== undefined && Number(found) !== prefixLength) {
    throw new Error(
      `The pages expect result summaries sharded by ${found} hex digit(s), but Pagefind indexed ${records} records, ` +
        `which lib/search-records shards by ${prefixLength}. Hint: searchRecordCount (lib/transcripts) must count the pages that render SearchRecord.astro.`,
    );
  }
}

/** The Astro integration that indexes the built site with Pagefind's Node API. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
          const extras = await writeSearchExtras(written.outputPath);
          await checkRecordPrefix(site, extras.prefixLength, extras.records);
          logger.info(
            `wrote ${extras.records} result summaries (${extras.shards} file${extras.shards === 1 ? '' : 's'}, ${extras.prefixLength}-digit prefix) and a list of ${extras.words} words beside the index`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
