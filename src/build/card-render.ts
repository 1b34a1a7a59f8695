/**
 * Draws a social card (lib/share-card) as a 1200×630 PNG: Satori lays it out into SVG, with
 * the Noto fonts the repository's dependencies ship (@fontsource, no network), resvg renders
 * the SVG, and sharp (libimagequant) stores it as a palette PNG, under half the size of
 * resvg's full-colour one and indistinguishable for flat colours and text. A card whose layout, fonts and renderers are unchanged is taken from a cache
 * in node_modules/.cache instead of being drawn again.
 *
 * Its relative imports at run time name their extension: `npm run bench` loads this file with
 * plain Node to time a cold render of every card.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_FONT_SUBSETS, parseUnicodeRange, UNDRAWABLE_HINT } from '../model/glyph-coverage.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../shared/card-size.ts';
import type { ShareCard } from '../lib/share-card';

const require = createRequire(import.meta.url);

/** The @fontsource subsets loaded (content validation refuses, at its line, what none covers). */
const SUBSETS = CARD_FONT_SUBSETS;

/** One font file of a subset, as Satori takes it, with the code points it covers. */
interface FontFace {
  family: string;
  subset: string;
  file: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  ranges: Array<[number, number]>;
}

/**
 * The faces of one @fontsource package at one weight and style, read from its CSS (which names
 * each subset's files and unicode-range). Satori takes WOFF, so the `.woff` file of each.
 */
function loadFaces(pkg: string, family: string, weight: 400 | 700, style: 'normal' | 'italic'): FontFace[] {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const css = readFileSync(join(dir, `${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8');
  return css
    .split('@font-face')
    .slice(1)
    .flatMap((block) => {
      const file = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      const subset = SUBSETS.find((name) => file?.endsWith(`-${name}-${weight}-${style}.woff`));
      if (!file || !range || !subset) return [];
      // Satori gives one face per family name, weight and style: each subset needs its own name,
      // listed in fontFamily after the first, so its glyphs are found as fallbacks.
      const name = subset === 'latin' ? family : `${family} ${subset}`;
      return [
        {
          family: name,
          subset,
          file,
          data: readFileSync(join(dir, file)),
          weight,
          style,
          ranges: parseUnicodeRange(range),
        },
      ];
    });
}

let faces: FontFace[] | undefined;
/** Every face the cards use, loaded once. */
function fontFaces(): FontFace[] {
  faces ??= [
    ...loadFaces('@fontsource/noto-serif', 'Noto Serif', 700, 'normal'),
    ...loadFaces('@fontsource/noto-serif', 'Noto Serif', 400, 'normal'),
    ...loadFaces('@fontsource/noto-serif', 'Noto Serif', 400, 'italic'),
    ...loadFaces('@fontsource/noto-sans', 'Noto Sans', 700, 'normal'),
    ...loadFaces('@fontsource/noto-sans', 'Noto Sans', 400, 'normal'),
  ];
  return faces;
}

/** The `fontFamily` value that reaches every subset of `family`. */
function familyStack(family: string): string {
  return [family, ...SUBSETS.slice(1).map((subset) => `${family} ${subset}`)].join(', ');
}

/** Characters of `text` that no loaded face of `family` covers (they would be drawn as tofu). */
export function uncoveredCharacters(text: string, family: 'Noto Serif' | 'Noto Sans'): string[] {
  const ranges = fontFaces()
    .filter((face) => face.family.startsWith(family))
    .flatMap((face) => face.ranges);
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!ranges.some(([from, to]) => code >= from && code <= to)) missing.add(char);
  }
  return [...missing];
}

/** A Satori element: a plain object in the shape of a React element (no JSX in this project). */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const box = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

const INK = '#1d1c1a';
const MUTED = '#5b5750';
const PAPER = '#fdfcf9';
const RULE = '#d9d3c7';

/** The title's size: large for a short title, smaller so a long one still fits three lines. */
export function titleSize(title: string): number {
  return title.length <= 32 ? 68 : title.length <= 60 ? 58 : 50;
}

/** The card as Satori's layout input: what is written where, in which face, size and colour. */
export function cardLayout(card: ShareCard): CardNode {
  const serif = familyStack('Noto Serif');
  const sans = familyStack('Noto Sans');
  const words = card.quote
    ? box(
        { fontFamily: serif, fontStyle: 'italic', fontSize: 34, lineHeight: 1.4, color: '#34312c', marginTop: 28 },
        `“${card.quote}”`,
      )
    : card.lead
      ? box({ fontFamily: serif, fontSize: 32, lineHeight: 1.4, color: MUTED, marginTop: 28 }, card.lead)
      : undefined;
  const top = box(
    { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontFamily: sans, fontSize: 24 },
    [
      box({ fontWeight: 700, color: card.accent, textTransform: 'uppercase', letterSpacing: 1.5 }, card.kicker),
      ...(card.topic
        ? [
            box(
              { fontWeight: 700, color: PAPER, background: card.accent, padding: '4px 16px', borderRadius: 6 },
              card.topic,
            ),
          ]
        : []),
    ],
  );
  const title = box(
    {
      fontFamily: serif,
      fontWeight: 700,
      fontSize: titleSize(card.title),
      lineHeight: 1.15,
      marginTop: 22,
      display: 'block',
      lineClamp: 3,
    },
    card.title,
  );
  const footer = box(
    {
      display: 'flex',
      justifyContent: 'space-between',
      marginTop: 'auto',
      paddingTop: 20,
      borderTop: `2px solid ${RULE}`,
      fontFamily: sans,
      fontSize: 26,
      color: MUTED,
    },
    [box({ fontWeight: 700, color: INK }, card.byline.join(' · ')), box({}, card.dateline.join(' · '))],
  );
  return box({ width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: PAPER, color: INK }, [
    box({ width: 20, flexShrink: 0, background: card.accent }),
    box(
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '52px 72px 44px 60px' },
      words ? [top, title, words, footer] : [top, title, footer],
    ),
  ]);
}

/** Every text the card draws, by face, for the coverage check. */
function cardTexts(card: ShareCard): { serif: string; sans: string } {
  return {
    serif: [card.title, card.quote ? `“${card.quote}”` : '', card.lead ?? ''].join(' '),
    sans: [card.kicker, card.topic ?? '', ...card.byline, ...card.dateline].join(' '),
  };
}

// Text is already paths in Satori's SVG: resvg needs no fonts of its own.
const RESVG_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;
// A palette: flat colours and anti-aliased text need few (64 gives the same bytes as 256), and
// no dithering (a quarter of the time, nothing visible); zlib level 6 is a third of level 9's
// time for 5% more bytes.
const PNG_OPTIONS = { palette: true, colours: 64, dither: 0, effort: 1, compressionLevel: 6 } as const;
// One card at a time needs no thread pool: on two shared cores libvips' threads only contend
// (sharp's default doubled the time per card). The site has no other raster images.
sharp.concurrency(1);

/** Draw `card` as PNG bytes. Throws, naming the card, when a character has no glyph. */
export async function renderCard(card: ShareCard): Promise<Buffer> {
  const texts = cardTexts(card);
  const missing = [...uncoveredCharacters(texts.serif, 'Noto Serif'), ...uncoveredCharacters(texts.sans, 'Noto Sans')];
  if (missing.length > 0) {
    const list = missing.map(
      (char) => `"${char}" (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
    );
    // Content validation names the file and line of such a character; reaching here means a
    // text made by our code (a kicker, a dateline), so the card is what can be named.
    throw new Error(
      `Social card ${card.image} ("${card.title}"): no font covers ${list.join(', ')}.\n  Hint: ${UNDRAWABLE_HINT}`,
    );
  }
  const svg = await satori(cardLayout(card) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fontFaces().map(({ family, data, weight, style }) => ({ name: family, data, weight, style })),
  });
  const image = new Resvg(svg, RESVG_OPTIONS).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png(PNG_OPTIONS)
    .toBuffer();
}

/** What drawing one card cost. */
export interface CardResult {
  png: Buffer;
  /** Taken from the cache rather than drawn. */
  cached: boolean;
  /** Time spent, ms (drawing, or reading the cache). */
  ms: number;
}

/** The cache folder: node_modules/.cache/share-cards (ignored by git with node_modules). */
export function cacheDir(): string {
  return join(dirname(dirname(require.resolve('satori/package.json'))), '.cache', 'share-cards');
}

/** Where a build into `outDir` leaves its card figures for the bench (one file per output folder). */
export function buildRecordFile(outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12);
  return join(cacheDir(), `last-build-${key}.json`);
}

let fingerprint: string | undefined;
/** What, besides the layout, decides the pixels: the font files and the renderers' versions. */
function renderFingerprint(): string {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  fingerprint ??= JSON.stringify({
    fonts: fontFaces().map((face) => [face.family, face.file, face.data.length]),
    satori: version('satori'),
    resvg: version('@resvg/resvg-js'),
    sharp: sharp.versions,
    options: [RESVG_OPTIONS, PNG_OPTIONS],
  });
  return fingerprint;
}

/**
 * The card's PNG, from the cache when the same layout was drawn before with the same fonts and
 * renderers (the key hashes all three), else drawn and stored. SHARE_CARD_CACHE=off draws all.
 */
export async function cachedCard(card: ShareCard): Promise<CardResult> {
  const started = performance.now();
  const useCache = process.env['SHARE_CARD_CACHE'] !== 'off';
  const key = createHash('sha256')
    .update(JSON.stringify(cardLayout(card)))
    .update(renderFingerprint())
    .digest('hex');
  const file = join(cacheDir(), `${key}.png`);
  if (useCache) {
    try {
      const png = readFileSync(file);
      return { png, cached: true, ms: performance.now() - started };
    } catch {
      // Not drawn yet: draw it below.
    }
  }
  const png = await renderCard(card);
  if (useCache) {
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(file, png);
  }
  return { png, cached: false, ms: performance.now() - started };
}
