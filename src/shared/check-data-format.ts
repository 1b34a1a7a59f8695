/**
 * The format of the quote checker's data file (`/check/archive.json`): built at build time by
 * lib/check-data.ts, read in the browser by scripts/check-ui.ts and shared/quote-index.ts.
 */

/** The version of the file's format; bump it when a field changes meaning. */
export const CHECK_DATA_VERSION = 1;

/** One event of the archive. */
export interface CheckEvent {
  id: string;
  /** Short title, as search results name an event. */
  title: string;
  /** "Joint news conference of …, Moscow, 12 April 2017". */
  full: string;
  date: string;
}

/** One passage: a remark, question or answer. */
export interface CheckPassage {
  /** Index into {@link CheckData.events}. */
  e: number;
  /** Segment id: the page is `<event>/<id>/`, paragraph n is `#<id>-<n>`. */
  id: string;
  /** remarks, question or answer. */
  k: string;
  /** Who speaks and how: "Sergey Lavrov’s answer", "Question". */
  role: string;
  title: string;
  /** The passage's citation, plain text (Chicago), as its page's cite block gives it. */
  cite: string;
  /** Its paragraphs' text, verbatim; paragraph i has the anchor `<id>-<i+1>`. */
  p: string[];
}

/** One of the site's summaries of a speaker the source leaves out. */
export interface CheckReported {
  e: number;
  id: string;
  /** "Summary of Rex Tillerson’s answer". */
  role: string;
  title: string;
  /** The summary's text (the site's words, quoting the press). */
  text: string;
  /** True when it has a page of its own (`<event>/<id>/`); else it lives at `<event>/#<id>`. */
  page: boolean;
}

/** The whole file. */
export interface CheckData {
  v: number;
  events: CheckEvent[];
  passages: CheckPassage[];
  reported: CheckReported[];
}
