/**
 * Parse YAML and validate it against a Zod schema, reporting each problem at the line of the
 * offending key (or of the document, for a missing key) rather than as a bare path.
 */
import type { z } from 'astro/zod';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
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
  // A tab in the indentation derails the parser into dozens of unrelated errors: name it once.
  const tab = /^[ ]*\t/m.exec(source);
  if (tab) {
    const { line, col } = lineCounter.linePos(tab.index + tab[0].length - 1);
    reportProblem(
      file,
      'A tab in the indentation: YAML indents with spaces only.',
      { line: line + firstLine - 1, column: col },
      { hint: 'replace the tab with spaces (two per level, as in the lines around it).' },
    );
    return undefined;
  }
  // Later errors are mostly echoes of the first: report the first, where it is.
  const [error] = document.errors;
  if (error) {
    reportProblem(file, `Invalid YAML: ${error.message.split('\n')[0]}`, placeOf(error.pos[0]), {
      hint: 'check the indentation and the quoting on this line and the one above; quote text holding ": " or " #".',
    });
    return undefined;
  }

  const data: unknown = document.toJS();
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  // A misspelt key is both unknown and, under its right name, missing: say it once, as a typo.
  const keyOf = (path: readonly PropertyKey[]) => path.map(String).join('.');
  const misspelt = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const parent = keyOf(issue.path.slice(0, -1));
    if (issue.code !== 'unrecognized_keys' && valueAt(data, issue.path.map(String)) === undefined) {
      misspelt.set(parent, [...(misspelt.get(parent) ?? []), String(issue.path.at(-1))]);
    }
  }
  const unknownIn = new Set(
    result.error.issues.filter((issue) => issue.code === 'unrecognized_keys').map((issue) => keyOf(issue.path)),
  );
  for (const issue of result.error.issues) {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    const where = path.length ? `"${path.join('.')}"` : 'Data';
    if (issue.code === 'unrecognized_keys') {
      const absent = misspelt.get(keyOf(path)) ?? [];
      for (const key of issue.keys) {
        reportProblem(file, `Unknown key "${key}".`, placeOf(keyOffset(document.contents, path, key)), {
          expected: keysAt(schema, path) ?? [],
          hint: absent.length
            ? `did you mean ${absent.map((name) => `"${name}"`).join(' or ')}? Keys the site does not read are refused, not ignored.`
            : 'check the spelling; keys the site does not read are refused, not ignored.',
        });
      }
      continue;
    }
    const found = valueAt(data, path);
    const missing = path.length > 0 && found === undefined;
    if (missing && unknownIn.has(keyOf(path.slice(0, -1)))) continue;
    const place = placeOf(nearestOffset(document.contents, path));
    if (missing) reportProblem(file, `${where} is missing.`, place);
    else if (issue.code === 'invalid_value' && issue.values.length > 1) {
      reportProblem(file, `${where} is not one of the allowed values.`, place, {
        expected: issue.values.map(String),
        actual: JSON.stringify(found),
      });
    } else {
      // A refinement may say how to fix what it refuses (schemas.ts: characters that may not be published).
      const hint = issue.code === 'custom' ? (issue.params as { hint?: unknown } | undefined)?.hint : undefined;
      reportProblem(file, `${where}: ${issue.message}`, place, typeof hint === 'string' ? { hint } : {});
    }
  }
  return undefined;
}

/** The keys an object schema allows at `path` (through arrays, optionals and defaults), if known. */
function keysAt(schema: z.ZodType, path: ReadonlyArray<string | number>): string[] | undefined {
  interface Def {
    innerType?: unknown;
    element?: unknown;
    in?: unknown;
    shape?: Record<string, unknown>;
  }
  const defOf = (value: unknown): Def | undefined => (value as { _zod?: { def?: Def } } | undefined)?._zod?.def;
  const unwrap = (value: unknown): unknown => {
    let current = value;
    for (let def = defOf(current); def && (def.innerType || def.in); def = defOf(current))
      current = def.innerType ?? def.in;
    return current;
  };
  let current: unknown = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    current = unwrap(typeof key === 'number' ? def?.element : def?.shape?.[key]);
    if (!current) return undefined;
  }
  const shape = defOf(current)?.shape;
  return shape ? Object.keys(shape) : undefined;
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

/** Offset of the key `key` of the map at `path` (for a key that should not be there). */
function keyOffset(root: unknown, path: ReadonlyArray<string | number>, key: string): number {
  let node: unknown = root;
  for (const step of path) {
    if (!isNode(node) || !('get' in node) || typeof node.get !== 'function') break;
    node = (node as YamlNode & { get(key: unknown, keepScalar: true): unknown }).get(step, true);
  }
  const pair = isMap(node) ? node.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  return isScalar(pair?.key) ? (pair.key.range?.[0] ?? 0) : nearestOffset(root, path);
}

/** The line of each item of a top-level YAML list, for problems found after validation. */
export function listItemLines(source: string): number[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const items = isSeq(document.contents) ? document.contents.items : [];
  return items.map((item) => (isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line : 1));
}

/**
 * The place of the node at `path` in a YAML source starting at `firstLine` (or of its nearest
 * existing parent), for problems found after validation: `placeIn(source)(['sources', 2, 'url'])`.
 */
export function placeIn(
  source: string,
  firstLine = 1,
): (path: ReadonlyArray<string | number>) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  return (path) => {
    const { line, col } = lineCounter.linePos(nearestOffset(document.contents, path));
    return { line: line + firstLine - 1, column: col };
  };
}
