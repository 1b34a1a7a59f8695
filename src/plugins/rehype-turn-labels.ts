/**
 * rehype-turn-labels: wraps the source's own turn label ("Sergey Lavrov (speaking after Rex
 * Tillerson):") in `<span class="turn-label">` so it can be styled. The words stay exactly as in
 * the source and stay in the text; only labels the remark plugin validated are touched.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { blockSections, paragraphsOf } from './hast-blocks';

const rehypeTurnLabels: Plugin<[], Root> = () => (tree, file) => {
  const labels = new Map(
    (file.data.transcriptBlocks ?? []).flatMap((block) =>
      block.type === 'segment' && block.label ? [[block.id, block.label.text] as const] : [],
    ),
  );
  for (const { id, section } of blockSections(tree)) {
    const label = labels.get(id);
    const first = paragraphsOf(section)[0];
    const text = first?.children[0];
    if (!label || !first || text?.type !== 'text' || !text.value.startsWith(label)) continue;
    first.children.splice(
      0,
      1,
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['turn-label'] },
        children: [{ type: 'text', value: label }],
      },
      { type: 'text', value: text.value.slice(label.length) },
    );
  }
};

export default rehypeTurnLabels;
