/**
 * HTML validity: every HTML page of dist/ passes html-validate with the repository's
 * .htmlvalidate.json (the `html-validate:recommended` preset; any rule turned off is argued in
 * tests/e2e/html-validate-rules.md). No browser: the built files are validated as served.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { distDir, EVENT, listHtmlPages } from '../../scripts/harness/dist';

// The config is read from the repository root explicitly: dist/ may be built elsewhere ($DIST_DIR),
// where html-validate's own search for a config file (upwards from each file) would not find it.
const configFile = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));
const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));
const files = listHtmlPages().map((entry) => entry.file);

/** `file:line:column  rule  message  (element)`: enough to find the spot in minified output. */
function describeMessage(file: string, message: Message): string {
  const where = message.selector ? `  (at ${message.selector})` : '';
  return `${file}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}${where}`;
}

describe('html-validate: every page of dist/', () => {
  test('the config extends the recommended preset and the walk found the site', () => {
    expect(config.extends).toContain('html-validate:recommended');
    expect(files).toContain(`${EVENT}/index.html`);
    expect(files.length).toBeGreaterThan(30);
  });

  test.for(files)('%s', async (file) => {
    const report = await validator.validateFile(`${distDir}${file}`);
    const errors = report.results.flatMap((result) =>
      result.messages.filter((message) => message.severity === 2).map((message) => describeMessage(file, message)),
    );
    expect(errors, 'html-validate errors (file:line:column, rule, message)').toEqual([]);
  });
});
