/**
 * Checks of a note's or summary's sources against the source policy and its sentences: a source
 * on a `never` host is refused, naming the host and why; one on a host the policy does not list
 * needs a `why`; and every source listed must be cited by at least one sentence. Each problem is
 * reported at the source's own line.
 */
import type { VFile } from 'vfile';
import { reportProblem } from './content-error';
import { classifySource, type SourcePolicy } from './source-policy';

/** The fields of a source these checks read. */
interface CheckedSource {
  id: string;
  url: string;
  why?: string | undefined;
}

/** Where a key of the `index`th source is in the file. */
type SourcePlace = (index: number, key: string) => { line: number; column: number };

/** Report sources the policy refuses, and unlisted ones without a `why`. */
export function checkSourcePolicy(
  file: VFile,
  sources: readonly CheckedSource[],
  policy: SourcePolicy,
  placeOf: SourcePlace,
): void {
  sources.forEach((source, index) => {
    const classified = classifySource(source.url, policy);
    if (classified.class === 'never') {
      reportProblem(
        file,
        `Source "${source.id}" is on ${classified.host}, which the source policy never allows.`,
        placeOf(index, 'url'),
        {
          actual: `${classified.listed?.host}: ${classified.listed?.why ?? ''}`,
          hint: 'cite the original (the body that acted, a wire service, a paper of record) instead; see content/source-policy.yaml.',
        },
      );
    } else if (classified.class === 'other' && !source.why) {
      reportProblem(
        file,
        `Source "${source.id}" is on ${classified.host}, a host the source policy does not class.`,
        placeOf(index, 'url'),
        {
          expected: [
            'a primary or record source',
            'or why: one plain sentence readers see, saying why this source is cited',
          ],
          hint: 'prefer the body that acted or a wire story; a regional reprint of wire copy is cited as the wire story.',
        },
      );
    }
  });
}

/** Report each source that no sentence cites. */
export function checkAllCited(
  file: VFile,
  sources: readonly CheckedSource[],
  cited: ReadonlySet<string>,
  placeOf: SourcePlace,
): void {
  sources.forEach((source, index) => {
    if (!cited.has(source.id)) {
      reportProblem(file, `Source "${source.id}" is listed but no sentence cites it.`, placeOf(index, 'id'), {
        hint: `cite it with :cite[${source.id}] after the sentences it supports, or remove it.`,
      });
    }
  });
}
