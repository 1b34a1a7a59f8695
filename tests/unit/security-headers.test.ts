import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineHashes, keepHashes, mergePolicies } from '../../src/integrations/security-headers';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the CSP <meta> cut to what the page has (integrations/security-headers)', () => {
  const page = [
    '<script>theme()</script>',
    '<script type="module">boot()</script>',
    '<script type="application/ld+json">{"@type":"Event"}</script>',
    '<script type="application/json" id="anchor-redirects">{}</script>',
    '<script type="module" src="/_astro/site.js"></script>',
    '<style>body{margin:0}</style>',
  ].join('');

  test('hashes the scripts a browser runs and the styles, not data blocks or files', () => {
    expect(inlineHashes(page)).toEqual(new Set([hash('theme()'), hash('boot()'), hash('body{margin:0}')]));
  });

  test('keeps every other source and only the hashes present', () => {
    const policy = [
      "default-src 'self'",
      `script-src 'self' 'wasm-unsafe-eval' ${hash('theme()')} ${hash('island()')} ${hash('boot()')}`,
      `style-src 'self' ${hash('body{margin:0}')} ${hash('main{}')}`,
    ].join(';');
    expect(keepHashes(policy, inlineHashes(page))).toBe(
      [
        "default-src 'self'",
        `script-src 'self' 'wasm-unsafe-eval' ${hash('theme()')} ${hash('boot()')}`,
        `style-src 'self' ${hash('body{margin:0}')}`,
      ].join(';'),
    );
  });

  test('the header merges every page’s sources, each once', () => {
    expect(mergePolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; img-src 'self'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'",
    );
  });
});
