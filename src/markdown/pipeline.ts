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
import type { Vocabulary } from '../loaders/load-vocabulary';

/** The processor options for `unified()` from `@astrojs/markdown-remark`, given the vocabularies. */
export function markdownPipeline(vocabulary: Vocabulary): UnifiedProcessorOptions {
  return {
    // The source is already typographic: never rewrite its quotes, dashes or dots.
    smartypants: false,
    // No GFM: nothing in a transcript needs it, and autolinking would alter the text.
    gfm: false,
    remarkPlugins: [
      remarkDirective,
      [remarkKnownDirectives, { container: BLOCK_DIRECTIVES, text: TEXT_DIRECTIVES }],
      // The text is literal: put back what Markdown would interpret, fail on HTML (see README).
      [remarkLiteralText, { isTranscript: vocabulary.isTranscript }],
      [remarkNoteMarkup, { isNote: vocabulary.isNote }],
      [remarkNoteCitations, { sourcesOf: vocabulary.noteSourceIds }],
      [remarkContextNotes, { noteIds: new Set(vocabulary.notes.keys()) }],
      [
        remarkTranscriptSegments,
        { topics: vocabulary.topicIds, people: vocabulary.personNames, isTranscript: vocabulary.isTranscript },
      ],
      [remarkFailOnProblems, { handOut: (path: string) => vocabulary.isTranscript(path) || vocabulary.isNote(path) }],
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
