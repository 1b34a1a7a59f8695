/**
 * Starts the static server over the built site once for the whole end-to-end run and hands its
 * URL to the tests. Fails early, with the fix, when there is no build to test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { distDir } from '../../scripts/harness/dist';
import { startServer } from '../../scripts/harness/static-server';

declare module 'vitest' {
  interface ProvidedContext {
    /** Base URL of the static server, ending in `/` (includes BASE_PATH when set). */
    siteUrl: string;
  }
}

/** Vitest global setup: serve dist/ under BASE_PATH (the same variable astro.config.ts reads). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}. Run \`npm run build\` first (with the same BASE_PATH, if any).`);
  }
  const server = await startServer({ root: distDir, base: process.env['BASE_PATH'] ?? '/' });
  console.log(`e2e: serving ${distDir} at ${server.url}`);
  project.provide('siteUrl', server.url);
  return server.close;
}
