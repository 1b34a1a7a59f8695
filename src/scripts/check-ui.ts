/**
 * The quote checker in the page: reads the form (or the address's `?q=`), fetches the archive's
 * words once (`archive.json`, beside the page), checks the quote (shared/quote-match) and draws the
 * answer (check-render). The address always carries the quote, so an answer can be shared and
 * reproduced; a bad paste gets its own message instead of an answer.
 */
import type { CheckData } from '../shared/check-data-format';
import { indexArchive, type CheckIndex } from '../shared/quote-index';
import { MAX_QUOTE_CHARS, readQuoteInput, type InputProblem } from '../shared/quote-input';
import { checkQuote } from '../shared/quote-match';
import { renderAnswer, renderReported, renderStretch, type RenderContext } from './check-render';

const PROBLEMS: Record<InputProblem, string> = {
  empty: 'Paste or type a quote first: the box is empty.',
  'no-words': 'There are no words to check: the box holds only punctuation or symbols.',
  cyrillic:
    'This looks like Russian. The transcript here is the Foreign Ministry’s English text: paste the English of the quote, as an English-language report printed it.',
  url: 'That is a web address, not a quote: paste the quoted words from the report instead.',
};

let data: Promise<CheckData> | undefined;
const indexes = new Map<string, CheckIndex>();

/** The archive's words, fetched once. */
function loadData(url: string): Promise<CheckData> {
  data ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json() as Promise<CheckData>;
  });
  return data;
}

/** The index of the archive, or of one event's passages only (the event filter). */
function indexFor(all: CheckData, event: string): CheckIndex {
  const key = event || '*';
  let index = indexes.get(key);
  if (!index) {
    const e = all.events.findIndex((candidate) => candidate.id === event);
    index = indexArchive(
      e === -1
        ? all
        : {
            ...all,
            passages: all.passages.filter((passage) => passage.e === e),
            reported: all.reported.filter((reported) => reported.e === e),
          },
    );
    indexes.set(key, index);
  }
  return index;
}

/** A notice above the answer (a cut paste, removed invisible characters, an unknown event). */
function notice(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'check-notice';
  p.textContent = text;
  return p;
}

/** Wire the checker to its form and answer the address's quote, if any. */
export function enhance(form: HTMLFormElement): void {
  const field = form.querySelector('textarea')!;
  const select = form.querySelector<HTMLSelectElement>('[data-check-event]');
  const answer = document.querySelector<HTMLElement>('[data-check-answer]')!;
  const results = document.querySelector<HTMLElement>('[data-check-results]')!;
  const reportedBox = document.querySelector<HTMLElement>('[data-check-reported]')!;
  const base = new URL(form.action).pathname.replace(/check\/$/, '');
  const dataUrl = new URL('archive.json', form.action).href;

  /** Check `raw` and draw the answer. */
  async function run(raw: string, event: string): Promise<void> {
    const input = readQuoteInput(raw);
    const notices: HTMLElement[] = [];
    if (input.cut) {
      notices.push(
        notice(
          `The quote was longer than ${MAX_QUOTE_CHARS.toLocaleString('en-GB')} characters; only the first ${MAX_QUOTE_CHARS.toLocaleString('en-GB')} were checked.`,
        ),
      );
    }
    if (input.invisible) {
      notices.push(
        notice(
          `${input.invisible} invisible character${input.invisible === 1 ? '' : 's'} (zero-width spaces, direction marks) were removed before checking.`,
        ),
      );
    }
    results.replaceChildren();
    reportedBox.replaceChildren();
    if (input.problem) {
      const message = notice(PROBLEMS[input.problem]);
      message.dataset['problem'] = input.problem;
      answer.replaceChildren(...notices, message);
      return;
    }
    answer.replaceChildren(...notices, notice('Checking…'));
    let all: CheckData;
    try {
      all = await loadData(dataUrl);
    } catch {
      answer.replaceChildren(
        notice('The transcript’s words could not be loaded. Check your connection and try again.'),
      );
      return;
    }
    if (event && !all.events.some((candidate) => candidate.id === event)) {
      notices.push(notice(`There is no event “${event}” in this archive; all events were searched.`));
      event = '';
    }
    const index = indexFor(all, event);
    const result = checkQuote(index, input.text);
    const context: RenderContext = { data: all, passages: index.passages, base, quote: input.text };
    answer.replaceChildren(...notices, renderAnswer(context, result));
    results.replaceChildren(
      ...result.stretches.map((stretch) =>
        renderStretch(context, stretch, result.verdict === 'partial' || result.stretches.length > 1),
      ),
    );
    const reported = renderReported(context, result);
    if (reported) reportedBox.append(reported);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ q: field.value });
    if (select?.value) params.set('event', select.value);
    history.pushState(null, '', `?${params}`);
    void run(field.value, select?.value ?? '');
  });

  /** Answer what the address says (on arrival, and on Back/Forward). */
  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    const q = params.get('q');
    field.value = q ?? '';
    if (select) select.value = params.get('event') ?? '';
    if (q === null) {
      answer.replaceChildren();
      results.replaceChildren();
      reportedBox.replaceChildren();
      return;
    }
    void run(q, params.get('event') ?? '');
  };
  addEventListener('popstate', fromAddress);
  if (new URLSearchParams(location.search).has('q')) fromAddress();
}
