/**
 * `npm test` after the quick gates and the build: the slow passes in two lanes at once, because
 * the machine has two cores and the end-to-end pass alone leaves one of them idle part of the
 * time. Lane "dist" is the main end-to-end pass over dist/; lane "more" type-checks, runs the unit
 * tests and then builds and tests the base-path, archive and long-content variants (their builds
 * run one after another, since every Astro build writes the same .astro/ folder).
 *
 * Each line a lane prints is prefixed with its name; a lane stops at its first failing step, the
 * other runs on, and the exit code is non-zero if either failed. Steps are npm scripts, so they
 * run on the pinned Node. `npm run test:lanes -- more` runs one lane alone.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

// End-to-end files over dist/ that run in the second lane, so that both lanes end together
// (measured on this machine kind: the dist lane otherwise ran 50 s alone after the other ended).
const BALANCE = ['tests/e2e/check.test.ts'];

/** The lanes and their steps (npm scripts, with arguments), in order. */
const LANES = {
  dist: [['test:e2e', ...BALANCE.flatMap((file) => ['--exclude', file])]],
  more: [['check'], ['test:unit'], ['test:e2e', ...BALANCE], ['test:base-path'], ['test:archive'], ['test:limits']],
};

/** Runs one npm script, prefixing its output; resolves to its exit code. */
function runStep(lane, [script, ...args]) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${lane}] ${line}`));
    }
    child.on('close', (code) => done(code ?? 1));
  });
}

/** Runs a lane's steps in order until one fails; returns what happened, for the summary. */
async function runLane(lane, steps) {
  const results = [];
  for (const step of steps) {
    const script = step.join(' ');
    const started = Date.now();
    console.log(`[${lane}] ▶ npm run ${script}`);
    const code = await runStep(lane, step);
    const seconds = (Date.now() - started) / 1000;
    results.push({ lane, script, code, seconds });
    console.log(`[${lane}] ${code === 0 ? '✓' : '✗'} npm run ${script} (${seconds.toFixed(1)} s)`);
    if (code !== 0) break;
  }
  return results;
}

const chosen = process.argv.slice(2);
const lanes = Object.entries(LANES).filter(([name]) => chosen.length === 0 || chosen.includes(name));
if (lanes.length === 0) {
  console.error(`Unknown lane: ${chosen.join(', ')}. Lanes: ${Object.keys(LANES).join(', ')}.`);
  process.exit(2);
}
const started = Date.now();
const results = (await Promise.all(lanes.map(([name, steps]) => runLane(name, steps)))).flat();

console.log(`\nnpm test, lanes (${((Date.now() - started) / 1000).toFixed(1)} s in all):`);
for (const { lane, script, code, seconds } of results) {
  console.log(`  ${code === 0 ? '✓' : '✗'} [${lane}] ${seconds.toFixed(1).padStart(6)} s  ${script}`);
}
const skipped = lanes.flatMap(([name, steps]) =>
  steps
    .map((step) => step.join(' '))
    .filter((script) => !results.some((result) => result.lane === name && result.script === script)),
);
if (skipped.length > 0) console.log(`  not run (an earlier step failed): ${skipped.join(', ')}`);
process.exit(results.some((result) => result.code !== 0) ? 1 : 0);
