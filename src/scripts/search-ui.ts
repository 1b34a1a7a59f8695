/**
 * The search UI, loaded on first use by search-boot. It enhances a `[data-search]` box: results as
 * you type (speaker, the question answered, topic chips, highlighted excerpt, a link to the exact
 * passage), keyboard navigation, and on the search page filter chips with counts and the state in
 * the URL. Everything a reader typed is rendered as text, never as HTML.
 *
 * It fetches what it shows. Results are drawn from the summaries beside the index at every key
 * press (no network once Pagefind is loaded); only the search page shows excerpts, and it fetches
 * the fragments they come from for the results on screen once the query has settled
 * (SETTLE_MS without a key), not for the partial words typed on the way.
 */
// Results and filters are styled only once search is used: their stylesheet is linked from here.
import resultsStylesheet from '../styles/search-results.css?url';
import {
  basePath,
  filterValues,
  search,
  summaryOf,
  type FilterCounts,
  type FilterSelection,
  type ResultSummary,
  type SearchResponse,
  type SearchResult,
} from './pagefind-client';
import { looseValue, MAX_QUERY_CHARS, passageHref, quoted, readSearchParams, searchUrl } from '../shared/search-state';

const FILTERS = [
  ['topic', 'Topic'],
  ['speaker', 'Speaker'],
  ['kind', 'Kind'],
  // Shown only when the archive holds more than one event (see drawFilters).
  ['event', 'Event'],
] as const;
const FILTER_KEYS = FILTERS.map(([name]) => name);
const HEADER_LIMIT = 5;
const PAGE_SIZE = 20;
/**
 * How long the query must rest before the search page fetches excerpts: longer than the gap
 * between keys of a reader typing (about 100–300 ms), short enough to feel immediate.
 */
const SETTLE_MS = 300;

/** Create an element with a class and text content. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt as DOM: its text, with only `<mark>` kept (nothing else can get through). */
export function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') return el('mark', undefined, node.textContent ?? '');
    return document.createTextNode(node.textContent ?? '');
  });
}

/** A result's summary: from the records beside the index, else (should they fail) its fragment. */
async function summarize(result: SearchResult): Promise<ResultSummary> {
  const summary = await summaryOf(result).catch(() => undefined);
  if (summary) return summary;
  const data = await result.data();
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    // The role line is in the records only (it is not indexed): without them, none is shown.
    role: '',
    ...(data.meta['question'] ? { question: data.meta['question'] } : {}),
    topics: data.filters?.['topic'] ?? [],
    ...(data.filters?.['event']?.[0] ? { event: data.filters['event'][0] } : {}),
  };
}

/** One result as a list item; `excerpt` is the paragraph its excerpt goes into, if it has one. */
function renderResult(summary: ResultSummary, query: string, excerpt?: HTMLElement): HTMLLIElement {
  const item = el('li', 'result');
  // In an archive of several events (the layout marks <body data-archive>), say which event.
  const event = document.body.hasAttribute('data-archive') ? summary.event : undefined;
  item.append(el('p', 'result__role', event ? `${summary.role} · ${event}` : summary.role));
  const heading = el('h3', 'result__title');
  const link = el('a', 'result__link', summary.title);
  link.href = passageHref(summary.url, query, location.href);
  heading.append(link);
  item.append(heading);
  if (summary.question) item.append(el('p', 'result__question', `Answering: ${summary.question}`));
  if (excerpt) item.append(excerpt);
  if (summary.topics.length) item.append(el('p', 'result__topics', summary.topics.join(' · ')));
  return item;
}

/** Read the query and filters from the page URL. */
function readUrl(): { query: string; selection: FilterSelection } {
  return readSearchParams(location.search, FILTER_KEYS);
}

/** The search page URL for a query and filters. */
function urlFor(query: string, selection: FilterSelection): string {
  return searchUrl(location.pathname, query, selection, FILTER_KEYS);
}

/** Link the results stylesheet once (same origin, so a strict CSP allows it). */
function linkStylesheet(): void {
  if (document.querySelector('link[data-search-results-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = resultsStylesheet;
  link.dataset['searchResultsCss'] = '';
  document.head.append(link);
}

/** Enhance one search box (header dropdown or search page). */
export function enhance(root: HTMLElement): void {
  if (root.dataset['enhanced']) return;
  root.dataset['enhanced'] = 'true';
  const mode = root.dataset['search'] === 'page' ? 'page' : 'header';
  // The search page inlines these styles itself, so that nothing moves when the script arrives.
  if (mode === 'header') linkStylesheet();
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
  // The page's suggestions come in the HTML (in the first paint); kept to be shown again.
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]')?.cloneNode(true);
  if (!form || !input || !panel || !status) return;

  let selection: FilterSelection = mode === 'page' ? readUrl().selection : {};
  let shown = PAGE_SIZE;
  let generation = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** Said above the results when filter values from the URL were dropped. */
  let notice = '';

  // Turned off here, not in the markup: without JavaScript the browser then keeps what was typed
  // when the reader comes back; with it, the browser's suggestions would cover the results.
  input.autocomplete = 'off';
  // The search page loads this module at once, but a fast reader may have typed already.
  const typedBeforeLoad = mode === 'page' && input.value !== '' && input.value !== readUrl().query;
  input.maxLength = MAX_QUERY_CHARS;

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a.result__link')];

  /**
   * Run the search for the box's current query and filters, and draw the outcome. On the search
   * page the excerpts come with it, or when `typing` after it, once the query has rested
   * SETTLE_MS, so the partial words typed on the way fetch nothing.
   */
  async function run(typing = false): Promise<void> {
    const query = input!.value;
    const current = ++generation;
    clearTimeout(settle);
    const hasFilters = Object.values(selection).some((values) => values.length > 0);
    if (!query.trim() && !(mode === 'page' && hasFilters)) {
      drawEmpty();
      return;
    }
    const response = await search(query, mode === 'page' ? selection : undefined);
    const onScreen = response.results.slice(0, mode === 'header' ? HEADER_LIMIT : shown);
    const summaries = await Promise.all(onScreen.map(summarize));
    // Not typing (a query from the address, a filter, "more"): the excerpts are fetched first and
    // drawn with the results, so that nothing on screen moves when they arrive.
    const data = typing || mode === 'header' ? undefined : await Promise.all(onScreen.map((result) => result.data()));
    if (current !== generation) return; // a newer query has been typed meanwhile
    const excerpts = draw(query, response, summaries);
    if (excerpts.length === 0) return;
    const fillWith = (items: Array<{ excerpt: string }>) =>
      items.forEach((item, index) => excerpts[index]?.replaceChildren(...excerptNodes(item.excerpt)));
    if (data) return fillWith(data);
    settle = setTimeout(async () => {
      const fetched = await Promise.all(onScreen.map((result) => result.data()));
      if (current === generation) fillWith(fetched);
    }, SETTLE_MS);
  }

  function drawEmpty(): void {
    panel!.replaceChildren();
    panel!.hidden = mode === 'header';
    status!.textContent = notice;
    if (notice) panel!.append(el('p', 'search__notice', notice));
    if (mode === 'page' && suggestions) panel!.append(suggestions.cloneNode(true));
    if (mode === 'page') void drawFilters(undefined);
  }

  /** Draws the outcome; returns the (empty) excerpt paragraphs of the results, to be filled. */
  function draw(query: string, response: SearchResponse, summaries: ResultSummary[]): HTMLElement[] {
    const count = response.results.length;
    const summary =
      count === 0
        ? `No passages match “${query}”.`
        : `${count} ${count === 1 ? 'passage' : 'passages'}${query ? ` for “${query}”` : ''}.`;
    status!.textContent = notice ? `${notice} ${summary}` : summary;
    panel!.replaceChildren();
    panel!.hidden = false;
    if (notice) panel!.append(el('p', 'search__notice', notice));
    panel!.append(el('p', 'search__summary', summary));
    const excerpts: HTMLElement[] = [];
    if (count === 0) {
      panel!.append(el('p', 'search__hint', 'Try fewer words, another spelling, or one of the topics.'));
      if (suggestions) panel!.append(suggestions.cloneNode(true));
      else panel!.append(topicsLink());
    } else {
      const list = el('ol', 'results');
      for (const item of summaries) {
        const excerpt = mode === 'page' ? el('p', 'result__excerpt') : undefined;
        if (excerpt) excerpts.push(excerpt);
        list.append(renderResult(item, query, excerpt));
      }
      panel!.append(list);
      if (mode === 'header' && count > summaries.length) {
        const all = el('a', 'search__all', `All ${count} results`);
        all.href = `${basePath}search/?${new URLSearchParams({ q: query })}`;
        panel!.append(all);
      }
      if (mode === 'page' && count > summaries.length) {
        const more = el('button', 'search__more', `Show more (${count - summaries.length} left)`);
        more.type = 'button';
        more.addEventListener('click', () => {
          shown += PAGE_SIZE;
          void run();
        });
        panel!.append(more);
      }
    }
    if (mode === 'page') void drawFilters(response);
    return excerpts;
  }

  /**
   * Filter values from the URL that no passage has (a typo, an old link) would silently empty the
   * results: a value matching a real one loosely (`chemical-weapons`) becomes it; any other is
   * dropped from the search and the URL, and the notice above the results says so.
   */
  async function checkSelection(): Promise<void> {
    const chosen = Object.values(selection).some((values) => values.length > 0);
    if (!chosen) {
      notice = '';
      return;
    }
    const known = await filterValues();
    const dropped: string[] = [];
    const next: FilterSelection = {};
    for (const [name, label] of FILTERS) {
      const values = Object.keys(known[name] ?? {});
      const kept: string[] = [];
      for (const value of selection[name] ?? []) {
        const match =
          values.find((known) => known === value) ?? values.find((known) => looseValue(known) === looseValue(value));
        if (match === undefined) dropped.push(`${label.toLowerCase()} ${quoted(value)}`);
        else if (!kept.includes(match)) kept.push(match);
      }
      next[name] = kept;
    }
    const changed = FILTERS.some(([name]) => (next[name] ?? []).join('\n') !== (selection[name] ?? []).join('\n'));
    selection = next;
    if (changed) history.replaceState(null, '', urlFor(input!.value, selection));
    notice = dropped.length
      ? `No passage has the ${dropped.join(' or the ')}, so ${dropped.length === 1 ? 'that filter was' : 'those filters were'} left out.`
      : '';
  }

  function topicsLink(): HTMLElement {
    const paragraph = el('p', 'search__hint');
    const link = el('a', undefined, 'Browse all topics');
    link.href = `${basePath}topics/`;
    paragraph.append(link);
    return paragraph;
  }

  /** Filter chips with counts: the counts within the current results, or over all passages. */
  async function drawFilters(response: SearchResponse | undefined): Promise<void> {
    if (!filterBox) return;
    const counts: FilterCounts = (response ?? (await search('', {}))).filters;
    filterBox.replaceChildren();
    for (const [name, label] of FILTERS) {
      // Values with no passages in the current results are noise, unless the reader chose them.
      const chosen = selection[name] ?? [];
      // One event is no choice: the site of a single event shows no event filter.
      if (name === 'event' && Object.keys(counts[name] ?? {}).length < 2) continue;
      const values = Object.entries(counts[name] ?? {})
        .filter(([value, count]) => count > 0 || chosen.includes(value))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (values.length === 0) continue;
      const group = el('fieldset', 'filter-group');
      group.append(el('legend', undefined, label));
      for (const [value, count] of values) {
        const pressed = chosen.includes(value);
        const chip = el('button', 'filter-chip');
        chip.type = 'button';
        chip.setAttribute('aria-pressed', String(pressed));
        chip.append(el('span', undefined, value), el('span', 'filter-chip__count', ` ${count}`));
        chip.addEventListener('click', () => {
          const chosen = new Set(selection[name] ?? []);
          if (chosen.has(value)) chosen.delete(value);
          else chosen.add(value);
          selection = { ...selection, [name]: [...chosen] };
          shown = PAGE_SIZE;
          notice = '';
          history.pushState(null, '', urlFor(input!.value, selection));
          void run();
        });
        group.append(chip);
      }
      filterBox.append(group);
    }
  }

  // Search on every keystroke: once loaded, Pagefind answers in about a millisecond and the
  // results are drawn from the summaries; `generation` drops the results of a query typed over.
  input.addEventListener('input', () => {
    shown = PAGE_SIZE;
    notice = '';
    if (mode === 'page') history.replaceState(null, '', urlFor(input.value, selection));
    void run(true);
  });

  form.addEventListener('submit', (event) => {
    // Enter opens the first result (or the one moved to); the plain form remains the fallback.
    const first = links()[0];
    if (first) {
      event.preventDefault();
      first.click();
    } else if (mode === 'page') {
      event.preventDefault();
      void run();
    }
  });

  root.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (all.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = index + step;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      if (input.value === '' && mode === 'header') {
        input.blur();
        return;
      }
      event.preventDefault();
      input.value = '';
      input.focus();
      if (mode === 'page') history.replaceState(null, '', urlFor('', selection));
      void run();
    }
  });

  if (mode === 'header') {
    // Close the dropdown when focus leaves the search box and its results.
    root.addEventListener('focusout', (event) => {
      if (!root.contains(event.relatedTarget as Node | null)) panel.hidden = true;
    });
    input.addEventListener('focus', () => {
      if (input.value.trim() && panel.childElementCount > 0) panel.hidden = false;
    });
  } else if (typedBeforeLoad) {
    // The reader typed while this module loaded: keep their words, and let the URL follow them.
    history.replaceState(null, '', urlFor(input.value, selection));
  } else {
    input.value = readUrl().query;
  }
  if (mode === 'page') {
    window.addEventListener('popstate', () => {
      const state = readUrl();
      input.value = state.query;
      selection = state.selection;
      void checkSelection().then(() => run());
    });
  }
  // A query typed before load is still being typed: its excerpts wait for it to settle.
  void checkSelection().then(() => run(typedBeforeLoad));
}
