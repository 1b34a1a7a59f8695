/**
 * Which characters the social cards can draw: the unicode-ranges of the @fontsource Noto
 * subsets the cards load (src/build/card-render.ts). Content validation uses it to refuse, at the
 * content's own file:line, a character no bundled font has, before any card is drawn; pages need
 * no such check, since they use the reader's own fonts.
 *
 * No relative imports: `npm run bench` loads card-render.ts, which imports this, with plain Node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The @fontsource subsets the cards load, in fallback order: Latin and the accented Latin of
 * names, Cyrillic and Greek (an archive of Russian diplomacy names people in their own scripts),
 * and Vietnamese (the stacked accents of some Latin names).
 */
export const CARD_FONT_SUBSETS = [
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
  'vietnamese',
] as const;

/** The faces whose coverage matters: every face a card draws text in. */
const CARD_FONT_CSS = [
  ['@fontsource/noto-serif', '700.css'],
  ['@fontsource/noto-serif', '400.css'],
  ['@fontsource/noto-serif', '400-italic.css'],
  ['@fontsource/noto-sans', '700.css'],
  ['@fontsource/noto-sans', '400.css'],
] as const;

/** Parse a CSS unicode-range value ("U+0000-00FF,U+0131") into [from, to] pairs. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const [from = '0', to] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

let coverage: Array<Array<[number, number]>> | undefined;
/** For each card face, the ranges its loaded subsets cover. */
function faceCoverage(): Array<Array<[number, number]>> {
  coverage ??= CARD_FONT_CSS.map(([pkg, css]) => {
    const text = readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), css), 'utf8');
    return text
      .split('@font-face')
      .slice(1)
      .flatMap((block) => {
        const file = /url\(\.\/files\/noto-(?:serif|sans)-([a-z-]+)-\d{3}-(?:normal|italic)\.woff2?\)/.exec(block)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        return file && range && (CARD_FONT_SUBSETS as readonly string[]).includes(file) ? parseUnicodeRange(range) : [];
      });
  });
  return coverage;
}

const drawable = new Map<number, boolean>();
/** True when every face a card draws in has a glyph for `char` (line breaks and spaces are not drawn as glyphs). */
function isDrawable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x0a || code === 0x0d) return true;
  let known = drawable.get(code);
  if (known === undefined) {
    known = faceCoverage().every((ranges) => ranges.some(([from, to]) => code >= from && code <= to));
    drawable.set(code, known);
  }
  return known;
}

/** Each character of `text` that no bundled card font can draw, with its offset (UTF-16). */
export function undrawableCharacters(text: string): Array<{ char: string; offset: number }> {
  const found: Array<{ char: string; offset: number }> = [];
  let offset = 0;
  for (const char of text) {
    if (!isDrawable(char)) found.push({ char, offset });
    offset += char.length;
  }
  return found;
}

/** The hint for a character no card font has: plain, for an editor, not a code change. */
export const UNDRAWABLE_HINT =
  'the social cards draw Latin (with accents), Cyrillic and Greek only: write the name in one of these scripts (e.g. a transliteration), or leave the character out.';
