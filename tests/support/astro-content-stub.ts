/**
 * Stands in for Astro's virtual `astro:content` module in unit tests (tests/unit/vitest.config.ts),
 * so that lib modules whose pure helpers live beside collection readers can be imported. Reading a
 * collection here is a mistake in the test: it throws.
 */
export function getCollection(name: string): never {
  throw new Error(`getCollection("${name}") is not available in unit tests: build the data from fixtures.`);
}
