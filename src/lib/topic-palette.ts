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
