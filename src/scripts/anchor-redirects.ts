/**
 * On the full transcript, a link to a retired id (`#old-id` or a paragraph `#old-id-2`) is moved
 * to its new id, from the map the page embeds (content/redirects.yaml). Fragments never reach a
 * server, so this is the only place such a redirect can happen.
 */
import { fragmentId } from './fragment';
const data = document.getElementById('anchor-redirects')?.textContent;
const map: Record<string, string> = data ? (JSON.parse(data) as Record<string, string>) : {};

/** The new fragment for `hash`, or undefined when it is not retired. */
function redirected(hash: string): string | undefined {
  const id = fragmentId(hash);
  if (document.getElementById(id)) return undefined;
  const match = /^(.*?)(-\d+)?$/.exec(id);
  const target = match?.[1] ? map[match[1]] : undefined;
  return target ? `#${target}${match?.[2] ?? ''}` : undefined;
}

function follow(): void {
  const hash = redirected(location.hash);
  if (hash) location.replace(hash);
}

follow();
window.addEventListener('hashchange', follow);
