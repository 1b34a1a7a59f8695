/** The HTML id of a source's entry on a note's or summary's page: `src-<source-id>`. */
export function sourceAnchor(sourceId: string): string {
  return `src-${sourceId}`;
}
