/**
 * remark-transcript-segments: reads the transcript's container directives (`:::remarks`,
 * `:::question`, `:::answer`, and the framing blocks `:::headnote`, `:::attribution`), validates
 * them against the vocabularies, and hands the blocks out as `file.data.transcriptBlocks`.
 *
 * It marks each block for rehype as `<section data-block="id">` and nothing more: the markup
 * around a segment (speaker, title, tags) belongs to the components. Every problem (unknown
 * topic or speaker, duplicate or malformed id, empty, unclosed or nested block, text outside a
 * block, a missing or wrong turn label) is reported with its line; the build then fails.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
// Brings in the `data.hName` / `data.hProperties` fields that remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { reportProblem } from '../model/content-error';
import type { BlockRecord, SegmentRecord } from '../model/transcript-types';
import { parseTurnLabel } from '../model/turn-label';
import {
  BLOCK_DIRECTIVES,
  DIRECTIVE_ATTRIBUTES,
  ID_PATTERN,
  isBlockDirective,
  isSegmentKind,
  type BlockDirective,
} from '../model/vocabulary';

/** Options: the known topic ids, and the known people (id → name, used to check labels). */
export interface TranscriptSegmentsOptions {
  topics: ReadonlySet<string>;
  people: ReadonlyMap<string, string>;
  /** Only files whose path passes this test are transcripts; others are left alone. */
  isTranscript?: (path: string) => boolean;
}

const CLOSING_FENCE = /^\s*:{3,}\s*$/;

/** Split a space-separated attribute value into ids. */
function idList(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

const remarkTranscriptSegments: Plugin<[TranscriptSegmentsOptions], Root> = (options) => {
  const isTranscript = options.isTranscript ?? (() => true);
  return (tree, file) => {
    if (!isTranscript(file.path)) return;
    const lines = String(file.value).split('\n');
    const seen = new Map<string, number>();
    const blocks: BlockRecord[] = [];
    let currentQuestion: SegmentRecord | undefined;

    for (const node of tree.children) {
      if (node.type === 'yaml' || node.type === 'html') continue;
      if (node.type !== 'containerDirective' || !isBlockDirective(node.name)) {
        if (node.type !== 'containerDirective') {
          reportProblem(file, `Text outside any segment: every passage must be inside a block.`, node, {
            expected: BLOCK_DIRECTIVES.map((name) => `:::${name}`),
            actual: excerpt(node),
            hint: 'wrap it in a segment directive, or close the previous one with ":::" on its own line.',
          });
        }
        // Unknown container directives are reported by remark-known-directives.
        continue;
      }
      const block = readBlock(node, node.name, file, lines, seen, currentQuestion);
      if (!block) continue;
      blocks.push(block);
      if (block.type === 'segment') {
        if (block.kind === 'question') currentQuestion = block;
        if (block.kind === 'remarks') currentQuestion = undefined;
      }
      node.data = { hName: 'section', hProperties: { dataBlock: block.id } };
    }
    file.data.transcriptBlocks = blocks;
  };

  /** Validate one block directive and return its record (or undefined when unusable). */
  function readBlock(
    node: ContainerDirective,
    name: BlockDirective,
    file: VFile,
    lines: string[],
    seen: Map<string, number>,
    question: SegmentRecord | undefined,
  ): BlockRecord | undefined {
    const line = node.position?.start.line ?? 1;
    const attributes = node.attributes ?? {};
    const allowed = DIRECTIVE_ATTRIBUTES[name];
    for (const key of Object.keys(attributes)) {
      if (!allowed.includes(key)) {
        reportProblem(file, `Unknown attribute "${key}" on :::${name}.`, node, {
          expected: allowed,
          hint: 'check the spelling; ids are written {#my-id}.',
        });
      }
    }

    const id = attributes.id ?? '';
    if (!id) {
      reportProblem(file, `:::${name} has no id.`, node, {
        hint: 'give it a short, readable, permanent id, e.g. {#a-cyber}.',
      });
    } else if (!ID_PATTERN.test(id)) {
      reportProblem(file, `Malformed id "${id}" on :::${name}.`, node, {
        expected: ['lower-case words joined by hyphens, not ending in -<number>, e.g. a-cyber'],
      });
    } else if (seen.has(id)) {
      reportProblem(file, `Duplicate id "${id}": it is already used at line ${seen.get(id)}.`, node, {
        hint: 'ids are permanent and unique per transcript; choose another.',
      });
    } else {
      seen.set(id, line);
    }

    checkStructure(node, name, file, lines);
    if (!isSegmentKind(name)) return { type: 'framing', id, kind: name, line };

    const speaker = attributes.speaker ?? '';
    if (!options.people.has(speaker)) {
      reportProblem(
        file,
        speaker ? `Unknown speaker "${speaker}" on segment "${id}".` : `Segment "${id}" has no speaker.`,
        node,
        {
          expected: [...options.people.keys()],
          hint: 'speakers are person ids from content/people.yaml.',
        },
      );
    }
    const topics = idList(attributes.topics);
    if (topics.length === 0) {
      reportProblem(file, `Segment "${id}" has no topics.`, node, {
        hint: 'add topics="…" with one or more ids from content/topics.yaml, the main one first.',
      });
    }
    for (const topic of topics) {
      if (!options.topics.has(topic)) {
        reportProblem(file, `Unknown topic "${topic}" on segment "${id}".`, node, {
          expected: [...options.topics],
          hint: 'add it to content/topics.yaml or fix the spelling.',
        });
      }
    }
    const to = idList(attributes.to);
    const after = idList(attributes.after);
    for (const person of [...to, ...after]) {
      if (!options.people.has(person)) {
        reportProblem(file, `Unknown person "${person}" in to/after on segment "${id}".`, node, {
          expected: [...options.people.keys()],
        });
      }
    }

    let title = attributes.title ?? '';
    if (name === 'answer') {
      if (!question) {
        reportProblem(file, `Answer "${id}" does not follow a question.`, node, {
          hint: 'an answer belongs to the question before it; put a :::question first.',
        });
      } else if (!title) {
        title = question.title;
      }
    } else if (!title) {
      reportProblem(file, `Segment "${id}" has no title.`, node, {
        hint: 'remarks and questions need title="…" (answers take their question\'s).',
      });
    }

    const label = readLabel(node, name, speaker, id, file);
    const exchange = name === 'remarks' ? undefined : name === 'question' ? id : question?.id;
    return { type: 'segment', id, kind: name, speaker, topics, title, to, after, exchange, label, line };
  }

  /** Questions and answers open with the source's label ("Question: …", "Sergey Lavrov: …"). */
  function readLabel(node: ContainerDirective, kind: BlockDirective, speaker: string, id: string, file: VFile) {
    if (kind !== 'question' && kind !== 'answer') return undefined;
    const first = node.children[0];
    const label = first?.type === 'paragraph' ? parseTurnLabel(toString(first)) : undefined;
    const expectedName = kind === 'question' ? 'Question' : (options.people.get(speaker) ?? speaker);
    if (!label) {
      reportProblem(
        file,
        `${kind === 'question' ? 'Question' : 'Answer'} "${id}" does not open with the source's label.`,
        first ?? node,
        {
          expected: [`"${expectedName}: …" or "${expectedName} (…): …"`],
          actual: first ? excerpt(first) : 'nothing',
        },
      );
    } else if (label.name !== expectedName) {
      reportProblem(file, `Label "${label.text}" does not match segment "${id}".`, first ?? node, {
        expected: [`a label naming "${expectedName}"`],
        actual: label.name,
      });
    }
    return label;
  }
};

/** Empty, nested, unclosed or non-paragraph content is an error: nothing may be silently lost. */
function checkStructure(node: ContainerDirective, name: string, file: VFile, lines: string[]): void {
  const start = node.position?.start.line ?? 1;
  const paragraphs = node.children.filter((child): child is Paragraph => child.type === 'paragraph');
  for (const child of node.children) {
    if (child.type === 'containerDirective') {
      reportProblem(file, `:::${child.name} is inside :::${name} (line ${start}).`, child, {
        hint: `close :::${name} with ":::" on its own line before opening the next block.`,
      });
    } else if (child.type !== 'paragraph' && child.type !== 'html') {
      // (HTML is reported by remark-literal-text.)
      reportProblem(file, `Unexpected ${child.type} inside :::${name}; a block holds paragraphs only.`, child, {
        actual: excerpt(child),
      });
    }
  }
  if (paragraphs.length === 0) {
    reportProblem(file, `Empty :::${name}: it has no paragraphs.`, node, {
      hint: "remove it, or put the passage's text inside.",
    });
  }
  const endLine = node.position?.end.line ?? start;
  if (endLine === start || !CLOSING_FENCE.test(lines[endLine - 1] ?? '')) {
    reportProblem(file, `Unclosed :::${name} opened here.`, node, {
      hint: 'end every block with ":::" on a line of its own.',
    });
  }
}

/** A short excerpt of a node's text for error messages. */
function excerpt(node: RootContent): string {
  const text = toString(node).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`;
}

export default remarkTranscriptSegments;
