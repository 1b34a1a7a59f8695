/**
 * Plain-text output for the benchmark: aligned tables, byte and time figures, and the ✓/✗ mark
 * of a figure against its DESIGN.md target.
 */

/** `✓` when the figure meets its target, `✗` when not. */
export function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}

/** Bytes as `12.3 KB` (1 KB = 1000 bytes, as transfer sizes are usually quoted). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Milliseconds with one decimal. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** An aligned table: a header row, a rule, then the rows; numbers-looking cells right-aligned. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const numeric = headers.map(
    (_, column) =>
      rows.length > 0 && rows.every((row) => /^[\d.,\s/%×-]+( ?(KB|ms|B))?( [✓✗])?$/.test(row[column] ?? '')),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** A section heading. */
export function heading(text: string): string {
  return `\n${text}\n${'='.repeat(text.length)}`;
}
