/**
 * `npm run import -- <raw.txt> --event <slug> [--force]`: import a transcript published in the
 * Foreign Ministry's format as a draft for an editor. Reads (parse-source), drafts
 * (draft-transcript), writes (write-draft); says what is left to do. $CONTENT_DIR moves the
 * content folder, as for the build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { draftTranscript, PLACEHOLDER, type ImportVocabulary } from './import/draft-transcript.ts';
import { decodeSource, ImportError, parseSource } from './import/parse-source.ts';
import { writeDraft } from './import/write-draft.ts';

const USAGE = 'Usage: npm run import -- <raw.txt> --event <event-id> [--force]';
const EVENT_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { event: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean' } },
});
const [input] = positionals;
if (values.help || !input || !values.event) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
if (!EVENT_ID.test(values.event)) {
  console.error(
    `--event "${values.event}": an event id is lower-case words and numbers joined by hyphens, e.g. lavrov-tillerson-2017-04-12.`,
  );
  process.exit(2);
}

const contentDir = resolve(process.env['CONTENT_DIR'] || 'content');
const vocabulary: ImportVocabulary = {
  people: parse(readFileSync(resolve(contentDir, 'people.yaml'), 'utf8')) as ImportVocabulary['people'],
  topics: parse(readFileSync(resolve(contentDir, 'topics.yaml'), 'utf8')) as ImportVocabulary['topics'],
};

try {
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    throw new ImportError(0, `Cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  const parsed = parseSource(decodeSource(bytes));
  const draft = draftTranscript(parsed, vocabulary);
  const written = writeDraft({
    contentDir,
    event: values.event,
    text: parsed.text,
    markdown: draft.markdown,
    force: values.force,
  });
  const count = (kind: string) => draft.blocks.filter((block) => block.kind === kind).length;
  const placeholders = draft.markdown.split('\n').filter((line) => line.includes(PLACEHOLDER)).length;
  const untagged = draft.blocks.filter((block) => block.topics && block.topics.length === 0).length;
  console.log(
    [
      `import: ${input} → ${written.transcript} (source copied to ${written.source})`,
      `  ${draft.blocks.length} blocks: headnote, ${count('remarks')} paragraphs of opening remarks (one block each), ${count('question')} questions, ${count('answer')} answers${count('attribution') ? ', attribution' : ''}`,
      `  date ${draft.date}, place ${draft.place}, participants ${draft.participants.join(', ') || '(none found)'}`,
      '',
      'Left for the editor (the build fails until the placeholders are gone):',
      `  - replace the ${placeholders} lines holding ${PLACEHOLDER} (titles of the event, its remarks and questions; summary; source language, included, excluded)`,
      `  - merge the opening statement's paragraphs into passages by subject, and check the proposed topics and ids${untagged ? ` (${untagged} blocks got no topic)` : ''}`,
      `  - list the final ids in content/published-ids.txt as ${values.event}/<id>, and attach context notes where needed`,
      '  - run `npm run build` to validate, then `npm test`',
    ].join('\n'),
  );
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`${input}${error.line ? `:${error.line}` : ''}: ${error.message}`);
  if (error.hint) console.error(`  hint: ${error.hint}`);
  process.exit(1);
}
