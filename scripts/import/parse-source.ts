/**
 * Step 1 of `npm run import`: read a raw transcript in the Foreign Ministry's published format
 * (a headnote, paragraphs separated by blank lines, turns opened by labels such as `Question:`,
 * `Question (addressed to …):` or `Sergey Lavrov (speaking after …):`, a closing `Source:` line)
 * and cut it into turns. Nothing here changes a word: paragraphs are kept as published.
 */

/** A problem with the input, with the line it is on (1-based; 0 when it concerns the whole file). */
export class ImportError extends Error {
  /** 1-based line of the problem, or 0 for the whole file. */
  readonly line: number;
  /** How to fix it. */
  readonly hint: string | undefined;

  constructor(line: number, reason: string, hint?: string) {
    super(reason);
    this.name = 'ImportError';
    this.line = line;
    this.hint = hint;
  }
}

/** One paragraph as published, and the line it starts on. */
export interface SourceParagraph {
  text: string;
  line: number;
}

/** A turn label as written, e.g. `Question (addressed to both ministers):`. */
export interface RawLabel {
  text: string;
  name: string;
  qualifier: string | undefined;
}

/** One speaker's turn: its label (none for the unlabelled opening statement) and paragraphs. */
export interface RawTurn {
  label: RawLabel | undefined;
  paragraphs: SourceParagraph[];
}

/** The parsed source. */
export interface ParsedSource {
  /** The publisher's headnote (the first paragraph), e.g. "We reproduce … April 12, 2017:". */
  headnote: SourceParagraph;
  /** The turns in order; the first may have no label (the opening statement). */
  turns: RawTurn[];
  /** The closing `Source: …` paragraph, if present. */
  attribution: SourceParagraph | undefined;
  /** The text itself, decoded, for copying to content/source/ unchanged. */
  text: string;
}

// A label is one to four capitalised words (a name, or "Question"), an optional parenthesis and
// a colon: "Sergey Lavrov (adding after Rex Tillerson): …". "As follows: …" is not one.
const LABEL = /^((?:[A-Z][\p{L}.’'-]*)(?: [A-Z][\p{L}.’'-]*){0,3})(?: \(([^)]+)\))?:(?= )/u;
const ATTRIBUTION = /^Source: \S/;

/** The label at the start of a paragraph, if any. */
export function labelOf(text: string): RawLabel | undefined {
  const match = LABEL.exec(text);
  return match?.[1] ? { text: match[0], name: match[1], qualifier: match[2] } : undefined;
}

/**
 * Decode the file's bytes as UTF-8, refusing what is not: UTF-16 (a byte-order mark or NUL
 * bytes), binary data, or another 8-bit encoding such as Latin-1 or Windows-1252.
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0 || /^\s*$/.test(Buffer.from(bytes).toString('latin1'))) {
    throw new ImportError(0, 'The file is empty.', 'export the transcript as plain text (UTF-8) and try again.');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    throw new ImportError(
      0,
      'The file is not UTF-8 text: it looks like UTF-16 or binary data (it has a UTF-16 byte-order mark or NUL bytes).',
      'save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 in.txt > out.txt`.',
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = Buffer.from(bytes.subarray(0, at)).toString('latin1').split('\n').length;
    throw new ImportError(
      line,
      `The file is not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}): it looks like Latin-1 or Windows-1252.`,
      'convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`, and check the quotes and dashes survived.',
    );
  }
}

/** Offset of the first byte that breaks UTF-8: where the lenient decoding first substitutes U+FFFD. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  return Buffer.byteLength(lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))));
}

/** Split text into paragraphs (blocks separated by blank lines), each with its first line. */
export function paragraphsOf(text: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let current: string[] = [];
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') {
      if (current.length) paragraphs.push({ text: current.join('\n'), line: start });
      current = [];
    } else {
      if (!current.length) start = index + 1;
      current.push(raw.trim());
    }
  });
  if (current.length) paragraphs.push({ text: current.join('\n'), line: start });
  return paragraphs;
}

/** Parse decoded source text into headnote, turns and attribution. */
export function parseSource(text: string): ParsedSource {
  const paragraphs = paragraphsOf(text);
  const [headnote, ...rest] = paragraphs;
  if (!headnote) throw new ImportError(0, 'The file is empty.');
  const last = rest.at(-1);
  const attribution = last && ATTRIBUTION.test(last.text) ? last : undefined;
  const body = attribution ? rest.slice(0, -1) : rest;
  if (!body.some((paragraph) => labelOf(paragraph.text))) {
    throw new ImportError(
      headnote.line,
      'No turn labels found: not one paragraph opens with "Question:", "Question (addressed to …):" or "<Name> (speaking after …):".',
      'this importer reads the Foreign Ministry’s transcript format; check the file is a transcript with its labels.',
    );
  }
  const turns: RawTurn[] = [];
  for (const paragraph of body) {
    const label = labelOf(paragraph.text);
    const open = turns.at(-1);
    if (label || !open) turns.push({ label, paragraphs: [paragraph] });
    else open.paragraphs.push(paragraph);
  }
  return { headnote, turns, attribution, text };
}
