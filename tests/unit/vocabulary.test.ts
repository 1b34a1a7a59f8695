/** The content index (topics, people) fails with file and line; the real content is consistent. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ContentError, orExitOnContentError } from '../../src/model/content-error';
import { readIdList, readNotes } from '../../src/loaders/content-index';
import { personSchema, topicSchema } from '../../src/model/schemas';
import { SITE_SECTIONS } from '../../src/model/vocabulary';
import { parsePublishedIds } from '../../src/model/redirects';
import { realContentDir } from '../support/real-transcript';

/** Write `text` to a temporary YAML file and read it as a topic list; return the error message. */
function topicsError(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'vocab-')), 'topics.yaml');
  writeFileSync(path, text);
  try {
    readIdList(path, topicSchema);
  } catch (error) {
    return String((error as Error).message).replace(path, 'topics.yaml');
  }
  throw new Error('expected readIdList to fail');
}

describe('vocabularies', () => {
  it('fail on a missing field at the line of its record', () => {
    expect(topicsError('- id: syria\n  label: Syria\n  description: War.\n- id: cyber\n  label: Cyber\n')).toContain(
      'topics.yaml:4:3: "1.description" is missing.',
    );
  });

  it('fail on a malformed id at its line', () => {
    expect(topicsError('- id: Syria War\n  label: Syria\n  description: War.\n')).toContain(
      'topics.yaml:1:7: "0.id": an id is lower-case words joined by hyphens',
    );
  });

  it('fail on a duplicate id', () => {
    expect(
      topicsError('- id: syria\n  label: A\n  description: B\n- id: syria\n  label: C\n  description: D\n'),
    ).toContain('topics.yaml:4:1: Duplicate id "syria": it is already used at line 1.');
  });

  it('fail on invalid YAML', () => {
    expect(topicsError('- id: syria\n  label: [unclosed\n')).toMatch(/topics\.yaml:\d+:\d+: Invalid YAML/);
  });
});

describe('vocabulary fixtures (tests/fixtures/invalid-vocabulary)', () => {
  const fixtures = new URL('../fixtures/invalid-vocabulary/', import.meta.url);
  it.each(readdirSync(fixtures))('%s fails with one message at its line', (name) => {
    const expected = readFileSync(new URL(`${name}/error.txt`, fixtures), 'utf8').trim();
    const message = topicsError(readFileSync(new URL(`${name}/topics.yaml`, fixtures), 'utf8'));
    expect(message).toContain(expected);
    // One problem, however much the mistake derails the parser.
    expect(message).toMatch(/^Invalid content \(1 problem\):/);
  });

  it('reads a file saved with a byte-order mark', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vocab-')), 'topics.yaml');
    writeFileSync(path, '\uFEFF- id: syria\n  label: Syria\n  description: War.\n');
    expect(readIdList(path, topicSchema).map((topic) => topic.id)).toEqual(['syria']);
  });
});

describe('site sections', () => {
  it('name every top-level page of src/pages, so no event or redirect can take their URLs', () => {
    const pages = readdirSync(new URL('../../src/pages/', import.meta.url))
      .filter((name) => !name.startsWith('[') && !/^index\.|\.txt\.ts$|\.xml\.ts$/.test(name))
      .map((name) => name.replace(/\.astro$/, ''));
    expect(pages.filter((name) => !(SITE_SECTIONS as readonly string[]).includes(name))).toEqual([]);
  });
});

describe('the site’s own content', () => {
  const contentDir = realContentDir;

  it('lists every current segment id as published, so none can vanish unnoticed', () => {
    const published = new Set(
      parsePublishedIds(readFileSync(join(contentDir, 'published-ids.txt'), 'utf8')).map((p) => `${p.event}/${p.id}`),
    );
    const transcript = readFileSync(join(contentDir, 'transcripts/lavrov-tillerson-2017-04-12.md'), 'utf8');
    const ids = [...transcript.matchAll(/^:::\w+\{#([a-z0-9-]+)/gm)].map(
      (match) => `lavrov-tillerson-2017-04-12/${match[1]}`,
    );
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !published.has(id))).toEqual([]);
  });

  it('has valid topics and people', () => {
    expect(readIdList(join(contentDir, 'topics.yaml'), topicSchema).length).toBeGreaterThan(10);
    expect(readIdList(join(contentDir, 'people.yaml'), personSchema).map((person) => person.id)).toContain('lavrov');
  });
});

describe('context notes', () => {
  const GOOD_SOURCE =
    '  - title: "A report"\n    publisher: OPCW\n    date: "2017-06-30"\n    url: "https://www.opcw.org/"\n    id: report\n    excerpt: The OPCW.\n';

  /** Write one note file and read the notes folder; return the error message. */
  function noteError(frontmatter: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'notes-'));
    writeFileSync(join(dir, 'opcw.md'), `---\n${frontmatter}---\nThe OPCW.:cite[report]\n`);
    try {
      readNotes(dir);
    } catch (error) {
      return String((error as Error).message).replaceAll(`${dir}/`, '');
    }
    throw new Error('expected readNotes to fail');
  }

  it('fail on a note with no source', () => {
    expect(noteError('title: OPCW\nkind: organisation\nsources: []\n')).toContain(
      'opcw.md:4:10: "sources": a note needs at least one source',
    );
    expect(noteError('title: OPCW\nkind: organisation\n')).toContain('opcw.md:2:1: "sources" is missing.');
  });

  it('fail on a source without url or date, at the source’s line', () => {
    const noUrl = GOOD_SOURCE.replace('    url: "https://www.opcw.org/"\n', '');
    expect(noteError(`title: OPCW\nkind: organisation\nsources:\n${noUrl}`)).toContain(
      'opcw.md:5:5: "sources.0.url" is missing.',
    );
    const noDate = GOOD_SOURCE.replace('    date: "2017-06-30"\n', '');
    expect(noteError(`title: OPCW\nkind: organisation\nsources:\n${noDate}`)).toContain(
      'opcw.md:5:5: "sources.0.date" is missing.',
    );
  });

  it('fail on a url that is not https, and on a malformed date', () => {
    const http = GOOD_SOURCE.replace('https://', 'http://');
    expect(noteError(`title: OPCW\nkind: organisation\nsources:\n${http}`)).toContain(
      'opcw.md:8:10: "sources.0.url": a source url is a full https:// address',
    );
    const date = GOOD_SOURCE.replace('"2017-06-30"', '"30 June 2017"');
    expect(noteError(`title: OPCW\nkind: organisation\nsources:\n${date}`)).toContain(
      'opcw.md:7:11: "sources.0.date": a date is written YYYY-MM-DD (or YYYY-MM, YYYY)',
    );
  });

  it('fail on an unknown kind', () => {
    expect(noteError(`title: OPCW\nkind: body\nsources:\n${GOOD_SOURCE}`)).toContain('opcw.md:3:7: "kind"');
  });

  it('fail on an impossible source date, with the reason', () => {
    const date = GOOD_SOURCE.replace('"2017-06-30"', '"2017-02-30"');
    expect(noteError(`title: OPCW\nkind: organisation\nsources:\n${date}`)).toContain(
      'opcw.md:7:11: "sources.0.date": 2017-02-30 is not a date: February 2017 has 28 days, not 30',
    );
    const month = GOOD_SOURCE.replace('"2017-06-30"', '"2017-13"');
    expect(noteError(`title: OPCW\nkind: organisation\nsources:\n${month}`)).toContain(
      'opcw.md:7:11: "sources.0.date": 2017-13 is not a date: there is no month 13',
    );
  });

  it('fail on an unknown kind with the kinds, and nothing that would earn an unrelated hint', () => {
    let error: unknown;
    const dir = mkdtempSync(join(tmpdir(), 'notes-'));
    writeFileSync(
      join(dir, 'opcw.md'),
      `---\ntitle: OPCW\nkind: organization\nsources:\n${GOOD_SOURCE}---\nThe OPCW.:cite[report]\n`,
    );
    try {
      readNotes(dir);
    } catch (caught) {
      error = caught;
    }
    expect(String((error as Error).message).replaceAll(`${dir}/`, '')).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      opcw.md:3:7: "kind" is not one of the allowed values.
        expected: person, organisation, place, event, document, term
        found: "organization""
    `);
    // Astro prints a "Browser APIs" hint for any error whose toString() says "document" (a kind).
    expect(String(error)).toBe('ContentError: Invalid content (1 problem):');
    expect((error as Error).stack).toBe('');
  });

  it('fail on an unknown key, at the key', () => {
    expect(noteError(`title: OPCW\nauthor: me\nkind: organisation\nsources:\n${GOOD_SOURCE}`)).toContain(
      'opcw.md:3:1: Unknown key "author".\n  expected: title, kind, sources',
    );
  });

  it('read a note saved with a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notes-'));
    writeFileSync(
      join(dir, 'opcw.md'),
      `\uFEFF---\ntitle: OPCW\nkind: organisation\nsources:\n${GOOD_SOURCE}---\nThe OPCW.:cite[report]\n`,
    );
    expect(readNotes(dir).notes.get('opcw')).toMatchObject({ title: 'OPCW' });
  });

  it('read a valid note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notes-'));
    writeFileSync(
      join(dir, 'opcw.md'),
      `---\ntitle: OPCW\nkind: organisation\nsources:\n${GOOD_SOURCE}---\nThe OPCW.:cite[report]\n`,
    );
    expect(readNotes(dir).notes.get('opcw')).toMatchObject({ kind: 'organisation', sources: [{ publisher: 'OPCW' }] });
  });
});

describe('a contentIndex problem while Astro loads its config (issue #22)', () => {
  it('prints only our message and exits 1, without "[astro] Unable to load your Astro config"', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(() =>
        orExitOnContentError(() => {
          throw new ContentError([{ file: 'topics.yaml', line: 2, column: 3, reason: 'Unknown key "lable".' }]);
        }),
      ).toThrow('exit 1');
      expect(written.join('')).toMatchInlineSnapshot(`
        "Invalid content (1 problem):
        topics.yaml:2:3: Unknown key "lable".
        "
      `);
      // A bug in our code is not a content problem: it is thrown as it is, with its stack.
      expect(() =>
        orExitOnContentError(() => {
          throw new TypeError('bug');
        }),
      ).toThrow(TypeError);
    } finally {
      exit.mockRestore();
      stderr.mockRestore();
    }
  });
});
