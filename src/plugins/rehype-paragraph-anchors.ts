/**
 * rehype-paragraph-anchors: gives every paragraph of every block a permanent id, the block id
 * and its 1-based position (`a-cyber-2`), and a visible link to itself. The link is a real
 * `<a href="#id">` so it works without JavaScript; it is marked `data-pagefind-ignore`, and its
 * visible mark (¶) is CSS-generated content, so copying a passage never picks it up.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { blockSections, paragraphsOf } from './hast-blocks';

/** The permanent anchor id of paragraph `position` (1-based) of block `blockId`. */
export function paragraphId(blockId: string, position: number): string {
  return `${blockId}-${position}`;
}

/** The link affordance placed at the start of a paragraph. */
function anchorLink(id: string, position: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['para-link'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: `Link to paragraph ${position}` }],
      },
    ],
  };
}

const rehypeParagraphAnchors: Plugin<[], Root> = () => (tree) => {
  for (const { id: blockId, section } of blockSections(tree)) {
    paragraphsOf(section).forEach((paragraph, index) => {
      const id = paragraphId(blockId, index + 1);
      paragraph.properties.id = id;
      paragraph.children.unshift(anchorLink(id, index + 1));
    });
  }
};

export default rehypeParagraphAnchors;
