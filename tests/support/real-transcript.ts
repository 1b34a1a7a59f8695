/**
 * The real transcript and content index (content/), loaded the way the loader does, through the
 * site's real Markdown pipeline: for tests that check what pages derive from the actual text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { loadContentIndex } from '../../src/loaders/content-index';
import { transcriptFrontmatterSchema } from '../../src/model/schemas';
import { readSummaries } from '../../src/loaders/transcript-loader';
import type { BlockFragment, BlockRecord } from '../../src/model/transcript-types';
import { splitFrontmatter } from '../../src/loaders/frontmatter';
import { markdownPipeline } from '../../src/markdown/pipeline';
import type { Transcript } from '../../src/lib/transcripts';

/** The event of the site's one transcript. */
export const EVENT = 'lavrov-tillerson-2017-04-12';

/** The repository's own content/ folder (not $CONTENT_DIR): these tests check the real text. */
export const realContentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const contentDir = realContentDir;

/** The transcript with its people and topics (in content/topics.yaml order). */
export async function loadRealTranscript() {
  const contentIndex = loadContentIndex(contentDir);
  const path = `${contentDir}transcripts/${EVENT}.md`;
  const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  const renderer = await unified(markdownPipeline(contentIndex)).createRenderer({ syntaxHighlight: false });
  const { metadata } = await renderer.render(body, { fileURL: pathToFileURL(path) });
  const data = transcriptFrontmatterSchema.parse(parse(frontmatter ?? ''));
  const { blocks, fragments } = metadata.frontmatter['transcript'] as {
    blocks: BlockRecord[];
    fragments: Record<string, BlockFragment>;
  };
  const { summaries } = readSummaries(`${contentDir}summaries/${EVENT}.yaml`, { blocks, ...contentIndex });
  const transcript: Transcript = { event: EVENT, ...data, blocks, fragments, summaries };
  return {
    transcript,
    contentIndex,
    people: new Map(contentIndex.people.map((person) => [person.id, person])),
    topics: new Map(contentIndex.topics.map((topic) => [topic.id, topic])),
  };
}
