/**
 * The word helpers shared by the build's word list and the search UI's check that every query
 * word begins a word of the site (src/shared/search-words.ts), and the fragment reader that must
 * never throw (src/scripts/fragment.ts).
 */
import { describe, expect, test } from 'vitest';
import { beginsAWord, normalizeWord, queryWords, textWords } from '../../src/shared/search-words';
import { fragmentId } from '../../src/scripts/fragment';

describe('words as Pagefind sees them', () => {
  test('lower case, without punctuation or diacritics', () => {
    expect(normalizeWord('Lavrov’s')).toBe('lavrovs');
    expect(normalizeWord('al-Nusra')).toBe('alnusra');
    expect(normalizeWord('Élysée')).toBe('elysee');
    expect(normalizeWord('“Syria,”')).toBe('syria');
  });

  test('a query splits on spaces; words of punctuation alone vanish', () => {
    expect(queryWords('  Jabhat  al-Nusra — ')).toEqual(['jabhat', 'alnusra']);
    expect(queryWords('"white helmets"')).toEqual(['white', 'helmets']);
    expect(queryWords('cyber<img src=x>')).toEqual(['cyber<img', 'src=x>']);
  });

  test('a text gives each token whole and its parts between punctuation', () => {
    expect(textWords('Jabhat al-Nusra, six-party talks.').sort()).toEqual(
      ['al', 'alnusra', 'jabhat', 'nusra', 'party', 'six', 'sixparty', 'talks'].sort(),
    );
  });

  test('beginsAWord finds a prefix in a sorted list, and only a prefix', () => {
    const sorted = textWords('Syria syrian election cyber a or').sort();
    expect(beginsAWord(sorted, 'syr')).toBe(true);
    expect(beginsAWord(sorted, 'electio')).toBe(true);
    expect(beginsAWord(sorted, 'syriax')).toBe(false);
    expect(beginsAWord(sorted, 'aaaaaaaaaa')).toBe(false);
    expect(beginsAWord(sorted, 'orchid')).toBe(false);
    expect(beginsAWord(sorted, 'zzz')).toBe(false);
    expect(beginsAWord([], 'a')).toBe(false);
  });
});

describe('fragmentId', () => {
  test.each([
    ['#a-cyber', 'a-cyber'],
    ['#caf%C3%A9', 'café'],
    ['#%', '%'],
    ['#%E0%A4%A', '%E0%A4%A'],
    ['#%zz', '%zz'],
    ['', ''],
  ])('%s → %s, without throwing', (hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });
});
