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
import { codePointName, hidingCharacters, unpublishableCharacter, unpublishableHint } from '../model/characters';
import { UNDRAWABLE_HINT, undrawableCharacters } from '../model/glyph-coverage';
import { reportProblem } from '../model/content-error';
import { MAX_LENGTH } from '../model/limits';
import { fenceProblem } from './directive-fence';
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
    let answers: SegmentRecord[] = [];
    let brokenQuestion = false;
    /** An exchange ends at the next question, remarks, framing block or the end of the file. */
    const closeExchange = () => {
      if (currentQuestion) checkExchange(currentQuestion, answers, file);
      currentQuestion = undefined;
      answers = [];
    };

    for (const node of tree.children) {
      if (node.type === 'yaml' || node.type === 'html') continue;
      if (node.type !== 'containerDirective' || !isBlockDirective(node.name)) {
        const startLine = node.position?.start.line ?? 1;
        const fence = node.type === 'paragraph' ? fenceProblem(lines[startLine - 1] ?? '') : undefined;
        if (fence) {
          const { column, reason, ...detail } = fence;
          reportProblem(file, reason, { line: startLine, column }, detail);
          // Its answer would be reported as following no question: a consequence, not a cause.
          brokenQuestion = /^\s*:{3,}question\{/.test(lines[startLine - 1] ?? '');
        } else if (node.type !== 'containerDirective') {
          reportProblem(file, `Text outside any segment: every passage must be inside a block.`, node, {
            expected: BLOCK_DIRECTIVES.map((name) => `:::${name}`),
            actual: excerpt(node),
            hint: 'wrap it in a segment directive, or close the previous one with ":::" on its own line.',
          });
        }
        // Unknown container directives are reported by remark-known-directives.
        continue;
      }
      const block = readBlock(node, node.name, file, lines, seen, currentQuestion, brokenQuestion);
      brokenQuestion = false;
      if (!block) continue;
      blocks.push(block);
      if (block.type === 'segment' && block.kind === 'answer') {
        checkAnswer(block, currentQuestion, answers, file);
        answers.push(block);
      } else {
        closeExchange();
        if (block.type === 'segment' && block.kind === 'question') currentQuestion = block;
      }
      node.data = { hName: 'section', hProperties: { dataBlock: block.id } };
    }
    closeExchange();
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
    afterBrokenQuestion = false,
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
        if (!afterBrokenQuestion)
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

    for (const key of ['title', 'unanswered'] as const) {
      const value = attributes[key];
      if (value) checkAttributeText(file, lines[line - 1] ?? '', line, `${key}="…" of "${id}"`, key, value);
    }
    const label = readLabel(node, name, speaker, id, file);
    const exchange = name === 'remarks' ? undefined : name === 'question' ? id : question?.id;
    const unanswered = attributes.unanswered?.trim();
    if (attributes.unanswered !== undefined && !unanswered) {
      reportProblem(file, `Empty unanswered="" on question "${id}".`, node, {
        hint: 'say in a short sentence why the source has no answer, e.g. unanswered="The source ends before the answer."',
      });
    }
    return {
      type: 'segment',
      id,
      kind: name,
      speaker,
      topics,
      title,
      to,
      after,
      ...(unanswered && { unanswered }),
      exchange,
      label,
      line,
    };
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

/**
 * A title or an unanswered reason is plain text shown in headings, lists, cards and the feed:
 * no character that hides text or is none, no :note (it would show as typed), and no longer than
 * the layout holds at 320 px. Reported at the attribute's column on the fence line.
 */
function checkAttributeText(file: VFile, fence: string, line: number, what: string, key: string, value: string): void {
  const column = Math.max(fence.indexOf(`${key}=`), 0) + 1;
  const place = { line, column };
  const [hiding] = hidingCharacters(value);
  if (hiding) {
    reportProblem(file, `The ${what} holds the ${unpublishableCharacter(hiding.char)}.`, place, {
      hint: unpublishableHint(hiding.char),
    });
  }
  const [undrawable] = key === 'title' ? undrawableCharacters(value) : [];
  if (undrawable) {
    const { char } = undrawable;
    reportProblem(
      file,
      `The ${what} holds "${char}" (${codePointName(char)}), which the social card cannot draw.`,
      place,
      {
        hint: UNDRAWABLE_HINT,
      },
    );
  }
  if (value.includes(':note[')) {
    reportProblem(file, `A :note[…] in the ${what}: a ${key} is plain text.`, place, {
      hint: 'take the :note out and attach it to the phrase in the passage’s text, where readers see it.',
    });
  }
  const max = key === 'title' ? MAX_LENGTH.segmentTitle : MAX_LENGTH.unanswered;
  const length = [...value].length;
  if (length > max) {
    reportProblem(file, `The ${what} is ${length} characters long; at most ${max} fit.`, place, {
      hint: `shorten it to ${max} characters or fewer: the layout is tested at that length on a 320 px phone.`,
    });
  }
}

/**
 * Each answer follows its own question: a second answer in one exchange is accepted only from
 * another speaker the question was put to (both principals answering), since an answer added
 * after the last one would otherwise silently join the previous exchange and take its title.
 */
function checkAnswer(
  answer: SegmentRecord,
  question: SegmentRecord | undefined,
  earlier: readonly SegmentRecord[],
  file: VFile,
): void {
  const previous = earlier.at(-1);
  if (!question || !previous) return;
  const place = { line: answer.line };
  if (question.unanswered) return; // reported once, by checkExchange
  if (earlier.some((other) => other.speaker === answer.speaker)) {
    reportProblem(file, `Answer "${answer.id}" follows answer "${previous.id}" by the same speaker.`, place, {
      expected: [`a :::question before "${answer.id}"`],
      actual: `a second answer to question "${question.id}" (line ${question.line})`,
      hint: `each answer follows its own question: put the question it answers before it, or, if it continues "${previous.id}", merge the two.`,
    });
  } else if (question.to.length > 0 && !question.to.includes(answer.speaker)) {
    reportProblem(
      file,
      `Answer "${answer.id}" is by "${answer.speaker}", whom question "${question.id}" was not put to.`,
      place,
      {
        expected: question.to.map((person) => `speaker="${person}"`),
        hint: 'each answer follows its own question: put the question it answers before it, or add the speaker to the question\'s to="…".',
      },
    );
  }
}

/** A question needs an answer, unless it says why it has none (`unanswered="…"`, shown to readers). */
function checkExchange(question: SegmentRecord, answers: readonly SegmentRecord[], file: VFile): void {
  const place = { line: question.line };
  if (answers.length === 0 && !question.unanswered) {
    reportProblem(file, `Question "${question.id}" has no answer.`, place, {
      expected: ['an :::answer right after the question', 'unanswered="…" on the question'],
      hint: 'put its answer right after it; if the source has none, say why on the question, e.g. unanswered="The source ends before the answer." (readers see it).',
    });
  } else if (answers.length > 0 && question.unanswered) {
    reportProblem(
      file,
      `Question "${question.id}" says unanswered="…" but answer "${answers[0]?.id}" follows it.`,
      place,
      {
        hint: 'remove unanswered="…", or, if the answer belongs to another question, move it there.',
      },
    );
  }
}

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
