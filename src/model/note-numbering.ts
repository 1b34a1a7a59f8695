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
  /** Id of the note's one element on the page: its endnote, which every marker opens as a popover. */
  popover: string;
}

/** The numbering state of one page. */
export class NoteNumbering {
  readonly #notes = new Map<string, NumberedNote>();

  /**
   * Record a citation of note `id`. Ids come from the page's numbering, so they are short and
   * unique on the page (and short: there are 140 markers on the full transcript): the note's
   * endnote, which every citation opens as a popover, is `note-<n>`, and each marker is
   * `ref-<n>-<k>`, its k-th citation.
   */
  cite(id: string): { number: number; ref: string; popover: string; first: boolean } {
    let entry = this.#notes.get(id);
    const first = !entry;
    if (!entry) {
      const number = this.#notes.size + 1;
      entry = { id, number, refs: [], popover: `note-${number}` };
      this.#notes.set(id, entry);
    }
    const ref = `ref-${entry.number}-${entry.refs.length + 1}`;
    entry.refs.push(ref);
    return { number: entry.number, ref, popover: entry.popover, first };
  }

  /** The notes cited on the page, by number. */
  get notes(): NumberedNote[] {
    return [...this.#notes.values()];
  }
}
