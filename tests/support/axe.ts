/**
 * axe-core in a Playwright page: inject the installed axe-core, run it with the WCAG 2.2 AA tag
 * set the design asks for, and describe violations so a failure names page, rule, impact,
 * elements and the fix to read about.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the "WCAG 2.2 AA" bar of docs/DESIGN.md. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

// Read once per test file; every page gets the same source.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The rules whose outcome depends on colours alone: the only ones a change of colour scheme can
 * turn, since the markup, names and layout stay the same (the site's colours follow
 * `light-dark()`).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** What to audit: the whole document and the WCAG 2.2 AA tags unless narrowed. */
export interface AxeScope {
  /** Only these rules (e.g. {@link COLOUR_RULES} for a second colour scheme). */
  rules?: readonly string[];
  /** Only the element this selector matches and its subtree (e.g. a dialog just opened). */
  within?: string;
}

/**
 * Runs axe on the page as it is now (after any interaction) and returns its violations.
 * The source goes in through `evaluate`, not a `<script>` tag, so a Content-Security-Policy
 * that forbids inline scripts (as the site's should) cannot block the checker itself.
 */
export async function axeViolations(page: Page, { rules, within }: AxeScope = {}): Promise<Result[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    async ([tags, only, selector]) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: object) => Promise<AxeResults> } })
        .axe;
      const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: tags };
      return axe.run(selector ? { include: [selector] } : document, { runOnly, resultTypes: ['violations'] });
    },
    [[...WCAG_TAGS], rules ? [...rules] : null, within ?? null] as const,
  );
  return results.violations;
}

/** One line per violated rule and one per offending element: what a reviewer needs to fix it. */
export function describeViolations(where: string, violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) => `      ${node.target.join(' ')} — ${whatIsWrong(node.failureSummary)}`,
      );
      return [
        `${where}: ${violation.id} (${violation.impact ?? 'no impact given'}) — ${violation.help} <${violation.helpUrl}>`,
        ...nodes,
      ].join('\n');
    })
    .join('\n');
}

/** axe's failure summary without its "Fix any/all of the following:" headings, on one line. */
function whatIsWrong(summary = ''): string {
  return summary
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('Fix '))
    .join('; ');
}
