/**
 * The quote checker (shared/quote-match) on the real transcript: every press quote of the fixture
 * gets its hand-labelled verdict and passage, no quote from another day or speaker is `close`,
 * the exact match ignores what the issue says it ignores, and bad pastes are told apart
 * (shared/quote-input). The same fixture runs in Chromium in tests/e2e/check.test.ts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCheckData } from '../../src/lib/check-data';
import type { CheckData } from '../../src/shared/check-data-format';
import { MAX_QUOTE_CHARS, readQuoteInput } from '../../src/shared/quote-input';
import { indexArchive, type CheckIndex } from '../../src/shared/quote-index';
import { checkQuote, VERDICTS } from '../../src/shared/quote-match';
import { loadRealTranscript } from '../support/real-transcript';

/** One labelled quote of tests/fixtures/quotes/press-quotes.yaml. */
interface PressQuote {
  quote: string;
  said: string;
  publisher: string;
  url: string;
  verdict: (typeof VERDICTS)[number];
  passage?: string;
  miss?: boolean;
}

const QUOTES = parse(
  readFileSync(new URL('../fixtures/quotes/press-quotes.yaml', import.meta.url), 'utf8'),
) as PressQuote[];

let data: CheckData;
let index: CheckIndex;
beforeAll(async () => {
  const { transcript, people } = await loadRealTranscript();
  data = buildCheckData([transcript], people, new URL('https://example.org/'), '2026-01-01');
  index = indexArchive(data);
});

/** The segment id of a result's first stretch. */
const firstPassage = (quote: string) => {
  const [stretch] = checkQuote(index, quote).stretches;
  return stretch && index.passages[stretch.passage]?.passage.id;
};

describe('the press-quote fixture', () => {
  it('holds at least 30 quotes in the transcript and 8 that are not, each with its source', () => {
    expect(QUOTES.filter((quote) => quote.verdict !== 'absent').length).toBeGreaterThanOrEqual(30);
    expect(QUOTES.filter((quote) => quote.verdict === 'absent').length).toBeGreaterThanOrEqual(8);
    for (const quote of QUOTES) expect(quote.url, quote.quote).toMatch(/^https?:\/\//);
  });

  it.each(QUOTES.filter((quote) => !quote.miss).map((quote) => [quote.quote, quote] as const))('%s', (text, quote) => {
    const result = checkQuote(index, text);
    expect(result.verdict).toBe(quote.verdict);
    if (quote.passage) expect(firstPassage(text)).toBe(quote.passage);
  });

  it('never answers a known miss with a stronger verdict or a wrong passage', () => {
    for (const quote of QUOTES.filter((entry) => entry.miss)) {
      const result = checkQuote(index, quote.quote);
      expect(VERDICTS.indexOf(result.verdict), quote.quote).toBeGreaterThanOrEqual(VERDICTS.indexOf(quote.verdict));
      if (result.stretches.length) expect(firstPassage(quote.quote), quote.quote).toBe(quote.passage);
    }
  });
});

describe('exact matching', () => {
  it('ignores case, punctuation, quotation marks, dashes and spacing', () => {
    for (const variant of [
      'we view this approach as shortsighted',
      'WE VIEW THIS APPROACH AS SHORT SIGHTED',
      '“We view this approach as short—sighted,”',
    ]) {
      expect(checkQuote(index, variant).verdict, variant).toBe('exact');
    }
  });

  it('reads an ellipsis as words left out, in order', () => {
    const result = checkQuote(index, 'This has been a long day ... covering the whole range of issues');
    expect(result.verdict).toBe('exact');
    expect(result.stretches).toHaveLength(2);
    expect(checkQuote(index, 'covering the whole range of issues … This has been a long day').verdict).not.toBe(
      'exact',
    );
  });

  it('does not match inside a word', () => {
    expect(checkQuote(index, 'ussia has suspended the Memorandu').verdict).not.toBe('exact');
  });
});

describe('the check data', () => {
  it('gives each paragraph the anchor the pages use, <segment>-<n>', async () => {
    const { transcript } = await loadRealTranscript();
    for (const passage of data.passages) {
      const ids = transcript.fragments[passage.id]?.paragraphs.map((paragraph) => paragraph.id);
      expect(ids).toEqual(passage.p.map((_, n) => `${passage.id}-${n + 1}`));
    }
  });
});

describe('what a reader pastes', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['… — !!! ??', 'no-words'],
    ['\u200B\u200D\u2060', 'empty'],
    ['https://tass.com/politics/939963', 'url'],
    ['Мы не видели ни одного факта', 'cyrillic'],
  ])('%j is %s', (raw, problem) => {
    expect(readQuoteInput(raw).problem).toBe(problem);
  });

  it('cuts a long paste, counts invisible characters, and keeps emoji whole', () => {
    const long = readQuoteInput('😀'.repeat(MAX_QUOTE_CHARS + 10));
    expect(long.cut).toBe(true);
    expect([...long.text]).toHaveLength(MAX_QUOTE_CHARS);
    const hidden = readQuoteInput('short\u200B-sighted');
    expect(hidden).toMatchObject({ text: 'short-sighted', invisible: 1 });
    expect(hidden.problem).toBeUndefined();
  });

  it('checks HTML as the words it contains', () => {
    expect(readQuoteInput('<script>alert(1)</script>').problem).toBeUndefined();
    expect(checkQuote(index, '<script>alert(1)</script>').verdict).toBe('absent');
  });
});
