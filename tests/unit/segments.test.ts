/** The transcript plugins through the real processor chain: structure, markup and text. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTranscript } from '../support/render';

const fixtures = new URL('../fixtures/segments/', import.meta.url);
const read = (name: string) => readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8');

describe('remark-transcript-segments and the rehype plugins', () => {
  it('records every block in order with kind, speaker, topics, exchange and label', async () => {
    const { blocks } = await renderTranscript(read('exchange'));
    expect(blocks.map((block) => block.id)).toEqual(['opening-syria', 'q-cyber', 'a-cyber']);
    const [remarks, question, answer] = blocks;
    expect(remarks).toMatchObject({ type: 'segment', kind: 'remarks', speaker: 'lavrov', topics: ['syria'], line: 1 });
    expect(remarks).not.toHaveProperty('exchange', expect.anything());
    expect(question).toMatchObject({
      kind: 'question',
      speaker: 'journalist',
      to: ['tillerson', 'lavrov'],
      exchange: 'q-cyber',
    });
    expect(question).toMatchObject({ label: { name: 'Question', qualifier: 'addressed to both ministers' } });
    expect(answer).toMatchObject({
      kind: 'answer',
      after: ['tillerson'],
      exchange: 'q-cyber',
      topics: ['cyber', 'syria'],
    });
    // An answer takes its question's title unless it has its own.
    expect(answer).toMatchObject({
      title: 'Hackers',
      label: { text: 'Sergey Lavrov (speaking after Rex Tillerson):' },
    });
  });

  it('gives every paragraph a position-based id and a real link to itself, outside the source text', async () => {
    const { fragments } = await renderTranscript(read('exchange'));
    expect(fragments['opening-syria']?.paragraphs.map((p) => p.id)).toEqual(['opening-syria-1', 'opening-syria-2']);
    expect(fragments['a-cyber']?.html).toContain(
      '<p id="a-cyber-2"><a class="para-link" href="#a-cyber-2" data-pagefind-ignore="">',
    );
  });

  it('keeps the words verbatim: labels stay in the text, quotes, dashes and dots are not rewritten', async () => {
    const { fragments } = await renderTranscript(read('exchange'));
    expect(fragments['q-cyber']?.paragraphs[0]?.text).toBe(
      'Question (addressed to both ministers): Did you discuss “hackers”?',
    );
    expect(fragments['opening-syria']?.paragraphs[1]?.text).toBe('We discussed the situation in Syria – at length.');
    expect(fragments['a-cyber']?.paragraphs[1]?.text).toBe(
      'We felt that this time these efforts would result in a channel...',
    );
    const framing = await renderTranscript(read('framing'));
    expect(framing.fragments['opening']?.paragraphs[0]?.text).toBe('Good evening -- it was a "long" day...');
  });

  it('wraps the source label for styling without changing it', async () => {
    const { fragments } = await renderTranscript(read('exchange'));
    expect(fragments['a-cyber']?.html).toContain(
      '<span class="turn-label">Sergey Lavrov (speaking after Rex Tillerson):</span> We have a stake',
    );
  });

  it('records the publisher’s framing blocks apart from the segments', async () => {
    const { blocks } = await renderTranscript(read('framing'));
    expect(blocks.map((block) => [block.type, block.id])).toEqual([
      ['framing', 'headnote'],
      ['segment', 'opening'],
      ['framing', 'source'],
    ]);
  });

  it.each(readdirSync(fixtures))('renders the %s fixture as expected', async (name) => {
    const { html } = await renderTranscript(read(name));
    await expect(html).toMatchFileSnapshot(new URL(`${name}/expected.html`, fixtures).pathname);
  });
});
