/**
 * Renders Markdown through the site's real processor chain: `unified()` from
 * @astrojs/markdown-remark with the plugin list of src/markdown/pipeline.ts, exactly as
 * astro.config.ts configures it, with the fixture content index.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { loadContentIndex } from '../../src/loaders/content-index';
import { markdownPipeline } from '../../src/markdown/pipeline';
import type { BlockFragment, BlockRecord } from '../../src/model/transcript-types';
import { throwIfRenderProblems } from '../../src/loaders/render-problems';

/** The fixture content folder (content index and transcripts for the loader tests). */
export const fixtureContentDir = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/** A renderer configured like the site's, with the content index of `contentDir`. */
export function createTranscriptRenderer(contentDir: string) {
  return unified(markdownPipeline(loadContentIndex(contentDir))).createRenderer({ syntaxHighlight: false });
}

const renderer = await createTranscriptRenderer(fixtureContentDir);

/** What a transcript render hands back: the HTML and the plugins' data. */
export interface RenderedTranscript {
  html: string;
  blocks: BlockRecord[];
  fragments: Record<string, BlockFragment>;
}

/** Render `markdown` as if it were the transcript file `name` in the fixture content folder. */
export async function renderTranscript(markdown: string, name = 'fixture.md'): Promise<RenderedTranscript> {
  const fileURL = pathToFileURL(`${fixtureContentDir}transcripts/${name}`);
  const { code, metadata } = await renderer.render(markdown, { fileURL });
  // As the loader does: the pipeline hands problems out instead of throwing them.
  throwIfRenderProblems(metadata);
  const transcript = metadata.frontmatter['transcript'] as Omit<RenderedTranscript, 'html'>;
  return { html: code, ...transcript };
}

/** Render `markdown` as the body of the note file `name` in the fixture content folder; return its HTML. */
export async function renderNote(markdown: string, name = 'fixture-note.md'): Promise<string> {
  const fileURL = pathToFileURL(`${fixtureContentDir}notes/${name}`);
  const { code, metadata } = await renderer.render(markdown, { fileURL });
  throwIfRenderProblems(metadata);
  return code;
}
