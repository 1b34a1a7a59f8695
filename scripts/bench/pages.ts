/**
 * Page weight per page type: what loading a page fetches (HTML, CSS, JS raw and compressed, the
 * request count, other origins) and, for the transcript, how lean the markup is: brotli(HTML +
 * CSS) over brotli(the text the page shows).
 */
import type { Browser } from 'playwright-core';
import { brotli, type BenchServer, type Served } from './server.ts';

/** Raw and compressed bytes of one kind of resource. */
export interface Bytes {
  raw: number;
  transferred: number;
}

/** What one page's load fetched. */
export interface PageLoad {
  name: string;
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Everything else (images, icons, fetches). */
  other: Bytes;
  requests: number;
  /** Requests to any origin but the site's. */
  foreign: number;
  /** Requests to Pagefind's files during load. */
  pagefind: number;
  /** brotli(HTML + CSS) / brotli(text content), when asked for. */
  ratio?: { markup: number; text: number; value: number };
}

function sum(files: readonly Served[]): Bytes {
  return files.reduce((total, file) => ({ raw: total.raw + file.raw, transferred: total.transferred + file.sent }), {
    raw: 0,
    transferred: 0,
  });
}

/** The kind of a response by its Content-Type. */
function kindOf(file: Served): 'html' | 'css' | 'js' | 'other' {
  if (file.type.startsWith('text/html')) return 'html';
  if (file.type.startsWith('text/css')) return 'css';
  if (/javascript/.test(file.type)) return 'js';
  return 'other';
}

/** Loads `path` in a fresh context and measures it; `withRatio` adds the markup/text ratio. */
export async function measurePage(
  browser: Browser,
  server: BenchServer,
  name: string,
  path: string,
  options: { withRatio: boolean; brotliQuality: number },
): Promise<PageLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(server.url).origin) foreign.push(request.url());
    });
    server.take();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
    // The favicon is fetched after load, sometimes after the network first goes quiet.
    await page.waitForTimeout(300);
    const files = server.take();
    const html = files.filter((file) => kindOf(file) === 'html');
    const css = files.filter((file) => kindOf(file) === 'css');
    const js = files.filter((file) => kindOf(file) === 'js');
    const load: PageLoad = {
      name,
      path,
      html: sum(html),
      css: sum(css),
      js: sum(js),
      other: sum(files.filter((file) => kindOf(file) === 'other')),
      requests: files.length + foreign.length,
      foreign: foreign.length,
      pagefind: files.filter((file) => file.path.includes('/pagefind/')).length,
    };
    if (options.withRatio) {
      // The words the page shows: the body's text, without scripts, styles and noscript markup
      // (which is text in a page that runs scripts), nor the sidenotes a script copies from the
      // endnotes (the HTML carries those words once); whitespace runs count as one space.
      // tests/e2e/weight.test.ts holds the same figure to its limit.
      const text = await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        body.querySelectorAll('script, style, noscript, template, .sidenote').forEach((element) => element.remove());
        return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
      });
      const markup = load.html.transferred + load.css.transferred;
      const words = brotli(text, options.brotliQuality).length;
      load.ratio = { markup, text: words, value: markup / words };
    }
    return load;
  } finally {
    await context.close();
  }
}
