/**
 * A static server for the benchmark that compresses as a CDN does: brotli (else gzip) for text,
 * scripts, styles, JSON, SVG and WebAssembly when the browser accepts it; Pagefind's index files
 * (.pf_*, .pagefind), which Pagefind already gzips itself, go out as they are. Compressed bodies
 * are computed once per file, as a CDN caches them. Loopback only.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { contentTypeFor } from '../harness/static-server.ts';

/** One response the server sent: counted here, where the bytes really leave. */
export interface Served {
  /** URL path, e.g. `/pagefind/pagefind.js`. */
  path: string;
  status: number;
  /** Content-Type sent. */
  type: string;
  /** Size of the file on disk. */
  raw: number;
  /** Body bytes sent (compressed when `encoding` is set). */
  sent: number;
  /** `br`, `gzip`, or "" for none. */
  encoding: string;
}

/** A running benchmark server. */
export interface BenchServer {
  /** Base URL, ending in `/`. */
  url: string;
  /** The responses sent since the last call, in the order they finished. */
  take: () => Served[];
  close: () => Promise<void>;
}

/** How the server compresses. */
export interface CompressionOptions {
  /** Brotli quality, 0–11: 11 is what hosts that precompress static files use, ~5 on the fly. */
  brotliQuality: number;
}

// What a CDN compresses: text formats and wasm; never formats that are compressed already.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|wasm)|image\/svg\+xml)/;

/** Brotli-compresses `data` at `quality`, as the server and the ratio measurement both do. */
export function brotli(data: Buffer | string, quality: number): Buffer {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
}

/** Starts serving `root` at `/` on 127.0.0.1 with compression. */
export async function startBenchServer(root: string, options: CompressionOptions): Promise<BenchServer> {
  const rootDir = resolve(root);
  const cache = new Map<string, Buffer>();
  let served: Served[] = [];
  const server = createServer((request, response) => {
    handle(request, response, rootDir, options, cache, (entry) => served.push(entry)).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`bench server: ${String(error)}`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    take: () => {
      const taken = served;
      served = [];
      return taken;
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** The file a URL path names (index.html for directories), or undefined with the status to send. */
async function resolveFile(
  root: string,
  pathname: string,
): Promise<{ file: string; status: number } | { redirect: string }> {
  const file = resolve(join(root, pathname));
  if (file !== root && !file.startsWith(root + sep)) return { file: join(root, '404.html'), status: 404 };
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(file, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return { file: index, status: 200 };
  } else if (info?.isFile()) {
    return { file, status: 200 };
  }
  return { file: join(root, '404.html'), status: 404 };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  options: CompressionOptions,
  cache: Map<string, Buffer>,
  log: (entry: Served) => void,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  const found = await resolveFile(root, pathname);
  if ('redirect' in found) {
    response.writeHead(301, { location: `${found.redirect}${url.search}` }).end();
    return;
  }
  const type = contentTypeFor(found.file);
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = !COMPRESSIBLE.test(type)
    ? undefined
    : /\bbr\b/.test(accepted)
      ? 'br'
      : /\bgzip\b/.test(accepted)
        ? 'gzip'
        : undefined;
  const key = `${found.file}\0${encoding ?? 'identity'}`;
  let body = cache.get(key);
  if (!body) {
    const raw = await readFile(found.file);
    body =
      encoding === 'br' ? brotli(raw, options.brotliQuality) : encoding === 'gzip' ? gzipSync(raw, { level: 9 }) : raw;
    cache.set(key, body);
  }
  const raw = (await stat(found.file)).size;
  const sent = request.method === 'HEAD' ? 0 : body.length;
  response.on('finish', () =>
    log({ path: url.pathname, status: found.status, type, raw, sent, encoding: encoding ?? '' }),
  );
  // no-cache (revalidate), not no-store: no-store would also bar the back/forward cache, which
  // Lighthouse scores and a CDN would not prevent.
  response.writeHead(found.status, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
