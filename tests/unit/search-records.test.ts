import { describe, expect, test } from 'vitest';
import {
  ONE_FILE_MAX_RECORDS,
  recordPrefixLength,
  recordShard,
  recordShardFile,
  SIXTEEN_FILES_MAX_RECORDS,
} from '../../src/shared/search-records';

describe('record shards sized to the archive (shared/search-records)', () => {
  test('a small site keeps its records in one file, a mid-sized one in 16, a large one in 256', () => {
    expect(recordPrefixLength(0)).toBe(0);
    expect(recordPrefixLength(35)).toBe(0); // this site: one event
    expect(recordPrefixLength(ONE_FILE_MAX_RECORDS)).toBe(0);
    expect(recordPrefixLength(ONE_FILE_MAX_RECORDS + 1)).toBe(1);
    expect(recordPrefixLength(SIXTEEN_FILES_MAX_RECORDS)).toBe(1);
    expect(recordPrefixLength(SIXTEEN_FILES_MAX_RECORDS + 1)).toBe(2);
    expect(recordPrefixLength(35 * 200)).toBe(2); // 200 events
  });

  test('the thresholds keep a shard near 100 records or fewer', () => {
    // One file up to 100 records; at the top of the 16-file range a shard averages under 100.
    expect(ONE_FILE_MAX_RECORDS).toBeLessThanOrEqual(100);
    expect(SIXTEEN_FILES_MAX_RECORDS / 16).toBeLessThan(100);
    // Just past it, 256 files still average more than a few records each (not a file per result).
    expect((SIXTEEN_FILES_MAX_RECORDS + 1) / 256).toBeGreaterThan(5);
  });

  test('a page hash goes to the shard of its first hex digits, as many as the prefix length', () => {
    expect(recordShard('en_6248e75', 2)).toBe('62');
    expect(recordShard('unknown_0af31', 2)).toBe('0a');
    expect(recordShard('en_6248e75', 1)).toBe('6');
    expect(recordShard('en_6248e75', 0)).toBe('');
    expect(recordShardFile(recordShard('en_6248e75', 2))).toBe('records/62.json');
    expect(recordShardFile(recordShard('en_6248e75', 1))).toBe('records/6.json');
    expect(recordShardFile(recordShard('en_6248e75', 0))).toBe('records/all.json');
  });

  test('every id of a site lands in one of the 16^length shards', () => {
    const ids = Array.from({ length: 2000 }, (_, index) => `en_${(index * 2654435761).toString(16).padStart(8, '0')}`);
    for (const length of [0, 1, 2] as const) {
      const shards = new Set(ids.map((id) => recordShard(id, length)));
      expect(shards.size).toBeLessThanOrEqual(16 ** length);
    }
    expect(new Set(ids.map((id) => recordShard(id, recordPrefixLength(35)))).size).toBe(1);
  });
});
