/**
 * The W3C's Nu HTML Checker (vnu-jar, the validator behind validator.w3.org/nu) over every HTML
 * page of dist/, with 0 errors. It reads HTML as the specification does, so it catches what
 * html-validate's rules do not (a script after `</html>`, a `meta refresh` value in the wrong
 * syntax). One Java run checks every page: starting the JVM is most of its cost.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { distDir, EVENT, listHtmlPages } from '../../scripts/harness/dist';

const JAR = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

/** One message of the checker's JSON output. */
interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

describe('Nu HTML Checker: every page of dist/', () => {
  test('reports 0 errors', { timeout: 300_000 }, () => {
    const pages = listHtmlPages();
    expect(pages.map((page) => page.file)).toContain(`${EVENT}/index.html`);
    expect(
      pages.some((page) => page.moved),
      'a moved-passage page is among them',
    ).toBe(true);
    const files = pages.map((page) => `${distDir}${page.file}`);
    const run = spawnSync('java', ['-jar', JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`Could not run the Nu HTML Checker (java -jar ${JAR}): ${run.error.message}`);
    let messages: NuMessage[];
    try {
      messages = (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
    } catch {
      throw new Error(`The Nu HTML Checker gave no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const problems = messages
      .filter(
        (message) => message.type === 'error' || message.subType === 'fatal' || message.type === 'non-document-error',
      )
      .map((message) => {
        const file = (message.url ?? '').replace(/^file:/, '').replace(distDir, '');
        const where = `${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'}`;
        const extract = message.extract ? `  (at ${message.extract.replace(/\s+/g, ' ').trim()})` : '';
        return `${where}  ${message.message}${extract}`;
      });
    expect(problems, `Nu HTML Checker errors in ${files.length} pages (file:line:column, message)`).toEqual([]);
  });
});
