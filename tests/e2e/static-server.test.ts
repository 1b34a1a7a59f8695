/**
 * The harness's static server behaves like a static host: the other end-to-end tests rely on
 * its redirects, 404s and content types, so a regression here would make them lie.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/harness/static-server';

let root: string;
let server: StaticServer;
const origin = () => new URL(server.url).origin;
const get = (path: string) => fetch(`${origin()}${path}`, { redirect: 'manual' });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'topics/cyber'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, '404.html'), '<h1>not found page</h1>');
  writeFileSync(join(root, 'topics/cyber/index.html'), '<h1>cyber</h1>');
  writeFileSync(join(root, 'app.js'), 'export {}');
  writeFileSync(join(root, 'index.pf_meta'), 'x');
  server = await startServer({ root, base: '/sub' });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
  test('serves under the base path, with index.html for directories', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
    const home = await get('/sub/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<h1>home</h1>');
    expect(await (await get('/sub/topics/cyber/')).text()).toBe('<h1>cyber</h1>');
  });

  test('redirects a directory URL without its slash, keeping the query', async () => {
    const response = await get('/sub/topics/cyber?q=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/sub/topics/cyber/?q=1');
    expect((await get('/sub')).headers.get('location')).toBe('/sub/');
  });

  test('answers 404 with the site 404 page for missing files and paths outside the base', async () => {
    for (const path of [
      '/sub/missing/',
      '/sub/missing.html',
      '/index.html',
      '/sub/../index.html',
      '/sub/%2e%2e/index.html',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('<h1>not found page</h1>');
    }
  });

  test('sends the content types a static host would', async () => {
    expect((await get('/sub/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/sub/index.pf_meta')).headers.get('content-type')).toBe('application/octet-stream');
  });
});
