/**
 * `npm run bench`: measures the built site against the quality bars of DESIGN.md — search speed
 * and first-query bytes, page weight per page type, markup leanness of the transcript, and
 * Lighthouse scores — serving dist/ on 127.0.0.1 with compression as a CDN would. It builds
 * nothing: run `npm run build` first. Run with Node 22 (npm scripts use the pinned one).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { MARKUP_RATIO_BUDGET } from './harness/budgets.ts';
import { distDir, EVENT } from './harness/dist.ts';
import { QUERIES } from './harness/search-queries.ts';
import { launchBenchBrowser } from './bench/browser.ts';
import { benchCards } from './bench/cards.ts';
import { measureCheckTimes, measureFirstCheck } from './bench/check.ts';
import { heading, kb, mark, ms, table } from './bench/format.ts';
import { benchRuns, CATEGORIES, runLighthouse, type LighthouseResult, type Throttling } from './bench/lighthouse.ts';
import { measurePage, type PageLoad } from './bench/pages.ts';
import { writePlainSite } from './bench/plain.ts';
import {
  measureFirstQuery,
  measureTypedQuery,
  measureWarmQueries,
  percentile,
  type FirstQuery,
  type TypedQuery,
} from './bench/search.ts';
import { startBenchServer } from './bench/server.ts';

/** The DESIGN.md targets each figure is marked against. */
const TARGETS = {
  /** Bytes the first query may fetch (100 KB, counted as 100 000 bytes). */
  firstQueryBytes: 100_000,
  /** Bytes a query typed a key every 100 ms may fetch (issue 13: 100 KiB, brotli). */
  typedQueryBytes: 100 * 1024,
  /** Median warm query-to-results time, ms. */
  warmMedianMs: 30,
  /** Bytes the first quote check may fetch (issue 20: 50 KB brotli at one event). */
  firstCheckBytes: 50_000,
  /** Median warm time to an answer for a 100-word quote, ms (issue 20). */
  checkMs100: 30,
  /** Compressed JS at load outside the search page, bytes. */
  jsAtLoadBytes: 5_000,
  /** brotli(HTML + CSS) / brotli(text) on the transcript page. */
  markupRatio: MARKUP_RATIO_BUDGET,
  /** Every Lighthouse category. */
  lighthouse: 100,
  /** A page's LCP over the plain page's (the source text as bare <p>, no CSS or JS). */
  lcpRatio: 1.25,
  /** The full transcript's LCP over the plain page of its own words. */
  transcriptLcpRatio: 1.15,
  /** Total Blocking Time, ms. */
  tbtMs: 50,
  /** Requests that block the first paint, besides the HTML itself. */
  renderBlocking: 0,
} as const;

const HELP = `Usage: npm run bench [-- options]

Measures the site already built in dist/: run \`npm run build\` first (the bench builds nothing).
Serves it on 127.0.0.1 with brotli/gzip, drives Debian's Chromium ($CHROMIUM_PATH to override),
and prints search, page-weight and Lighthouse figures, each marked ✓/✗ against DESIGN.md.

Options:
  --dist DIR            the build to measure (default: $DIST_DIR or dist/)
  --rounds N            timed rounds over the query set for warm queries (default 2)
  --brotli-quality N    0–11; 11 as for precompressed static files (default), ~5 as on the fly
  --no-search           skip the search measurements
  --no-check            skip the quote checker's measurements
  --no-lighthouse       skip Lighthouse (the slowest part: many minutes)
  --compare DIR         also load the same pages from the build in DIR, interleaved with dist's,
                        with throttling applied, and print the two side by side (A/B of a change)
  --help                this text

Environment:
  BENCH_RUNS=N          Lighthouse runs per page and throttling, the median kept (default 7)
  BENCH_PAGES=a,b       only these page types (names as printed; the plain pages always run)
  BENCH_THROTTLING=…    simulate,devtools (default both; devtools = throttling applied for real)`;

/** Page types measured, as [name, path relative to the site root]. */
const PAGE_TYPES = [
  ['home', ''],
  ['transcript', `${EVENT}/`],
  ['segment', `${EVENT}/a-cyber/`],
  ['topic', 'topics/cyber/'],
  ['note', 'notes/opcw/'],
  ['search', 'search/'],
  ['about', 'about/'],
  ['check', 'check/'],
] as const;

// Typed queries (issue 13): a key every 100 ms into the header box of the transcript page.
const TYPED_QUERIES = ['Syria', 'cyber'];
const KEY_DELAY_MS = 100;

// First queries: a narrow one, a broad one (six fragments for the header) and a phrase.
const FIRST_QUERIES = ['cyber', 'Syria', 'chemical weapons'];

/** Total size in bytes of the files under `dir`, and of those whose path matches `only`. */
function diskSize(dir: string, only?: RegExp): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (!only || only.test(relative(dir, file))) total += statSync(file).size;
  }
  return total;
}

function firstQueryTable(results: readonly FirstQuery[]): string {
  const rows = results.map((result) => {
    const total = Object.values(result.transferred).reduce((a, b) => a + b, 0);
    return [
      result.query,
      kb(result.transferred.js),
      kb(result.transferred.wasm),
      kb(result.transferred.index),
      kb(result.transferred.fragments),
      kb(result.transferred.other),
      String(result.requests),
      `${kb(total)} ${mark(total <= TARGETS.firstQueryBytes)}`,
    ];
  });
  return table(
    [
      'first query',
      'JS',
      'wasm',
      'index',
      'fragments',
      'CSS, other',
      'requests',
      `total (≤ ${kb(TARGETS.firstQueryBytes)})`,
    ],
    rows,
  );
}

/** Bytes as KiB (1024 bytes), the unit issue 13 states the typed-query target in. */
function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function typedQueryTable(results: readonly TypedQuery[]): string {
  const rows = results.map((result) => {
    const total = Object.values(result.transferred).reduce((a, b) => a + b, 0);
    return [
      result.query,
      kib(result.transferred.js),
      kib(result.transferred.wasm),
      kib(result.transferred.index),
      `${kib(result.transferred.fragments)} (${result.fragments})`,
      kib(result.transferred.other),
      String(result.requests),
      `${kib(total)} ${mark(total <= TARGETS.typedQueryBytes)}`,
    ];
  });
  return table(
    [
      `typed, a key every ${KEY_DELAY_MS} ms`,
      'runtime (JS)',
      'wasm',
      'index',
      'fragments (files)',
      'CSS, other',
      'requests',
      `total (≤ ${kib(TARGETS.typedQueryBytes)})`,
    ],
    rows,
  );
}

function warmTable(ui: number[], engine: number[]): string {
  const uiMedian = percentile(ui, 0.5);
  return table(
    ['warm query → results', 'samples', 'median', 'p95', `target: median ≤ ${TARGETS.warmMedianMs} ms`],
    [
      [
        'site UI: value set → list redrawn',
        String(ui.length),
        ms(uiMedian),
        ms(percentile(ui, 0.95)),
        mark(uiMedian <= TARGETS.warmMedianMs),
      ],
      [
        'Pagefind engine: search + 6 × data()',
        String(engine.length),
        ms(percentile(engine, 0.5)),
        ms(percentile(engine, 0.95)),
        '(for reference)',
      ],
    ],
  );
}

function indexTable(dist: string, fetched: FirstQuery): string {
  const pagefind = join(dist, 'pagefind');
  // What the site's client can fetch: the loader, wasm, entry, meta, index, filter and fragment
  // chunks. The rest (Pagefind's own UI bundles, the worker) is written by Pagefind but unused.
  const searchable =
    /^(pagefind\.js|wasm\.[^/]*\.pagefind|pagefind-entry\.json|[^/]*\.pf_meta|records\.json|words\.txt|(index|filter|fragment)\/.*)$/;
  const rawFetched = fetched.files.filter((file) => file.path.includes('/pagefind/'));
  const rows = [
    ['dist/pagefind, everything on disk', kb(diskSize(pagefind))],
    ['  of which the search runtime and index', kb(diskSize(pagefind, searchable))],
    ['  of which fragments (one per passage)', kb(diskSize(pagefind, /^fragment\//))],
    [
      `Pagefind files fetched by the first query "${fetched.query}", on disk`,
      kb(rawFetched.reduce((total, file) => total + file.raw, 0)),
    ],
    [`  the same, transferred`, kb(rawFetched.reduce((total, file) => total + file.sent, 0))],
  ];
  return table(['index size', 'bytes'], rows);
}

const fixed = (value: number | null, digits = 0, unit = '') =>
  value === null ? '–' : `${value.toFixed(digits)}${unit}`;

/** Lighthouse's load figures per page type, beside the plain page (the first result). */
/** The Lighthouse row of the plain page of the transcript's own words. */
const PLAIN_WORDS = 'plain (words)';

/** The two plain pages, measured for comparison, not held to the targets. */
const isPlain = (name: string) => name === 'plain' || name === PLAIN_WORDS;

/** LCP over its plain page's: the plain page of its own words for the transcript, else the plain page. */
function lcpRatio(
  results: readonly LighthouseResult[],
  result: LighthouseResult,
  lcpOf: (result: LighthouseResult | undefined) => number | null,
): string {
  const floor = result.name === 'transcript' ? PLAIN_WORDS : 'plain';
  const lcp = lcpOf(result);
  const plainLcp = lcpOf(results.find((other) => other.name === floor));
  if (lcp === null || !plainLcp || result.name === 'plain') return '–';
  const target = result.name === 'transcript' ? TARGETS.transcriptLcpRatio : TARGETS.lcpRatio;
  return `${(lcp / plainLcp).toFixed(2)}× ${isPlain(result.name) ? '' : mark(lcp / plainLcp <= target)}`.trim();
}

/** A TBT figure marked against its target (plain pages unmarked). */
function tbtCell(result: LighthouseResult, tbt: number | null | undefined): string {
  if (tbt === null || tbt === undefined) return '–';
  return `${fixed(tbt, 0, ' ms')} ${isPlain(result.name) ? '' : mark(tbt <= TARGETS.tbtMs)}`.trim();
}

/** `min–max` of a page's runs, the spread a difference must exceed to mean something. */
function spread(values: ReadonlyArray<number | null> | undefined): string {
  const known = (values ?? []).filter((value): value is number => value !== null);
  return known.length === 0 ? '–' : `${Math.min(...known).toFixed(0)}–${Math.max(...known).toFixed(0)}`;
}

function loadTable(results: readonly LighthouseResult[]): string {
  const rows = results.map((result) => {
    const { lcp, tbt, cls, requests, bytes, renderBlocking } = result.metrics;
    const performance = result.scores.performance;
    const plain = isPlain(result.name);
    const applied = result.applied?.metrics;
    return [
      result.name,
      `${fixed(performance)} ${plain ? '' : mark(performance === TARGETS.lighthouse)}`.trim(),
      fixed(lcp, 0, ' ms'),
      lcpRatio(results, result, (one) => one?.metrics.lcp ?? null),
      tbtCell(result, tbt),
      fixed(applied?.lcp ?? null, 0, ' ms'),
      spread(result.applied?.lcpRuns),
      lcpRatio(results, result, (one) => one?.applied?.metrics.lcp ?? null),
      tbtCell(result, applied?.tbt),
      spread(result.applied?.tbtRuns),
      fixed(cls, 3),
      fixed(requests),
      bytes === null ? '–' : kb(bytes),
      `${fixed(renderBlocking)} ${plain || renderBlocking === null ? '' : mark(renderBlocking <= TARGETS.renderBlocking)}`.trim(),
    ];
  });
  return table(
    [
      'page',
      'perf.',
      'LCP sim.',
      '× plain',
      `TBT sim.`,
      'LCP applied',
      'runs',
      '× plain',
      'TBT applied',
      'runs',
      'CLS',
      'requests',
      'bytes at load',
      'blocking',
    ],
    rows,
  );
}

/** Two builds' figures with throttling applied, side by side: medians and every run's spread. */
function compareTable(
  a: readonly LighthouseResult[],
  b: readonly LighthouseResult[],
  labels: [string, string],
): string {
  const rows = a.map((one, index) => {
    const other = b[index];
    const lcpA = one.applied?.metrics.lcp ?? null;
    const lcpB = other?.applied?.metrics.lcp ?? null;
    return [
      one.name,
      fixed(lcpA, 0, ' ms'),
      spread(one.applied?.lcpRuns),
      fixed(lcpB, 0, ' ms'),
      spread(other?.applied?.lcpRuns),
      lcpA !== null && lcpB !== null ? `${(lcpB - lcpA).toFixed(0)} ms` : '–',
      fixed(one.applied?.metrics.tbt ?? null, 0, ' ms'),
      fixed(other?.applied?.metrics.tbt ?? null, 0, ' ms'),
      fixed(one.metrics.lcp, 0, ' ms'),
      fixed(other?.metrics.lcp ?? null, 0, ' ms'),
    ];
  });
  return table(
    [
      'page',
      `LCP ${labels[0]}`,
      'runs',
      `LCP ${labels[1]}`,
      'runs',
      `${labels[1]} − ${labels[0]}`,
      `TBT ${labels[0]}`,
      `TBT ${labels[1]}`,
      `LCP sim. ${labels[0]}`,
      `LCP sim. ${labels[1]}`,
    ],
    rows,
  );
}

/** Which kinds of throttling to measure: $BENCH_THROTTLING, default both. */
function benchThrottling(): Throttling[] {
  const value = process.env['BENCH_THROTTLING'] ?? 'simulate,devtools';
  const kinds = value.split(',').map((kind) => kind.trim());
  if (kinds.length === 0 || kinds.some((kind) => kind !== 'simulate' && kind !== 'devtools')) {
    throw new Error(`BENCH_THROTTLING must list simulate and/or devtools, not "${value}"`);
  }
  return kinds as Throttling[];
}

/** The page types to run Lighthouse on: $BENCH_PAGES (names), default all. */
function benchPageTypes(): ReadonlyArray<(typeof PAGE_TYPES)[number]> {
  const wanted = process.env['BENCH_PAGES']?.split(',').map((name) => name.trim());
  if (!wanted) return PAGE_TYPES;
  const unknown = wanted.filter((name) => !PAGE_TYPES.some(([type]) => type === name));
  if (unknown.length > 0) throw new Error(`BENCH_PAGES: unknown page type(s) ${unknown.join(', ')}`);
  return PAGE_TYPES.filter(([name]) => wanted.includes(name));
}

function pagesTable(loads: readonly PageLoad[]): string {
  const rows = loads.map((load) => {
    const jsBudget = load.name === 'search' ? '(exempt)' : mark(load.js.transferred <= TARGETS.jsAtLoadBytes);
    return [
      load.name,
      `${kb(load.html.raw)} / ${kb(load.html.transferred)}`,
      `${kb(load.css.raw)} / ${kb(load.css.transferred)}`,
      `${kb(load.js.raw)} / ${kb(load.js.transferred)}`,
      String(load.requests),
      `${kb(load.js.transferred)} ${jsBudget}`,
      `${load.pagefind}`,
      `${load.foreign} ${mark(load.foreign === 0)}`,
    ];
  });
  return table(
    [
      'page',
      'HTML raw / br',
      'CSS raw / br',
      'JS raw / br',
      'requests',
      `JS at load (≤ ${kb(TARGETS.jsAtLoadBytes)})`,
      'pagefind files',
      'other origins',
    ],
    rows,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      rounds: { type: 'string', default: '2' },
      'brotli-quality': { type: 'string', default: '11' },
      'no-lighthouse': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-check': { type: 'boolean', default: false },
      compare: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const dist = values.dist ?? distDir;
  const rounds = Number(values.rounds);
  const brotliQuality = Number(values['brotli-quality']);
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
    throw new Error(`No complete build in ${dist}: run \`npm run build\` first.`);
  }
  const started = Date.now();
  const server = await startBenchServer(dist, { brotliQuality });
  const browser = await launchBenchBrowser();
  try {
    console.log(
      `Benchmark of ${dist}, served at ${server.url} with brotli q${brotliQuality} (gzip fallback); Chromium ${browser.version()}`,
    );

    if (!values['no-search']) {
      const firsts: FirstQuery[] = [];
      for (const query of FIRST_QUERIES) firsts.push(await measureFirstQuery(browser, server, `${EVENT}/`, query));
      const typed: TypedQuery[] = [];
      for (const query of TYPED_QUERIES) {
        typed.push(await measureTypedQuery(browser, server, `${EVENT}/`, query, KEY_DELAY_MS));
      }
      const queries = QUERIES.map((entry) => entry.query);
      const warm = await measureWarmQueries(browser, server.url, `${EVENT}/`, queries, rounds);

      console.log(heading('Search'));
      console.log('First query, from the first touch of the header box to results shown (compressed bytes):');
      console.log(firstQueryTable(firsts));
      console.log(
        `\nTyped query: each key pressed ${KEY_DELAY_MS} ms after the last into the header box of the transcript page, until the results for the whole word are shown (brotli; fragments: the files fetched):`,
      );
      console.log(typedQueryTable(typed));
      console.log(
        `\nWarm queries: the ${queries.length} queries of scripts/harness/search-queries.ts, ${rounds} timed round(s) after a warm-up round.`,
      );
      console.log(
        'The header box draws each query at once from the result summaries (only the search page waits for a query to settle, to fetch excerpts).',
      );
      console.log(warmTable(warm.ui, warm.engine));
      console.log('');
      const broadest = firsts.reduce((a, b) => (b.files.length > a.files.length ? b : a));
      console.log(indexTable(dist, broadest));
    }

    if (!values['no-check']) {
      const first = await measureFirstCheck(browser, server, 'We view this approach as short-sighted');
      const data = JSON.parse(readFileSync(join(dist, 'check', 'archive.json'), 'utf8')) as {
        passages: Array<{ p: string[] }>;
      };
      const text = data.passages.flatMap((passage) => passage.p).join(' ');
      const timings = await measureCheckTimes(browser, server.url, text, [20, 100, 400], Math.max(5, rounds * 3));
      console.log(heading('Quote checker (/check/)'));
      console.log(
        `First check, from the first touch of the form to the answer shown: ${kb(first.transferred)} sent (${kb(first.raw)} raw, ${first.files.length} files: ${first.files.map((file) => file.path.split('/').pop()).join(', ')}) ${mark(first.transferred <= TARGETS.firstCheckBytes)} (target ≤ ${kb(TARGETS.firstCheckBytes)})`,
      );
      console.log(
        "\nWarm: submit → answer drawn, for the transcript's words with every fifth or every second word changed (median of the runs):",
      );
      console.log(
        table(
          ['words', 'changed', 'verdict', 'median', 'runs'],
          timings.map((timing) => [
            String(timing.words),
            `1 in ${timing.every}`,
            timing.verdict,
            `${ms(timing.medianMs)}${timing.words === 100 && timing.every === 5 ? ` ${mark(timing.medianMs <= TARGETS.checkMs100)} (≤ ${TARGETS.checkMs100} ms)` : ''}`,
            timing.runs.map((run) => run.toFixed(1)).join(' '),
          ]),
        ),
      );
    }

    const loads: PageLoad[] = [];
    for (const [name, path] of PAGE_TYPES) {
      loads.push(await measurePage(browser, server, name, path, { withRatio: name === 'transcript', brotliQuality }));
    }
    console.log(heading('Pages (at load, fresh cache)'));
    console.log(pagesTable(loads));
    const ratio = loads.find((load) => load.ratio)?.ratio;
    if (ratio) {
      console.log(
        `\nTranscript markup: brotli(HTML + CSS) ${kb(ratio.markup)} / brotli(text content) ${kb(ratio.text)} = ${ratio.value.toFixed(3)}× ${mark(ratio.value <= TARGETS.markupRatio)} (target ≤ ${TARGETS.markupRatio}×)`,
      );
    }

    console.log(await benchCards(dist));

    if (!values['no-lighthouse']) {
      const runs = benchRuns();
      const throttling = benchThrottling();
      const pageTypes = benchPageTypes();
      const plainDir = writePlainSite(EVENT, dist);
      const plainServer = await startBenchServer(plainDir, { brotliQuality });
      const compareDir = values.compare;
      const compareServer = compareDir ? await startBenchServer(compareDir, { brotliQuality }) : undefined;
      const B = ' [B]';
      let all: LighthouseResult[];
      try {
        all = await runLighthouse(
          [
            ['plain', plainServer.url],
            [PLAIN_WORDS, new URL('words/', plainServer.url).href],
            ...pageTypes.map(([name, path]) => [name, new URL(path, server.url).href] as const),
            ...(compareServer
              ? pageTypes.map(([name, path]) => [`${name}${B}`, new URL(path, compareServer.url).href] as const)
              : []),
          ],
          runs,
          { throttling, progress: (message) => process.stderr.write(`\r${message}\x1b[K`) },
        );
        process.stderr.write('\r\x1b[K');
      } finally {
        await plainServer.close();
        await compareServer?.close();
        rmSync(plainDir, { recursive: true, force: true });
      }
      const results = all.filter((result) => !result.name.endsWith(B));
      const kinds = throttling.map((kind) => (kind === 'simulate' ? 'simulated' : 'applied')).join(' and ');
      console.log(
        heading(
          `Lighthouse (mobile preset, ${kinds} throttling, median of ${runs} run${runs === 1 ? '' : 's'}, interleaved)`,
        ),
      );
      console.log(
        'Plain: the source text as bare <p> elements, no CSS or JS (scripts/bench/plain.ts), served the same way.\n' +
          `${PLAIN_WORDS}: the full transcript page's own words (source, notes, summaries, titles) the same way: the floor for that page.\n` +
          "sim.: Lighthouse's simulated throttling (the scores use it); applied: the same phone network and 4× CPU slow-down imposed\n" +
          'for real (throttlingMethod devtools), what a reader gets: loading questions are decided on it. runs: min–max of the runs.\n' +
          `× plain: the transcript over ${PLAIN_WORDS} (≤ ${TARGETS.transcriptLcpRatio}), every other page over plain (≤ ${TARGETS.lcpRatio}).`,
      );
      if (compareDir) {
        console.log(`\nA: ${dist}; B: ${compareDir} (same pages, loads interleaved):`);
        console.log(
          compareTable(
            results.filter((result) => !isPlain(result.name)),
            pageTypes.map(([name]) => all.find((result) => result.name === `${name}${B}`) as LighthouseResult),
            ['A', 'B'],
          ),
        );
        console.log('');
      }
      console.log(loadTable(results));
      console.log('');
      const words = results.find((result) => result.name === PLAIN_WORDS);
      const transcript = results.find((result) => result.name === 'transcript');
      for (const [label, lcpOf] of [
        ['simulated', (result?: LighthouseResult) => result?.metrics.lcp ?? null],
        ['applied', (result?: LighthouseResult) => result?.applied?.metrics.lcp ?? null],
      ] as const) {
        const [wordsLcp, transcriptLcp] = [lcpOf(words), lcpOf(transcript)];
        if (wordsLcp && transcriptLcp) {
          console.log(
            `The full transcript beside the plain page of its own words (${label}): ${(transcriptLcp / wordsLcp).toFixed(2)}× (LCP ${transcriptLcp.toFixed(0)} ms / ${wordsLcp.toFixed(0)} ms).`,
          );
        }
      }
      console.log('');
      console.log(
        table(
          ['page', ...CATEGORIES],
          results
            .filter((result) => !isPlain(result.name))
            .map((result) => [
              result.name,
              ...CATEGORIES.map((category) => {
                const score = result.scores[category];
                return score === null ? '– ✗' : `${score} ${mark(score >= TARGETS.lighthouse)}`;
              }),
            ]),
        ),
      );
      const losses = results
        .filter((result) => !isPlain(result.name))
        .filter((result) => result.losses.length > 0 || result.error);
      if (losses.length > 0) {
        console.log('\nWhere points were lost (in the run with the median performance score):');
        for (const result of losses) {
          if (result.error) console.log(`  ${result.name}: error: ${result.error}`);
          for (const loss of result.losses) console.log(`  ${result.name}: ${loss}`);
        }
      }
    }
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
