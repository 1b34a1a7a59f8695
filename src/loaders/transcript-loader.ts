/**
 * The transcripts collection loader: reads `content/transcripts/*.md`, validates the front
 * matter (with line numbers), renders the body through the site's Markdown pipeline (the
 * transcript plugins do the segment validation), reads and places the site's summaries of the
 * speaker the source leaves out (content/summaries/<event>.yaml, optional), checks that published
 * ids still exist, and stores one entry per event: front matter, blocks in order, rendered
 * fragments and summaries.
 */
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { VFile } from 'vfile';
import { ContentError, problemsOf, reportProblem, throwIfProblems } from '../model/content-error';
import { loadContentIndex } from './content-index';
import { transcriptEntrySchema, transcriptFrontmatterSchema } from '../model/schemas';
import type { BlockFragment, BlockRecord, SummaryRecord } from '../model/transcript-types';
import { checkSummaries, type SummaryContext } from '../model/summaries';
import { parseYaml } from '../model/yaml-data';
import { contentExists, contentFiles, readContentFile } from './content-files';
import { SITE_SECTIONS } from '../model/vocabulary';
import { splitFrontmatter } from './frontmatter';
import { checkPlaceholders } from './placeholders';
import { checkTranscriptSize } from './transcript-size';
import { throwIfRenderProblems } from './render-problems';
import { checkPublishedUrls, readRedirects, type IdPlace, type LiveEvent } from './published-ids';

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
    return problemsOf(file);
  });
  if (problems.length > 0) throw new ContentError(problems);
}

/** Read and validate the summaries file at `path`; problems are reported on the returned file. */
export function readSummaries(path: string, context: SummaryContext): { summaries: SummaryRecord[]; file: VFile } {
  const file = readContentFile(path);
  return { summaries: checkSummaries(file, context), file };
}

/** A summaries file for an event that has no transcript would be silently ignored: fail instead. */
function checkSummaryFilesHaveTranscripts(summariesDir: string, events: ReadonlySet<string>): void {
  const problems = contentFiles(summariesDir, '').flatMap((name) => {
    if (name.endsWith('.yaml') && events.has(basename(name, '.yaml'))) return [];
    const file = new VFile({ path: resolve(summariesDir, name) });
    reportProblem(
      file,
      `No transcript for the summaries file "${name}".`,
      { line: 1 },
      {
        expected: [...events].map((event) => `${event}.yaml`),
        hint: 'name it after its transcript: content/summaries/<event>.yaml beside content/transcripts/<event>.md.',
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
      const contentIndex = loadContentIndex(contentDir);
      const transcriptsDir = resolve(contentDir, 'transcripts');
      const listPath = resolve(contentDir, 'published-ids.txt');
      const listFile = readContentFile(listPath);
      const { redirects, file: redirectsFile } = readRedirects(resolve(contentDir, 'redirects.yaml'));
      throwIfProblems(redirectsFile);

      store.clear();
      const citedNotes = new Set<string>();
      const events = new Map<string, LiveEvent>();
      const names = contentFiles(transcriptsDir, '.md');
      for (const name of names) {
        const path = resolve(transcriptsDir, name);
        const event = basename(name, '.md');
        const file = readContentFile(path);
        const { frontmatter, frontmatterLine, body } = splitFrontmatter(String(file.value));
        checkPlaceholders(file);
        // Before rendering: a transcript too large to read is refused without spending minutes on it.
        const sizeWarning = checkTranscriptSize(file);
        if (sizeWarning) logger.warn(sizeWarning);
        if ((SITE_SECTIONS as readonly string[]).includes(event)) {
          reportProblem(
            file,
            `An event may not be named "${event}": /${event}/ is a section of the site.`,
            { line: 1 },
            {
              hint: 'rename the file (and its source text) to the event’s own id, e.g. lavrov-tillerson-2017-04-12.md.',
            },
          );
        }
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
          if (!contentIndex.personNames.has(participant)) {
            const line =
              String(file.value)
                .split('\n')
                .findIndex((text) => text.startsWith('participants')) + 1;
            reportProblem(
              file,
              `Unknown participant "${participant}".`,
              { line },
              { expected: [...contentIndex.personNames.keys()] },
            );
          }
        }
        throwIfProblems(file);
        if (!data) continue;

        const rendered = await renderMarkdown(body, { fileURL: pathToFileURL(path) });
        throwIfRenderProblems(rendered.metadata);
        const transcript = rendered.metadata?.frontmatter?.transcript as RenderedTranscript | undefined;
        if (!transcript)
          throw new Error(`${path}: the transcript plugins returned nothing; is it under ${transcriptsDir}?`);

        const summariesPath = resolve(contentDir, 'summaries', `${event}.yaml`);
        const { summaries, file: summariesFile } = contentExists(summariesPath)
          ? readSummaries(summariesPath, { blocks: transcript.blocks, ...contentIndex })
          : { summaries: [], file: undefined };
        if (summariesFile) throwIfProblems(summariesFile);

        const ids = new Map<string, IdPlace>([
          ...transcript.blocks.map((block) => [block.id, { file, line: block.line }] as const),
          ...summaries.map((summary) => [summary.id, { file: summariesFile ?? file, line: summary.line }] as const),
        ]);
        events.set(event, { file, ids });

        for (const fragment of Object.values(transcript.fragments)) fragment.notes.forEach((id) => citedNotes.add(id));
        const entry = { ...data, blocks: transcript.blocks, fragments: transcript.fragments, summaries };
        const filePath = relative(root, path);
        const parsed = await parseData({ id: event, data: entry, filePath });
        store.set({ id: event, data: parsed, filePath, digest: generateDigest(String(file.value)) });
        logger.info(`${event}: ${transcript.blocks.length} blocks, ${summaries.length} summaries`);
      }
      // After every transcript is read, so a renamed or deleted one is seen as such.
      checkPublishedUrls({ listFile, redirectsFile, redirects, events, sections: new Set(SITE_SECTIONS) });
      const files = new Set([
        ...[...events.values()].flatMap((live) => [live.file, ...[...live.ids.values()].map((place) => place.file)]),
        listFile,
        redirectsFile,
      ]);
      const problems = [...files].flatMap(problemsOf);
      if (problems.length > 0) throw new ContentError(problems);
      // Only now: with a transcript missing or broken, every note it cites would look uncited.
      checkNotesCited(contentIndex.notePaths, citedNotes);
      checkSummaryFilesHaveTranscripts(
        resolve(contentDir, 'summaries'),
        new Set(names.map((name) => basename(name, '.md'))),
      );
    },
  };
}
