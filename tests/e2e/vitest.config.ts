/**
 * Vitest config for the end-to-end tests: they run against the built site (dist/) in headless
 * Chromium, one file at a time, because each file drives a whole browser and the machine has two
 * cores; timeouts are generous for the same reason.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/e2e/**/*.test.ts'],
    // The limits test reads the long-content build (npm run test:limits sets E2E_LIMITS), not dist/.
    exclude: process.env['E2E_LIMITS'] ? [] : ['tests/e2e/limits.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
