/** The vocabularies (topics, people) fail with file and line; the real content is consistent. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIdList } from '../../src/content/load-vocabulary';
import { personSchema, topicSchema } from '../../src/content/schemas';
import { parsePublishedIds } from '../../src/loaders/published-ids';

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
      'topics.yaml:4:3: "1.description": Invalid input',
    );
  });

  it('fail on a malformed id at its line', () => {
    expect(topicsError('- id: Syria War\n  label: Syria\n  description: War.\n')).toContain(
      'topics.yaml:1:7: "0.id": an id is lower-case words joined by hyphens',
    );
  });

  it('fail on a duplicate id', () => {
    expect(topicsError('- id: syria\n  label: A\n  description: B\n- id: syria\n  label: C\n  description: D\n')).toContain(
      'topics.yaml:4:1: Duplicate id "syria": it is already used at line 1.',
    );
  });

  it('fail on invalid YAML', () => {
    expect(topicsError('- id: syria\n  label: [unclosed\n')).toMatch(/topics\.yaml:\d+:\d+: Invalid YAML/);
  });
});

describe('the site’s own content', () => {
  const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

  it('lists every current segment id as published, so none can vanish unnoticed', () => {
    const published = new Set(
      parsePublishedIds(readFileSync(join(contentDir, 'published-ids.txt'), 'utf8')).map((p) => `${p.event}/${p.id}`),
    );
    const transcript = readFileSync(join(contentDir, 'transcripts/lavrov-tillerson-2017-04-12.md'), 'utf8');
    const ids = [...transcript.matchAll(/^:::\w+\{#([a-z0-9-]+)/gm)].map((match) => `lavrov-tillerson-2017-04-12/${match[1]}`);
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !published.has(id))).toEqual([]);
  });

  it('has valid topics and people', () => {
    expect(readIdList(join(contentDir, 'topics.yaml'), topicSchema).length).toBeGreaterThan(10);
    expect(readIdList(join(contentDir, 'people.yaml'), personSchema).map((person) => person.id)).toContain('lavrov');
  });
});
