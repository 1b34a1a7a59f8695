/**
 * The site's own content passes the evidence rules without a build: every note's and summary's
 * sentences are cited, every source has its excerpt and passes the source policy. `npm run
 * lint:evidence` runs this file alone and prints every problem with file:line, so an editor can
 * check their notes in seconds (the build refuses the same problems).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, problemsOf } from '../../src/model/content-error';
import { readSummaries } from '../../src/loaders/transcript-loader';
import type { BlockRecord } from '../../src/model/transcript-types';
import { splitFrontmatter } from '../../src/loaders/frontmatter';
import { loadContentIndex, type ContentIndex } from '../../src/loaders/content-index';
import { markdownPipeline } from '../../src/markdown/pipeline';
import { renderProblems } from '../../src/loaders/render-problems';
import type { Problem } from '../../src/model/content-error';
import { realContentDir } from '../support/real-transcript';

const contentDir = realContentDir;

/** Every problem the evidence rules find in content/, formatted as the build prints them. */
async function evidenceProblems(): Promise<string[]> {
  let contentIndex: ContentIndex;
  try {
    contentIndex = loadContentIndex(contentDir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((problem) => formatProblem(problem));
    throw error;
  }
  const renderer = await unified(markdownPipeline(contentIndex)).createRenderer({ syntaxHighlight: false });
  const problems: Problem[] = [];
  for (const path of contentIndex.notePaths.values()) {
    const { body } = splitFrontmatter(readFileSync(path, 'utf8'));
    const { metadata } = await renderer.render(body, { fileURL: pathToFileURL(path) });
    problems.push(...renderProblems(metadata));
  }
  for (const name of readdirSync(`${contentDir}transcripts`).filter((file) => file.endsWith('.md'))) {
    const event = name.replace(/\.md$/, '');
    const path = `${contentDir}transcripts/${name}`;
    const { body } = splitFrontmatter(readFileSync(path, 'utf8'));
    const { metadata } = await renderer.render(body, { fileURL: pathToFileURL(path) });
    problems.push(...renderProblems(metadata));
    const blocks = (metadata.frontmatter['transcript'] as { blocks: BlockRecord[] } | undefined)?.blocks ?? [];
    const { file } = readSummaries(`${contentDir}summaries/${event}.yaml`, { blocks, ...contentIndex });
    problems.push(...problemsOf(file));
  }
  return problems.map((problem) => formatProblem(problem));
}

describe('the site’s notes and summaries', () => {
  it('cite a listed source after every sentence, with an excerpt, under the source policy', async () => {
    const problems = await evidenceProblems();
    expect(problems.join('\n\n'), `${problems.length} problems`).toBe('');
  }, 60_000);
});
