/**
 * A tiny static file server for the built site, dependency-free (node:http), so the end-to-end
 * tests see dist/ the way a static host serves it: under an optional base path, index.html for
 * directory URLs, a redirect from `/x` to `/x/`, and the site's own 404.html with status 404.
 * It is not `astro preview` on purpose: that runs through Vite, which a deployed site never does.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { normaliseBase } from '../../src/shared/base-path.ts';

/** Options for {@link startServer}: the folder to serve and the URL path it lives under. */
export interface StaticServerOptions {
  /** The built site, usually dist/. */
  root: string;
  /** URL path the site is deployed under, e.g. `/lavrov-2017/`; defaults to `/`. */
  base?: string;
}

/** A running server: `url` is its base URL (ending in `/`); `close` stops it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

// Pagefind's index files are binary blobs fetched by its own loader; any static host serves them
// as octet-stream, so we do the same.
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The Content-Type a static host would send for `file`, by extension. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Starts serving `root` under `base` on 127.0.0.1, on a free port chosen by the OS. */
export async function startServer({ root, base = '/' }: StaticServerOptions): Promise<StaticServer> {
  const rootDir = resolve(root);
  const basePath = normaliseBase(base);
  const server = createServer((request, response) => {
    handle(request, response, rootDir, basePath).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`static-server: ${String(error)}`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((done, fail) => {
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, root: string, base: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: malformed URL');
    return;
  }
  // The base itself without its slash (`/lavrov-2017`) is a directory URL like any other.
  if (`${pathname}/` === base) return redirect(response, `${base}${url.search}`);
  if (!pathname.startsWith(base) || pathname.includes('\0')) return notFound(request, response, root);

  const file = resolve(join(root, pathname.slice(base.length)));
  if (file !== root && !file.startsWith(root + sep)) return notFound(request, response, root);

  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
    const index = join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => undefined);
    if (indexInfo?.isFile()) return send(request, response, index, 200);
    return notFound(request, response, root);
  }
  if (info?.isFile()) return send(request, response, file, 200);
  return notFound(request, response, root);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { location, 'content-type': 'text/plain' }).end(`Moved to ${location}`);
}

/** Serves the site's 404.html with status 404, as static hosts do; plain text if there is none. */
async function notFound(request: IncomingMessage, response: ServerResponse, root: string): Promise<void> {
  const page = join(root, '404.html');
  const info = await stat(page).catch(() => undefined);
  if (info?.isFile()) return send(request, response, page, 404);
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

function send(request: IncomingMessage, response: ServerResponse, file: string, status: number): Promise<void> {
  // no-store: every test run must see the files of the build it is testing, never a cached one.
  response.writeHead(status, { 'content-type': contentTypeFor(file), 'cache-control': 'no-store' });
  if (request.method === 'HEAD') {
    response.end();
    return Promise.resolve();
  }
  return new Promise((done, fail) => {
    createReadStream(file).on('error', fail).on('end', done).pipe(response);
  });
}
