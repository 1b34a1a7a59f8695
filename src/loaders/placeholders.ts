/**
 * Drafts written by `npm run import` mark what an editor must write with `TODO` (titles, summary,
 * the source's description, unknown topics). A placeholder must never be published: each one
 * left in the front matter or in a block's attributes is a problem at its line.
 */
import type { VFile } from 'vfile';
import { reportProblem } from '../model/content-error';
import { PLACEHOLDER } from '../model/vocabulary';

/** Report every placeholder left in the front matter or on a block's opening line of `file`. */
export function checkPlaceholders(file: VFile): void {
  const lines = String(file.value).split('\n');
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  lines.forEach((line, index) => {
    const inFrontmatter = index > 0 && index < frontmatterEnd;
    if (!(inFrontmatter && !line.trimStart().startsWith('#')) && !line.startsWith(':::')) return;
    const column = line.search(new RegExp(`(?<![\\p{L}\\p{N}])${PLACEHOLDER}(?![\\p{L}\\p{N}])`, 'u'));
    if (column === -1) return;
    reportProblem(
      file,
      `Placeholder ${PLACEHOLDER} left by the importer: ${line.trim().slice(0, 90)}`,
      { line: index + 1, column: column + 1 },
      { hint: 'write what it asks for (a title, the topics, the summary…) in place of the placeholder.' },
    );
  });
}
