/** Helpers shared by the rehype plugins: find the transcript's block sections and their paragraphs. */
import type { Element, Root } from 'hast';

/** The `<section data-block>` elements that remark-transcript-segments marked, with their ids. */
export function blockSections(tree: Root): Array<{ id: string; section: Element }> {
  const found: Array<{ id: string; section: Element }> = [];
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'section' && typeof node.properties.dataBlock === 'string') {
      found.push({ id: node.properties.dataBlock, section: node });
    }
  }
  return found;
}

/** The paragraph children of a block section, in order. */
export function paragraphsOf(section: Element): Element[] {
  return section.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'p');
}
