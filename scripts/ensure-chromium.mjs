#!/usr/bin/env node
/**
 * Finds the Chromium that the end-to-end tests drive (scripts/harness/browser.ts) and prints its
 * path. Order: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. When neither exists and we run
 * as root on a machine with apt-get (CI, a fresh project machine), installs Debian's `chromium`
 * package, because nothing else may be downloaded here (Playwright's own browser download is not
 * an option). Otherwise exits non-zero and says how to get one. No dependencies: it must run
 * before anything else is known to work.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';

/** True when `path` names a file we may execute. */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command with inherited output; exits with its status when it fails. */
function run(command, args, env = process.env) {
  console.log(`ensure-chromium: $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`ensure-chromium: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

/** Prints the browser's version, so a log shows which Chromium the tests ran against. */
function report(path) {
  // Debian's wrapper script prints a harmless shell warning on stderr; keep only stdout.
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  console.log(`ensure-chromium: using ${path}${version ? ` (${version})` : ''}`);
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  // An explicit choice is never second-guessed or replaced by an install.
  if (!isExecutable(fromEnv)) {
    console.error(`ensure-chromium: CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.`);
    console.error("Point CHROMIUM_PATH at a Chromium or Chrome binary, or unset it to use Debian's /usr/bin/chromium.");
    process.exit(1);
  }
  report(fromEnv);
  process.exit(0);
}

if (isExecutable(DEBIAN_PATH)) {
  report(DEBIAN_PATH);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`ensure-chromium: no Chromium found at ${DEBIAN_PATH} and CHROMIUM_PATH is not set.`);
  console.error('The end-to-end tests need a Chromium binary. Either:');
  console.error("  - install Debian's package:  sudo apt-get update && sudo apt-get install -y chromium");
  console.error('  - or point CHROMIUM_PATH at an existing Chromium/Chrome binary, e.g.');
  console.error('      CHROMIUM_PATH=/path/to/chrome npm run test:e2e');
  console.error(
    isRoot
      ? '(apt-get is not available here, so it cannot be installed automatically.)'
      : '(Not running as root, so it is not installed automatically.)',
  );
  process.exit(1);
}

console.log(
  `ensure-chromium: ${DEBIAN_PATH} is missing; installing Debian's "chromium" package with apt-get (running as root). This takes a few minutes.`,
);
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
run('apt-get', ['update'], aptEnv);
run('apt-get', ['install', '-y', 'chromium'], aptEnv);
if (!isExecutable(DEBIAN_PATH)) {
  console.error(`ensure-chromium: apt-get finished but ${DEBIAN_PATH} is still missing.`);
  process.exit(1);
}
report(DEBIAN_PATH);
