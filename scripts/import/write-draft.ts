/**
 * Step 3 of `npm run import`: copy the source text to content/source/<event>.txt and write the
 * draft to content/transcripts/<event>.md, refusing to replace an existing transcript (an editor's
 * work) unless forced.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from './parse-source.ts';

/** Where and what to write. */
export interface WriteOptions {
  contentDir: string;
  event: string;
  text: string;
  markdown: string;
  force: boolean;
}

/** Write both files; returns their paths. */
export function writeDraft({ contentDir, event, text, markdown, force }: WriteOptions): {
  source: string;
  transcript: string;
} {
  const source = join(contentDir, 'source', `${event}.txt`);
  const transcript = join(contentDir, 'transcripts', `${event}.md`);
  for (const path of [transcript, source]) {
    if (existsSync(path) && !force) {
      throw new ImportError(
        0,
        `${path} already exists; not overwriting it.`,
        'pass --force to replace it (an editor’s work in it is lost).',
      );
    }
  }
  mkdirSync(join(contentDir, 'source'), { recursive: true });
  mkdirSync(join(contentDir, 'transcripts'), { recursive: true });
  writeFileSync(source, text.endsWith('\n') ? text : `${text}\n`);
  writeFileSync(transcript, markdown);
  return { source, transcript };
}
