/**
 * The public corrections log (content/corrections.yaml): every change to a published context
 * note or to a passage's framing, with its date, what changed and why. Validated like the rest of
 * the content: the schema (real date, known keys, plain text), then the target, which must be a
 * note that exists, or a passage or summary that is live, each problem at its line with a hint.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { reportProblem } from './content-error';
import { CORRECTION_TARGET, correctionSchema } from './schemas';
import { parseYaml } from './yaml-data';

/** What a correction may point at. */
export interface KnownTargets {
  /** Ids of the context notes (content/notes/<id>.md). */
  notes: ReadonlySet<string>;
  /** Live passages, `<event>/<segment-id>` (published and not retired). */
  passages: ReadonlySet<string>;
  /** Published summaries, `<event>/<summary-id>` (not retired). */
  summaries: ReadonlySet<string>;
  /** Retired passages and summaries, `<event>/<id>` → the id that replaced them. */
  retired: ReadonlyMap<string, string>;
}

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The thing a correction changed. */
const correctionTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), id: slug }),
  z.object({ kind: z.literal('passage'), event: slug, segment: slug }),
  z.object({ kind: z.literal('summary'), event: slug, id: slug }),
]);
/** The thing a correction changed: a note, or a passage's framing. */
export type CorrectionTarget = z.infer<typeof correctionTargetSchema>;

/** One validated correction, as the collection stores it and pages and the feed read it. */
export const correctionEntrySchema = z.object({
  /** Its anchor on /corrections/ and its id in the feed: `note-<id>-<date>`, `passage-<event>-<segment>-<date>`, `summary-<event>-<id>-<date>`. */
  anchor: z.string(),
  /** ISO day, YYYY-MM-DD. */
  date: z.string(),
  target: correctionTargetSchema,
  what: z.string(),
  why: z.string(),
  /** Line of the entry in the log. */
  line: z.number().int(),
});
/** One validated correction. */
export type Correction = z.infer<typeof correctionEntrySchema>;

/** The target of a well-formed `target` string. */
export function parseTarget(target: string): CorrectionTarget | undefined {
  const match = CORRECTION_TARGET.exec(target);
  if (!match) return undefined;
  const [, note, kind, event, id] = match;
  if (note) return { kind: 'note', id: note };
  if (!event || !id) return undefined;
  return kind === 'summary' ? { kind: 'summary', event, id } : { kind: 'passage', event, segment: id };
}

/** A place in the log: line and column, 1-based. */
interface Place {
  line: number;
  column: number;
}

/** Where each entry and each of its keys start in the YAML source. */
function entryPlaces(source: string): Array<Place & { keys: Map<string, Place> }> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const placeOf = (node: YamlNode | null | undefined, fallback: Place): Place => {
    if (!node?.range) return fallback;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };
  if (!isSeq(document.contents)) return [];
  return document.contents.items.map((item) => {
    const place = placeOf(item as YamlNode, { line: 1, column: 1 });
    const keys = new Map<string, Place>();
    if (isMap(item)) for (const pair of item.items) keys.set(String(pair.key), placeOf(pair.key as YamlNode, place));
    return { ...place, keys };
  });
}

/** How to fix a problem with each field, for the schema's messages. */
const FIELD_HINTS: Record<string, string> = {
  date: 'write the day the correction was published, as YYYY-MM-DD (e.g. 2026-12-01).',
  target:
    'write note:<note-id> (a file in content/notes/), passage:<event>/<segment-id> or summary:<event>/<summary-id> (a line of content/published-ids.txt).',
  what: 'say in plain sentences what the note or framing said and what it says now.',
  why: 'say in a plain sentence why it changed.',
};
const ENTRY_HINT = 'each entry has exactly four keys: date, target, what and why.';
const LIST_HINT = 'the log is a YAML list of entries, each starting with "- date:".';

/**
 * Make a schema message speak the log's language: `"2.date"` becomes `"date" of entry 3`, and
 * every message gets a hint on how to fix it (unless it has one).
 */
function explainSchemaProblem(message: VFileMessage): void {
  const match = /^"(\d+)(?:\.([^"]+))?"(.*)$/s.exec(message.reason);
  if (match) {
    const [, index = '0', key, rest = ''] = match;
    const where = key ? `"${key}" of entry ${Number(index) + 1}` : `Entry ${Number(index) + 1}`;
    message.reason = `${where}${rest}`;
    message.message = message.reason;
    message.note ??= (key && FIELD_HINTS[key.split('.')[0] ?? '']) || ENTRY_HINT;
  } else {
    message.note ??= LIST_HINT;
  }
}

/** The day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** The anchor of a correction before de-duplication (an HTML id starts with a letter). */
function anchorOf(date: string, target: CorrectionTarget): string {
  if (target.kind === 'note') return `note-${target.id}-${date}`;
  return target.kind === 'summary'
    ? `summary-${target.event}-${target.id}-${date}`
    : `passage-${target.event}-${target.segment}-${date}`;
}

/**
 * Validate the log in `file` against the targets that exist; problems go on `file`. `today`
 * (YYYY-MM-DD, the build's day) rejects dates in the future, with a day's grace for time zones.
 * Returns the corrections newest first (entries of one day in the order of the file).
 */
export function parseCorrections(file: VFile, known: KnownTargets, today: string): Correction[] {
  const source = String(file.value);
  const reported = file.messages.length;
  // An empty file, or one holding only comments, is an empty log.
  const entries = parseYaml(file, source, z.array(correctionSchema).nullable()) ?? [];
  const places = entryPlaces(source);
  for (const message of file.messages.slice(reported)) explainSchemaProblem(message);
  const latest = nextDay(today);
  const anchors = new Map<string, number>();
  const corrections = entries.flatMap((entry, index) => {
    const place = places[index] ?? { line: 1, column: 1, keys: new Map<string, Place>() };
    const lineOfKey = (key: string) => place.keys.get(key) ?? place;
    const target = parseTarget(entry.target);
    if (!target) return [];
    if (entry.date > latest) {
      reportProblem(file, `Correction date ${entry.date} is in the future.`, lineOfKey('date'), {
        hint: 'date a correction on the day it is published.',
      });
    }
    if (target.kind === 'note' && !known.notes.has(target.id)) {
      reportProblem(file, `Unknown note "${target.id}" in target "${entry.target}".`, lineOfKey('target'), {
        expected: [...known.notes].sort(),
        hint: 'a note target is note:<id>, the name of a file in content/notes/ without .md.',
      });
    }
    if (target.kind === 'passage') {
      const passage = `${target.event}/${target.segment}`;
      const replacement = known.retired.get(passage);
      if (replacement) {
        reportProblem(file, `Passage "${passage}" was retired.`, lineOfKey('target'), {
          hint: `point the correction at the passage that replaced it: passage:${replacement}.`,
        });
      } else if (known.summaries.has(passage)) {
        // A summary's framing is not a passage's: its own kind names it by its title (issue #22).
        reportProblem(file, `"${passage}" is a summary, not a passage.`, lineOfKey('target'), {
          hint: `write target: summary:${passage}.`,
        });
      } else if (!known.passages.has(passage)) {
        reportProblem(file, `Unknown passage "${passage}" in target "${entry.target}".`, lineOfKey('target'), {
          hint: 'a passage target is passage:<event>/<segment-id>, a line of content/published-ids.txt.',
        });
      }
    }
    if (target.kind === 'summary') {
      const summary = `${target.event}/${target.id}`;
      const replacement = known.retired.get(summary);
      if (replacement) {
        reportProblem(file, `Summary "${summary}" was retired.`, lineOfKey('target'), {
          hint: `point the correction at what replaced it: summary:${replacement}.`,
        });
      } else if (known.passages.has(summary)) {
        reportProblem(file, `"${summary}" is a passage, not a summary.`, lineOfKey('target'), {
          hint: `write target: passage:${summary}.`,
        });
      } else if (!known.summaries.has(summary)) {
        reportProblem(file, `Unknown summary "${summary}" in target "${entry.target}".`, lineOfKey('target'), {
          expected: [...known.summaries].filter((id) => id.startsWith(`${target.event}/`)).sort(),
          hint: 'a summary target is summary:<event>/<summary-id>, an id in content/summaries/<event>.yaml.',
        });
      }
    }
    const base = anchorOf(entry.date, target);
    const seen = (anchors.get(base) ?? 0) + 1;
    anchors.set(base, seen);
    return [
      {
        anchor: seen === 1 ? base : `${base}-${seen}`,
        date: entry.date,
        target,
        what: entry.what,
        why: entry.why,
        line: place.line,
      },
    ];
  });
  // Newest first; a stable sort keeps one day's entries in the order of the file.
  return corrections.sort((a, b) => b.date.localeCompare(a.date));
}
