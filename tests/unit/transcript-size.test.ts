/**
 * Size at scale (issue #22: a 5 MB transcript built without a word into an 18.6 MB page): the
 * build warns above TRANSCRIPT_BYTES.warn and refuses above TRANSCRIPT_BYTES.refuse, at line 1,
 * saying how to split the text into events.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { throwIfProblems } from '../../src/model/content-error';
import { TRANSCRIPT_BYTES } from '../../src/model/limits';
import { checkTranscriptSize } from '../../src/loaders/transcript-size';

/** A transcript file of `bytes` bytes. */
const transcriptOf = (bytes: number) => new VFile({ path: 'big.md', value: 'x'.repeat(bytes) });

describe('transcript size', () => {
  it('today’s size passes without a word', () => {
    const file = transcriptOf(38_000);
    expect(checkTranscriptSize(file)).toBeUndefined();
    expect(() => throwIfProblems(file)).not.toThrow();
  });

  it('warns above the size that loads slowly, saying how to split it', () => {
    const file = transcriptOf(TRANSCRIPT_BYTES.warn + 1);
    expect(checkTranscriptSize(file)).toMatchInlineSnapshot(
      `"big.md:1:1: the transcript is 400 KB, a page of about 1.6 MB that loads slowly on a phone (the build refuses above 2.0 MB); split it into events: one file per press conference, or per day or session of a long one (content/transcripts/<event>.md, each with its source text in content/source/ and its ids in content/published-ids.txt)."`,
    );
    expect(() => throwIfProblems(file)).not.toThrow();
  });

  it('refuses 5 MB at line 1: no reader could load the page', () => {
    const file = transcriptOf(5_000_000);
    expect(checkTranscriptSize(file)).toBeUndefined();
    expect(() => throwIfProblems(file)).toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Invalid content (1 problem):
      big.md:1:1: The transcript is 5.0 MB: more than the 2.0 MB a reader's phone can load as one page.
        found: 5.0 MB, a transcript page of about 20.0 MB (a 5 MB transcript made an 18.6 MB page that took 13 s to load)
        hint: split it into events: one file per press conference, or per day or session of a long one (content/transcripts/<event>.md, each with its source text in content/source/ and its ids in content/published-ids.txt).]
    `);
  });
});
