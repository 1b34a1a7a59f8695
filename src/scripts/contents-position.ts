/**
 * Marks, in the transcript's table of contents, the passage being read: the link whose passage
 * (an opening-statement segment, or a whole exchange of question and answers) is nearest the top
 * of the viewport gets `aria-current="location"`. The mark is a colour and a bar, never a change
 * of size, so nothing shifts as it moves.
 */
import { fragmentId } from './fragment';
const owner = new Map<Element, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>('.contents ol a[href^="#"]')) {
  const target = document.getElementById(fragmentId(link.hash));
  // A question's link stands for its whole exchange (the question and its answers).
  const passage = target?.closest('.exchange') ?? target;
  if (passage) owner.set(passage, link);
}

const visible = new Set<Element>();
let current: HTMLAnchorElement | undefined;

/** Move the mark to the link of the topmost passage on screen. */
function update(): void {
  const top = [...visible].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
  const link = top ? owner.get(top) : undefined;
  if (!link || link === current) return;
  current?.removeAttribute('aria-current');
  link.setAttribute('aria-current', 'location');
  current = link;
}

if (owner.size > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      update();
    },
    // A passage counts as "being read" while it crosses the upper part of the viewport.
    { rootMargin: '0px 0px -55% 0px' },
  );
  for (const passage of owner.keys()) observer.observe(passage);
}
