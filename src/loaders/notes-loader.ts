/**
 * The notes collection loader: one entry per `content/notes/<id>.md`. Front matter is validated
 * with line numbers by `readNotes`; the body is rendered through the site's Markdown pipeline
 * with the front matter blanked out, so problems in it are reported at the file's own lines. Unlike
 * Astro's glob loader, which logs a failed render and goes on, a bad note fails the build.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readNotes, readSourcePolicy } from './content-index';
import { noteSchema } from '../model/schemas';
import { readContentText } from './content-files';
import { splitFrontmatter } from './frontmatter';
import { throwIfRenderProblems } from './render-problems';

/** Create the loader for the notes collection, reading `<contentDir>/notes`. */
export function notesLoader({ contentDir }: { contentDir: string }): Loader {
  return {
    name: 'notes-loader',
    schema: noteSchema,
    async load({ store, renderMarkdown, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const policy = readSourcePolicy(resolve(contentDir, 'source-policy.yaml'));
      const { notes, paths } = readNotes(resolve(contentDir, 'notes'), policy);
      store.clear();
      for (const [id, data] of notes) {
        const path = paths.get(id) ?? '';
        const source = readContentText(path);
        const rendered = await renderMarkdown(splitFrontmatter(source).body, { fileURL: pathToFileURL(path) });
        throwIfRenderProblems(rendered.metadata);
        const filePath = relative(root, path);
        const parsed = await parseData({ id, data: { ...data }, filePath });
        store.set({ id, data: parsed, filePath, rendered, digest: generateDigest(source) });
      }
    },
  };
}
