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
}

/** The numbering state of one page. */
export class NoteNumbering {
  readonly #notes = new Map<string, NumberedNote>();

  /** Record a citation of note `id` by the marker `refId`; return the note's number on this page. */
  cite(id: string, refId: string): number {
    let entry = this.#notes.get(id);
    if (!entry) {
      entry = { id, number: this.#notes.size + 1, refs: [] };
      this.#notes.set(id, entry);
    }
    entry.refs.push(refId);
    return entry.number;
  }

  /** True when note `id` was already cited earlier on the page. */
  has(id: string): boolean {
    return this.#notes.has(id);
  }

  /** The notes cited on the page, by number. */
  get notes(): NumberedNote[] {
    return [...this.#notes.values()];
  }
}
