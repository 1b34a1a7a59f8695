/** content/site.yaml: the real one is valid; a bad one fails naming file:line and the problem. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/loaders/site-config';

const real = readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8');

/** Write `text` as a site.yaml and read it; return the error message with the path shortened. */
function siteError(text: string | undefined): string {
  const path = join(mkdtempSync(join(tmpdir(), 'site-')), 'site.yaml');
  if (text !== undefined) writeFileSync(path, text);
  try {
    readSiteConfig(path);
  } catch (error) {
    return String((error as Error).message).replaceAll(path, 'site.yaml');
  }
  throw new Error('expected readSiteConfig to fail');
}

describe('site.yaml', () => {
  it('the real one is valid and names the conference', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'site-')), 'site.yaml');
    writeFileSync(path, real);
    const config = readSiteConfig(path);
    expect(config.name).toBe('Lavrov–Tillerson, Moscow, 12 April 2017');
    expect(config.titleSuffix).toBe('Lavrov–Tillerson 2017');
    expect(config.descriptions.topic).toContain('{topic}');
  });

  it('an unknown key fails at its own line (a misspelling must not be ignored)', () => {
    const text = real.replace('titleSuffix:', 'titleSufix:');
    const line = text.split('\n').findIndex((l) => l.startsWith('titleSufix')) + 1;
    const message = siteError(text);
    expect(message).toContain(`site.yaml:${line}:1: Unknown key "titleSufix".`);
    // One mistake, one message: the misspelling is named as such, not also as a missing key.
    expect(message).toContain('hint: did you mean "titleSuffix"?');
    expect(message).not.toContain('is missing');
  });

  it('an unknown description fails at its line', () => {
    const text = real.replace('  search:', '  archive: "x"\n  search:');
    const line = text.split('\n').findIndex((l) => l.startsWith('  archive')) + 1;
    expect(siteError(text)).toContain(`site.yaml:${line}:3: Unknown key "archive".`);
  });

  it('a 2,000-character name fails at its line with the maximum (issue #22: the header grew 1,632 px tall)', () => {
    const text = real.replace(/^name: .*$/m, `name: "${'Lavrov and Tillerson in Moscow '.repeat(70).slice(0, 2000)}"`);
    expect(siteError(text)).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      site.yaml:5:7: "name": is 2000 characters long; at most 60 fit
        hint: shorten it to 60 characters or fewer: the layout is tested at that length on a 320 px phone."
    `);
  });

  it('an empty name and a topic description without {topic} fail at their lines', () => {
    const text = real
      .replace(/^name: .*$/m, 'name: "  "')
      .replace(/^ {2}topic: .*$/m, '  topic: "Every passage on this topic."');
    const lines = text.split('\n');
    const message = siteError(text);
    expect(message).toContain(
      `site.yaml:${lines.findIndex((l) => l.startsWith('name:')) + 1}:7: "name": must not be empty`,
    );
    expect(message).toContain(
      `site.yaml:${lines.findIndex((l) => l.startsWith('  topic:')) + 1}:10: "descriptions.topic": must contain {topic}`,
    );
  });

  it('a missing file says where it is expected and what it holds', () => {
    expect(siteError(undefined)).toMatchInlineSnapshot(`
      "Invalid content (1 problem):
      site.yaml:1:1: Missing site configuration.
        hint: create site.yaml in the content folder with name, titleSuffix, credit and descriptions."
    `);
  });

  it('invalid YAML fails with its place', () => {
    expect(siteError('name: [unclosed\n')).toMatch(/site\.yaml:\d+:\d+: Invalid YAML/);
  });
});
