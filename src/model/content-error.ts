/**
 * Problems in content are reported as unified `VFileMessage`s (file, line, column, reason, hint)
 * and collected, so one build names every problem at once instead of stopping at the first.
 * They leave the build as one `ContentError` whose message is the list, and nothing else: no
 * stack trace or object dump unless `DEBUG` is set, because the reader is an editor, not us.
 */
import { isAbsolute, relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { showInvisible } from './characters';

/** Extra detail for a content problem: what was expected, what was found, how to fix it. */
export interface ProblemDetail {
  expected?: readonly string[];
  actual?: string;
  hint?: string;
}

/** Where a problem is: a node with a position, or a line (and column) in the file. */
export type ProblemPlace = Node | { line: number; column?: number };

/** One content problem as plain data (it crosses Astro's render metadata to the loaders). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  reason: string;
  expected?: string[];
  actual?: string;
  hint?: string;
}

/** Record a fatal content problem on `file` without stopping, so all problems get reported. */
export function reportProblem(file: VFile, reason: string, place: ProblemPlace, detail: ProblemDetail = {}): void {
  const point = 'type' in place ? place.position : { line: place.line, column: place.column ?? 1 };
  const message = file.message(reason, {
    ...(point && { place: point }),
    source: 'content',
    ruleId: 'invalid-content',
  });
  message.fatal = true;
  if (detail.expected) message.expected = [...detail.expected];
  if (detail.actual !== undefined) message.actual = detail.actual;
  if (detail.hint) message.note = detail.hint;
}

/** A problem as plain data, from a message recorded on a VFile. */
export function toProblem(message: VFileMessage, path = ''): Problem {
  return {
    file: message.file || path,
    line: message.line ?? 1,
    column: message.column ?? 1,
    reason: message.reason,
    ...(message.expected?.length && { expected: [...message.expected] }),
    ...(message.actual !== undefined && { actual: message.actual }),
    ...(message.note && { hint: message.note }),
  };
}

/** The fatal problems recorded on `file`, as plain data, each once. */
export function problemsOf(file: VFile): Problem[] {
  const seen = new Set<string>();
  return file.messages.flatMap((message) => {
    if (!message.fatal) return [];
    const problem = toProblem(message, file.path);
    const key = JSON.stringify(problem);
    if (seen.has(key)) return [];
    seen.add(key);
    return [problem];
  });
}

/** A path as the editor typed it: relative to the working directory when inside it. */
function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const local = relative(process.cwd(), path);
  return local.startsWith('..') || isAbsolute(local) ? path : local;
}

/**
 * Format one problem as `path:line:column: reason`, then expected / found / hint lines.
 * Invisible characters are written as `[U+200B]`, so what looks right can be told from what is.
 */
export function formatProblem(message: Problem | VFileMessage, path?: string): string {
  const problem = message instanceof VFileMessage ? toProblem(message) : message;
  const lines = [`${displayPath(path ?? problem.file)}:${problem.line}:${problem.column}: ${problem.reason}`];
  if (problem.expected?.length) lines.push(`  expected: ${problem.expected.join(', ')}`);
  if (problem.actual !== undefined) lines.push(`  found: ${problem.actual}`);
  if (problem.hint) lines.push(`  hint: ${problem.hint}`);
  return showInvisible(lines.join('\n'));
}

/** Thrown when content is invalid; its message lists every problem with file and line. */
export class ContentError extends Error {
  /** The problems, in the order they were found. */
  declare readonly problems: readonly Problem[];

  constructor(found: readonly (Problem | VFileMessage)[]) {
    const problems = found.map((problem) => (problem instanceof VFileMessage ? toProblem(problem) : problem));
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Invalid content (${count}):\n${problems.map((problem) => formatProblem(problem)).join('\n')}`);
    this.name = 'ContentError';
    // Not enumerable: printing the error must not dump the list a second time.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
    // The stack points into our code, which says nothing to an editor; DEBUG=1 keeps it.
    if (!process.env['DEBUG']) this.stack = '';
  }

  /**
   * Only the summary line: Astro guesses hints from words in `toString()` (a note kind
   * "document" would earn an unrelated "Browser APIs are not available" hint).
   */
  override toString(): string {
    return `${this.name}: ${this.message.split('\n')[0]}`;
  }
}

/** Throw a ContentError when any fatal problem was reported on `file`. */
export function throwIfProblems(file: VFile): void {
  const problems = problemsOf(file);
  if (problems.length > 0) throw new ContentError(problems);
}

/**
 * Run `load` while Astro loads its config; on a ContentError print only its message and exit 1.
 * Thrown, it would be printed under "[astro] Unable to load your Astro config", which points an
 * editor at a file they never touch; other errors are bugs and are thrown as they are.
 */
export function orExitOnContentError<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    if (process.env['DEBUG']) process.stderr.write(`${new Error('at config load').stack ?? ''}\n`);
    process.exit(1);
  }
}
