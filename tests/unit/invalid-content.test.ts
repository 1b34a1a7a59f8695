/**
 * Every kind of bad transcript content fails with a message naming the file, the line and the
 * problem. Each case is a folder in tests/fixtures/invalid with input.md and the expected
 * first line of the message in error.txt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { failureMessage } from '../support/failure';
import { renderTranscript } from '../support/render';

const fixtures = new URL('../fixtures/invalid/', import.meta.url);

/** Render and return the error message with the fixture folder path made relative. */
const errorOf = (markdown: string) => failureMessage(renderTranscript(markdown), /[^\s"]*\/transcripts\//g);

describe('invalid transcript content', () => {
  // Astro's renderer logs every failed render to the console; the tests assert on the error.
  beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));

  it.each(readdirSync(fixtures))('%s fails with file, line and problem', async (name) => {
    const input = readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');
    const expected = readFileSync(new URL(`${name}/error.txt`, fixtures), 'utf8').trim();
    expect(await errorOf(input)).toContain(expected);
  });

  it('reports every problem at once, each with expected values and a hint', async () => {
    const message = await errorOf(
      ':::remarks{#opening speaker="nobody" topics="syria nope" title="T"}\nGood evening,\n:::\n',
    );
    expect(message).toMatchInlineSnapshot(`
      "Invalid content (2 problems):
      fixture.md:1:1: Unknown speaker "nobody" on segment "opening".
        expected: lavrov, tillerson, journalist
        hint: speakers are person ids from content/people.yaml.
      fixture.md:1:1: Unknown topic "nope" on segment "opening".
        expected: syria, cyber
        hint: add it to content/topics.yaml or fix the spelling."
    `);
  });

  it('says how to keep a colon that was parsed as a directive', async () => {
    expect(
      await errorOf(':::remarks{#opening speaker="lavrov" topics="syria" title="T"}\nAt 10:am we met.\n:::\n'),
    ).toContain('hint: if the colon belongs to the text, escape it: "\\:am".');
  });
});
