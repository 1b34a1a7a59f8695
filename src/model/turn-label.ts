/**
 * The source opens each question and answer with a label, e.g.
 * "Sergey Lavrov (adding after Rex Tillerson): …" or "Question: …". The label is part of the
 * source's words, so it stays in the text; this parser finds it so it can be validated and styled.
 */

/** A parsed turn label: `name` and optional parenthesised `qualifier`, as written. */
export interface TurnLabel {
  /** The whole label including the colon, e.g. "Question (addressed to both ministers):". */
  text: string;
  /** The name before any qualifier, e.g. "Question" or "Sergey Lavrov". */
  name: string;
  /** The words in parentheses, e.g. "addressed to both ministers", if any. */
  qualifier: string | undefined;
}

const LABEL = /^([A-Z][\p{L}.’' -]*?)(?: \(([^)]+)\))?:(?= )/u;

/** Parse the label at the start of a paragraph's text, or return undefined when there is none. */
export function parseTurnLabel(paragraphText: string): TurnLabel | undefined {
  const match = LABEL.exec(paragraphText);
  if (!match?.[1]) return undefined;
  return { text: match[0], name: match[1], qualifier: match[2] };
}
