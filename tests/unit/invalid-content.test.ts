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

  it('a question needs its answer, and each answer follows its own question (issue #22)', async () => {
    const read = (name: string) => readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');
    expect(await errorOf(read('question-without-answer'))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:1:1: Question "q-cyber" has no answer.
        expected: an :::answer right after the question, unanswered="…" on the question
        hint: put its answer right after it; if the source has none, say why on the question, e.g. unanswered="The source ends before the answer." (readers see it)."
    `);
    expect(await errorOf(read('answer-after-last-answer'))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:9:1: Answer "a-cyber" follows answer "a-syria" by the same speaker.
        expected: a :::question before "a-cyber"
        found: a second answer to question "q-syria" (line 1)
        hint: each answer follows its own question: put the question it answers before it, or, if it continues "a-syria", merge the two."
    `);
  });

  it('a " or a :note inside a title names the attribute and the quoting rule, not "text outside" (issue #22)', async () => {
    const read = (name: string) => readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');
    expect(await errorOf(read('quote-in-title'))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:1:69: A straight " inside title="…" on :::question ends the value early, so the line is not read as a block.
        expected: title="…" without a " inside, or title='…'
        found: "title="The "hackers" question"}"
        hint: a value in "…" cannot hold a straight ": write typographic quotes (“…”) or wrap the value in single quotes (title='The "hackers" question')."
    `);
    expect(await errorOf(read('note-in-title'))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:1:64: A :note[…] inside the attributes of :::remarks: a title is plain text.
        expected: title="plain words"
        found: ":note[OPCW]{id="opcw"} inquiry"}"
        hint: take the :note out of the title and attach it to the phrase in the passage’s text, where readers see it."
    `);
    expect(await errorOf(':::remarks{#opening speaker="lavrov" topics="syria" title="Opening"\nGood evening,\n:::\n'))
      .toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:1:68: The attributes of :::remarks are not closed with "}" on this line, so the line is not read as a block.
        expected: {#id key="value" …} on the fence line
        found: "…="lavrov" topics="syria" title="Opening"" (the end of the line)
        hint: end the attributes with "}" on the fence line itself."
    `);
  });

  it('a title longer than the layout holds fails at its column (issue #22: a 3,983 px <h1>)', async () => {
    expect(await errorOf(readFileSync(new URL('long-title/input.md', fixtures), 'utf8'))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:1:53: The title="…" of "opening" is 2000 characters long; at most 100 fit.
        hint: shorten it to 100 characters or fewer: the layout is tested at that length on a 320 px phone."
    `);
  });

  it('Cyrillic and Greek titles build; a character no card font has fails at its line (issue #22)', async () => {
    const cyrillic =
      ':::remarks{#opening speaker="lavrov" topics="syria" title="Сергей Лавров, Σεργκέι Λαβρόφ"}\nGood evening,\n:::\n';
    expect((await renderTranscript(cyrillic)).blocks[0]).toMatchObject({ title: 'Сергей Лавров, Σεργκέι Λαβρόφ' });
    expect(await errorOf(readFileSync(new URL('undrawable-in-title/input.md', fixtures), 'utf8')))
      .toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      fixture.md:1:53: The title="…" of "opening" holds "王" (U+738B), which the social card cannot draw.
        hint: the social cards draw Latin (with accents), Cyrillic and Greek only: write the name in one of these scripts (e.g. a transliteration), or leave the character out."
    `);
  });

  it('says how to keep a colon that was parsed as a directive', async () => {
    expect(
      await errorOf(':::remarks{#opening speaker="lavrov" topics="syria" title="T"}\nAt 10:am we met.\n:::\n'),
    ).toContain('hint: if the colon belongs to the text, escape it: "\\:am".');
  });
});
