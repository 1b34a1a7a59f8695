/**
 * The data export: valid against the JSON Schema shipped beside it, and its paragraphs, joined in
 * order, are exactly the source text. Runs on the real transcript through the real pipeline.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { classifySource } from '../../src/model/source-policy';
import { exportTranscript } from '../../src/lib/transcript-export';
import { EVENT, loadRealTranscript, realContentDir } from '../support/real-transcript';

const event = EVENT;

async function exported() {
  const { transcript, contentIndex } = await loadRealTranscript();
  const notes = new Map(
    [...contentIndex.notes].map(([id, note]) => [
      id,
      {
        ...note,
        text: `Text of ${id}.`,
        cited: [{ text: `Text of ${id}.`, cites: note.sources.map((source) => source.id) }],
      },
    ]),
  );
  const topics = new Map(contentIndex.topics.map((topic) => [topic.id, topic]));
  const people = new Map(contentIndex.people.map((person) => [person.id, person]));
  return exportTranscript(transcript, {
    notes,
    topics,
    people,
    siteUrl: 'https://example.org/',
    siteName: 'Lavrov–Tillerson, Moscow, 12 April 2017',
    classOf: (url) => classifySource(url, contentIndex.sourcePolicy).class,
  });
}

describe('the transcript data export', () => {
  it('is valid against public/data/transcript.schema.json', async () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../public/data/transcript.schema.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const data = JSON.parse(JSON.stringify(await exported()));
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has paragraphs that, joined in order with blank lines, are the source text', async () => {
    const data = await exported();
    const joined = data.blocks.flatMap((block) => block.paragraphs.map((paragraph) => paragraph.text)).join('\n\n');
    expect(joined).toBe(readFileSync(`${realContentDir}source/${event}.txt`, 'utf8'));
  });

  it('lists segments with ids, kinds, speakers, topics and URLs, and only the notes, topics and people used', async () => {
    const data = await exported();
    const answer = data.blocks.find((block) => block.id === 'a-cyber');
    expect(answer).toMatchObject({
      type: 'segment',
      kind: 'answer',
      speaker: 'lavrov',
      after: ['tillerson'],
      exchange: 'q-cyber',
      url: `https://example.org/${event}/a-cyber/`,
    });
    expect(answer?.paragraphs[1]?.id).toBe('a-cyber-2');
    const cited = new Set(data.blocks.flatMap((block) => block.notes));
    expect(data.notes.map((note) => note.id).sort()).toEqual([...cited].sort());
    expect(data.people.map((person) => person.id)).toContain('journalist');
  });

  it('carries the site’s summaries as their own kind, by the site, with their sources, outside the blocks', async () => {
    const data = await exported();
    expect(data.summaries.map((summary) => summary.id)).toEqual([
      's-opening',
      's-rhetoric',
      's-transition',
      's-cyber',
      's-commission',
      's-evidence',
      's-korea',
      's-assad-support',
    ]);
    const opening = data.summaries[0];
    expect(opening).toMatchObject({
      type: 'summary',
      kind: 'statement',
      speaker: 'tillerson',
      before: 'q-rhetoric',
      author: 'Lavrov–Tillerson, Moscow, 12 April 2017',
      url: `https://example.org/${event}/s-opening/`,
      anchor: `https://example.org/${event}/#s-opening`,
    });
    for (const summary of data.summaries) {
      expect(summary.sources.length).toBeGreaterThan(0);
      // Each source with the words that support the summary, and its class under the policy.
      for (const source of summary.sources) {
        expect(source).toMatchObject({ url: expect.stringMatching(/^https:\/\//), excerpt: expect.any(String) });
        expect(['primary', 'record', 'other']).toContain(source.class);
      }
      // The text as cited runs: every marker names one of the summary's sources.
      const ids = new Set(summary.sources.map((source) => source.id));
      expect(summary.cited.flatMap((run) => run.cites).every((id) => ids.has(id))).toBe(true);
    }
    // A not-found line has no page of its own.
    expect(data.summaries.find((summary) => summary.id === 's-commission')).not.toHaveProperty('url');
    // No summary's words are in any block: the blocks are the source text alone.
    const blockText = JSON.stringify(data.blocks);
    for (const summary of data.summaries) expect(blockText).not.toContain(summary.text.slice(0, 60));
  });

  it('rejects data that breaks the schema (the schema is not a formality)', async () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../public/data/transcript.schema.json', import.meta.url), 'utf8'),
    );
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const data = JSON.parse(JSON.stringify(await exported()));
    data.blocks[1].kind = 'speech';
    expect(validate(data)).toBe(false);
    const fresh = JSON.parse(JSON.stringify(await exported()));
    fresh.summaries[0].sources[0].url = 'http://example.org/';
    expect(validate(fresh)).toBe(false);
  });
});
