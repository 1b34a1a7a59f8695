/**
 * Shiki, with classes instead of inline colours. A minimal theme gives each kind of token a
 * sentinel colour; the transformer turns that colour into a class (`tok-string`, …) that the
 * stylesheet colours for light and dark. The markup stays small, as every passage page carries a
 * highlighted cite block: no inline styles, no per-line wrappers, one span per run of a kind.
 */
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer, ThemeRegistration } from 'shiki';

/** Token kinds the site colours, each with its sentinel colour in the theme. */
const TOKEN_CLASSES = {
  '#000001': 'tok-key',
  '#000002': 'tok-string',
  '#000003': 'tok-number',
  '#000004': 'tok-punct',
  '#000005': 'tok-type',
} as const;

/** A theme whose colours only mark token kinds; the CSS chooses the real colours. */
export const classTheme: ThemeRegistration = {
  name: 'site-classes',
  type: 'light',
  colors: { 'editor.foreground': '#000000', 'editor.background': '#ffffff' },
  tokenColors: [
    {
      // A JSON key's quotes take the key's colour, so that "id" is one run, not three.
      scope: [
        'support.type.property-name',
        'punctuation.support.type.property-name',
        'entity.name.tag',
        'support.function',
        'variable',
      ],
      settings: { foreground: '#000001' },
    },
    // Likewise a string's quotes.
    { scope: ['string', 'string.unquoted', 'punctuation.definition.string'], settings: { foreground: '#000002' } },
    { scope: ['constant.numeric', 'constant.language'], settings: { foreground: '#000003' } },
    { scope: ['punctuation'], settings: { foreground: '#000004' } },
    { scope: ['keyword', 'storage', 'entity.name.type', 'entity.name'], settings: { foreground: '#000005' } },
  ],
};

/** Replace each token's inline colour with its class, and drop the `<pre>`'s inline style. */
export const tokensToClasses: ShikiTransformer = {
  name: 'tokens-to-classes',
  pre(node) {
    delete node.properties['style'];
    node.properties['class'] = 'code-block';
  },
  span(node) {
    const style = String(node.properties['style'] ?? '');
    delete node.properties['style'];
    const color = /color:\s*(#[0-9a-fA-F]{6})/.exec(style)?.[1]?.toLowerCase();
    const className = color ? TOKEN_CLASSES[color as keyof typeof TOKEN_CLASSES] : undefined;
    if (className) node.properties['class'] = className;
  },
  code(node) {
    node.children = compactRuns(node.children);
  },
};

/** The class of a token span, or undefined for text and unclassed spans. */
function runClass(node: ElementContent): string | undefined {
  return node.type === 'element' && node.tagName === 'span'
    ? (node.properties['class'] as string | undefined)
    : undefined;
}

/**
 * Flattens Shiki's lines (`<span class="line">`, joined by newline text) and unclassed token
 * spans into text, then joins neighbouring spans of one class and neighbouring text: the same
 * characters and colours in about half the markup.
 */
export function compactRuns(children: ReadonlyArray<ElementContent>): ElementContent[] {
  const flat: ElementContent[] = [];
  const add = (node: ElementContent) => {
    if (node.type === 'element' && node.tagName === 'span') {
      const className = runClass(node);
      if (className === 'line') return node.children.forEach(add);
      if (!className) return node.children.forEach(add);
      const last = flat.at(-1);
      if (last && runClass(last) === className) return void (last as Element).children.push(...node.children);
      return void flat.push({ ...node, children: [...node.children] });
    }
    const last = flat.at(-1);
    if (node.type === 'text' && last?.type === 'text') return void (last.value += node.value);
    flat.push(node.type === 'text' ? { ...node } : node);
  };
  children.forEach(add);
  // Text inside a joined span may now sit in several nodes: join those too.
  for (const node of flat) {
    if (node.type !== 'element') continue;
    node.children = node.children.reduce<ElementContent[]>((joined, child) => {
      const last = joined.at(-1);
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else joined.push(child.type === 'text' ? { ...child } : child);
      return joined;
    }, []);
  }
  return flat;
}
