/**
 * The transcripts collection loader: reads `content/transcripts/*.md`, validates the front
 * matter (with line numbers), renders the body through the site's Markdown pipeline (the
 * transcript plugins do the segment validation), checks that published ids still exist, and
 * stores one entry per event: front matter, blocks in order and rendered fragments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { VFile } from 'vfile';
import { ContentError, reportProblem, throwIfProblems } from '../content/content-error';
import { loadVocabulary } from '../content/load-vocabulary';
import { transcriptEntrySchema, transcriptFrontmatterSchema } from '../content/schemas';
import type { BlockFragment, BlockRecord } from '../content/transcript-types';
import { parseYaml } from '../content/yaml-data';
import { splitFrontmatter } from './frontmatter';
import { checkPublishedIds, checkRedirects, readRedirects } from './published-ids';

/** Where the loader finds its files. */
export interface TranscriptLoaderOptions {
  /** The `content/` folder. */
  contentDir: string;
}

/** What the transcript plugins return through `metadata.frontmatter.transcript`. */
interface RenderedTranscript {
  blocks: BlockRecord[];
  fragments: Record<string, BlockFragment>;
}

/** Every note must be cited somewhere: an uncited note is a mistake (a typo'd id, a lost phrase). */
function checkNotesCited(notePaths: ReadonlyMap<string, string>, cited: ReadonlySet<string>): void {
  const problems = [...notePaths].flatMap(([id, path]) => {
    if (cited.has(id)) return [];
    const file = new VFile({ path });
    reportProblem(
      file,
      `Note "${id}" is not cited by any transcript.`,
      { line: 1 },
      {
        hint: `attach it to the phrase it explains with :note[phrase]{id="${id}"}, or delete the file.`,
      },
    );
    return file.messages;
  });
  if (problems.length > 0) throw new ContentError(problems);
}

/** Create the loader for the transcripts collection. */
export function transcriptLoader({ contentDir }: TranscriptLoaderOptions): Loader {
  return {
    name: 'transcript-loader',
    schema: transcriptEntrySchema,
    async load({ store, renderMarkdown, parseData, generateDigest, logger, config }) {
      const root = fileURLToPath(config.root);
      const vocabulary = loadVocabulary(contentDir);
      const transcriptsDir = resolve(contentDir, 'transcripts');
      const listPath = resolve(contentDir, 'published-ids.txt');
      const listFile = new VFile({ path: listPath, value: readFileSync(listPath, 'utf8') });
      const { redirects, file: redirectsFile } = readRedirects(resolve(contentDir, 'redirects.yaml'));
      throwIfProblems(redirectsFile);

      store.clear();
      const citedNotes = new Set<string>();
      const names = readdirSync(transcriptsDir)
        .filter((name) => name.endsWith('.md'))
        .sort();
      for (const name of names) {
        const path = resolve(transcriptsDir, name);
        const event = basename(name, '.md');
        const file = new VFile({ path, value: readFileSync(path, 'utf8') });
        const { frontmatter, frontmatterLine, body } = splitFrontmatter(String(file.value));
        if (frontmatter === undefined) {
          reportProblem(
            file,
            'Missing front matter.',
            { line: 1 },
            {
              expected: Object.keys(transcriptFrontmatterSchema.shape),
              hint: 'start the file with a --- block holding title, date, place, participants, summary and source.',
            },
          );
        }
        const data =
          frontmatter === undefined
            ? undefined
            : parseYaml(file, frontmatter, transcriptFrontmatterSchema, frontmatterLine);
        for (const participant of data?.participants ?? []) {
          if (!vocabulary.personNames.has(participant)) {
            const line =
              String(file.value)
                .split('\n')
                .findIndex((text) => text.startsWith('participants')) + 1;
            reportProblem(
              file,
              `Unknown participant "${participant}".`,
              { line },
              { expected: [...vocabulary.personNames.keys()] },
            );
          }
        }
        throwIfProblems(file);
        if (!data) continue;

        const rendered = await renderMarkdown(body, { fileURL: pathToFileURL(path) });
        const transcript = rendered.metadata?.frontmatter?.transcript as RenderedTranscript | undefined;
        if (!transcript)
          throw new Error(`${path}: the transcript plugins returned nothing; is it under ${transcriptsDir}?`);

        const ids = new Set(transcript.blocks.map((block) => block.id));
        checkPublishedIds(listFile, event, ids, redirects);
        checkRedirects(redirectsFile, event, ids, redirects);
        const problems = [...listFile.messages, ...redirectsFile.messages];
        if (problems.length > 0) throw new ContentError(problems);

        for (const fragment of Object.values(transcript.fragments)) fragment.notes.forEach((id) => citedNotes.add(id));
        const entry = { ...data, blocks: transcript.blocks, fragments: transcript.fragments };
        const filePath = relative(root, path);
        const parsed = await parseData({ id: event, data: entry, filePath });
        store.set({ id: event, data: parsed, filePath, digest: generateDigest(String(file.value)) });
        logger.info(`${event}: ${transcript.blocks.length} blocks`);
      }
      checkNotesCited(vocabulary.notePaths, citedNotes);
    },
  };
}
