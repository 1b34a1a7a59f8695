/**
 * `npm run bench:growth [-- --events 1,10,50,200 --cards]`: how the build grows with the archive.
 * For each N it makes a synthetic archive of N events from the real transcript
 * (scripts/archive/make-archive.ts: the text under new event ids and dates), builds it into a
 * temporary folder, and prints build time, dist/ size and its ratio to the source text, the
 * largest page (and the full transcripts against 8× their own text), and the bytes a first
 * typed query fetches. Social cards are left out (SHARE_CARDS=off) unless --cards: drawing
 * thousands of PNGs would dominate the time; their cost per event is measured from N=1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { makeArchive, SOURCE_EVENT } from '../archive/make-archive.ts';
import { launchBenchBrowser } from './browser.ts';
import { heading, kb, mark, table } from './format.ts';
import { measureFirstQuery } from './search.ts';
import { brotli, startBenchServer } from './server.ts';

const TARGETS = {
  /** dist/ bytes per byte of source text. */
  ratio: 50,
  /** Largest HTML page other than a full transcript. */
  pageBytes: 1_000_000,
  /** A full transcript page against its own source text. */
  transcriptRatio: 8,
  /** Bytes of a first typed query at the largest N (150 KiB), as transferred. */
  firstQueryBytes: 150 * 1024,
} as const;

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1,10,50,200' },
    cards: { type: 'boolean', default: false },
    query: { type: 'string', default: 'cyber' },
    keep: { type: 'boolean', default: false },
  },
});
const counts = values.events.split(',').map(Number);
if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--events: ${values.events}`);

/** Sizes of the files under `dir` by kind, and the HTML pages by size. */
function sizes(dir: string) {
  const total = { all: 0, html: 0, pagefind: 0, og: 0, data: 0, other: 0 };
  const pages: Array<{ path: string; bytes: number }> = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/');
    const bytes = statSync(join(dir, path)).size;
    total.all += bytes;
    const top = path.split('/')[0] ?? '';
    if (top === 'pagefind') total.pagefind += bytes;
    else if (top === 'og') total.og += bytes;
    else if (top === 'data') total.data += bytes;
    else if (path.endsWith('.html')) {
      total.html += bytes;
      pages.push({ path, bytes });
    } else total.other += bytes;
  }
  return { total, pages: pages.sort((a, b) => b.bytes - a.bytes) };
}

const sourceBytes = statSync(join('content', 'source', `${SOURCE_EVENT}.txt`)).size;
const work = mkdtempSync(join(tmpdir(), 'bench-growth-'));
const rows: string[][] = [];
const problems: string[] = [];
const browser = await launchBenchBrowser();
try {
  for (const n of counts) {
    const content = join(work, `content-${n}`);
    const dist = join(work, `dist-${n}`);
    const events = makeArchive({ from: 'content', to: content, events: n });
    const started = performance.now();
    const build = spawnSync('node_modules/.bin/astro', ['build', '--outDir', dist], {
      env: {
        ...process.env,
        CONTENT_DIR: content,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...(values.cards ? {} : { SHARE_CARDS: 'off' }),
      },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0)
      throw new Error(`build of ${n} events failed:\n${build.stdout.slice(-3000)}\n${build.stderr}`);
    const { total, pages } = sizes(dist);
    const text = sourceBytes * events.length;
    const transcripts = pages.filter((page) => events.some((event) => page.path === `${event}/index.html`));
    const others = pages.filter((page) => !transcripts.includes(page));
    const largest = others[0];
    const transcriptRatio = Math.max(...transcripts.map((page) => page.bytes / sourceBytes));
    const server = await startBenchServer(`${dist}/`, { brotliQuality: 11 });
    let query;
    try {
      query = await measureFirstQuery(browser, server, '', values.query);
    } finally {
      await server.close();
    }
    const sent = Object.values(query.transferred).reduce((a, b) => a + b, 0);
    const raw = Object.values(query.raw).reduce((a, b) => a + b, 0);
    const ratio = total.all / text;
    // The quote checker's one data file: what its first check fetches besides its ~9 KB script.
    const checkData = readFileSync(join(dist, 'check', 'archive.json'));
    const checkSent = brotli(checkData, 11).length;
    rows.push([
      String(n),
      `${pages.length}`,
      `${seconds.toFixed(0)} s`,
      kb(total.all),
      `${kb(total.html)} / ${kb(total.pagefind)} / ${kb(total.data)}${values.cards ? ` / ${kb(total.og)}` : ''}`,
      `${mark(ratio <= TARGETS.ratio)} ${ratio.toFixed(1)}×`,
      `${mark((largest?.bytes ?? 0) <= TARGETS.pageBytes)} ${kb(largest?.bytes ?? 0)} ${largest?.path ?? ''}`,
      `${mark(transcriptRatio <= TARGETS.transcriptRatio)} ${transcriptRatio.toFixed(1)}×`,
      `${mark(sent <= TARGETS.firstQueryBytes)} ${kb(sent)} (${kb(raw)} raw, ${query.requests} files)`,
      `${kb(checkSent)} (${kb(checkData.length)} raw)`,
    ]);
    console.log(`growth: ${n} events built in ${seconds.toFixed(0)} s, ${kb(total.all)}`);
    if (!values.keep) rmSync(content, { recursive: true, force: true });
    if (!values.keep) rmSync(dist, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

console.log(
  heading(
    `Growth: synthetic archives of the ${kb(sourceBytes)} transcript${values.cards ? '' : ' (social cards off)'}`,
  ),
);
console.log(
  table(
    [
      'events',
      'pages',
      'build',
      'dist/',
      `html / pagefind / data${values.cards ? ' / og' : ''}`,
      `dist ÷ text (≤ ${TARGETS.ratio}×)`,
      'largest page but transcripts (≤ 1 MB)',
      'transcript ÷ its text (≤ 8×)',
      `first query "${values.query}" (≤ 150 KiB sent)`,
      'check data, brotli',
    ],
    rows,
  ),
);
if (values.keep) console.log(`kept in ${work}`);
if (problems.length) console.log(problems.join('\n'));
