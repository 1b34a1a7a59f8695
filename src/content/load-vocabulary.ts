/**
 * Reads the vocabularies the transcript is checked against (content/topics.yaml,
 * content/people.yaml) synchronously, so `astro.config.ts` can hand them to the plugins.
 */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { VFile } from 'vfile';
import { throwIfProblems, reportProblem } from './content-error';
import { personSchema, topicSchema, type Person, type Topic } from './schemas';
import { listItemLines, parseYaml } from './yaml-data';

/** The known topics and people, and where transcripts live. */
export interface Vocabulary {
  topics: Topic[];
  people: Person[];
  topicIds: ReadonlySet<string>;
  /** Person id → name, for speaker checks and turn labels. */
  personNames: ReadonlyMap<string, string>;
  /** True for paths of transcript files. */
  isTranscript: (path: string) => boolean;
}

/** Read and validate a YAML list of records with unique ids; fail with file and line. */
export function readIdList<Schema extends z.ZodType<{ id: string }>>(path: string, schema: Schema): z.infer<Schema>[] {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  const items = parseYaml(file, String(file.value), z.array(schema)) ?? [];
  const lines = listItemLines(String(file.value));
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const line = lines[index] ?? 1;
    const first = seen.get(item.id);
    if (first !== undefined) reportProblem(file, `Duplicate id "${item.id}": it is already used at line ${first}.`, { line });
    else seen.set(item.id, line);
  });
  throwIfProblems(file);
  return items;
}

/** Load the vocabularies from the `content/` folder at `contentDir`. */
export function loadVocabulary(contentDir: string): Vocabulary {
  const topics = readIdList(resolve(contentDir, 'topics.yaml'), topicSchema);
  const people = readIdList(resolve(contentDir, 'people.yaml'), personSchema);
  const transcriptsDir = resolve(contentDir, 'transcripts') + sep;
  return {
    topics,
    people,
    topicIds: new Set(topics.map((topic) => topic.id)),
    personNames: new Map(people.map((person) => [person.id, person.name])),
    isTranscript: (path) => resolve(path).startsWith(transcriptsDir),
  };
}
