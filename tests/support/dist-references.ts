/**
 * What one built page refers to, read from its HTML with a real parser (no browser): the URLs in
 * its attributes (href, src, srcset…), the ids it points to (popovertarget, aria-*, for…), and
 * the ids it defines. tests/e2e/links.test.ts checks that every reference resolves.
 */
import { readFileSync } from 'node:fs';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One reference made by an element: attribute name as written in HTML, and its value. */
export interface Reference {
  attribute: string;
  value: string;
  /** Short description of the element, e.g. `a#ref-q-cyber-1.note-marker`. */
  element: string;
}

/** What a page refers to and which ids it defines. */
export interface PageReferences {
  /** URL-valued references (each srcset candidate on its own). */
  urls: Reference[];
  /** References to an element of the same page by id (each id of a list on its own). */
  idRefs: Reference[];
  /** How many elements define each id (`<a name>` counts too: fragments may target it). */
  ids: Map<string, number>;
}

// hast property name → HTML attribute, for attributes holding one URL.
const URL_PROPERTIES: Record<string, string> = {
  href: 'href',
  src: 'src',
  action: 'action',
  poster: 'poster',
  formAction: 'formaction',
  cite: 'cite',
  data: 'data',
};
// hast property name → HTML attribute, for attributes holding an id or a list of ids.
const ID_REF_PROPERTIES: Record<string, string> = {
  popoverTarget: 'popovertarget',
  commandFor: 'commandfor',
  htmlFor: 'for',
  list: 'list',
  form: 'form',
  headers: 'headers',
  anchor: 'anchor',
  ariaControls: 'aria-controls',
  ariaLabelledBy: 'aria-labelledby',
  ariaDescribedBy: 'aria-describedby',
  ariaOwns: 'aria-owns',
  ariaActiveDescendant: 'aria-activedescendant',
  ariaDetails: 'aria-details',
  ariaErrorMessage: 'aria-errormessage',
  ariaFlowTo: 'aria-flowto',
};
// Social-preview URLs live in <meta content>; a broken og:image is a broken link too.
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

/** Parses `file` and collects its references and ids. */
export function readPageReferences(file: string): PageReferences {
  const tree: Root = fromHtml(readFileSync(file, 'utf8'));
  const found: PageReferences = { urls: [], idRefs: [], ids: new Map() };
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') collect(node, found);
    if ('children' in node) node.children.forEach(visit);
    // A <template>'s markup (e.g. search suggestions) is parsed into `content`, and used live later.
    if (node.type === 'element' && node.content) visit(node.content);
  };
  visit(tree);
  return found;
}

function collect(element: Element, found: PageReferences): void {
  const properties = element.properties;
  const described = describe(element);
  for (const id of [properties['id'], element.tagName === 'a' ? properties['name'] : undefined]) {
    if (typeof id === 'string' && id !== '') found.ids.set(id, (found.ids.get(id) ?? 0) + 1);
  }
  for (const [property, attribute] of Object.entries(URL_PROPERTIES)) {
    for (const value of values(properties[property])) found.urls.push({ attribute, value, element: described });
  }
  // srcset: comma-separated candidates, each a URL and an optional descriptor.
  for (const candidate of values(properties['srcSet']).join(' ').split(/,\s+/)) {
    const url = candidate.trim().split(/\s+/)[0];
    if (url) found.urls.push({ attribute: 'srcset', value: url, element: described });
  }
  const meta = properties['property'] ?? properties['name'];
  if (element.tagName === 'meta' && typeof meta === 'string' && URL_METAS.has(meta)) {
    for (const value of values(properties['content']))
      found.urls.push({ attribute: 'content', value, element: `meta[${meta}]` });
  }
  for (const [property, attribute] of Object.entries(ID_REF_PROPERTIES)) {
    for (const value of values(properties[property]).flatMap((text) => text.split(/\s+/))) {
      if (value !== '') found.idRefs.push({ attribute, value, element: described });
    }
  }
}

/** A hast property value as a list of strings (hast stores space-separated lists as arrays). */
function values(value: unknown): string[] {
  if (value === undefined || value === null || value === false) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** `tag#id.first-class` (and `[rel=…]` for <link>): enough to find the element in the page source. */
function describe(element: Element): string {
  const id = element.properties['id'];
  const classes = element.properties['className'];
  const firstClass = Array.isArray(classes) && classes.length > 0 ? `.${String(classes[0])}` : '';
  const rel = element.tagName === 'link' ? `[rel=${values(element.properties['rel']).join(' ')}]` : '';
  return `${element.tagName}${typeof id === 'string' ? `#${id}` : ''}${firstClass}${rel}`;
}
