/**
 * The published source text the site must reproduce verbatim (content/source/<event>.txt), read
 * the same way by every test that compares the site with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EVENT } from '../../scripts/harness/dist';
import { contentDir } from '../../src/loaders/content-files';

/** The content folder the build under test was made from: $CONTENT_DIR or content/, as the build reads it. */
export { contentDir };

/** The events whose source text the content holds (content/source/<event>.txt), sorted. */
export function sourceEvents(): string[] {
  return readdirSync(resolve(contentDir, 'source'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();
}

/** Collapses every whitespace run (including no-break spaces and newlines) to one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The source's paragraphs (blocks separated by blank lines), whitespace-normalised, in order. */
export function sourceParagraphs(event: string = EVENT): string[] {
  return readFileSync(resolve(contentDir, 'source', `${event}.txt`), 'utf8')
    .split(/\n[ \t]*\n/)
    .map(normaliseSpace)
    .filter(Boolean);
}

/** Describes the first place where `page` and `source` paragraph lists differ, or undefined. */
export function firstDifference(source: string[], page: string[]): string | undefined {
  const index = source.findIndex((paragraph, at) => page[at] !== paragraph);
  if (index === -1) {
    return page.length === source.length
      ? undefined
      : `The page has ${page.length - source.length} paragraph(s) more than the source.`;
  }
  return [
    `Paragraph ${index + 1} differs (${page.length} on the page, ${source.length} in the source):`,
    `  source: "${source[index]?.slice(0, 200)}"`,
    `  page:   "${page[index]?.slice(0, 200) ?? '(none)'}"`,
  ].join('\n');
}
