/**
 * Draws the quote checker's answer (shared/quote-match) as DOM nodes. Everything from the quote or
 * the data is set as text (`textContent`, `append` of strings), never as HTML, so a pasted
 * `<script>` shows as the characters it is.
 */
import type { CheckData } from '../shared/check-data-format';
import type { IndexedPassage } from '../shared/quote-index';
import type { CheckResult, DiffRun, Stretch, Verdict } from '../shared/quote-match';

/** What the result links need from the page: the site's base path. */
export interface RenderContext {
  data: CheckData;
  passages: IndexedPassage[];
  /** Site root URL path, ending in `/`. */
  base: string;
  quote: string;
}

// Words of context shown on each side of a matched stretch.
const CONTEXT_WORDS = 24;

/** Create an element with a class and children (strings become text). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string | null,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** A word that is read aloud but not shown (what a diff mark means, for screen readers). */
const hidden = (text: string) => el('span', 'visually-hidden', text);

/** The verdict as a label. */
const VERDICT_LABEL: Record<Verdict, string> = {
  exact: 'Exact',
  close: 'Close',
  partial: 'Partial',
  absent: 'Absent',
};

/** The paragraph anchor and text fragment of a stretch (its first paragraph's words). */
export function fragmentOf(indexed: IndexedPassage, stretch: Stretch): string {
  const first = indexed.words[stretch.from]!;
  const inParagraph = indexed.words.slice(stretch.from, stretch.to).filter((word) => word.p === first.p);
  const text = indexed.passage.p[first.p] ?? '';
  const last = inParagraph.at(-1) ?? first;
  // Text fragments treat "-", "," and "&" as syntax: encode them too.
  const encode = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D');
  const directive =
    inParagraph.length <= 6
      ? encode(text.slice(first.start, last.end))
      : `${encode(text.slice(first.start, inParagraph[2]!.end))},${encode(text.slice(inParagraph.at(-3)!.start, last.end))}`;
  return `${indexed.passage.id}-${first.p + 1}:~:text=${directive}`;
}

/** The stretch in its paragraph: a few words either side, the stretch marked. */
function contextOf(indexed: IndexedPassage, stretch: Stretch): HTMLElement {
  const { words, passage } = indexed;
  const first = words[stretch.from]!;
  const last = words[stretch.to - 1]!;
  const before = words[Math.max(0, stretch.from - CONTEXT_WORDS)]!;
  const after = words[Math.min(words.length - 1, stretch.to - 1 + CONTEXT_WORDS)]!;
  const textOf = (p: number) => passage.p[p] ?? '';
  const lead =
    before.p === first.p ? textOf(first.p).slice(before.start, first.start) : textOf(first.p).slice(0, first.start);
  const tail = after.p === last.p ? textOf(last.p).slice(last.end, after.end) : textOf(last.p).slice(last.end);
  const marked: string[] = [];
  for (let p = first.p; p <= last.p; p++) {
    marked.push(textOf(p).slice(p === first.p ? first.start : 0, p === last.p ? last.end : undefined));
  }
  const quote = el('blockquote', 'check-result__context');
  quote.append(
    el(
      'p',
      null,
      lead && (before.start > 0 || before.p !== first.p) ? '… ' : '',
      lead,
      el('mark', 'check-result__mark', marked.join(' ¶ ')),
      tail,
      after.end < textOf(last.p).length ? ' …' : '',
    ),
  );
  return quote;
}

/** The word-by-word comparison: shared words plain, the quote's struck through, the transcript's underlined. */
function diffOf(runs: DiffRun[]): HTMLElement {
  const line = el('p', 'check-result__diff');
  runs.forEach((run, at) => {
    if (at > 0) line.append(' ');
    const words = run.words.join(' ');
    if (run.kind === 'same') line.append(words);
    else if (run.kind === 'quote') line.append(el('del', null, hidden('quote has: '), words));
    else line.append(el('ins', null, hidden('transcript has: '), words));
  });
  return line;
}

/** One result: a passage and the stretch of it that matches (part of) the quote. */
export function renderStretch(context: RenderContext, stretch: Stretch, showPart: boolean): HTMLElement {
  const indexed = context.passages[stretch.passage]!;
  const { passage } = indexed;
  const event = context.data.events[passage.e]!;
  const page = `${context.base}${event.id}/${passage.id}/`;
  const fragment = fragmentOf(indexed, stretch);
  const paragraphUrl = new URL(`${page}#${fragment.split(':~:')[0]}`, location.href).href;
  const item = el('li', 'check-result');
  item.dataset['verdict'] = stretch.verdict;
  const link = el('a', null, passage.title);
  link.href = `${page}#${fragment}`;
  item.append(
    el('h3', 'check-result__title', link),
    el(
      'p',
      'check-result__meta',
      el('span', `verdict verdict--${stretch.verdict}`, VERDICT_LABEL[stretch.verdict as Verdict]),
      ` ${passage.role} · ${event.full}`,
    ),
  );
  if (showPart) {
    item.append(
      el(
        'p',
        'check-result__part',
        'This part of the quote: “',
        context.quote.slice(stretch.quoteStart, stretch.quoteEnd).trim(),
        '”',
      ),
    );
  }
  item.append(contextOf(indexed, stretch));
  if (stretch.verdict === 'close') {
    item.append(
      el(
        'p',
        'check-result__legend',
        'Word by word (struck through: only in the quote; underlined: only in the transcript):',
      ),
      diffOf(stretch.diff),
    );
  }
  item.append(
    el(
      'p',
      'check-result__shared',
      `Shared words (${Math.round(stretch.recall * stretch.quoteContent)} of the quote’s ${stretch.quoteContent}): `,
      stretch.shared.join(', ') || 'none',
    ),
  );
  const inTranscript = el('a', null, 'the same words in the full transcript');
  inTranscript.href = `${context.base}${event.id}/#${fragment}`;
  const paragraph = el('code', null, paragraphUrl);
  item.append(
    el('p', 'check-result__links', 'Paragraph link: ', paragraph, ' · or ', inTranscript),
    el('p', 'check-result__cite', el('span', 'check-result__cite-label', 'Cite: '), passage.cite),
  );
  return item;
}

/** The sentence that answers for the quote as a whole. */
export function renderAnswer(context: RenderContext, result: CheckResult): HTMLElement {
  const answer = el('div', 'check-answer');
  answer.dataset['verdict'] = result.verdict;
  const events = new Set(result.stretches.map((stretch) => context.passages[stretch.passage]!.passage.e));
  const where = [...events].map((e) => context.data.events[e]!.full).join('; ');
  const passages = new Set(result.stretches.map((stretch) => stretch.passage)).size;
  const lines: Record<Verdict, string> = {
    exact:
      passages > 1
        ? `These words are in the transcript, word for word, in ${passages} passages (${where}).`
        : `These words are in the transcript, word for word (${where}).`,
    close:
      result.stretches.length > 1
        ? `Not word for word, but ${result.stretches.length} passages say nearly the same, best first (${where}): compare the words below.`
        : `Not word for word, but the transcript says nearly the same (${where}): another translation or transcription of the same sentence. Compare the words below.`,
    partial: result.scattered
      ? 'Each part of this quote is in the transcript, but not together: the quote joins separate stretches.'
      : 'Only part of this quote is in the transcript; the rest is not.',
    absent:
      'Not in this transcript. It holds Sergey Lavrov’s remarks and answers and the journalists’ questions, in the Foreign Ministry’s English text; Rex Tillerson’s words are not in it. A quote can be absent because it was said elsewhere: on another day, at the morning photo call, in an interview, or by someone else.',
  };
  answer.append(
    el(
      'p',
      'check-answer__verdict',
      el('span', `verdict verdict--${result.verdict}`, VERDICT_LABEL[result.verdict]),
      ' ',
      lines[result.verdict],
    ),
  );
  if (result.verdict === 'partial' && result.missing.length) {
    const list = el('ul', 'check-answer__missing');
    for (const part of result.missing)
      list.append(el('li', null, '“', context.quote.slice(part.start, part.end).trim(), '”'));
    answer.append(el('p', null, 'Not found in the transcript:'), list);
  }
  return answer;
}

/** Summaries of the speaker the source leaves out that share the quote's words: reported, not transcript. */
export function renderReported(context: RenderContext, result: CheckResult): HTMLElement | undefined {
  if (!result.reported.length) return undefined;
  const box = el('div', 'check-reported');
  box.append(
    el('h3', null, 'Reported, not transcript'),
    el(
      'p',
      null,
      'These are the site’s own summaries, from news reports, of what the transcript leaves out. They share the quote’s words, but they are not the speaker’s words as recorded.',
    ),
  );
  const list = el('ul', null);
  for (const match of result.reported) {
    const reported = context.data.reported[match.index]!;
    const event = context.data.events[reported.e]!;
    const link = el('a', null, `${reported.role}: ${reported.title}`);
    link.href = reported.page
      ? `${context.base}${event.id}/${reported.id}/`
      : `${context.base}${event.id}/#${reported.id}`;
    list.append(el('li', 'check-reported__item', link, el('span', null, ` Shared words: ${match.shared.join(', ')}`)));
  }
  box.append(list);
  return box;
}
