/**
 * Reports the social cards drawn during `astro build` (src/pages/og/): how many, how many came
 * from the cache, the time they added and the largest file, and fails the build when a card is
 * over the weight budget. Leaves the figures in node_modules/.cache/share-cards/ (one file per
 * output folder, see buildRecordFile) for `npm run bench`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildRecordFile, cacheDir } from '../build/card-render';
import { resetCardRecords, takeCardRecords } from '../build/card-records';

/** The largest a card may be, bytes (80 KB). */
export const CARD_BUDGET_BYTES = 80_000;

/** The Astro integration that reports the cards. */
export function shareCardReport(): AstroIntegration {
  return {
    name: 'share-card-report',
    hooks: {
      'astro:build:start': () => {
        resetCardRecords();
      },
      'astro:build:done': ({ dir, logger }) => {
        const records = takeCardRecords();
        const drawn = records.filter((record) => !record.cached);
        const seconds = records.reduce((sum, record) => sum + record.ms, 0) / 1000;
        const largest = records.reduce<(typeof records)[number] | undefined>(
          (max, record) => (!max || record.bytes > max.bytes ? record : max),
          undefined,
        );
        logger.info(
          `${records.length} social cards: ${drawn.length} drawn, ${records.length - drawn.length} from the cache, ` +
            `${seconds.toFixed(1)} s added to the build; largest ${((largest?.bytes ?? 0) / 1000).toFixed(1)} KB` +
            (largest ? ` (${largest.image})` : ''),
        );
        mkdirSync(cacheDir(), { recursive: true });
        writeFileSync(
          buildRecordFile(fileURLToPath(dir)),
          JSON.stringify({ outDir: fileURLToPath(dir), seconds, records }, null, 1),
        );
        const heavy = records.filter((record) => record.bytes > CARD_BUDGET_BYTES);
        if (heavy.length > 0) {
          throw new Error(
            `Social cards over ${CARD_BUDGET_BYTES / 1000} KB: ${heavy.map((record) => `${record.image} (${(record.bytes / 1000).toFixed(1)} KB)`).join(', ')}.\n` +
              '  Hint: shorten what the card shows (QUOTE_CHARACTERS in src/shared/opening-words.ts, LEAD_CHARACTERS in src/lib/share-card.ts).',
          );
        }
      },
    },
  };
}
