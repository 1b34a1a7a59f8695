/**
 * The size of one transcript against what a reader's phone can load (TRANSCRIPT_BYTES): a
 * warning above the first bound, a content problem at line 1 above the second, each saying how
 * to split the text into events.
 */
import type { VFile } from 'vfile';
import { reportProblem } from '../model/content-error';
import { TRANSCRIPT_BYTES } from '../model/limits';

/** "1.2 MB", "380 KB": sizes as an editor reads them. */
function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} KB`;
}

const SPLIT_HINT =
  'split it into events: one file per press conference, or per day or session of a long one (content/transcripts/<event>.md, each with its source text in content/source/ and its ids in content/published-ids.txt).';

/**
 * Check the size of the transcript in `file`: a refused size is reported on `file`; a size to
 * warn about is returned as the warning's text (the loader logs it), else undefined.
 */
export function checkTranscriptSize(file: VFile): string | undefined {
  const bytes = Buffer.byteLength(String(file.value));
  if (bytes > TRANSCRIPT_BYTES.refuse) {
    reportProblem(
      file,
      `The transcript is ${formatBytes(bytes)}: more than the ${formatBytes(TRANSCRIPT_BYTES.refuse)} a reader's phone can load as one page.`,
      { line: 1 },
      {
        actual: `${formatBytes(bytes)}, a transcript page of about ${formatBytes(bytes * 4)} (a 5 MB transcript made an 18.6 MB page that took 13 s to load)`,
        hint: SPLIT_HINT,
      },
    );
    return undefined;
  }
  if (bytes > TRANSCRIPT_BYTES.warn) {
    return `${file.path}:1:1: the transcript is ${formatBytes(bytes)}, a page of about ${formatBytes(bytes * 4)} that loads slowly on a phone (the build refuses above ${formatBytes(TRANSCRIPT_BYTES.refuse)}); ${SPLIT_HINT}`;
  }
  return undefined;
}
