/**
 * The transcripts loader on small content folders: it stores one entry per event, and fails
 * with file and line on missing or invalid front matter, unknown participants and published
 * ids that have disappeared.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { transcriptLoader } from '../../src/loaders/transcript-loader';
import { failureMessage } from '../support/failure';
import { createTranscriptRenderer, fixtureContentDir } from '../support/render';

const FRONTMATTER = `---
title: "A press conference"
shortTitle: "Press conference"
date: 2017-04-12
place: Moscow
participants: [lavrov, tillerson]
occasion: Joint news conference
summary: A summary.
source:
  publisher: A publisher
  title: A title
  language: English
  included: The remarks.
  excluded: Tillerson's words.
---`;

const BODY = `
:::remarks{#opening speaker="lavrov" topics="syria" title="Opening"}
Good evening,
:::
`;

interface Case {
  transcript?: string;
  /** Note files by id (front matter + body). */
  notes?: Record<string, string>;
  published?: string;
  redirects?: string;
  /** content/summaries/event.yaml, when given. */
  summaries?: string;
  /** The summaries file's name (default event.yaml). */
  summariesName?: string;
  /** The transcript's event id, its file name (default event); '' writes no transcript at all. */
  event?: string;
}

/** Write a content folder for one case and run the loader over it; return what it stored. */
async function load({
  transcript = FRONTMATTER + BODY,
  published = 'event\nevent/opening\n',
  redirects = '[]\n',
  notes = {},
  summaries,
  summariesName = 'event.yaml',
  event = 'event',
}: Case) {
  const dir = mkdtempSync(join(tmpdir(), 'loader-'));
  cpSync(join(fixtureContentDir, 'topics.yaml'), join(dir, 'topics.yaml'));
  cpSync(join(fixtureContentDir, 'people.yaml'), join(dir, 'people.yaml'));
  cpSync(join(fixtureContentDir, 'source-policy.yaml'), join(dir, 'source-policy.yaml'));
  mkdirSync(join(dir, 'transcripts'));
  if (event) writeFileSync(join(dir, 'transcripts', `${event}.md`), transcript);
  writeFileSync(join(dir, 'published-ids.txt'), published);
  writeFileSync(join(dir, 'redirects.yaml'), redirects);
  mkdirSync(join(dir, 'notes'));
  for (const [id, text] of Object.entries(notes)) writeFileSync(join(dir, 'notes', `${id}.md`), text);
  if (summaries !== undefined) {
    mkdirSync(join(dir, 'summaries'));
    writeFileSync(join(dir, 'summaries', summariesName), summaries);
  }
  const renderer = await createTranscriptRenderer(dir);
  const stored = new Map<string, { data: Record<string, unknown>; filePath?: string }>();
  const context = {
    store: {
      clear: () => stored.clear(),
      set: (entry: { id: string; data: Record<string, unknown> }) => stored.set(entry.id, entry),
    },
    renderMarkdown: async (content: string, options?: { fileURL?: URL }) => {
      const { code, metadata } = await renderer.render(content, options?.fileURL ? { fileURL: options.fileURL } : {});
      return { html: code, metadata };
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: () => 'digest',
    logger: { info: () => {} },
    config: { root: pathToFileURL(`${dir}/`) },
  } as unknown as LoaderContext;
  await transcriptLoader({ contentDir: dir }).load(context);
  return stored;
}

/** The loader's error message, with the temporary folder removed from paths. */
const errorOf = (input: Case) => failureMessage(load(input), /[^\s"]*\/loader-[^/]+\//g);

describe('transcript front matter (tests/fixtures/invalid-frontmatter)', () => {
  beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  const fixtures = new URL('../fixtures/invalid-frontmatter/', import.meta.url);

  it.each(readdirSync(fixtures))('%s fails with one message at its line', async (name) => {
    const expected = readFileSync(new URL(`${name}/error.txt`, fixtures), 'utf8').trim();
    const message = await errorOf({ transcript: readFileSync(new URL(`${name}/input.md`, fixtures), 'utf8') });
    expect(message).toContain(expected);
    expect(message).toMatch(/^Invalid content \(1 problem\):/);
  });

  it('reads a transcript saved with a byte-order mark', async () => {
    const stored = await load({ transcript: `\uFEFF${FRONTMATTER}${BODY}` });
    expect(stored.get('event')?.data).toMatchObject({ date: '2017-04-12' });
  });
});

describe('published URLs and redirects (tests/fixtures/published-urls)', () => {
  beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  const fixtures = new URL('../fixtures/published-urls/', import.meta.url);
  const optional = (name: string, file: string) => {
    try {
      return readFileSync(new URL(`${name}/${file}`, fixtures), 'utf8');
    } catch {
      return undefined;
    }
  };

  it.each(readdirSync(fixtures))('%s fails with one message naming the URL and the fix', async (name) => {
    const event = optional(name, 'event.txt')?.trim();
    const body = optional(name, 'body.md');
    const message = await errorOf({
      published: optional(name, 'published-ids.txt') ?? 'event\nevent/opening\n',
      redirects: optional(name, 'redirects.yaml') ?? '[]\n',
      ...(event !== undefined && { event }),
      ...(body !== undefined && { transcript: FRONTMATTER + body }),
    });
    expect(message).toBe(optional(name, 'error.txt')?.trimEnd());
  });

  it('reports a deleted transcript once, not as every note it cited being uncited', async () => {
    const note =
      '---\ntitle: OPCW\nkind: organisation\nsources:\n  - title: A report\n    publisher: OPCW\n    date: "2017"\n    url: https://www.opcw.org/\n    id: report\n    excerpt: The OPCW.\n---\nThe OPCW.:cite[report]\n';
    const message = await errorOf({ event: '', notes: { opcw: note } });
    expect(message).toMatch(
      /^Invalid content \(1 problem\):\npublished-ids.txt:1:1: content\/transcripts\/event.md is gone/,
    );
    expect(message).not.toContain('not cited');
  });

  it('accepts a renamed transcript whose every URL is redirected and listed', async () => {
    const stored = await load({
      event: 'event-new',
      published: 'event\nevent/opening\nevent-new\nevent-new/opening\n',
      redirects: '- from: event\n  to: event-new\n- from: event/opening\n  to: event-new/opening\n',
    });
    expect([...stored.keys()]).toEqual(['event-new']);
  });
});

describe('transcriptLoader', () => {
  // Astro's renderer logs every failed render to the console; the tests assert on the error.
  beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));

  it('stores one entry per event with front matter, blocks and fragments', async () => {
    const stored = await load({});
    const entry = stored.get('event');
    expect(entry?.filePath).toBe('transcripts/event.md');
    expect(entry?.data).toMatchObject({ date: '2017-04-12', participants: ['lavrov', 'tillerson'] });
    expect(entry?.data['blocks']).toEqual([expect.objectContaining({ id: 'opening', line: 16 })]);
  });

  it('fails on a missing front matter', async () => {
    expect(await errorOf({ transcript: BODY })).toContain('transcripts/event.md:1:1: Missing front matter.');
  });

  it('fails on a missing field, at the line of the front matter', async () => {
    const transcript = (FRONTMATTER + BODY).replace('date: 2017-04-12\n', '');
    expect(await errorOf({ transcript })).toContain('transcripts/event.md:2:1: "date" is missing.');
  });

  it('fails on a malformed value, at its line', async () => {
    const transcript = (FRONTMATTER + BODY).replace('date: 2017-04-12', 'date: 12 April 2017');
    expect(await errorOf({ transcript })).toContain('transcripts/event.md:4:7: "date": a date is written YYYY-MM-DD');
  });

  it('fails on an unknown participant', async () => {
    const transcript = (FRONTMATTER + BODY).replace('[lavrov, tillerson]', '[lavrov, tilerson]');
    expect(await errorOf({ transcript })).toContain('transcripts/event.md:6:1: Unknown participant "tilerson".');
  });

  it('fails when a published id disappears, at its line in the list', async () => {
    const message = await errorOf({ published: '# ids\nevent\nevent/opening\nevent/q-gone\n' });
    expect(message).toContain(
      'published-ids.txt:4:1: Published URL /event/q-gone/ no longer resolves: "q-gone" is not in content/transcripts/event.md.',
    );
    expect(message).toContain('hint: restore the id, or keep the URL with a redirect');
  });

  it('accepts a disappeared id that has a redirect', async () => {
    const stored = await load({
      published: 'event\nevent/opening\nevent/q-gone\n',
      redirects: '- from: event/q-gone\n  to: event/opening\n',
    });
    expect(stored.has('event')).toBe(true);
  });

  it('fails on segment problems with the file’s own line numbers (front matter counted)', async () => {
    const transcript = FRONTMATTER + BODY.replace('topics="syria"', 'topics="syriaa"');
    expect(await errorOf({ transcript })).toContain(
      'transcripts/event.md:16:1: Unknown topic "syriaa" on segment "opening".',
    );
  });

  it('fails on a note that nothing cites', async () => {
    const note =
      '---\ntitle: OPCW\nkind: organisation\nsources:\n  - title: A report\n    publisher: OPCW\n    date: "2017"\n    url: https://www.opcw.org/\n    id: report\n    excerpt: The OPCW.\n---\nThe OPCW.:cite[report]\n';
    expect(await errorOf({ notes: { opcw: note } })).toContain(
      'notes/opcw.md:1:1: Note "opcw" is not cited by any transcript.',
    );
    const citing = FRONTMATTER + BODY.replace('Good evening,', 'The :note[OPCW]{id="opcw"}.');
    expect((await load({ transcript: citing, notes: { opcw: note } })).has('event')).toBe(true);
  });

  it('fails on a redirect to a segment that does not exist, at its line', async () => {
    const redirects = '# retired ids\n- from: event/q-gone\n  to: event/nowhere\n';
    expect(await errorOf({ redirects })).toContain(
      'redirects.yaml:2:1: Redirect target "event/nowhere" does not exist.',
    );
  });

  it('fails on a redirect of an id that is still in use', async () => {
    const redirects = '- from: event/opening\n  to: event/opening\n';
    expect(await errorOf({ redirects })).toContain(
      'redirects.yaml:1:1: Redirected URL "event/opening" is still a live page.',
    );
  });

  describe('with summaries', () => {
    const body = `${BODY}
:::question{#q-syria speaker="journalist" to="tillerson" topics="syria" title="Syria"}
Question (addressed to Rex Tillerson): What about Syria?
:::

:::answer{#a-syria speaker="lavrov" after="tillerson" topics="syria"}
Sergey Lavrov (speaking after Rex Tillerson): We want an investigation.
:::
`;
    const summary = `# Tillerson's side
- id: s-syria
  speaker: tillerson
  before: a-syria
  status: found
  topics: [syria]
  text: >-
    He said the facts were conclusive.:cite[cnn] He called the threshold “a very high legal hurdle”.:cite[cnn]
  quotes: [a very high legal hurdle]
  sources:
    - id: cnn
      publisher: CNN
      date: 2017-04-12
      url: https://transcripts.cnn.com/TRANSCRIPTS/1704/12/wrn.01.html
      excerpt: The facts are conclusive … a very high legal hurdle
`;
    const published = 'event\nevent/opening\nevent/q-syria\nevent/a-syria\nevent/s-syria\n';

    it('stores the summaries, placed, beside the blocks', async () => {
      const stored = await load({ transcript: FRONTMATTER + body, summaries: summary, published });
      expect(stored.get('event')?.data['summaries']).toEqual([
        expect.objectContaining({ id: 's-syria', kind: 'answer', exchange: 'q-syria', title: 'Syria', line: 2 }),
      ]);
    });

    it('fails on a bad summary, naming the summaries file and line', async () => {
      const bad = summary.replace('before: a-syria', 'before: opening');
      expect(await errorOf({ transcript: FRONTMATTER + body, summaries: bad, published })).toContain(
        'summaries/event.yaml:4:1: Summary "s-syria" would sit inside the opening remarks, before "opening"',
      );
    });

    it('fails on a summaries file that names no transcript', async () => {
      expect(await errorOf({ summaries: summary, summariesName: 'evnt.yaml' })).toContain(
        'summaries/evnt.yaml:1:1: No transcript for the summaries file "evnt.yaml".',
      );
    });

    it('keeps a published summary id: it may not disappear', async () => {
      const message = await errorOf({ transcript: FRONTMATTER + body, summaries: '[]\n', published });
      expect(message).toContain('published-ids.txt:5:1: Published URL /event/s-syria/ no longer resolves');
    });
  });
});
