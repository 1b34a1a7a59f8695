/**
 * Shiki, with classes instead of inline colours. A minimal theme gives each kind of token a
 * sentinel colour; the transformer turns that colour into a class (`tok-string`, …) that the
 * stylesheet colours for light and dark. The markup stays small (a cite block per passage sits on
 * the full transcript page) and carries no inline styles.
 */
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
      scope: ['support.type.property-name', 'entity.name.tag', 'support.function', 'variable'],
      settings: { foreground: '#000001' },
    },
    { scope: ['string', 'string.unquoted'], settings: { foreground: '#000002' } },
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
};
