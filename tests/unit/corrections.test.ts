/**
 * The corrections log: every kind of bad entry fails with file, line, problem and hint (one
 * folder per case in tests/fixtures/invalid-corrections: corrections.yaml and the expected first
 * line of the message in error.txt); a good log comes back newest first with stable anchors; no
 * file or an empty list is an empty log.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { throwIfProblems } from '../../src/model/content-error';
import { parseCorrections, type KnownTargets } from '../../src/model/corrections';
import { readCorrections } from '../../src/loaders/corrections-loader';
import { fixtureContentDir } from '../support/render';

const fixtures = fileURLToPath(new URL('../fixtures/invalid-corrections/', import.meta.url));
const TODAY = '2026-12-01';
const known: KnownTargets = {
  notes: new Set(readdirSync(join(fixtureContentDir, 'notes')).map((name) => basename(name, '.md'))),
  passages: new Set(['event/opening', 'event/q-cyber']),
  summaries: new Set(['event/s-cyber']),
  retired: new Map([['event/q-old', 'event/q-cyber']]),
};

/** Parse `source` as the log at `path`; the corrections, or the error message with paths made relative. */
function parse(source: string, path = 'corrections.yaml') {
  const file = new VFile({ path, value: source });
  const corrections = parseCorrections(file, known, TODAY);
  try {
    throwIfProblems(file);
  } catch (error) {
    return { error: String((error as Error).message).replaceAll(/[^\s"]*invalid-corrections\/[^/]+\//g, '') };
  }
  return { corrections };
}

const entry = (date: string, target: string) =>
  `- date: ${date}\n  target: ${target}\n  what: The note said one thing; it now says another.\n  why: The source says so.\n`;

describe('invalid corrections', () => {
  it.each(readdirSync(fixtures))('%s fails with file, line, problem and hint', (name) => {
    const source = readFileSync(join(fixtures, name, 'corrections.yaml'), 'utf8');
    const expected = readFileSync(join(fixtures, name, 'error.txt'), 'utf8').trim();
    const { error } = parse(source, join(fixtures, name, 'corrections.yaml'));
    expect(error).toContain(expected);
    expect(error).toMatch(/\n {2}hint: \S/);
  });

  it('teaches: what was expected, and how to fix it', () => {
    expect(parse(entry('2026-12-01', 'note:opwc')).error).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      corrections.yaml:2:3: Unknown note "opwc" in target "note:opwc".
        expected: opcw, stuxnet
        hint: a note target is note:<id>, the name of a file in content/notes/ without .md."
    `);
    expect(parse(entry('2026-12-01', 'passage:event/q-old')).error).toContain(
      'hint: point the correction at the passage that replaced it: passage:event/q-cyber.',
    );
  });

  it('refuses a noncharacter, which would make the Atom feed malformed (issue #22)', () => {
    const source = entry('2026-12-01', 'note:opcw').replace('one thing', 'one thing\uFFFF');
    expect(parse(source).error).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      corrections.yaml:3:9: "what" of entry 1: holds the noncharacter U+FFFF
        hint: delete it: it is not a character anyone can read (often the trace of a broken conversion), and XML forbids it, so the Atom feed would be malformed."
    `);
  });

  it('names a summary given as a passage, and says how to target it (issue #22)', () => {
    expect(parse(entry('2026-12-01', 'passage:event/s-cyber')).error).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      corrections.yaml:2:3: "event/s-cyber" is a summary, not a passage.
        hint: write target: summary:event/s-cyber."
    `);
    expect(parse(entry('2026-12-01', 'summary:event/q-cyber')).error).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      corrections.yaml:2:3: "event/q-cyber" is a passage, not a summary.
        hint: write target: passage:event/q-cyber."
    `);
    expect(parse(entry('2026-12-01', 'summary:event/s-cyberr')).error).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      corrections.yaml:2:3: Unknown summary "event/s-cyberr" in target "summary:event/s-cyberr".
        expected: event/s-cyber
        hint: a summary target is summary:<event>/<summary-id>, an id in content/summaries/<event>.yaml."
    `);
  });

  it('reports every schema problem of the log at once', () => {
    const { error } = parse(entry('2017-02-30', 'note:opcw') + entry('2026-12-01', 'opcw'));
    expect(error).toContain('Invalid content (2 problems)');
    expect(error).toContain('corrections.yaml:1:9: "date" of entry 1');
    expect(error).toContain('corrections.yaml:6:11: "target" of entry 2');
  });
});

describe('a valid log', () => {
  it('comes back newest first, one day’s entries in file order, each with a stable anchor', () => {
    const { corrections } = parse(
      entry('2026-11-30', 'note:opcw') +
        entry('2026-12-01', 'note:stuxnet') +
        entry('2026-12-01', 'passage:event/q-cyber') +
        entry('2026-12-01', 'note:stuxnet') +
        entry('2026-12-01', 'summary:event/s-cyber'),
    );
    expect(corrections?.map(({ anchor, line, target }) => ({ anchor, line, target }))).toEqual([
      { anchor: 'note-stuxnet-2026-12-01', line: 5, target: { kind: 'note', id: 'stuxnet' } },
      {
        anchor: 'passage-event-q-cyber-2026-12-01',
        line: 9,
        target: { kind: 'passage', event: 'event', segment: 'q-cyber' },
      },
      { anchor: 'note-stuxnet-2026-12-01-2', line: 13, target: { kind: 'note', id: 'stuxnet' } },
      {
        anchor: 'summary-event-s-cyber-2026-12-01',
        line: 17,
        target: { kind: 'summary', event: 'event', id: 's-cyber' },
      },
      { anchor: 'note-opcw-2026-11-30', line: 1, target: { kind: 'note', id: 'opcw' } },
    ]);
    expect(corrections?.[0]).toMatchObject({
      date: '2026-12-01',
      what: 'The note said one thing; it now says another.',
      why: 'The source says so.',
    });
  });

  it('accepts a date of tomorrow (another time zone’s today), not later', () => {
    expect(parse(entry('2026-12-02', 'note:opcw')).corrections).toHaveLength(1);
    expect(parse(entry('2026-12-03', 'note:opcw')).error).toContain('is in the future');
  });

  it('an empty list, a file of comments only, or an empty file is an empty log', () => {
    expect(parse('[]\n').corrections).toEqual([]);
    expect(parse('# No corrections yet.\n').corrections).toEqual([]);
    expect(parse('').corrections).toEqual([]);
  });
});

describe('readCorrections', () => {
  /** A content folder with two notes, a published-ids list and redirects. */
  function contentDir(log?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'rts-bombing.md'), '---\n---\n');
    writeFileSync(join(dir, 'published-ids.txt'), 'event/opening\nevent/q-old\nevent/s-cyber\n');
    mkdirSync(join(dir, 'summaries'));
    writeFileSync(join(dir, 'summaries', 'event.yaml'), '- id: s-cyber\n  speaker: tillerson\n');
    writeFileSync(join(dir, 'redirects.yaml'), '- from: event/q-old\n  to: event/opening\n');
    if (log !== undefined) writeFileSync(join(dir, 'corrections.yaml'), log);
    return dir;
  }

  it('is empty when there is no log', () => {
    expect(readCorrections(contentDir(), TODAY)).toEqual([]);
  });

  it('checks targets against the notes, the published ids and the redirects of the content folder', () => {
    const corrections = readCorrections(
      contentDir(
        entry('2026-12-01', 'note:rts-bombing') +
          entry('2026-12-01', 'passage:event/opening') +
          entry('2026-12-01', 'summary:event/s-cyber'),
      ),
      TODAY,
    );
    expect(corrections.map((correction) => correction.anchor)).toEqual([
      'note-rts-bombing-2026-12-01',
      'passage-event-opening-2026-12-01',
      'summary-event-s-cyber-2026-12-01',
    ]);
    expect(() => readCorrections(contentDir(entry('2026-12-01', 'passage:event/s-cyber')), TODAY)).toThrow(
      /corrections\.yaml:2:3: "event\/s-cyber" is a summary, not a passage\./,
    );
    expect(() => readCorrections(contentDir(entry('2026-12-01', 'passage:event/q-old')), TODAY)).toThrow(
      /corrections\.yaml:2:3: Passage "event\/q-old" was retired\./,
    );
  });
});
