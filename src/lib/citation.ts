/**
 * Citations of one passage. One CSL-JSON record is built from the passage's facts; Citation.js
 * derives the other two formats from that record: the plain-text reference with the Chicago
 * Manual of Style's CSL style (notes and bibliography, bibliography entry), and the BibTeX entry
 * (BibLaTeX fields, which have room for the event, its place and date, and the access date).
 */
import { Cite, plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import chicago from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };

/** What a citation says about a passage. */
export interface CitedPassage {
  /** Stable key, e.g. `lavrov-tillerson-2017-04-12/a-cyber`. */
  key: string;
  /** The speaker's name ("Sergey Lavrov"), or undefined for an unnamed questioner. */
  speaker: { given: string; family: string } | undefined;
  /**
   * An organisation as author instead of a speaker: the site, for its own summaries of words the
   * source leaves out. Such a passage is cited as a web page of the site, not as a speech.
   */
  author?: string;
  /** What the passage is, e.g. "Answer on election interference and cyber-weapons". */
  title: string;
  /** The event named in full, e.g. "Joint news conference of Sergey Lavrov and Rex Tillerson". */
  event: string;
  place: string;
  /** ISO date of the event. */
  date: string;
  /** Publisher of the source text. */
  publisher: string;
  /** This site's URL of the passage. */
  url: string;
  /** ISO date the reader accessed it. */
  accessed: string;
}

/** A passage's citation in the three formats the site shows. */
export interface PassageCitation {
  /** The reference as Chicago's bibliography entry, plain text. */
  plain: string;
  /** A BibLaTeX entry (`.bib`). */
  bibtex: string;
  /** The CSL-JSON record (an array of one item), pretty-printed. */
  csl: string;
}

/** The name the Chicago style is registered under in Citation.js. */
export const CHICAGO = 'chicago-note-bibliography';

const cslPlugin = plugins.config.get('@csl');
if (!cslPlugin.styles.has(CHICAGO)) cslPlugin.styles.add(CHICAGO, chicago.content);
// BibLaTeX has no type for a speech, and Citation.js files it under @audio (a recording, which
// standard styles print as @misc, without the event). @unpublished is BibLaTeX's type for "the
// script of a talk", and the one whose standard driver prints eventtitle, venue and eventdate.
plugins.config.get('@bibtex').types.biblatex.target['speech'] = 'unpublished';

/** "2017-04-12" → [[2017, 4, 12]], CSL's date-parts. */
function dateParts(iso: string): { 'date-parts': number[][] } {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/**
 * The one record every format derives from: a CSL-JSON `speech` item, or for the site's own
 * words (`author` set) a `webpage` item by the site, so that a summary is never cited as the
 * summarised speaker's words.
 */
export function cslItem(passage: CitedPassage): CslItem {
  if (passage.author !== undefined) {
    return {
      id: passage.key,
      'citation-key': passage.key.replace(/[^A-Za-z0-9]+/g, '_'),
      type: 'webpage',
      title: passage.title,
      author: [{ literal: passage.author }],
      publisher: passage.publisher,
      URL: passage.url,
      accessed: dateParts(passage.accessed),
    };
  }
  return {
    id: passage.key,
    // BibTeX keys may not hold "/" or "-" (Citation.js would make up its own key from the title).
    'citation-key': passage.key.replace(/[^A-Za-z0-9]+/g, '_'),
    type: 'speech',
    title: passage.title,
    ...(passage.speaker && { author: [{ family: passage.speaker.family, given: passage.speaker.given }] }),
    'event-title': passage.event,
    'event-place': passage.place,
    'event-date': dateParts(passage.date),
    issued: dateParts(passage.date),
    publisher: passage.publisher,
    URL: passage.url,
    accessed: dateParts(passage.accessed),
  };
}

/** The three formats of a passage's citation, all from its one CSL-JSON record. */
export function passageCitation(passage: CitedPassage): PassageCitation {
  const cite = new Cite([cslItem(passage)]);
  return {
    // The Chicago style is CSL 1.0.1: it reads the event as `event`, which `downgradeCsl` supplies.
    plain: cite.format('bibliography', { format: 'text', template: CHICAGO, lang: 'en-US', downgradeCsl: true }).trim(),
    bibtex: cite.format('biblatex', { format: 'text' }).trim(),
    csl: compactDates(cite.format('data', { format: 'text' })),
  };
}

/**
 * Keep CSL's date-parts on one line (`[[2017, 4, 12]]`): pretty-printed JSON gives each number a
 * line of its own, which makes a citation three times as long to read. Only whitespace changes.
 */
function compactDates(json: string): string {
  return json.replace(
    /\[\s*\[([\d\s,]+)\]\s*\]/g,
    (_match, parts: string) =>
      `[[${parts
        .trim()
        .split(/\s*,\s*/)
        .join(', ')}]]`,
  );
}
