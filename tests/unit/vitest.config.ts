/** Vitest configuration for the unit tests: plugins, loader and validation, on fixtures. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
  },
  resolve: {
    // lib/transcripts reads collections through Astro's virtual module; its pure helpers do not.
    alias: { 'astro:content': fileURLToPath(new URL('../support/astro-content-stub.ts', import.meta.url)) },
  },
});
