/**
 * The Markdown pipeline hands the problems of transcripts and notes out through the render
 * metadata instead of throwing (see remark-fail-on-problems), so that Astro's renderer does not
 * print them once more with a stack trace; the loaders throw them here, once.
 */
import { ContentError, type Problem } from '../model/content-error';

/** The problems a render handed out, if any. */
export function renderProblems(metadata: { frontmatter?: Record<string, unknown> } | undefined): Problem[] {
  const problems = metadata?.frontmatter?.['contentProblems'];
  return Array.isArray(problems) ? (problems as Problem[]) : [];
}

/** Throw a ContentError when the render handed out problems. */
export function throwIfRenderProblems(metadata: { frontmatter?: Record<string, unknown> } | undefined): void {
  const problems = renderProblems(metadata);
  if (problems.length > 0) throw new ContentError(problems);
}
