/**
 * Characters an editor cannot see: a byte-order mark at the start of a file, zero-width
 * characters, bidirectional controls, no-break spaces, control characters. Messages show them
 * as `[U+200B]` so that an id or a phrase that looks right on screen can be told from the real one.
 */

/** The byte-order mark some editors put at the start of a file; it is not content. */
export const BOM = '\uFEFF';

/** Remove a leading byte-order mark, so a file saved "with BOM" reads like one without. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * Characters that are invisible or look like another character: C0 and C1 controls (except
 * line feed), tabs, no-break and other non-ASCII spaces, and every format character (category
 * Cf: zero-width space and joiners, bidirectional marks, embeddings and isolates, the BOM, the
 * soft hyphen, invisible operators).
 */
const INVISIBLE =
  /[\0-\x09\x0B-\x1F\x7F-\x9F\p{Cf}\p{Noncharacter_Code_Point}\p{Cs}\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/gu;

/** The `U+XXXX` name of one character. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every invisible character written as `[U+XXXX]`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `[${codePointName(char)}]`);
}

/**
 * Characters that hide or reorder text when published: controls and format characters
 * (zero-width, bidirectional). No-break spaces are visible as spaces and are allowed in text.
 * Also the noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, the last two of every plane) and lone
 * surrogates: XML 1.0 forbids some of them and Unicode keeps all of them out of text, and one in
 * the Atom feed makes it malformed, so feed readers drop the whole feed.
 */
const HIDING = /[\0-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** True for a noncharacter or a lone surrogate: not text at all, rather than text one cannot see. */
function isNotText(char: string): boolean {
  return /^[\p{Noncharacter_Code_Point}\p{Cs}]$/u.test(char);
}

/** How messages name a character that may not be published: "invisible character U+200B". */
export function unpublishableCharacter(char: string): string {
  return `${isNotText(char) ? 'noncharacter' : 'invisible character'} ${codePointName(char)}`;
}

/** Why a character that may not be published must go, for a message's hint. */
export function unpublishableHint(char: string): string {
  return isNotText(char)
    ? 'delete it: it is not a character anyone can read (often the trace of a broken conversion), and XML forbids it, so the Atom feed would be malformed.'
    : 'delete it: it hides or reorders characters, and a reader can neither see nor search for it.';
}

/** Each character of `text` that hides or reorders text, or is no text at all, with its offset. */
export function hidingCharacters(text: string): Array<{ char: string; offset: number }> {
  return [...text.matchAll(HIDING)].map((match) => ({ char: match[0], offset: match.index }));
}
