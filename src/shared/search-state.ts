/**
 * The search UI's pure parts (scripts/search-ui.ts draws the DOM): the state a search page keeps
 * in its URL, the link to a result's passage, and how filter values from a URL are compared and
 * quoted. No DOM and no globals, so they are unit-tested in Node.
 */

/** The longest query acted on (the box's maxlength; a longer `?q=` is cut). */
export const MAX_QUERY_CHARS = 200;

/** Selected filter values, by filter name (any of the values matches). */
export type FilterSelection = Record<string, string[]>;

/** The query and filters a search page URL holds (`?q=…&topic=…`), for the filters `names`. */
export function readSearchParams(
  search: string,
  names: readonly string[],
): { query: string; selection: FilterSelection } {
  const params = new URLSearchParams(search);
  const selection: FilterSelection = {};
  for (const name of names) selection[name] = params.getAll(name);
  return { query: [...(params.get('q') ?? '')].slice(0, MAX_QUERY_CHARS).join(''), selection };
}

/** The URL of the search page at `pathname` for a query and the filters `names` of `selection`. */
export function searchUrl(
  pathname: string,
  query: string,
  selection: FilterSelection,
  names: readonly string[],
): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const name of names) for (const value of selection[name] ?? []) params.append(name, value);
  const search = params.toString();
  return `${pathname}${search ? `?${search}` : ''}`;
}

/**
 * The URL of a result's passage (resolved against `pageUrl`), carrying the query so the page can
 * highlight it, and the passage's anchor.
 */
export function passageHref(passageUrl: string, query: string, pageUrl: string): string {
  const url = new URL(passageUrl, pageUrl);
  if (query.trim()) url.searchParams.set('highlight', query.trim());
  // A record is a passage's own page, /<event>/<id>/: its id is also the passage's anchor.
  const id = url.pathname.split('/').filter(Boolean).at(-1);
  if (id) url.hash = id;
  return url.pathname + url.search + url.hash;
}

/** A filter value from a URL compared loosely: `chemical-weapons` finds "Chemical weapons". */
export function looseValue(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A value quoted in a message, cut short when long. */
export function quoted(value: string): string {
  const characters = [...value];
  return `“${characters.length > 40 ? `${characters.slice(0, 39).join('')}…` : value}”`;
}
