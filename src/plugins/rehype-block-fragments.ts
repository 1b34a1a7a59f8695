/**
 * rehype-block-fragments: serialises the inside of each block section to HTML and collects
 * each paragraph's id and plain text, as `file.data.blockFragments`. Pages compose these
 * fragments (the full transcript, one segment, an excerpt) without re-running Markdown, and the
 * ids of the notes each block cites. The
 * plain text leaves out everything marked `data-pagefind-ignore`: it is the source's words only.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { BlockFragment } from '../model/transcript-types';
import { blockSections, paragraphsOf } from './hast-blocks';

/** Plain text of a node, skipping anything marked as not part of the source's words. */
export function sourceText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.properties.dataPagefindIgnore !== undefined) return '';
  return node.children.map(sourceText).join('');
}

/** Ids of the notes a block cites (`span[data-note]`), in order of first citation. */
function citedNotes(section: Element): string[] {
  const ids = new Set<string>();
  visit(section, 'element', (element) => {
    if (typeof element.properties.dataNote === 'string') ids.add(element.properties.dataNote);
  });
  return [...ids];
}

const rehypeBlockFragments: Plugin<[], Root> = () => (tree, file) => {
  const fragments: Record<string, BlockFragment> = {};
  for (const { id, section } of blockSections(tree)) {
    fragments[id] = {
      html: toHtml(section.children),
      paragraphs: paragraphsOf(section).map((paragraph) => ({
        id: String(paragraph.properties.id ?? ''),
        text: sourceText(paragraph),
      })),
      notes: citedNotes(section),
    };
  }
  file.data.blockFragments = fragments;
};

export default rehypeBlockFragments;
