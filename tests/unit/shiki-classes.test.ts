import { codeToHast } from 'shiki';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { classTheme, compactRuns, tokensToClasses } from '../../src/lib/shiki-classes';

const CSL = JSON.stringify([{ id: 'a-cyber', type: 'speech', issued: { 'date-parts': [[2017, 4, 12]] } }], null, 2);
const BIBTEX = '@unpublished{a_cyber,\n\ttitle = {Answer on {Cyber}},\n\tdate = {2017-04-12},\n}';

async function highlight(code: string, lang: 'json' | 'bibtex') {
  return codeToHast(code, { lang, theme: classTheme, transformers: [tokensToClasses] });
}

describe('Shiki with classes (lib/shiki-classes)', () => {
  test.each([
    ['CSL-JSON', CSL, 'json'],
    ['BibTeX', BIBTEX, 'bibtex'],
  ] as const)('%s keeps every character and only coloured runs', async (_name, code, lang) => {
    const tree = await highlight(code, lang);
    expect(toString(tree)).toBe(code);
    const html = toHtml(tree);
    expect(html).not.toContain('style=');
    expect(html).not.toContain('class="line"');
    // Every span says what it colours, and no two neighbours say the same.
    expect(html).not.toMatch(/<span>/);
    expect(html).not.toMatch(/class="(tok-[a-z]+)">[^<]*<\/span><span class="\1">/);
  });

  test('a JSON key and a string are one run each, quotes included', async () => {
    const html = toHtml(await highlight('{"id": "a-cyber"}', 'json'));
    expect(html).toContain('<span class="tok-key">"id"</span>');
    // (Shiki gives the space before a token to the token.)
    expect(html).toMatch(/<span class="tok-string">\s*"a-cyber"<\/span>/);
  });

  test('compactRuns joins runs and text, and unwraps lines and unclassed spans', () => {
    const span = (className: string | undefined, value: string) => ({
      type: 'element' as const,
      tagName: 'span',
      properties: className ? { class: className } : {},
      children: [{ type: 'text' as const, value }],
    });
    const line = (...children: ReturnType<typeof span>[]) => ({ ...span('line', ''), children });
    const out = compactRuns([
      line(span('tok-punct', '{'), span('tok-punct', ' '), span(undefined, 'x')),
      { type: 'text', value: '\n' },
      line(span('tok-key', 'a'), span('tok-key', 'b')),
    ]);
    expect(toHtml({ type: 'root', children: out })).toBe(
      '<span class="tok-punct">{ </span>x\n<span class="tok-key">ab</span>',
    );
  });
});
