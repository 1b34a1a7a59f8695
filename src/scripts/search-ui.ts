/**
 * The search UI, loaded on first use by search-boot. It enhances a `[data-search]` box: results as
 * you type (speaker, the question answered, topic chips, highlighted excerpt, a link to the exact
 * passage), keyboard navigation, and on the search page filter chips with counts and the state in
 * the URL. Everything a reader typed is rendered as text, never as HTML.
 */
// Results and filters are styled only once search is used: their stylesheet is linked from here.
import resultsStylesheet from '../styles/search-results.css?url';
import {
  basePath,
  search,
  type FilterCounts,
  type FilterSelection,
  type ResultData,
  type SearchResponse,
} from './pagefind-client';

const FILTERS = [
  ['topic', 'Topic'],
  ['speaker', 'Speaker'],
  ['kind', 'Kind'],
  // Shown only when the archive holds more than one event (see drawFilters).
  ['event', 'Event'],
] as const;
// Five results in the dropdown: each is a fragment to fetch before the first results show.
const HEADER_LIMIT = 5;
const PAGE_SIZE = 20;

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

/** The URL of a result's passage, carrying the query so the page can highlight it. */
export function passageHref(data: ResultData, query: string): string {
  const url = new URL(data.url, location.href);
  if (query.trim()) url.searchParams.set('highlight', query.trim());
  // A record is a passage's own page, /<event>/<id>/: its id is also the passage's anchor.
  const id = url.pathname.split('/').filter(Boolean).at(-1);
  if (id) url.hash = id;
  return url.pathname + url.search + url.hash;
}

/** One result as a list item. */
function renderResult(data: ResultData, query: string): HTMLLIElement {
  const item = el('li', 'result');
  // In an archive of several events (the layout marks <body data-archive>), say which event.
  const event = document.body.hasAttribute('data-archive') ? data.filters?.['event']?.[0] : undefined;
  item.append(el('p', 'result__role', event ? `${data.meta['role'] ?? ''} · ${event}` : (data.meta['role'] ?? '')));
  const heading = el('h3', 'result__title');
  const link = el('a', 'result__link', data.meta['title'] ?? data.url);
  link.href = passageHref(data, query);
  heading.append(link);
  item.append(heading);
  if (data.meta['question']) item.append(el('p', 'result__question', `Answering: ${data.meta['question']}`));
  const excerpt = el('p', 'result__excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  const topics = data.filters?.['topic'] ?? [];
  if (topics.length) item.append(el('p', 'result__topics', topics.join(' · ')));
  return item;
}

/** Read the query and filters from the page URL. */
function readUrl(): { query: string; selection: FilterSelection } {
  const params = new URLSearchParams(location.search);
  const selection: FilterSelection = {};
  for (const [name] of FILTERS) selection[name] = params.getAll(name);
  return { query: params.get('q') ?? '', selection };
}

/** The search page URL for a query and filters. */
function urlFor(query: string, selection: FilterSelection): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name] of FILTERS) for (const value of selection[name] ?? []) params.append(name, value);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
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
  linkStylesheet();
  const mode = root.dataset['search'] === 'page' ? 'page' : 'header';
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = root.querySelector<HTMLElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]');
  const suggestions = root.querySelector<HTMLTemplateElement>('template[data-search-suggestions]');
  if (!form || !input || !panel || !status) return;

  let selection: FilterSelection = mode === 'page' ? readUrl().selection : {};
  let shown = PAGE_SIZE;
  let generation = 0;

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a.result__link')];

  /** Run the search for the box's current query and filters, and draw the outcome. */
  async function run(): Promise<void> {
    const query = input!.value;
    const current = ++generation;
    const hasFilters = Object.values(selection).some((values) => values.length > 0);
    if (!query.trim() && !(mode === 'page' && hasFilters)) {
      drawEmpty();
      return;
    }
    const response = await search(query, mode === 'page' ? selection : undefined);
    const limit = mode === 'header' ? HEADER_LIMIT : shown;
    const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
    if (current !== generation) return; // a newer query has been typed meanwhile
    draw(query, response, data);
  }

  function drawEmpty(): void {
    panel!.replaceChildren();
    panel!.hidden = mode === 'header';
    status!.textContent = '';
    if (mode === 'page' && suggestions) panel!.append(suggestions.content.cloneNode(true));
    if (mode === 'page') void drawFilters(undefined);
  }

  function draw(query: string, response: SearchResponse, data: ResultData[]): void {
    const count = response.results.length;
    const summary =
      count === 0
        ? `No passages match “${query}”.`
        : `${count} ${count === 1 ? 'passage' : 'passages'}${query ? ` for “${query}”` : ''}.`;
    status!.textContent = summary;
    panel!.replaceChildren();
    panel!.hidden = false;
    panel!.append(el('p', 'search__summary', summary));
    if (count === 0) {
      panel!.append(el('p', 'search__hint', 'Try fewer words, another spelling, or one of the topics.'));
      if (suggestions) panel!.append(suggestions.content.cloneNode(true));
      else panel!.append(topicsLink());
    } else {
      const list = el('ol', 'results');
      list.append(...data.map((item) => renderResult(item, query)));
      panel!.append(list);
      if (mode === 'header' && count > data.length) {
        const all = el('a', 'search__all', `All ${count} results`);
        all.href = `${basePath}search/?${new URLSearchParams({ q: query })}`;
        panel!.append(all);
      }
      if (mode === 'page' && count > data.length) {
        const more = el('button', 'search__more', `Show more (${count - data.length} left)`);
        more.type = 'button';
        more.addEventListener('click', () => {
          shown += PAGE_SIZE;
          void run();
        });
        panel!.append(more);
      }
    }
    if (mode === 'page') void drawFilters(response);
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
          history.pushState(null, '', urlFor(input!.value, selection));
          void run();
        });
        group.append(chip);
      }
      filterBox.append(group);
    }
  }

  // Search on every keystroke: Pagefind answers in about a millisecond, and `generation` drops
  // the results of a query that has been typed over.
  input.addEventListener('input', () => {
    shown = PAGE_SIZE;
    if (mode === 'page') history.replaceState(null, '', urlFor(input.value, selection));
    void run();
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
  } else {
    input.value = readUrl().query;
    window.addEventListener('popstate', () => {
      const state = readUrl();
      input.value = state.query;
      selection = state.selection;
      void run();
    });
  }
  void run();
}
