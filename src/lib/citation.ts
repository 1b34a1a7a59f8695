/**
 * Citations of one passage in three formats: a Chicago-style note (plain text), BibTeX and
 * CSL-JSON. Pure functions of the passage's facts, so they are tested without a build.
 */

/** What a citation says about a passage. */
export interface CitedPassage {
  /** Stable key, e.g. `lavrov-tillerson-2017-04-12/a-cyber`. */
  key: string;
  /** The speaker's name ("Sergey Lavrov"), or undefined for an unnamed questioner. */
  speaker: { given: string; family: string } | undefined;
  /** What the passage is, e.g. "Answer on election interference and cyber-weapons". */
  title: string;
  /** The event, e.g. "Joint news conference with Rex Tillerson". */
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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "April 12, 2017" (Chicago's month-day-year). */
function chicagoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`;
}

/** Chicago-style plain-text citation. */
export function plainCitation(passage: CitedPassage): string {
  const author = passage.speaker ? `${passage.speaker.family}, ${passage.speaker.given}. ` : '';
  return (
    `${author}“${passage.title}.” ${passage.event}, ${passage.place}, ${chicagoDate(passage.date)}. ` +
    `Text: ${passage.publisher}. ${passage.url} (accessed ${chicagoDate(passage.accessed)}).`
  );
}

/** Escape text for a BibTeX field: the characters LaTeX treats as special. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (character) => {
    switch (character) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${character}`;
    }
  });
}

/** BibTeX entry (biblatex-friendly `@misc` with `date` and `urldate`). */
export function bibtexCitation(passage: CitedPassage): string {
  const fields: Array<[string, string]> = [
    ...(passage.speaker
      ? ([['author', `${escapeBibtex(passage.speaker.family)}, ${escapeBibtex(passage.speaker.given)}`]] as Array<
          [string, string]
        >)
      : []),
    ['title', `{${escapeBibtex(passage.title)}}`],
    ['howpublished', `${escapeBibtex(passage.event)}, ${escapeBibtex(passage.place)}`],
    ['date', passage.date],
    ['year', passage.date.slice(0, 4)],
    ['note', `Text: ${escapeBibtex(passage.publisher)}`],
    ['url', passage.url],
    ['urldate', passage.accessed],
  ];
  const key = passage.key.replace(/[^A-Za-z0-9-]/g, ':');
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}

/** "2017-04-12" → [[2017, 4, 12]], CSL's date-parts. */
function dateParts(iso: string): { 'date-parts': number[][] } {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

/** CSL-JSON item (as Zotero and citeproc read it), pretty-printed. */
export function cslJsonCitation(passage: CitedPassage): string {
  const item = {
    id: passage.key,
    type: 'speech',
    title: passage.title,
    ...(passage.speaker && { author: [{ family: passage.speaker.family, given: passage.speaker.given }] }),
    event: passage.event,
    'event-place': passage.place,
    issued: dateParts(passage.date),
    publisher: passage.publisher,
    URL: passage.url,
    accessed: dateParts(passage.accessed),
  };
  return JSON.stringify([item], null, 2);
}
