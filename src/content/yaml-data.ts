/**
 * Parse YAML and validate it against a Zod schema, reporting each problem at the line of the
 * offending key (or of the document, for a missing key) rather than as a bare path.
 */
import type { z } from 'astro/zod';
import { isCollection, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { VFile } from 'vfile';
import { reportProblem } from './content-error';

/** Parse `source` (starting at `firstLine` of `file`) and validate it; problems go on `file`. */
export function parseYaml<Schema extends z.ZodType>(
  file: VFile,
  source: string,
  schema: Schema,
  firstLine = 1,
): z.infer<Schema> | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const placeOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  for (const error of document.errors) {
    reportProblem(file, `Invalid YAML: ${error.message.split('\n')[0]}`, placeOf(error.pos[0]));
  }
  if (document.errors.length > 0) return undefined;

  const data: unknown = document.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const where = path.length ? `"${path.join('.')}"` : 'Data';
    const missing = path.length > 0 && valueAt(data, path) === undefined;
    const reason = missing ? `${where} is missing.` : `${where}: ${issue.message}`;
    // A strict schema reports an unknown key on its parent: point at the (first) key itself.
    const keyOffset = issue.code === 'unrecognized_keys' ? keyAt(document.contents, path, issue.keys[0]) : undefined;
    reportProblem(file, reason, placeOf(keyOffset ?? nearestOffset(document.contents, path)));
  }
  return undefined;
}

/** The value at `path` in plain data, or undefined. */
function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Offset of the deepest existing node along `path` (so a missing key points at its parent). */
function nearestOffset(root: unknown, path: ReadonlyArray<string | number>): number {
  let offset = isNode(root) ? (root.range?.[0] ?? 0) : 0;
  let node: unknown = root;
  for (const key of path) {
    if (!isNode(node) || !('get' in node) || typeof node.get !== 'function') break;
    const child: unknown = (node as YamlNode & { get(key: unknown, keepScalar: true): unknown }).get(key, true);
    if (!isNode(child)) break;
    node = child;
    offset = child.range?.[0] ?? offset;
  }
  return offset;
}

/** Offset of the key `key` of the mapping at `path`, if both exist. */
function keyAt(root: unknown, path: ReadonlyArray<string | number>, key: string | undefined): number | undefined {
  const parent = path.length === 0 ? root : isCollection(root) ? root.getIn(path, true) : undefined;
  if (key === undefined || !isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
}

/** The line of each item of a top-level YAML list, for problems found after validation. */
export function listItemLines(source: string): number[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const items = isSeq(document.contents) ? document.contents.items : [];
  return items.map((item) => (isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line : 1));
}
