/**
 * The content index: what every transcript and note is checked against, read synchronously from
 * the content folder (topics.yaml, people.yaml, the notes' front matter, source-policy.yaml) so
 * `astro.config.ts` can hand it to the plugins. Not to be confused with model/vocabulary.ts, the
 * closed syntax vocabularies (segment kinds, directive names…), which are code, not content.
 */
import { basename, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { VFile } from 'vfile';
import { ContentError, problemsOf, reportProblem, throwIfProblems } from '../model/content-error';
import { noteSchema, personSchema, topicSchema, type Note, type Person, type Topic } from '../model/schemas';
import { listItemLines, parseYaml, placeIn } from '../model/yaml-data';
import { CITE_MARKER, citedIds } from '../model/cited-sentences';
import { checkAllCited, checkSourcePolicy } from '../model/source-checks';
import { EMPTY_POLICY, sourcePolicySchema, type SourcePolicy } from '../model/source-policy';
import { contentExists, contentFiles, readContentFile } from './content-files';
import { splitFrontmatter } from './frontmatter';
import { ID_PATTERN } from '../model/vocabulary';

/** The known topics, people, notes and source policy, and where transcripts and notes live. */
export interface ContentIndex {
  topics: Topic[];
  people: Person[];
  topicIds: ReadonlySet<string>;
  /** Person id → name, for speaker checks and turn labels. */
  personNames: ReadonlyMap<string, string>;
  /** Context notes by id (content/notes/<id>.md front matter). */
  notes: ReadonlyMap<string, Note>;
  /** Path of each note's file, for problems reported against it. */
  notePaths: ReadonlyMap<string, string>;
  /** The ids of a note's sources in order, by the note file's path; undefined for other files. */
  noteSourceIds: (path: string) => readonly string[] | undefined;
  /** Which hosts notes and summaries may cite (content/source-policy.yaml). */
  sourcePolicy: SourcePolicy;
  /** True for paths of transcript files. */
  isTranscript: (path: string) => boolean;
  /** True for paths of note files. */
  isNote: (path: string) => boolean;
}

/** Read and validate a YAML list of records with unique ids; fail with file and line. */
export function readIdList<Schema extends z.ZodType<{ id: string }>>(path: string, schema: Schema): z.infer<Schema>[] {
  const file = readContentFile(path);
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

/** Read and validate the source policy; every content folder has one (notes and summaries cite by it). */
export function readSourcePolicy(path: string): SourcePolicy {
  const exists = contentExists(path);
  const file = exists ? readContentFile(path) : new VFile({ path, value: '' });
  if (!exists) {
    reportProblem(
      file,
      'The source policy is missing.',
      { line: 1 },
      {
        hint: 'every content folder has a source-policy.yaml classing the hosts notes and summaries may cite (see README).',
      },
    );
  }
  const policy = parseYaml(file, String(file.value), sourcePolicySchema);
  throwIfProblems(file);
  return policy ?? EMPTY_POLICY;
}

/**
 * Read every note's front matter (content/notes/*.md) and validate it with line numbers: a note
 * without a source, a source without url, date or excerpt, on a host the source policy refuses
 * (or an unlisted one without `why`), or cited by no sentence, fails here, naming file and line.
 */
export function readNotes(
  notesDir: string,
  policy?: SourcePolicy,
): { notes: Map<string, Note>; paths: Map<string, string> } {
  const notes = new Map<string, Note>();
  const paths = new Map<string, string>();
  const problems: VFile[] = [];
  const names = contentFiles(notesDir, '.md');
  for (const name of names) {
    const path = resolve(notesDir, name);
    const id = basename(name, '.md');
    const file = readContentFile(path);
    const { frontmatter, frontmatterLine } = splitFrontmatter(String(file.value));
    if (!ID_PATTERN.test(id)) reportProblem(file, `Malformed note id "${id}" (the file name).`, { line: 1 });
    if (frontmatter === undefined) {
      reportProblem(file, 'Missing front matter.', { line: 1 }, { expected: Object.keys(noteSchema.shape) });
    } else {
      const note = parseYaml(file, frontmatter, noteSchema, frontmatterLine);
      if (note) {
        notes.set(id, note);
        const place = placeIn(frontmatter, frontmatterLine);
        const sourcePlace = (index: number, key: string) => place(['sources', index, key]);
        if (policy) checkSourcePolicy(file, note.sources, policy, sourcePlace);
        const body = splitFrontmatter(String(file.value)).body;
        const cited = new Set([...body.matchAll(CITE_MARKER)].flatMap((match) => citedIds(match[1] ?? '')));
        checkAllCited(file, note.sources, cited, sourcePlace);
      }
    }
    paths.set(id, path);
    if (file.messages.length > 0) problems.push(file);
  }
  if (problems.length > 0) throw new ContentError(problems.flatMap(problemsOf));
  return { notes, paths };
}

/** Load the content index from the content folder at `contentDir`. */
export function loadContentIndex(contentDir: string): ContentIndex {
  const topics = readIdList(resolve(contentDir, 'topics.yaml'), topicSchema);
  const people = readIdList(resolve(contentDir, 'people.yaml'), personSchema);
  const transcriptsDir = resolve(contentDir, 'transcripts') + sep;
  const notesDir = resolve(contentDir, 'notes') + sep;
  const sourcePolicy = readSourcePolicy(resolve(contentDir, 'source-policy.yaml'));
  const { notes, paths } = readNotes(resolve(contentDir, 'notes'), sourcePolicy);
  const isNote = (path: string) => resolve(path).startsWith(notesDir);
  return {
    notes,
    notePaths: paths,
    sourcePolicy,
    noteSourceIds: (path) =>
      isNote(path) ? notes.get(basename(path, '.md'))?.sources.map((source) => source.id) : undefined,
    topics,
    people,
    topicIds: new Set(topics.map((topic) => topic.id)),
    personNames: new Map(people.map((person) => [person.id, person.name])),
    isTranscript: (path) => resolve(path).startsWith(transcriptsDir),
    isNote,
  };
}
