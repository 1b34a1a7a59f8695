/**
 * A note's rendered body read back as cited runs: the words of each sentence (or clause) with the
 * ids of the sources its citation marker names, for the data export. The markers are our own
 * (`<sup class="cite-ref"><a href="#src-<id>">`, see remark-note-citations).
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { CitedRun } from '../model/cited-sentences';

const ANCHOR = /^#src-(.+)$/;

/** The runs of `html`: text up to each marker, with the marker's source ids. */
export function citedRunsOfHtml(html: string): CitedRun[] {
  const runs: CitedRun[] = [];
  let text = '';
  const walk = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'element' && isMarker(node)) {
        runs.push({ text: text.replace(/\s+/g, ' ').trimStart(), cites: idsOf(node) });
        text = '';
      } else if (node.type === 'element') {
        if (node.tagName === 'p' && text.trim()) text += ' ';
        walk(node.children);
      }
    }
  };
  walk((fromHtml(html, { fragment: true }) as Root).children);
  if (text.trim()) runs.push({ text: text.replace(/\s+/g, ' ').trim(), cites: [] });
  return runs;
}

function isMarker(node: Element): boolean {
  const className = node.properties['className'];
  return node.tagName === 'sup' && Array.isArray(className) && className.includes('cite-ref');
}

function idsOf(marker: Element): string[] {
  return marker.children.flatMap((child) =>
    child.type === 'element' && typeof child.properties['href'] === 'string'
      ? [ANCHOR.exec(child.properties['href'])?.[1] ?? '']
      : [],
  );
}
