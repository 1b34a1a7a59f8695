/**
 * Cited sentences and the source policy: every sentence of a note ends with a citation of one of
 * its sources, the marker becomes a numbered link to the source, and sources on refused or
 * unclassed hosts, uncited sources and markers outside notes fail at their file and line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  citedRuns,
  MARKER,
  sentencesOf,
  uncitedSentences,
  withoutMarkers,
  wordCount,
} from '../../src/model/cited-sentences';
import { classifySource, type SourcePolicy } from '../../src/model/source-policy';
import { readNotes } from '../../src/loaders/content-index';
import { citedRunsOfHtml } from '../../src/lib/cited-html';
import { renderNote, renderTranscript } from '../support/render';

const M = MARKER;

describe('sentencesOf', () => {
  it.each([
    [`He said so.${M} He left.${M}`, []],
    [`He said so. He left.${M}`, ['He said so.']],
    [`He said so.${M} He left.`, ['He left.']],
    [`Relations between the U.S. and Russia were at a low point.${M}`, []],
    [`George W. Bush met him in 2001.${M} Then he left.${M}`, []],
    [
      `He said: “There is a low level of trust. It is low.” He left.${M}`,
      ['He said: “There is a low level of trust. It is low.”'],
    ],
    [`He said: “There is a low level of trust.”${M} He left.${M}`, []],
    [`It was in 2016,${M} and the agencies said so.${M}`, []],
    [`No full stop at the end`, ['No full stop at the end']],
    [`Was it?${M} Yes!${M} (It was.)${M}`, []],
    [`He met Lavrov. 12 states agreed.${M}`, ['He met Lavrov.']],
  ])('sentences case %#: uncited %j', (text, uncited) => {
    expect(uncitedSentences(text).map((sentence) => sentence.text)).toEqual(uncited);
  });

  it('counts every sentence once, cited or not', () => {
    expect(sentencesOf(`One.${M} Two. Three.${M}`).map((sentence) => sentence.cited)).toEqual([true, false, true]);
  });
});

describe('cited runs of a plain text', () => {
  it('splits the text at each marker, keeping the ids', () => {
    const text = 'He said so.:cite[cnn] He left.:cite[cnn reuters]';
    expect(citedRuns(text)).toEqual([
      { text: 'He said so.', cites: ['cnn'] },
      { text: ' He left.', cites: ['cnn', 'reuters'] },
    ]);
    expect(withoutMarkers(text)).toBe('He said so. He left.');
  });

  it('counts an excerpt’s words without the ellipsis of a cut', () => {
    expect(wordCount('The facts … are conclusive')).toBe(4);
  });
});

describe('classifySource', () => {
  const policy: SourcePolicy = {
    primary: [{ host: 'un.org', name: 'United Nations' }],
    record: [{ host: 'reuters.com', name: 'Reuters' }],
    never: [{ host: 'blogs.reuters.com', name: 'Reuters blogs', why: 'a test of the most specific host' }],
  };

  it.each([
    ['https://press.un.org/en/2017/sc12791.doc.htm', 'primary'],
    ['https://www.reuters.com/article/x', 'record'],
    ['https://blogs.reuters.com/x', 'never'],
    ['https://notreuters.com/x', 'other'],
    ['https://example.org/un.org', 'other'],
  ])('%s is %s', (url, sourceClass) => {
    expect(classifySource(url, policy).class).toBe(sourceClass);
  });
});

describe('remark-note-citations', () => {
  it('turns each marker into numbered links to the note’s sources', async () => {
    const html = await renderNote('The OPCW implements the *Convention*.:cite[src-1]\n', 'opcw.md');
    expect(html).toBe(
      '<p>The OPCW implements the <em>Convention</em>.<sup class="cite-ref"><a href="#src-src-1">[1]</a></sup></p>',
    );
    expect(citedRunsOfHtml(html)).toEqual([{ text: 'The OPCW implements the Convention.', cites: ['src-1'] }]);
  });

  it('fails on a sentence without a citation, at its line, naming the sentence', async () => {
    await expect(renderNote('\nThe OPCW is in The Hague.:cite[src-1] It has an Executive Council.\n', 'opcw.md'))
      .rejects.toThrowErrorMatchingInlineSnapshot(`
      [ContentError: Invalid content (1 problem):
      tests/fixtures/content/notes/opcw.md:2:1: A sentence without a citation.
        expected: one of the note's sources: src-1
        found: It has an Executive Council.
        hint: end each sentence with :cite[source-id], right after its full stop, naming the sources that support it.]
    `);
  });

  it('fails on a citation of a source the note does not list', async () => {
    await expect(renderNote('The OPCW is in The Hague.:cite[reuters]\n', 'opcw.md')).rejects.toThrow(
      'opcw.md:1:26: :cite names "reuters", which is not one of this note\'s sources.',
    );
  });

  it('fails on an empty citation', async () => {
    await expect(renderNote('The OPCW is in The Hague.:cite[]\n', 'opcw.md')).rejects.toThrow('An empty :cite[].');
  });

  it('fails on a citation in a transcript: the speakers’ words are not annotated with sources', async () => {
    const markdown =
      ':::remarks{#opening speaker="lavrov" topics="syria" title="Syria"}\nGood evening.:cite[src-1]\n:::\n';
    await expect(renderTranscript(markdown)).rejects.toThrow('A :cite outside a context note.');
  });
});

describe('note sources under the source policy', () => {
  const policy: SourcePolicy = {
    primary: [{ host: 'opcw.org', name: 'OPCW' }],
    record: [],
    never: [{ host: 'sott.net', name: 'SOTT.net', why: 'conspiracy site' }],
  };
  /** Write one note and read the folder under `policy`; return the error message. */
  function noteError(sources: string, body = 'The OPCW.:cite[report]'): string {
    const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
    writeFileSync(join(dir, 'opcw.md'), `---\ntitle: OPCW\nkind: organisation\nsources:\n${sources}---\n${body}\n`);
    try {
      readNotes(dir, policy);
    } catch (error) {
      return String((error as Error).message).replaceAll(`${dir}/`, '');
    }
    return '';
  }
  const source = (url: string, extra = '') =>
    `  - id: report\n    title: A report\n    publisher: P\n    date: "2017"\n    url: ${url}\n    excerpt: The OPCW.\n${extra}`;

  it('accepts a primary source, and an unclassed one with a reason', () => {
    expect(noteError(source('https://www.opcw.org/x'))).toBe('');
    expect(noteError(source('https://example.org/x', '    why: The only stored report.\n'))).toBe('');
  });

  it('refuses a source on a host the policy never allows, at its url', () => {
    expect(noteError(source('https://www.sott.net/article/1'))).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      opcw.md:9:10: Source "report" is on sott.net, which the source policy never allows.
        found: sott.net: conspiracy site
        hint: cite the original (the body that acted, a wire service, a paper of record) instead; see content/source-policy.yaml."
    `);
  });

  it('asks why for a host the policy does not class', () => {
    expect(noteError(source('https://example.org/x'))).toContain(
      'opcw.md:9:10: Source "report" is on example.org, a host the source policy does not class.',
    );
  });

  it('fails on a source no sentence cites, at its id', () => {
    expect(noteError(source('https://www.opcw.org/x'), 'The OPCW.')).toContain(
      'opcw.md:5:9: Source "report" is listed but no sentence cites it.',
    );
  });

  it('fails on a translation without a language, and a language without a translation', () => {
    expect(noteError(source('https://www.opcw.org/x', '    language: ru\n'))).toContain(
      '"sources.0.language": a source in "ru" needs translation: its excerpt in English',
    );
    expect(noteError(source('https://www.opcw.org/x', '    translation: The OPCW.\n'))).toContain(
      'a translated excerpt needs the language of the source',
    );
  });
});
