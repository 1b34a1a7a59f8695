/**
 * A context note as a page shows it in place (marker, popover, margin note, endnote): the shape
 * rehype-context-notes, lib/annotate, lib/transcripts and the note components share.
 */

/** One entry of the corrections log about a note, as the note shows it. */
export interface NoteCorrection {
  /** ISO day. */
  date: string;
  /** The day as readers read it, e.g. "1 December 2026". */
  label: string;
  /** URL of the entry in the corrections log. */
  href: string;
}

/** What a page needs of a note to show it in place. */
export interface RenderableNote {
  title: string;
  /** The note's body as HTML (paragraphs), from the notes collection. */
  html: string;
  /** URL of the note's own page. */
  href: string;
  /** Its corrections, newest first: the note says when it was corrected (components/CorrectedLine). */
  corrections?: readonly NoteCorrection[];
}
