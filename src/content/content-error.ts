/**
 * Problems in content are reported as unified `VFileMessage`s (file, line, column, reason, hint)
 * and collected, so one build names every problem at once instead of stopping at the first.
 */
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Extra detail for a content problem: what was expected, what was found, how to fix it. */
export interface ProblemDetail {
  expected?: readonly string[];
  actual?: string;
  hint?: string;
}

/** Where a problem is: a node with a position, or a line (and column) in the file. */
export type ProblemPlace = Node | { line: number; column?: number };

/** Record a fatal content problem on `file` without stopping, so all problems get reported. */
export function reportProblem(
  file: VFile,
  reason: string,
  place: ProblemPlace,
  detail: ProblemDetail = {},
): void {
  const point = 'type' in place ? place.position : { line: place.line, column: place.column ?? 1 };
  const message = file.message(reason, { ...(point && { place: point }), source: 'content', ruleId: 'invalid-content' });
  message.fatal = true;
  if (detail.expected) message.expected = [...detail.expected];
  if (detail.actual !== undefined) message.actual = detail.actual;
  if (detail.hint) message.note = detail.hint;
}

/** Format one problem as `path:line:column: reason`, then expected/found/hint lines. */
export function formatProblem(message: VFileMessage, path = message.file): string {
  const lines = [`${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`];
  if (message.expected?.length) lines.push(`  expected: ${message.expected.join(', ')}`);
  if (message.actual !== undefined) lines.push(`  found: ${message.actual}`);
  if (message.note) lines.push(`  hint: ${message.note}`);
  return lines.join('\n');
}

/** Thrown when content is invalid; its message lists every problem with file and line. */
export class ContentError extends Error {
  constructor(readonly problems: readonly VFileMessage[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Invalid content (${count}):\n${problems.map((p) => formatProblem(p)).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Throw a ContentError when any fatal problem was reported on `file`. */
export function throwIfProblems(file: VFile): void {
  const problems = file.messages.filter((message) => message.fatal);
  if (problems.length > 0) throw new ContentError(problems);
}
