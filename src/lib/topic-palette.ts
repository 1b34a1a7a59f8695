/**
 * How each topic is drawn in the topic strip: one of six hues (chosen to stay apart for the
 * common colour-vision deficiencies, in a darker set for light pages and a lighter set for dark
 * ones, each at least 3:1 against its background) and one of three fills, so colour is never
 * the only cue. Assigned by the topic's position in content/topics.yaml.
 */

/** Fills layered over a hue. */
export const FILLS = ['solid', 'hatch', 'dots'] as const;
/** A fill. */
export type Fill = (typeof FILLS)[number];

/** The number of hues defined as --hue-0 … --hue-5 in styles/base.css. */
export const HUE_COUNT = 6;

/** The hue and fill of the topic at `index` in the topic list. */
export function topicLook(index: number): { hue: number; fill: Fill } {
  return { hue: index % HUE_COUNT, fill: FILLS[Math.floor(index / HUE_COUNT) % FILLS.length] ?? 'solid' };
}

/**
 * The six hues as colours, [light, dark], the same values as --hue-0 … --hue-5 in
 * styles/base.css (a unit test keeps the two in step), for what is drawn outside CSS: the
 * social cards.
 */
export const HUES = [
  ['#0a5c99', '#6cb4ee'],
  ['#b5400f', '#f08a5d'],
  ['#00755a', '#3fc79f'],
  ['#9c3f7c', '#dd8fc2'],
  ['#8f5a00', '#e6a53c'],
  ['#4a4a4a', '#c4c4c4'],
] as const;

/** The colour of the topic at `index` in the topic list, on a light background. */
export function topicColour(index: number): string {
  return HUES[topicLook(index).hue]?.[0] ?? HUES[0][0];
}
