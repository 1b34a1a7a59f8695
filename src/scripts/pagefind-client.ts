/**
 * Loads Pagefind's browser API from the built index, once, under the site's base path, with the
 * ranking this site uses: topic labels and aliases (`keywords`) and titles count as strong
 * evidence; bookkeeping metadata counts for nothing. Results are real matches only: every word
 * of the query must begin a word of the site (see `wordsMatch`). A result's summary (title,
 * role, question, topics) comes from the small record shards written beside the index, so
 * showing results costs no fragment; `data()` (the excerpt) is for the results on screen only.
 */
import { recordShard, recordShardFile } from '../shared/search-records';
import { normaliseBase } from '../shared/base-path';
import type { FilterSelection } from '../shared/search-state';
import { beginsAWord, queryWords } from '../shared/search-words';

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

/** Selected filter values, by filter name (any of the values matches): shared/search-state.ts. */
export type { FilterSelection };

/** What a result shows without its fragment (src/integrations/search-extras.ts writes these). */
export interface ResultSummary {
  /** Site path without the base, as Pagefind stores it. */
  url: string;
  title: string;
  role: string;
  question?: string;
  topics: string[];
  /** The event's short title (the `event` filter). */
  event?: string;
}

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
export const basePath = normaliseBase(import.meta.env.BASE_URL);

/** The filters every record carries (components/SearchRecord.astro), offered as chips. */
export const FILTER_NAMES = ['topic', 'speaker', 'kind', 'event'] as const;

/** Search-time weights of the records' metadata fields (see components/SearchRecord.astro). */
export const META_WEIGHTS = {
  title: 1,
  main_topic: 5,
  keywords: 2,
  question_topics: 0.5,
  // The site's summaries of Tillerson's words: reached by a topic word, but below the transcript.
  summary_topics: 0.3,
  question: 0.3,
} as const;

/**
 * Ranking: passages are short and of very different lengths, so length is penalised only a
 * little (Pagefind's default, 0.75, buried long answers under the short questions that prompted
 * them). Words of about the query's length are favoured a little more than Pagefind's default
 * (termSimilarity 2, default 1): with the short summary records in the index, "Plan B" otherwise
 * ranked words that merely start with "plan"/"b" above Lavrov's "Plan B". Tuned against the query
 * set in tests/e2e/search-ranking.test.ts.
 */
export const RANKING = { pageLength: 0.2, termSimilarity: 2, metaWeights: META_WEIGHTS } as const;

let pagefind: Promise<PagefindApi> | undefined;
/** Record shards (shared/search-records), each fetched once, by shard. */
const recordShards = new Map<string, Promise<Record<string, ResultSummary>>>();
let words: Promise<string[]> | undefined;
const matchCache = new Map<string, Promise<boolean>>();

/** Fetches a file written beside the index, as text. */
async function indexFile(name: string): Promise<string> {
  const response = await fetch(`${basePath}pagefind/${name}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.text();
}

/**
 * How many hex digits name a record shard: written by the build into every search box
 * (components/SearchForm.astro), so learning it costs no request.
 */
function recordPrefix(): number {
  return Number(document.querySelector<HTMLElement>('[data-record-prefix]')?.dataset['recordPrefix'] ?? 2);
}

/** The summaries in the shard of `id` (Pagefind's page hash), fetched on first call. */
function shardOf(id: string): Promise<Record<string, ResultSummary>> {
  const shard = recordShard(id, recordPrefix());
  let loaded = recordShards.get(shard);
  if (!loaded) {
    loaded = indexFile(recordShardFile(shard)).then((text) => JSON.parse(text) as Record<string, ResultSummary>);
    recordShards.set(shard, loaded);
  }
  return loaded;
}

/** A result's summary, with its URL under the base path; undefined if the records lack it. */
export async function summaryOf(result: SearchResult): Promise<ResultSummary | undefined> {
  const summary = (await shardOf(result.id))[result.id];
  return summary && { ...summary, url: `${basePath}${summary.url.replace(/^\//, '')}` };
}

/** The ids of the results of `query`, sorted, as one string (to compare result sets). */
async function idsOf(api: PagefindApi, query: string): Promise<string> {
  return (await api.search(query)).results
    .map((result) => result.id)
    .sort()
    .join(' ');
}

/**
 * Whether `word` (normalised) begins a word of the site. Pagefind, when no indexed word begins
 * with a search word, searches instead for the longest indexed word that begins it
 * (`aaaaaaaaaa` → `a`): its results are then exactly the pages of that shorter word. Only in
 * that case is the site's word list fetched (3.7 KB), to tell a half-typed word whose stem is
 * shorter (`electio` → `elect`, but "election" is there) from one that is not on the site.
 */
function wordMatches(api: PagefindApi, word: string): Promise<boolean> {
  const cached = matchCache.get(word);
  if (cached) return cached;
  const answer = (async () => {
    const found = await idsOf(api, word);
    if (found === '') return false;
    if ((await idsOf(api, `"${word}"`)) !== '') return true; // the word itself is indexed
    for (let length = Math.min(word.length - 1, 40); length > 0; length--) {
      // The longest shorter beginning of the word that is itself an indexed word, if any: when
      // its pages are not exactly the results, Pagefind did not fall back to it (`syr` → Syria).
      const shorter = await idsOf(api, `"${word.slice(0, length)}"`);
      if (shorter === '') continue;
      if (shorter !== found) return true;
      words ??= indexFile('words.txt').then((text) => text.split('\n'));
      return beginsAWord(await words, word);
    }
    return true; // no shorter indexed word to fall back to: the results begin with the word
  })();
  matchCache.set(word, answer);
  return answer;
}

/** True when every word of `query` begins a word of the site (a quoted phrase is exact anyway). */
export async function wordsMatch(query: string): Promise<boolean> {
  if (/^\s*".+"\s*$/.test(query)) return true;
  const api = await loadPagefind();
  const checks = await Promise.all(queryWords(query).map((word) => wordMatches(api, word)));
  return checks.every(Boolean);
}

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
  const response = await api.search(query.trim() === '' ? null : query, { filters });
  if (query.trim() === '' || (await wordsMatch(query))) return response;
  // A word of the query begins no word of the site: Pagefind's results are for other words.
  const none: FilterCounts = Object.fromEntries(
    Object.entries(response.filters).map(([name, values]) => [
      name,
      Object.fromEntries(Object.keys(values).map((value) => [value, 0])),
    ]),
  );
  return { ...response, results: [], filters: none, unfilteredResultCount: 0 };
}

/** Every value of every filter, with its number of passages. */
export async function filterValues(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}
