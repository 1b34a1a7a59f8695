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
export const basePath = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The filters every record carries (components/SearchRecord.astro), offered as chips. */
export const FILTER_NAMES = ['topic', 'speaker', 'kind', 'event'] as const;

/** Search-time weights of the records' metadata fields (see components/SearchRecord.astro). */
export const META_WEIGHTS = {
  title: 5,
  keywords: 4,
  topics: 4,
  question: 0.5,
  role: 0,
  speaker: 0.5,
  kind: 0,
  topic_ids: 0,
  event: 0,
  date: 0,
  anchor: 0,
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
    await api.options({ baseUrl: basePath, ranking: RANKING });
    await api.init();
    return api;
  })();
  return pagefind;
}

/** Run a search (a null query lists everything the filters allow). */
export async function search(query: string, selection: FilterSelection): Promise<SearchResponse> {
  const api = await loadPagefind();
  // Every filter is named, even with nothing chosen: Pagefind returns counts only for the filters
  // a search names, and the filter chips need them all.
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, { any: selection[name] ?? [] }]));
  return api.search(query.trim() === '' ? null : query, { filters });
}
