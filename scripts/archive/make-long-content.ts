/**
 * Makes the "longest allowed" content folder for `npm run test:limits`: the real content with
 * every name, title and label the layout shows at its maximum length (MAX_LENGTH in
 * src/model/schemas.ts), in Latin, Cyrillic and Greek, with one long unbroken word, a question
 * without an answer (`unanswered="…"`), a correction to a summary and a note never corrected. The end-to-end test
 * tests/e2e/limits.test.ts then checks that every page still fits a 320 px screen.
 * Run directly: `node --experimental-strip-types scripts/archive/make-long-content.ts <dir>`.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { MAX_LENGTH } from '../../src/model/limits.ts';
import { SOURCE_EVENT } from './make-archive.ts';

/** Words of several scripts, as names of Russian diplomacy bring them, and one word no line can hold. */
const WORDS =
  'Сергей Лавров and Rex Tillerson discuss Σεργκέι Λαβρόφ Žižek Łódź Moscow Идлиб Dnipropetrovskyisovietunionhistory relations';

/** The note whose corrections the fixture's log leaves out. */
export const UNCORRECTED_NOTE = 'opcw';

/** Text of exactly `length` characters (code points) made of WORDS, ending on a letter. */
export function filled(length: number, words = WORDS): string {
  let text = '';
  while ([...text].length < length + 1) text += `${words} `;
  const chars = [...text].slice(0, length);
  if (chars.at(-1) === ' ') chars[chars.length - 1] = 'x';
  return chars.join('');
}

/** Set `path` in the YAML file at `file` to `value`, keeping its comments and layout. */
function setYaml(file: string, path: Array<string | number>, value: string): void {
  const document = parseDocument(readFileSync(file, 'utf8'));
  document.setIn(path, value);
  writeFileSync(file, document.toString({ lineWidth: 0 }));
}

/** Write the folder; returns the ids it added (the unanswered question). */
export function makeLongContent(from: string, to: string): void {
  const source = resolve(from);
  const target = resolve(to);
  if (target === source) throw new Error('makeLongContent: refusing to write into the real content folder');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });

  const site = join(target, 'site.yaml');
  setYaml(site, ['name'], filled(MAX_LENGTH.siteName));
  setYaml(site, ['titleSuffix'], filled(MAX_LENGTH.titleSuffix));
  setYaml(site, ['credit'], filled(MAX_LENGTH.credit));
  const topics = join(target, 'topics.yaml');
  setYaml(topics, [0, 'label'], filled(MAX_LENGTH.topicLabel));
  setYaml(topics, [0, 'description'], filled(MAX_LENGTH.topicDescription));
  const people = join(target, 'people.yaml');
  // Not a speaker: a speaker's name must match the source's turn labels.
  setYaml(people, [3, 'name'], filled(MAX_LENGTH.personName));
  for (const index of [0, 1, 3]) setYaml(people, [index, 'role'], filled(MAX_LENGTH.role));
  const notes = readdirSync(join(target, 'notes')).sort();
  for (const note of notes.slice(0, 3)) {
    const path = join(target, 'notes', note);
    const text = readFileSync(path, 'utf8').replace(/^title: .*$/m, `title: "${filled(MAX_LENGTH.noteTitle)}"`);
    writeFileSync(path, text);
  }

  const transcriptPath = join(target, 'transcripts', `${SOURCE_EVENT}.md`);
  let transcript = readFileSync(transcriptPath, 'utf8')
    .replace(/^title: .*$/m, `title: "${filled(MAX_LENGTH.eventTitle)}"`)
    .replace(/^shortTitle: .*$/m, `shortTitle: "${filled(MAX_LENGTH.shortTitle)}"`)
    .replace(/^place: .*$/m, `place: "${filled(MAX_LENGTH.place)}"`)
    .replace(/^occasion: .*$/m, `occasion: "${filled(MAX_LENGTH.occasion)}"`);
  // Every passage title at the maximum: the transcript's contents, the strip and the cards show them all.
  transcript = transcript.replace(/ title="[^"]*"/g, () => ` title="${filled(MAX_LENGTH.segmentTitle)}"`);
  const unanswered = `:::question{#q-unanswered speaker="journalist" to="lavrov" topics="syria" title="${filled(MAX_LENGTH.segmentTitle)}" unanswered="${filled(MAX_LENGTH.unanswered)}"}\nQuestion: And one more question?\n:::\n\n:::attribution{#source}`;
  transcript = transcript.replace(':::attribution{#source}', unanswered);
  writeFileSync(transcriptPath, transcript);
  const published = join(target, 'published-ids.txt');
  writeFileSync(published, `${readFileSync(published, 'utf8').trimEnd()}\n${SOURCE_EVENT}/q-unanswered\n`);

  const corrections = join(target, 'corrections.yaml');
  const entry = [
    '- date: 2026-12-01',
    `  target: summary:${SOURCE_EVENT}/s-opening`,
    `  what: "${filled(MAX_LENGTH.correctionWhat)}"`,
    `  why: "${filled(MAX_LENGTH.correctionWhy)}"`,
  ].join('\n');
  // One note with no entry in the log (the real content has corrected every note), to show a
  // never-corrected note carries no "Corrected on" line.
  const log = parseDocument(readFileSync(corrections, 'utf8'));
  const entries = log.contents as YAMLSeq<YAMLMap>;
  entries.items = entries.items.filter((item) => item.get('target') !== `note:${UNCORRECTED_NOTE}`);
  writeFileSync(corrections, `${log.toString({ lineWidth: 0 }).trimEnd()}\n${entry}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [to] = process.argv.slice(2);
  if (!to) {
    console.error('usage: make-long-content.ts <dir>');
    process.exit(1);
  }
  makeLongContent('content', to);
  console.log(`Wrote ${to}: every name, title and label at its maximum length.`);
}
