/**
 * On a page opened from a search result (`?highlight=words#passage`), marks the searched words in
 * the passage's text, scrolls to the first match and offers a small bar to step through the
 * matches. Pagefind's own highlighter marks but does not scroll, and weighs 40 KB; this does both
 * in a few hundred bytes. Words are matched as Pagefind matches them: by prefix, ignoring case.
 */
import { afterPaintStyles } from './after-paint-styles';
import { fragmentId } from './fragment';

const MAX_MARKS = 200;
/**
 * A search is a few words: the page acts on at most this many characters and words of
 * `?highlight=` (a 10,000-character value once drew a bar 2,000 px tall, and a regular
 * expression of a thousand alternatives), and says it cut the rest.
 */
export const MAX_QUERY_CHARS = 100;
export const MAX_QUERY_WORDS = 10;
/** The bar quotes at most this many characters of the query. */
export const MAX_LABEL_CHARS = 40;

/** `value` with spaces collapsed, cut to `max` whole characters (the last one `…` when cut). */
export function clip(value: string, max: number): string {
  const characters = [...value.replace(/\s+/g, ' ').trim()];
  if (characters.length <= max) return characters.join('');
  return `${characters
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** A regular expression matching any of the query's words as word prefixes. */
export function termPattern(query: string): RegExp | undefined {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1)
    .slice(0, MAX_QUERY_WORDS)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[\\p{L}\\p{N}]*`, 'giu') : undefined;
}

/** Wrap every match in the source text under `root` (not in notes, buttons or links) in `<mark>`. */
function markMatches(root: Element, pattern: RegExp): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], mark, script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.data;
    const matches = [...value.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of matches) {
      const start = match.index ?? 0;
      fragment.append(value.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      fragment.append(mark);
      marks.push(mark);
      last = start + match[0].length;
    }
    fragment.append(value.slice(last));
    text.replaceWith(fragment);
    if (marks.length > MAX_MARKS) break;
  }
  return marks;
}

/** The bar that says how many matches there are and steps through them. */
function matchBar(query: string, marks: HTMLElement[]): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'hit-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Search matches');
  bar.dataset['pagefindIgnore'] = '';
  const label = document.createElement('span');
  label.setAttribute('aria-live', 'polite');
  let current = 0;
  const show = (index: number) => {
    marks[current]?.classList.remove('search-hit--current');
    current = (index + marks.length) % marks.length;
    const mark = marks[current];
    if (!mark) return;
    mark.classList.add('search-hit--current');
    const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
    mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    label.textContent = `“${clip(query, MAX_LABEL_CHARS)}”: match ${current + 1} of ${marks.length}`;
  };
  const button = (text: string, action: () => void) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = text;
    element.addEventListener('click', action);
    return element;
  };
  bar.append(
    label,
    button('Previous', () => show(current - 1)),
    button('Next', () => show(current + 1)),
    button('Clear', () => {
      for (const mark of marks) mark.replaceWith(mark.textContent ?? '');
      bar.remove();
    }),
  );
  // After the browser's own jump to #passage (which happens at load), or it would undo this scroll.
  const first = () => requestAnimationFrame(() => show(0));
  if (document.readyState === 'complete') first();
  else addEventListener('load', first, { once: true });
  return bar;
}

const param = new URLSearchParams(location.search).get('highlight');
const query = param ? clip(param, MAX_QUERY_CHARS) : '';
const pattern = query ? termPattern(query) : undefined;
if (query && pattern) {
  const target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
  const scope = document.querySelector('[data-pagefind-body]') ?? target ?? document.querySelector('main');
  const marks = scope ? markMatches(scope, pattern) : [];
  // The bar is styled by the after-paint styles (highlight.css): shown unstyled, it would jump.
  if (marks.length > 0)
    void afterPaintStyles.then(() => document.querySelector('main')?.prepend(matchBar(query, marks)));
}
