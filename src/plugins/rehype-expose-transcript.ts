/**
 * rehype-expose-transcript: copies what the transcript plugins collected in `file.data` into
 * `file.data.astro.frontmatter.transcript`, the one channel through which Astro's
 * `renderMarkdown` returns plugin data to a content loader (as `metadata.frontmatter`).
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';

const rehypeExposeTranscript: Plugin<[], Root> = () => (_tree, file) => {
  if (!file.data.transcriptBlocks) return;
  const astro = (file.data.astro ??= {});
  astro.frontmatter = {
    ...astro.frontmatter,
    transcript: { blocks: file.data.transcriptBlocks, fragments: file.data.blockFragments ?? {} },
  };
};

export default rehypeExposeTranscript;
