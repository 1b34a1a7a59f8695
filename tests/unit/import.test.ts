/**
 * The importer (scripts/import): today's source imports into the same turns, with the same
 * verbatim paragraphs, as today's hand-finished transcript; the draft passes the fidelity check
 * once its placeholders are filled, and fails the build while they are not; bad input is refused
 * with a message that says what is wrong and where.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftTranscript, PLACEHOLDER, type ImportVocabulary } from '../../scripts/import/draft-transcript.ts';
import { decodeSource, ImportError, parseSource } from '../../scripts/import/parse-source.ts';
import { writeDraft } from '../../scripts/import/write-draft.ts';
import { transcriptFrontmatterSchema } from '../../src/model/schemas';
import type { BlockFragment, BlockRecord } from '../../src/model/transcript-types';
import { splitFrontmatter } from '../../src/loaders/frontmatter';
import { loadContentIndex } from '../../src/loaders/content-index';
import { checkPlaceholders } from '../../src/loaders/placeholders';
import { markdownPipeline } from '../../src/markdown/pipeline';
import { normaliseSpace, sourceParagraphs } from '../support/source';
import { EVENT, loadRealTranscript } from '../support/real-transcript';
import { realContentDir } from '../support/real-transcript';

const contentDir = realContentDir;
const sourceBytes = readFileSync(`${contentDir}source/${EVENT}.txt`);
const vocabulary: ImportVocabulary = {
  people: parse(readFileSync(`${contentDir}people.yaml`, 'utf8')),
  topics: parse(readFileSync(`${contentDir}topics.yaml`, 'utf8')),
};
const draft = draftTranscript(parseSource(decodeSource(sourceBytes)), vocabulary);

/** A turn as the tests compare it: consecutive remarks of one speaker are one turn. */
interface Turn {
  kind: string;
  speaker: string | undefined;
  to: string[];
  after: string[];
  paragraphs: string[];
}

function mergeRemarks(turns: Turn[]): Turn[] {
  return turns.reduce<Turn[]>((merged, turn) => {
    const last = merged.at(-1);
    if (last && last.kind === 'remarks' && turn.kind === 'remarks' && last.speaker === turn.speaker) {
      last.paragraphs.push(...turn.paragraphs);
    } else merged.push({ ...turn, paragraphs: [...turn.paragraphs], to: [...turn.to].sort() });
    return merged;
  }, []);
}

/** Fill every placeholder as an editor would (any title, a real topic). */
function filled(markdown: string): string {
  return markdown
    .replace(/topics="TODO"/g, 'topics="us-russia-relations"')
    .replace(/title="TODO"/g, 'title="Written by an editor"')
    .replace(/"TODO: [^"]*"/g, '"Written by an editor"');
}

/** Render a draft through the site's real pipeline, as the loader would at content/transcripts/. */
async function render(markdown: string) {
  const site = loadContentIndex(contentDir);
  const { frontmatter, body } = splitFrontmatter(markdown);
  const renderer = await unified(markdownPipeline(site)).createRenderer({ syntaxHighlight: false });
  const path = `${contentDir}transcripts/imported-draft.md`;
  const { metadata } = await renderer.render(body, { fileURL: pathToFileURL(path) });
  const transcript = metadata.frontmatter['transcript'] as {
    blocks: BlockRecord[];
    fragments: Record<string, BlockFragment>;
  };
  return { frontmatter: parse(frontmatter ?? ''), ...transcript };
}

/** The message an import of `bytes` fails with, as `line: reason`. */
function importError(bytes: Uint8Array): string {
  try {
    draftTranscript(parseSource(decodeSource(bytes)), vocabulary);
  } catch (error) {
    if (error instanceof ImportError) return `${error.line}: ${error.message}`;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('importing today’s source', () => {
  it('gives the same turns, speakers, addressees and verbatim paragraphs as today’s transcript', async () => {
    const { transcript } = await loadRealTranscript();
    const real = mergeRemarks(
      transcript.blocks.map((block) => ({
        kind: block.type === 'segment' ? block.kind : block.kind,
        speaker: block.type === 'segment' ? block.speaker : undefined,
        to: block.type === 'segment' ? block.to : [],
        after: block.type === 'segment' ? block.after : [],
        paragraphs: (transcript.fragments[block.id]?.paragraphs ?? []).map((paragraph) =>
          normaliseSpace(paragraph.text),
        ),
      })),
    );
    const imported = mergeRemarks(
      draft.blocks.map((block) => ({
        kind: block.kind,
        speaker: block.speaker,
        to: block.to ?? [],
        after: block.after ?? [],
        paragraphs: block.paragraphs.map(normaliseSpace),
      })),
    );
    expect(imported.map((turn) => turn.kind)).toEqual(real.map((turn) => turn.kind));
    expect(imported).toEqual(real);
  });

  it('reads the date, place, occasion, participants and publisher, and proposes topics from the aliases', () => {
    expect(draft.date).toBe('2017-04-12');
    expect(draft.place).toBe('Moscow');
    expect(draft.participants).toEqual(['lavrov', 'tillerson']);
    expect(draft.markdown).toContain('occasion: "Joint news conference"');
    expect(draft.markdown).toContain('publisher: "Foreign Ministry of the Russian Federation / RedGlobe"');
    const cyber = draft.blocks.find(
      (block) => block.kind === 'question' && block.paragraphs[0]?.includes('cyberspace'),
    );
    expect(cyber?.topics).toContain('cyber');
    expect(cyber?.id).toMatch(/^q-[a-z-]+$/);
    // 20 paragraphs of opening statement, one block each, for the editor to merge by subject.
    expect(draft.blocks.filter((block) => block.kind === 'remarks')).toHaveLength(20);
    expect(draft.blocks).toHaveLength(36);
    expect(new Set(draft.blocks.map((block) => block.id)).size).toBe(draft.blocks.length);
  });

  it('fails the build while placeholders are left, at each one’s line', () => {
    const file = new VFile({ path: 'draft.md', value: draft.markdown });
    checkPlaceholders(file);
    const lines = draft.markdown.split('\n');
    const expected = lines.flatMap((line, index) =>
      line.includes(PLACEHOLDER) && !line.startsWith('#') ? [index + 1] : [],
    );
    expect(file.messages.map((message) => message.line)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(20);
    expect(file.messages[0]?.reason).toMatch(/^Placeholder TODO left by the importer: title: "TODO: /);
  });

  it('once filled, passes the front-matter schema and the fidelity check: every source paragraph, verbatim', async () => {
    const { frontmatter, blocks, fragments } = await render(filled(draft.markdown));
    expect(transcriptFrontmatterSchema.safeParse(frontmatter).success).toBe(true);
    const rendered = blocks
      .flatMap((block) => fragments[block.id]?.paragraphs ?? [])
      .map((p) => normaliseSpace(p.text));
    expect(rendered).toEqual(sourceParagraphs(EVENT));
  });
});

describe('bad input', () => {
  const text = decodeSource(sourceBytes);

  it('an empty file', () => {
    expect(importError(new Uint8Array())).toBe('0: The file is empty.');
    expect(importError(Buffer.from('\n \n'))).toBe('0: The file is empty.');
  });

  it('UTF-16, with or without a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(importError(utf16)).toMatch(/^0: The file is not UTF-8 text: it looks like UTF-16 or binary data/);
    expect(importError(Buffer.from(text, 'utf16le'))).toMatch(/looks like UTF-16 or binary data/);
  });

  it('Latin-1 / Windows-1252, with the line of the first bad byte', () => {
    const latin1 = Buffer.from('We reproduce a text:\n\nQuestion: How is the café?\n', 'latin1');
    expect(importError(latin1)).toBe(
      '3: The file is not valid UTF-8 (byte 0xe9 at offset 46): it looks like Latin-1 or Windows-1252.',
    );
  });

  it('binary data', () => {
    expect(importError(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toMatch(
      /looks like UTF-16 or binary data/,
    );
  });

  it('a text without turn labels', () => {
    expect(importError(Buffer.from('We reproduce a speech:\n\nGood evening.\n\nThank you.\n'))).toBe(
      '1: No turn labels found: not one paragraph opens with "Question:", "Question (addressed to …):" or "<Name> (speaking after …):".',
    );
  });

  it('a speaker label naming nobody in people.yaml, at its line', () => {
    const unknown = text.replace('Sergey Lavrov: We haven’t', 'Maria Zakharova: We haven’t');
    const line = unknown.split('\n').findIndex((l) => l.startsWith('Maria Zakharova')) + 1;
    expect(importError(Buffer.from(unknown))).toBe(
      `${line}: Unknown speaker label "Maria Zakharova:": no one named "Maria Zakharova" in people.yaml.`,
    );
  });
});

describe('writing the draft', () => {
  it('copies the source and writes the transcript, and refuses to overwrite without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const options = { contentDir: dir, event: 'next-event', text: 'a\n', markdown: 'draft\n', force: false };
    const written = writeDraft(options);
    expect(readFileSync(written.source, 'utf8')).toBe('a\n');
    expect(readFileSync(written.transcript, 'utf8')).toBe('draft\n');
    writeFileSync(written.transcript, 'edited by hand\n');
    expect(() => writeDraft(options)).toThrow(/already exists; not overwriting it/);
    expect(readFileSync(written.transcript, 'utf8')).toBe('edited by hand\n');
    writeDraft({ ...options, force: true });
    expect(readFileSync(written.transcript, 'utf8')).toBe('draft\n');
  });
});

describe('ids at scale', () => {
  it('52 questions on one topic (issue #22: the importer looped forever after 51 ids a stem)', () => {
    const same = readFileSync(fileURLToPath(new URL('../fixtures/import/same-topic.txt', import.meta.url)));
    const { blocks } = draftTranscript(parseSource(decodeSource(same)), vocabulary);
    const ids = blocks.map((block) => block.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('q-'))).toHaveLength(52);
    expect(ids.slice(1, 4)).toEqual(['opening-untagged', 'q-cyber', 'a-cyber']);
    // Single letters run out at z; then two letters, never a number (paragraph anchors end in -<n>).
    expect(ids.filter((id) => id.startsWith('q-')).slice(24, 28)).toEqual([
      'q-cyber-y',
      'q-cyber-z',
      'q-cyber-bb',
      'q-cyber-bc',
    ]);
    expect(ids.every((id) => /^[a-z]+(?:-[a-z]+)*$/.test(id))).toBe(true);
  });

  it('10,000 turns on one topic draft in seconds, not forever', () => {
    const turns = Array.from({ length: 5000 }, (_, n) => `Question: Hackers ${n}?\n\nSergey Lavrov: Hackers.\n`);
    const big = `We reproduce Sergey Lavrov’s answers, Moscow, April 12, 2017:\n\n${turns.join('\n')}`;
    const started = performance.now();
    const { blocks } = draftTranscript(parseSource(big), vocabulary);
    expect(blocks).toHaveLength(10_001);
    expect(new Set(blocks.map((block) => block.id)).size).toBe(10_001);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
