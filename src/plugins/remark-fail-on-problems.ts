/**
 * remark-fail-on-problems: the last remark step. The validating plugins before it record every
 * problem on the file instead of throwing at the first; this stops the build with all of them,
 * each with file and line, before any HTML is made from bad content.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { throwIfProblems } from '../content/content-error';

const remarkFailOnProblems: Plugin<[], Root> = () => (_tree, file) => {
  throwIfProblems(file);
};

export default remarkFailOnProblems;
