/** Vitest configuration for the unit tests: plugins, loader and validation, on fixtures. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
  },
});
