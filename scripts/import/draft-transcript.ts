/**
 * Step 2 of `npm run import`: turn the parsed source into a draft transcript (Markdown with
 * front matter) for an editor to finish. What it can read it fills in: date and place from the
 * headnote, the source's title and publisher, participants, speakers, addressees, who spoke
 * before an answer, topics proposed from topics.yaml's labels and aliases, and readable ids.
 * What needs an editor's judgement (titles, summary, what the source includes) is a `TODO`
 * placeholder, which the build refuses until it is replaced.
 */
import { MONTHS } from '../../src/model/dates.ts';
import { PLACEHOLDER } from '../../src/model/vocabulary.ts';
import { ImportError, type ParsedSource, type RawTurn } from './parse-source.ts';

/** The start of every placeholder the importer writes; the build fails on any left. */
export { PLACEHOLDER };

/** The people and topics the draft may refer to (content/people.yaml, content/topics.yaml). */
export interface ImportVocabulary {
  people: ReadonlyArray<{ id: string; name: string }>;
  topics: ReadonlyArray<{ id: string; label: string; aliases?: readonly string[] }>;
}

/** One block of the draft. */
export interface DraftBlock {
  kind: 'headnote' | 'remarks' | 'question' | 'answer' | 'attribution';
  id: string;
  speaker?: string;
  to?: string[];
  after?: string[];
  topics?: string[];
  /** Paragraphs, verbatim. */
  paragraphs: string[];
}

/** The draft: its front matter fields, its blocks, and the Markdown text. */
export interface Draft {
  date: string;
  place: string;
  participants: string[];
  blocks: DraftBlock[];
  markdown: string;
}

/** The person the label's name is, or "journalist" for a question. */
function speakerOf(turn: RawTurn, vocabulary: ImportVocabulary, fallback: string): string {
  if (!turn.label) return fallback;
  if (turn.label.name === 'Question') return 'journalist';
  const person = vocabulary.people.find((candidate) => candidate.name === turn.label?.name);
  if (!person) {
    throw new ImportError(
      turn.paragraphs[0]?.line ?? 0,
      `Unknown speaker label "${turn.label.text}": no one named "${turn.label.name}" in people.yaml.`,
      `add them to content/people.yaml (id, name exactly as the label writes it, role at the time), then import again.`,
    );
  }
  return person.id;
}

/** People named in a label's parenthesis ("speaking after Rex Tillerson"), by id. */
function namedIn(text: string, vocabulary: ImportVocabulary): string[] {
  return vocabulary.people.filter((person) => text.includes(person.name)).map((person) => person.id);
}

/** Date and place from a headnote ending "…, Moscow, April 12, 2017:". */
export function dateAndPlace(headnote: string): { date: string | undefined; place: string | undefined } {
  const match = new RegExp(`(?:,\\s*([^,]+?))?,\\s*(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})`).exec(headnote);
  if (!match) return { date: undefined, place: undefined };
  const month = String((MONTHS as readonly string[]).indexOf(match[2] ?? '') + 1).padStart(2, '0');
  return { date: `${match[4]}-${month}-${(match[3] ?? '').padStart(2, '0')}`, place: match[1]?.trim() };
}

/** The kind of event the headnote names ("…at a joint news conference…" → "Joint news conference"). */
export function occasionOf(headnote: string): string | undefined {
  const match = /\bat an? ((?:[a-z-]+ ){0,3}(?:news conference|press conference|briefing|press approach))\b/.exec(
    headnote,
  );
  const words = match?.[1];
  return words ? `${words.charAt(0).toUpperCase()}${words.slice(1)}` : undefined;
}

/** Topic ids whose label or aliases occur in `text`, most mentioned first (at most `limit`). */
export function proposeTopics(text: string, vocabulary: ImportVocabulary, limit = 3): string[] {
  const lower = text.toLowerCase();
  const count = (word: string) => {
    const escaped = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return (lower.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length;
  };
  return vocabulary.topics
    .map((topic, order) => ({
      id: topic.id,
      order,
      hits: [topic.label, ...(topic.aliases ?? [])].reduce((sum, word) => sum + count(word), 0),
    }))
    .filter((topic) => topic.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, limit)
    .map((topic) => topic.id);
}

/**
 * The letters that make ids unique: b, c, … z, then bb, bc, … zz, bbb, … (bijective base 25, so
 * every n has its own suffix and the supply never runs out; "a" is skipped so that no suffix reads
 * as the answer prefix).
 */
function letterSuffix(n: number): string {
  let suffix = '';
  for (let rest = n + 1; rest > 0; rest = Math.floor((rest - 1) / 25)) {
    suffix = String.fromCharCode(98 + ((rest - 1) % 25)) + suffix;
  }
  return suffix;
}

/** Which ids are taken, and for each stem the next suffix to try (so each id costs O(1), not O(ids of its stem)). */
interface IdSpace {
  taken: Set<string>;
  next: Map<string, number>;
}

/** A readable id `<prefix>-<main topic>`, made unique with letters (ids may not end in a number). */
function idFor(prefix: string, topics: readonly string[], space: IdSpace): string {
  const stem = `${prefix}-${topics[0] ?? 'untagged'}`;
  let id = stem;
  let n = space.next.get(stem) ?? 0;
  while (space.taken.has(id)) id = `${stem}-${letterSuffix(n++)}`;
  space.next.set(stem, n);
  space.taken.add(id);
  return id;
}

/** Quote a YAML scalar. */
const yamlString = (value: string) => JSON.stringify(value);

/** Build the draft of `event` from the parsed source. */
export function draftTranscript(parsed: ParsedSource, vocabulary: ImportVocabulary): Draft {
  const named = namedIn(parsed.headnote.text, vocabulary).filter((id) => id !== 'journalist');
  const labelled = parsed.turns.flatMap((turn) =>
    turn.label && turn.label.name !== 'Question' ? [speakerOf(turn, vocabulary, '')] : [],
  );
  // The unlabelled opening statement is the first person the headnote names, else the first to answer.
  const opener = named[0] ?? labelled[0] ?? 'journalist';
  const taken: IdSpace = { taken: new Set(['headnote', 'source']), next: new Map() };
  const blocks: DraftBlock[] = [{ kind: 'headnote', id: 'headnote', paragraphs: [parsed.headnote.text] }];
  let questionTopic: string[] = [];
  let seenQuestion = false;
  for (const turn of parsed.turns) {
    const speaker = speakerOf(turn, vocabulary, opener);
    const qualifier = turn.label?.qualifier ?? '';
    if (speaker === 'journalist') {
      seenQuestion = true;
      const text = turn.paragraphs.map((paragraph) => paragraph.text).join('\n');
      const topics = proposeTopics(text, vocabulary);
      questionTopic = topics;
      const everyone = /\bboth\b|\ball\b/.test(qualifier) ? participantsOf(named, labelled) : [];
      const to = qualifier.startsWith('addressed to')
        ? [...new Set([...namedIn(qualifier, vocabulary), ...everyone, ...turnedTo(turn, vocabulary)])]
        : [];
      blocks.push({ kind: 'question', id: idFor('q', topics, taken), speaker, to, topics, paragraphs: texts(turn) });
    } else if (seenQuestion) {
      const topics = proposeTopics(texts(turn).join('\n'), vocabulary);
      const after = /\bafter\b/.test(qualifier) ? namedIn(qualifier, vocabulary) : [];
      const id = idFor('a', topics.length ? topics : questionTopic, taken);
      blocks.push({ kind: 'answer', id, speaker, after, topics, paragraphs: texts(turn) });
    } else {
      // The opening statement: one block per paragraph, for the editor to merge by subject.
      for (const paragraph of turn.paragraphs) {
        const topics = proposeTopics(paragraph.text, vocabulary);
        blocks.push({
          kind: 'remarks',
          id: idFor('opening', topics, taken),
          speaker,
          topics,
          paragraphs: [paragraph.text],
        });
      }
    }
  }
  if (parsed.attribution) blocks.push({ kind: 'attribution', id: 'source', paragraphs: [parsed.attribution.text] });
  const { date, place } = dateAndPlace(parsed.headnote.text);
  const participants = participantsOf(named, labelled);
  return {
    date: date ?? PLACEHOLDER,
    place: place ?? PLACEHOLDER,
    participants,
    blocks,
    markdown: markdownOf(parsed, blocks, { date, place, participants }),
  };
}

/**
 * People a question turns to in a later paragraph ("And to Foreign Minister Lavrov, …"), by
 * surname: the label names only the first addressee.
 */
function turnedTo(turn: RawTurn, vocabulary: ImportVocabulary): string[] {
  return turn.paragraphs.slice(1).flatMap((paragraph) => {
    const opening = /^(?:And )?to ([^,]+),/.exec(paragraph.text)?.[1] ?? '';
    const surname = (person: { name: string }) => person.name.split(' ').at(-1) ?? person.name;
    return vocabulary.people
      .filter((person) => opening && opening.endsWith(surname(person)))
      .map((person) => person.id);
  });
}

const texts = (turn: RawTurn) => turn.paragraphs.map((paragraph) => paragraph.text);

/** The principals: people named in the headnote and labels, in order of appearance. */
function participantsOf(named: readonly string[], labelled: readonly string[]): string[] {
  return [...new Set([...named, ...labelled])].filter((id) => id !== 'journalist');
}

/** The draft as Markdown: front matter with placeholders, then the blocks. */
function markdownOf(
  parsed: ParsedSource,
  blocks: readonly DraftBlock[],
  facts: { date: string | undefined; place: string | undefined; participants: string[] },
): string {
  const todo = (what: string) => yamlString(`${PLACEHOLDER}: ${what}`);
  const sourceTitle = parsed.headnote.text.replace(/^We reproduce\s+/, '').replace(/:\s*$/, '');
  const publisher = parsed.attribution?.text.replace(/^Source:\s*/, '');
  const occasion = occasionOf(parsed.headnote.text);
  const frontMatter = [
    '---',
    `# Draft written by \`npm run import\`. Replace every ${PLACEHOLDER} (the build fails until none is left),`,
    '# check the proposed topics and ids, merge the opening statement’s paragraphs into passages by',
    '# subject, and list the ids in content/published-ids.txt.',
    `title: ${todo('the event’s full title, e.g. “Sergey Lavrov’s remarks and answers at …”')}`,
    `shortTitle: ${todo('a short name for navigation and citations')}`,
    `date: ${facts.date ?? todo('YYYY-MM-DD')}`,
    `place: ${facts.place ? yamlString(facts.place) : todo('the city')}`,
    `participants: [${facts.participants.join(', ')}]`,
    `occasion: ${occasion ? yamlString(occasion) : todo('what kind of event, e.g. “Joint news conference”')}`,
    `summary: ${todo('a neutral paragraph saying what the event covered')}`,
    'source:',
    `  publisher: ${publisher ? yamlString(publisher) : todo('who published the text')}`,
    `  title: ${yamlString(sourceTitle)}`,
    `  language: ${todo('e.g. “English; the Ministry’s English text of remarks Lavrov made in Russian”')}`,
    `  included: ${todo('what the source includes')}`,
    `  excluded: ${todo('what it leaves out, e.g. the other minister’s words')}`,
    '---',
  ];
  const body = blocks.map((block) => `${directiveOf(block)}\n${block.paragraphs.join('\n\n')}\n:::`);
  return `${frontMatter.join('\n')}\n${body.join('\n\n')}\n`;
}

/** The opening line of a block's container directive. */
function directiveOf(block: DraftBlock): string {
  const attributes = [`#${block.id}`];
  if (block.speaker) attributes.push(`speaker="${block.speaker}"`);
  if (block.to?.length) attributes.push(`to="${block.to.join(' ')}"`);
  if (block.after?.length) attributes.push(`after="${block.after.join(' ')}"`);
  if (block.kind !== 'headnote' && block.kind !== 'attribution') {
    attributes.push(`topics="${block.topics?.length ? block.topics.join(' ') : PLACEHOLDER}"`);
  }
  if (block.kind === 'remarks' || block.kind === 'question') attributes.push(`title="${PLACEHOLDER}"`);
  return `:::${block.kind}{${attributes.join(' ')}}`;
}
