/**
 * The one Markdown pipeline of the site: remark and rehype plugins in order, with their options.
 * `astro.config.ts` hands it to `markdown.processor: unified(...)`, the transcript loader renders
 * through it, and the plugin tests build the same processor from it, so all three agree.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkContextNotes from '../plugins/remark-context-notes';
import remarkFailOnProblems from '../plugins/remark-fail-on-problems';
import remarkKnownDirectives from '../plugins/remark-known-directives';
import remarkLiteralText from '../plugins/remark-literal-text';
import remarkNoteCitations from '../plugins/remark-note-citations';
import remarkNoteMarkup from '../plugins/remark-note-markup';
import remarkTranscriptSegments from '../plugins/remark-transcript-segments';
import rehypeBlockFragments from '../plugins/rehype-block-fragments';
import rehypeExposeTranscript from '../plugins/rehype-expose-transcript';
import rehypeParagraphAnchors from '../plugins/rehype-paragraph-anchors';
import rehypeTurnLabels from '../plugins/rehype-turn-labels';
import { FRAGMENT_SCHEMA } from '../plugins/sanitize-schema';
import { BLOCK_DIRECTIVES, TEXT_DIRECTIVES } from '../model/vocabulary';
import type { ContentIndex } from '../loaders/content-index';

/** The processor options for `unified()` from `@astrojs/markdown-remark`, given the content index. */
export function markdownPipeline(contentIndex: ContentIndex): UnifiedProcessorOptions {
  return {
    // The source is already typographic: never rewrite its quotes, dashes or dots.
    smartypants: false,
    // No GFM: nothing in a transcript needs it, and autolinking would alter the text.
    gfm: false,
    remarkPlugins: [
      remarkDirective,
      [remarkKnownDirectives, { container: BLOCK_DIRECTIVES, text: TEXT_DIRECTIVES }],
      // The text is literal: put back what Markdown would interpret, fail on HTML (see README).
      [remarkLiteralText, { isTranscript: contentIndex.isTranscript }],
      [remarkNoteMarkup, { isNote: contentIndex.isNote }],
      [remarkNoteCitations, { sourcesOf: contentIndex.noteSourceIds }],
      [remarkContextNotes, { noteIds: new Set(contentIndex.notes.keys()) }],
      [
        remarkTranscriptSegments,
        { topics: contentIndex.topicIds, people: contentIndex.personNames, isTranscript: contentIndex.isTranscript },
      ],
      [
        remarkFailOnProblems,
        { handOut: (path: string) => contentIndex.isTranscript(path) || contentIndex.isNote(path) },
      ],
    ],
    rehypePlugins: [
      rehypeTurnLabels,
      rehypeParagraphAnchors,
      // Defence in depth: only what the plugins above emit survives, before anything is serialised.
      [rehypeSanitize, FRAGMENT_SCHEMA],
      rehypeBlockFragments,
      rehypeExposeTranscript,
    ],
  };
}
