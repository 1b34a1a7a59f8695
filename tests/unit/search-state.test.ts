/** The search UI's pure parts (src/shared/search-state.ts): URL state, passage links, filter values. */
import { describe, expect, test } from 'vitest';
import {
  looseValue,
  MAX_QUERY_CHARS,
  passageHref,
  quoted,
  readSearchParams,
  searchUrl,
} from '../../src/shared/search-state';

const NAMES = ['topic', 'speaker', 'kind', 'event'];
const PAGE = 'https://example.org/lavrov-2017/search/?q=syria';

describe('search page URL state', () => {
  test('reads the query and every value of each known filter, ignoring unknown parameters', () => {
    expect(readSearchParams('?q=cyber&topic=cyber&topic=syria&speaker=lavrov&colour=red', NAMES)).toEqual({
      query: 'cyber',
      selection: { topic: ['cyber', 'syria'], speaker: ['lavrov'], kind: [], event: [] },
    });
  });

  test('cuts a long query at MAX_QUERY_CHARS characters, not UTF-16 units', () => {
    const { query } = readSearchParams(`?q=${encodeURIComponent('😀'.repeat(MAX_QUERY_CHARS + 10))}`, NAMES);
    expect([...query]).toHaveLength(MAX_QUERY_CHARS);
  });

  test('writes the query and filters back, and round-trips through reading', () => {
    const selection = { topic: ['chemical-weapons'], speaker: [], kind: ['answer'], event: [] };
    const url = searchUrl('/search/', 'sarin & idlib', selection, NAMES);
    expect(url).toBe('/search/?q=sarin+%26+idlib&topic=chemical-weapons&kind=answer');
    expect(readSearchParams(url.slice(url.indexOf('?')), NAMES)).toEqual({ query: 'sarin & idlib', selection });
  });

  test('an empty state is the bare search page', () => {
    expect(searchUrl('/search/', '', {}, NAMES)).toBe('/search/');
  });
});

describe('a result’s passage link', () => {
  test('carries the trimmed query as ?highlight= and the passage id as the anchor', () => {
    expect(passageHref('/lavrov-2017/event/a-cyber/', '  hackers ', PAGE)).toBe(
      '/lavrov-2017/event/a-cyber/?highlight=hackers#a-cyber',
    );
  });

  test('adds no highlight for a blank query, and keeps a relative URL on the page’s origin', () => {
    expect(passageHref('event/q-syria/', '   ', PAGE)).toBe('/lavrov-2017/search/event/q-syria/#q-syria');
  });

  test('encodes what the reader typed instead of passing it through', () => {
    expect(passageHref('/event/a-1/', '<script>&#', PAGE)).toBe('/event/a-1/?highlight=%3Cscript%3E%26%23#a-1');
  });
});

describe('filter values from a URL', () => {
  test('compare loosely: case, hyphens and punctuation do not matter', () => {
    expect(looseValue('chemical-weapons')).toBe(looseValue('Chemical weapons'));
    expect(looseValue('  US–Russia relations! ')).toBe('us russia relations');
  });

  test('are quoted whole when short and cut to 40 characters with an ellipsis when long', () => {
    expect(quoted('cyber')).toBe('“cyber”');
    const long = quoted('x'.repeat(60));
    expect([...long]).toHaveLength(42);
    expect(long.endsWith('…”')).toBe(true);
  });
});
