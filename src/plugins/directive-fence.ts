/**
 * Why a line that starts like a block fence (`:::question{…}`) was not read as one. When the
 * attributes cannot be parsed, remark-directive leaves the line as text, which would otherwise be
 * reported as "Text outside any segment": the cause is in the attributes, so name the attribute,
 * its column and the quoting rule.
 */
import { isBlockDirective } from '../model/vocabulary';

/** What is wrong with a fence line, and where (1-based column). */
export interface FenceProblem {
  column: number;
  reason: string;
  expected: string[];
  actual: string;
  hint: string;
}

const FENCE = /^(\s*:{3,})([a-z]+)\{/;
/** One attribute, as micromark-extension-directive reads them: `#id`, `.class`, `key`, `key=value`, quoted or not. */
const ATTRIBUTE = /(?:[#.][^\s"'<=>`{}#.]+|([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|[^\s"'<=>`{}]+))?)/y;
const QUOTING_HINT =
  'a value in "…" cannot hold a straight ": write typographic quotes (“…”) or wrap the value in single quotes (title=\'The "hackers" question\').';

/** A short excerpt of `line` from `from` for messages. */
function excerptFrom(line: string, from: number): string {
  const text = line.slice(from).trim();
  return `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;
}

/** The problem with a fence line whose attributes could not be read; undefined when it is no fence. */
export function fenceProblem(line: string): FenceProblem | undefined {
  const fence = FENCE.exec(line);
  const name = fence?.[2];
  if (!fence || !name || !isBlockDirective(name)) return undefined;
  const where = `:::${name}`;
  const note = line.indexOf(':note[', fence[0].length);
  let position = fence[0].length;
  let lastName: string | undefined;
  let lastStart = position;
  let quoted = false;
  for (;;) {
    while (/\s/.test(line.charAt(position))) position++;
    if (line.charAt(position) === '}') return undefined; // readable after all: some other cause
    ATTRIBUTE.lastIndex = position;
    const match = ATTRIBUTE.exec(line);
    if (!match || match[0] === '') break;
    lastStart = position;
    lastName = match[1];
    quoted = match[2] !== undefined || match[3] !== undefined;
    position = ATTRIBUTE.lastIndex;
    // An attribute ends at a space or at the closing brace; anything else is where reading stopped.
    if (!/[\s}]/.test(line.charAt(position))) break;
  }
  if (note >= 0) {
    return {
      column: note + 1,
      reason: `A :note[…] inside the attributes of ${where}: a title is plain text.`,
      expected: ['title="plain words"'],
      actual: excerptFrom(line, note),
      hint: 'take the :note out of the title and attach it to the phrase in the passage’s text, where readers see it.',
    };
  }
  if (quoted && lastName && position < line.length && line.charAt(position - 1) === '"') {
    return {
      column: position,
      reason: `A straight " inside ${lastName}="…" on ${where} ends the value early, so the line is not read as a block.`,
      expected: [`${lastName}="…" without a " inside, or ${lastName}='…'`],
      actual: excerptFrom(line, lastStart),
      hint: QUOTING_HINT,
    };
  }
  if (position >= line.length) {
    const end = line.trimEnd();
    return {
      column: position + 1,
      reason: `The attributes of ${where} are not closed with "}" on this line, so the line is not read as a block.`,
      expected: ['{#id key="value" …} on the fence line'],
      actual: `"${end.length > 40 ? `…${end.slice(-40)}` : end}" (the end of the line)`,
      hint: 'end the attributes with "}" on the fence line itself.',
    };
  }
  return {
    column: position + 1,
    reason: `Unreadable attributes on ${where} at this column, so the line is not read as a block.`,
    expected: ['{#id key="value" …} on the fence line'],
    actual: excerptFrom(line, position),
    hint: `attributes are #id and key="value" pairs separated by spaces, closed by "}"; ${QUOTING_HINT}`,
  };
}
