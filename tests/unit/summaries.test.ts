/**
 * The site's summaries of a speaker the source leaves out: placed against a transcript rendered
 * through the real pipeline (tests/fixtures/summaries/transcript.md), every valid kind of place is
 * accepted, and every kind of bad summary fails naming the file and line. Each bad case is a
 * folder in tests/fixtures/invalid-summaries with summaries.yaml and the expected first line of
 * the problem in error.txt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/content-error';
import { loadContentIndex } from '../../src/loaders/content-index';
import { checkSummaries, countSentences, type SummaryContext } from '../../src/model/summaries';
import { fixtureContentDir, renderTranscript } from '../support/render';

const fixtures = new URL('../fixtures/', import.meta.url);
const invalid = new URL('invalid-summaries/', fixtures);
let context: SummaryContext;

beforeAll(async () => {
  const { blocks } = await renderTranscript(readFileSync(new URL('summaries/transcript.md', fixtures), 'utf8'));
  const contentIndex = loadContentIndex(fixtureContentDir);
  context = {
    blocks,
    personNames: contentIndex.personNames,
    topicIds: contentIndex.topicIds,
    sourcePolicy: contentIndex.sourcePolicy,
  };
});

/** Check the YAML at `url`; return the records and every problem as `file:line:column: reason…`. */
function check(url: URL) {
  const path = fileURLToPath(url);
  const file = new VFile({ path, value: readFileSync(url, 'utf8') });
  const summaries = checkSummaries(file, context);
  const problems = file.messages.map((message) => formatProblem(message, 'summaries.yaml'));
  return { summaries, problems };
}

describe('summaries placed in a transcript', () => {
  it('accepts the opening statement, an answer after him, and a not-found line for a question put to him', () => {
    const { summaries, problems } = check(new URL('summaries/valid.yaml', fixtures));
    expect(problems).toEqual([]);
    expect(summaries.map(({ id, kind, exchange, title, line }) => ({ id, kind, exchange, title, line }))).toEqual([
      { id: 's-opening', kind: 'statement', exchange: undefined, title: 'Rex Tillerson’s opening statement', line: 2 },
      { id: 's-syria', kind: 'answer', exchange: 'q-syria', title: 'Syria', line: 20 },
      { id: 's-cyber', kind: 'answer', exchange: 'q-cyber', title: 'Hackers', line: 35 },
    ]);
    expect(summaries[0]?.sources[0]).toMatchObject({ date: '2017-04-12', language: 'ru' });
  });

  it.each(readdirSync(invalid))('%s fails with file, line and problem', (name) => {
    const { summaries, problems } = check(new URL(`${name}/summaries.yaml`, invalid));
    const expected = readFileSync(new URL(`${name}/error.txt`, invalid), 'utf8').trim();
    expect(problems.join('\n')).toContain(expected);
    // A summary with a fatal problem is never handed on.
    expect(problems.length).toBeGreaterThan(0);
    expect(summaries.length).toBeLessThanOrEqual(1);
  });

  it('explains a misplaced summary with where it may go', () => {
    const { problems } = check(new URL('inside-opening/summaries.yaml', invalid));
    expect(problems[0]).toMatchInlineSnapshot(`
      "summaries.yaml:3:1: Summary "s-syria" would sit inside the opening remarks, before "opening-cyber": Rex Tillerson spoke after them.
        hint: put the statement after the last opening passage ("opening-cyber"): before: q-syria."
    `);
  });
});

describe('countSentences', () => {
  it.each([
    ['He said so. He left.', 2],
    ['Relations between the U.S. and Russia were at a low point.', 1],
    ['He said: “There is a low level of trust between our two countries.” He left.', 2],
    ['He called it “a very high legal hurdle”, and said more evidence might meet it.', 1],
    ['U.S.-Russia relations. Then more! And a question?', 3],
    ['', 0],
  ])('%s → %i', (text, count) => {
    expect(countSentences(text)).toBe(count);
  });
});
