/**
 * Allow-lists for `rehype-sanitize`: exactly the elements, attributes and values our plugins
 * emit, and nothing else. Validation already refuses HTML in content; these schemas are the
 * second wall, so that even a plugin bug cannot put `script`, `meta`, `iframe`, `object`, an
 * `on*` attribute or a `javascript:` URL on a page. Elements not listed are unwrapped (their
 * text stays visible); the ones in `strip` go with their contents.
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Ids we emit: block ids, paragraph anchors (`a-cyber-2`), note markers and the notes they open. */
const ID = /^[a-z][a-z0-9-]*$/;
/** Links we emit: an anchor on the page, a full https address, a root-relative site path. */
const HREF = /^(?:#[a-z][a-z0-9-]*|https:\/\/[^\s/]\S*|\/(?![/\\])\S*)$/;

const common: SanitizeSchema = {
  allowComments: false,
  allowDoctypes: false,
  ancestors: {},
  required: {},
  // Our ids are authored and validated; never rewrite them (the default prefixes `user-content-`).
  clobber: [],
  clobberPrefix: '',
  protocols: { href: ['https'] },
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'title', 'textarea', 'select'],
};

/**
 * What the Markdown pipeline emits: block sections, paragraphs with anchors and their links,
 * turn labels, annotated phrases, and in notes emphasis and https links.
 */
export const FRAGMENT_SCHEMA: SanitizeSchema = {
  ...common,
  tagNames: ['section', 'p', 'a', 'span', 'em', 'sup'],
  attributes: {
    section: [['dataBlock', ID]],
    sup: [['className', 'cite-ref']],
    p: [['id', ID]],
    a: [['href', HREF], ['className', 'para-link'], 'dataPagefindIgnore'],
    span: [
      ['className', 'visually-hidden', 'turn-label', 'annotated'],
      ['dataNote', ID],
    ],
  },
};

/**
 * What a page's blocks hold once rehype-context-notes has added the note markers (the notes
 * themselves are the page's endnotes, rendered from the notes collection's sanitized HTML).
 */
export const PAGE_SCHEMA: SanitizeSchema = {
  ...common,
  tagNames: ['p', 'a', 'span', 'em', 'button'],
  attributes: {
    p: [['id', ID]],
    a: [['href', HREF], ['className', 'para-link'], 'dataPagefindIgnore'],
    span: [['className', 'visually-hidden', 'turn-label', 'annotated', 'nowrap'], 'dataPagefindIgnore'],
    button: [
      ['type', 'button'],
      ['className', 'note-marker'],
      ['id', ID],
      ['popoverTarget', ID],
      'ariaLabel',
      'dataPagefindIgnore',
    ],
  },
};
