/**
 * Loads Pagefind's browser API from the built index, once, under the site's base path, with the
 * ranking this site uses: topic labels and aliases (`keywords`) and titles count as strong
 * evidence; bookkeeping metadata counts for nothing.
 */

/** One result's loaded data, as Pagefind returns it. */
export interface ResultData {
  url: string;
  /** HTML with the matched words in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The record's filter values (its topics are shown from here, not repeated as metadata). */
  filters?: Record<string, string[] | undefined>;
}

/** One search hit before its data is loaded. */
export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

/** Filter values and their counts, by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Selected filter values, by filter name (any of the values matches). */
export type FilterSelection = Record<string, string[]>;

/** What a search returns. */
export interface SearchResponse {
  results: SearchResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
  unfilteredResultCount: number;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<SearchResponse>;
  filters(): Promise<FilterCounts>;
}

/** The site's base path, ending in `/`. */
export const basePath = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** The filters every record carries (components/SearchRecord.astro), offered as chips. */
export const FILTER_NAMES = ['topic', 'speaker', 'kind', 'event'] as const;

/** Search-time weights of the records' metadata fields (see components/SearchRecord.astro). */
export const META_WEIGHTS = {
  title: 1,
  main_topic: 5,
  keywords: 2,
  question_topics: 0.5,
  question: 0.3,
  role: 0,
} as const;

/**
 * Ranking: passages are short and of very different lengths, so length is penalised only a
 * little (Pagefind's default, 0.75, buried long answers under the short questions that prompted
 * them). Tuned against the query set in tests/e2e/search-ranking.test.ts.
 */
export const RANKING = { pageLength: 0.2, metaWeights: META_WEIGHTS } as const;

let pagefind: Promise<PagefindApi> | undefined;

/** Pagefind, loaded and configured on first call. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${basePath}pagefind/pagefind.js`)) as PagefindApi;
    // noWorker: on one small index the worker only adds a script download (11 KB) to the first query.
    await api.options({ baseUrl: basePath, ranking: RANKING, noWorker: true });
    await api.init();
    return api;
  })();
  return pagefind;
}

/**
 * Run a search (an empty query lists everything the filters allow). With `selection`, every filter
 * is named, even with nothing chosen: Pagefind returns counts only for the filters a search names,
 * and the search page's chips need them all. Without it (the header box) no filter data is fetched.
 */
export async function search(query: string, selection?: FilterSelection): Promise<SearchResponse> {
  const api = await loadPagefind();
  const filters = selection
    ? Object.fromEntries(FILTER_NAMES.map((name) => [name, { any: selection[name] ?? [] }]))
    : {};
  return api.search(query.trim() === '' ? null : query, { filters });
}
