/**
 * remark-known-directives: fails on any directive the site does not know, instead of letting
 * remark-directive's parse silently swallow it. A stray `:word` in running text is parsed as a
 * text directive and its text would vanish, so the hint says how to keep it as text.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { reportProblem } from '../model/content-error';

/** Options: the directive names allowed for each directive form. */
export interface KnownDirectivesOptions {
  container: readonly string[];
  leaf?: readonly string[];
  text?: readonly string[];
}

const FORMS = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;

const remarkKnownDirectives: Plugin<[KnownDirectivesOptions], Root> = (options) => (tree, file) => {
  const allowed = {
    containerDirective: options.container,
    leafDirective: options.leaf ?? [],
    textDirective: options.text ?? [],
  };
  visit(tree, (node) => {
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
    const known = allowed[node.type];
    if (known.includes(node.name)) return;
    const prefix = FORMS[node.type];
    reportProblem(file, `Unknown directive "${prefix}${node.name}".`, node, {
      expected: known.length ? known.map((name) => `${prefix}${name}`) : ['none of this form'],
      hint:
        node.type === 'textDirective'
          ? `if the colon belongs to the text, escape it: "\\:${node.name}".`
          : 'check the spelling against the list above.',
    });
  });
};

export default remarkKnownDirectives;
