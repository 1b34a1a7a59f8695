import { describe, expect, test } from 'vitest';
import { recordShard, recordShardFile } from '../../src/shared/search-records';

describe('record shards (shared/search-records)', () => {
  test('a page hash goes to the shard of its first two hex digits', () => {
    expect(recordShard('en_6248e75')).toBe('62');
    expect(recordShard('unknown_0af31')).toBe('0a');
    expect(recordShardFile(recordShard('en_6248e75'))).toBe('records/62.json');
  });
});
