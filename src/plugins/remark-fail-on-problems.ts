/**
 * remark-fail-on-problems: the last remark step. The validating plugins before it record every
 * problem on the file instead of throwing at the first. Files read by our loaders hand the
 * problems out (as `contentProblems` in the render metadata) and are emptied, so no HTML is made
 * from bad content and the loader reports them once, without the renderer's own error dump; any
 * other file throws a `ContentError` here.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { ContentError, problemsOf, type Problem } from '../model/content-error';

/** Options: which files' loaders read the problems from the render metadata. */
export interface FailOnProblemsOptions {
  /** True for paths whose loader reads `metadata.frontmatter.contentProblems`. */
  handOut?: (path: string) => boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** Fatal content problems of a file whose loader reports them (see remark-fail-on-problems). */
    contentProblems: Problem[];
  }
}

const remarkFailOnProblems: Plugin<[FailOnProblemsOptions?], Root> =
  ({ handOut = () => false } = {}) =>
  (tree, file) => {
    const problems = problemsOf(file);
    if (problems.length === 0) return;
    if (!handOut(file.path)) throw new ContentError(problems);
    file.data.contentProblems = problems;
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, contentProblems: problems };
    tree.children = [];
  };

export default remarkFailOnProblems;
