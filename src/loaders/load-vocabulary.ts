/**
 * Reads the vocabularies the transcript is checked against (content/topics.yaml,
 * content/people.yaml) synchronously, so `astro.config.ts` can hand them to the plugins.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { VFile } from 'vfile';
import { ContentError, problemsOf, reportProblem, throwIfProblems } from '../content/content-error';
import { noteSchema, personSchema, topicSchema, type Note, type Person, type Topic } from '../content/schemas';
import { listItemLines, parseYaml } from '../content/yaml-data';
import { stripBom } from '../content/characters';
import { splitFrontmatter } from './frontmatter';
import { ID_PATTERN } from '../content/vocabulary';

/** The known topics and people, and where transcripts live. */
export interface Vocabulary {
  topics: Topic[];
  people: Person[];
  topicIds: ReadonlySet<string>;
  /** Person id → name, for speaker checks and turn labels. */
  personNames: ReadonlyMap<string, string>;
  /** Context notes by id (content/notes/<id>.md front matter). */
  notes: ReadonlyMap<string, Note>;
  /** Path of each note's file, for problems reported against it. */
  notePaths: ReadonlyMap<string, string>;
  /** True for paths of transcript files. */
  isTranscript: (path: string) => boolean;
  /** True for paths of note files. */
  isNote: (path: string) => boolean;
}

/** Read and validate a YAML list of records with unique ids; fail with file and line. */
export function readIdList<Schema extends z.ZodType<{ id: string }>>(path: string, schema: Schema): z.infer<Schema>[] {
  const file = new VFile({ path, value: stripBom(readFileSync(path, 'utf8')) });
  const items = parseYaml(file, String(file.value), z.array(schema)) ?? [];
  const lines = listItemLines(String(file.value));
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const line = lines[index] ?? 1;
    const first = seen.get(item.id);
    if (first !== undefined)
      reportProblem(file, `Duplicate id "${item.id}": it is already used at line ${first}.`, { line });
    else seen.set(item.id, line);
  });
  throwIfProblems(file);
  return items;
}

/**
 * Read every note's front matter (content/notes/*.md) and validate it with line numbers: a note
 * without a source, or a source without url or date, fails here, naming file and line.
 */
export function readNotes(notesDir: string): { notes: Map<string, Note>; paths: Map<string, string> } {
  const notes = new Map<string, Note>();
  const paths = new Map<string, string>();
  const problems: VFile[] = [];
  const names = existsSync(notesDir)
    ? readdirSync(notesDir)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : [];
  for (const name of names) {
    const path = resolve(notesDir, name);
    const id = basename(name, '.md');
    const file = new VFile({ path, value: stripBom(readFileSync(path, 'utf8')) });
    const { frontmatter, frontmatterLine } = splitFrontmatter(String(file.value));
    if (!ID_PATTERN.test(id)) reportProblem(file, `Malformed note id "${id}" (the file name).`, { line: 1 });
    if (frontmatter === undefined) {
      reportProblem(file, 'Missing front matter.', { line: 1 }, { expected: Object.keys(noteSchema.shape) });
    } else {
      const note = parseYaml(file, frontmatter, noteSchema, frontmatterLine);
      if (note) notes.set(id, note);
    }
    paths.set(id, path);
    if (file.messages.length > 0) problems.push(file);
  }
  if (problems.length > 0) throw new ContentError(problems.flatMap(problemsOf));
  return { notes, paths };
}

/** Load the vocabularies from the `content/` folder at `contentDir`. */
export function loadVocabulary(contentDir: string): Vocabulary {
  const topics = readIdList(resolve(contentDir, 'topics.yaml'), topicSchema);
  const people = readIdList(resolve(contentDir, 'people.yaml'), personSchema);
  const transcriptsDir = resolve(contentDir, 'transcripts') + sep;
  const notesDir = resolve(contentDir, 'notes') + sep;
  const { notes, paths } = readNotes(resolve(contentDir, 'notes'));
  return {
    notes,
    notePaths: paths,
    topics,
    people,
    topicIds: new Set(topics.map((topic) => topic.id)),
    personNames: new Map(people.map((person) => [person.id, person.name])),
    isTranscript: (path) => resolve(path).startsWith(transcriptsDir),
    isNote: (path) => resolve(path).startsWith(notesDir),
  };
}
