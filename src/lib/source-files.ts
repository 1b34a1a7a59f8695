/** The content files the data downloads publish as they are (read through src/loaders/content-files). */
import { contentPath, readContentText } from '../loaders/content-files';

/** The raw source text of `event` (content/source/<event>.txt), exactly as published. */
export function sourceText(event: string): string {
  return readContentText(contentPath('source', `${event}.txt`));
}

/** A transcript's Markdown as editors write it (its collection entry's `filePath`). */
export function transcriptMarkdown(filePath: string): string {
  return readContentText(filePath);
}
