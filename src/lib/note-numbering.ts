/**
 * Per-page numbering of context notes: a note gets its number at its first citation on the page,
 * and keeps it for every later citation, whose marker ids are collected for the endnotes'
 * back-links. Create one per page; never share one between pages.
 */

/** One numbered note on a page and the ids of the markers that cite it, in order. */
export interface NumberedNote {
  id: string;
  number: number;
  refs: string[];
  /** Id of the popover holding the note: the one placed at its first citation. */
  popover: string;
}

/** The numbering state of one page. */
export class NoteNumbering {
  readonly #notes = new Map<string, NumberedNote>();

  /**
   * Record a citation of note `id` by the marker `refId`. The first citation's `popoverId` becomes
   * the note's popover on this page; later citations open that same popover.
   */
  cite(id: string, refId: string, popoverId: string): { number: number; popover: string; first: boolean } {
    let entry = this.#notes.get(id);
    const first = !entry;
    if (!entry) {
      entry = { id, number: this.#notes.size + 1, refs: [], popover: popoverId };
      this.#notes.set(id, entry);
    }
    entry.refs.push(refId);
    return { number: entry.number, popover: entry.popover, first };
  }

  /** The notes cited on the page, by number. */
  get notes(): NumberedNote[] {
    return [...this.#notes.values()];
  }
}
