/** Quality bars of DESIGN.md that both the end-to-end tests and `npm run bench` hold the build to. */

/** brotli(HTML + CSS) / brotli(text) of the full transcript page may not exceed this (DESIGN.md: 1.5×). */
export const MARKUP_RATIO_BUDGET = 1.5;
