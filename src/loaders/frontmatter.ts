/**
 * Splits a Markdown file into its YAML front matter and a body in which the front matter is
 * replaced by blank lines, so that line numbers reported on the body are the file's own lines.
 */

/** The front matter source, the line it starts on, and the line-preserving body. */
export interface SplitMarkdown {
  frontmatter: string | undefined;
  frontmatterLine: number;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/;

/** Split `source` at its leading `---` block, if it has one. */
export function splitFrontmatter(source: string): SplitMarkdown {
  const match = FRONTMATTER.exec(source);
  if (!match) return { frontmatter: undefined, frontmatterLine: 1, body: source };
  const blanked = match[0].replace(/[^\n]/g, '');
  return { frontmatter: match[1] ?? '', frontmatterLine: 2, body: blanked + source.slice(match[0].length) };
}
