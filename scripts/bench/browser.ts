/**
 * Chromium for the benchmark: Debian's browser (or $CHROMIUM_PATH) driven by playwright-core,
 * with every host except 127.0.0.1 unresolvable, so no measurement can reach beyond loopback.
 * Bytes are counted by the server (scripts/bench/server.ts), not here: Chromium reports no
 * transfer size for some requests, such as a worker's script.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../harness/browser.ts';

/** The Chromium binary: $CHROMIUM_PATH, else Debian's (the tests' choice). */
export const CHROMIUM = chromiumPath();

/** The tests' flags, and loopback only; shared with Lighthouse's Chromium. */
export const CHROMIUM_FLAGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** Launches headless Chromium for measuring. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
}
