/**
 * The published source text the site must reproduce verbatim (content/source/<event>.txt), read
 * the same way by every test that compares the site with it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EVENT } from './dist';

/** Collapses every whitespace run (including no-break spaces and newlines) to one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The source's paragraphs (blocks separated by blank lines), whitespace-normalised, in order. */
export function sourceParagraphs(event: string = EVENT): string[] {
  const file = fileURLToPath(new URL(`../../content/source/${event}.txt`, import.meta.url));
  return readFileSync(file, 'utf8')
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
