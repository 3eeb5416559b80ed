/**
 * Result planning: how one query of the search page becomes Pagefind searches and one answer
 * (results, facet counts, names the archive lacks), and which results a page of the list
 * shows. Runs on Pagefind's JS API (https://pagefind.app/docs/api/) given as a value, so Node
 * tests run it on a stand-in; no DOM.
 *
 * - A query is the plan of src/search/query.ts (usually one search); its answers are merged by
 *   id, their counts combined (results.ts unionCounts).
 * - Pagefind answers a plain word no indexed word starts with by the pages of the longest
 *   indexed word that starts the query word (주커버그 → pages with 주): the best hit of a plain
 *   word's search is checked to hold the word (query.ts termOccurs), and an answer that fails is
 *   empty. In an index in shards (src/search/shards.ts) one shard lacking the word would add its
 *   fallback pages to the others' true ones: a plain word is asked of each shard alone (its
 *   synthetic filter) and each answer checked, unless the shard's chunk starts prove it holds the
 *   word. Names (hidden tokens) need no check: a token is never a fallback.
 * - Dates: Pagefind's date sort leaves undated pages out, and a merged index sorts by score:
 *   the date order is each shard's sorted pages in shard order (reversed for oldest first).
 */
import { absentBylines, absentNames, mergeResults, planSearches, queryWords } from "./query.ts";
import { termOccurs } from "./query.ts";
import type { FacetSelection, PagefindFilter, PlannedSearch, QueryPart } from "./query.ts";
import { unionCounts, type FacetCounts } from "./results.ts";
import { SHARD_FILTER } from "./shards.ts";
import { holdsWord, termProbes } from "./chunks.ts";
import type { SearchEntity, SearchReporter, SearchWord } from "../site/search-data.ts";
import { isHiddenToken } from "../site/search-words.ts";

/** A result's data as the plan reads it (the page reads more). */
export interface HitData {
  content: string;
  meta?: Record<string, string>;
}

/** One Pagefind result: its page id, score and the loader of its fragment. */
export interface Hit<D extends HitData = HitData> {
  id: string;
  score: number;
  data: () => Promise<D>;
}

/** A Pagefind answer: results best first, and facet → value → pages among them. */
export interface Answer<H> {
  results: H[];
  filters: FacetCounts;
}

/**
 * What the plan needs of Pagefind: its `search` (term null: every page the filters allow), and
 * its `preload` (loads the index chunks a term needs) when the plan loads chunks itself.
 */
export interface SearchApi<H> {
  search(
    term: string | null,
    o: { filters?: PagefindFilter; sort?: Record<string, "asc" | "desc"> },
  ): Promise<Answer<H>>;
  preload?(term: string): Promise<void>;
}

/** How the index is laid out: its shards, and the first word of each index chunk. */
export interface IndexLayout {
  /** How many shards the index has (1 when it is not split). */
  shards?: number;
  /** The chunks' first words, sorted, over every shard (src/search/chunks.ts); [] if unknown. */
  chunkStarts?: string[];
  /** Each shard's own chunks' first words, in shard order (absent when unknown). */
  shardChunkStarts?: string[][];
}

/** What one query found. */
export interface Found<H> {
  parts: QueryPart[];
  results: H[];
  counts: FacetCounts;
  /** Names of the query that no article has (the answer is empty because of them). */
  absent: SearchEntity[];
  /** Bylines of the query (김민재 기자) that signed no article (the answer is empty because of them). */
  unsigned: SearchReporter[];
}

const NONE = { results: [], filters: {} };

/**
 * Told the query's first result as soon as it is known: the best hit of the shards whose answer
 * holds the word, before the other shards' answers are checked (see {@link checkedSearch}).
 */
export type OnFirst<H> = (hit: H) => void;

/**
 * The results and facet counts of a query within `sel`. First loads every index chunk holding
 * words that a plain word starts (Pagefind loads only the one holding the word: chunks.ts).
 * @param q the query as typed (empty with only facets chosen)
 * @param onFirst told the first result early, when the query is one search of a plain word in
 *   shards (results by relevance); not called when there is none
 */
export async function findResults<H extends Hit>(
  api: SearchApi<H>,
  q: string,
  parts: QueryPart[],
  sel: FacetSelection,
  layout: IndexLayout = {},
  onFirst?: OnFirst<H>,
): Promise<Found<H>> {
  const absent = absentNames(parts);
  const unsigned = absentBylines(parts);
  if ((q && !parts.length) || absent.length || unsigned.length)
    return { parts, results: [], counts: {}, absent, unsigned };
  const planned = planSearches(parts, sel);
  await preloadChunks(api, planned, layout);
  const first = planned.length === 1 ? onFirst : undefined;
  const answers = await Promise.all(planned.map((s) => checkedSearch(api, s, layout, first)));
  const results =
    answers.length === 1 ? answers[0].results : mergeResults(answers.map((r) => r.results));
  const counts = unionCounts(answers.map((r) => r.filters));
  return { parts, results, counts, absent, unsigned };
}

/**
 * Loads the chunks the planned searches need beyond those Pagefind loads itself (chunks.ts),
 * together with Pagefind's own (its search would load them only after these).
 */
async function preloadChunks<H>(
  api: SearchApi<H>,
  planned: PlannedSearch[],
  layout: IndexLayout,
): Promise<void> {
  const terms = planned.flatMap((s) => (s.term ? [s.term] : []));
  const probes = termProbes(terms, layout.chunkStarts ?? []);
  if (!api.preload || !probes.length) return;
  await Promise.all([...terms, ...probes].map((t) => api.preload!(t)));
}

/**
 * Loads every index chunk a search of `parts` will read (the chunk of each term, which Pagefind
 * would otherwise load only when the search starts, and the later chunks a plain word reaches),
 * without searching: the page calls it while the reader types, so that the search after the
 * last keystroke finds its chunks loaded. A one-letter plain word is skipped: it starts a large
 * share of all words (서, about 200 KB of chunks at 10,000 articles) and is rarely the word meant;
 * a query naming an entity the archive has no article for warms nothing (it is never searched).
 */
export async function warmChunks<H>(
  api: SearchApi<H>,
  parts: QueryPart[],
  layout: IndexLayout = {},
): Promise<void> {
  if (!api.preload) return;
  // A name the archive has no article for is never searched (findResults answers it at once).
  if (absentNames(parts).length || absentBylines(parts).length) return;
  const long = parts.filter((p) => p.entities.length || Array.from(p.stem).length > 1);
  if (!long.length) return;
  const terms = planSearches(long).flatMap((s) => (s.term ? [s.term] : []));
  const probes = termProbes(terms, layout.chunkStarts ?? []);
  await Promise.all([...new Set([...terms, ...probes])].map((t) => api.preload!(t)));
}

/**
 * `api` for as long as `current()` holds (the search is still the page's latest): after that a
 * search answers nothing without asking Pagefind (an answer that arrives late is dropped too, so
 * no fragment is loaded to check it) and a preload loads nothing, leaving Pagefind's worker,
 * which runs one search at a time, and the network to the newer search.
 */
export function whileCurrent<H>(api: SearchApi<H>, current: () => boolean): SearchApi<H> {
  const none = (): Answer<H> => ({ results: [], filters: {} });
  return {
    search: async (term, o) => {
      if (!current()) return none();
      const r = await api.search(term, o);
      return current() ? r : none();
    },
    preload: async (term) => (current() ? api.preload?.(term) : undefined),
  };
}

/**
 * One planned search, without the pages Pagefind adds for a plain word it does not hold. In an
 * index in shards a plain word is asked of each shard alone (its synthetic filter), never of the
 * merged index first: Pagefind's time grows with the pages it answers (their word positions
 * cross from its worker), so the shards' searches together cost what one merged search does,
 * and a merged search checked shard by shard cost about twice that. The shards are asked at
 * once (each in its own Pagefind worker: {@link acrossWorkers}), and each shard's check (its
 * best hit's fragment) starts as its answer comes; a
 * shard whose chunk starts show a word the query word starts needs none (chunks.ts holdsWord).
 * `onFirst` is told the first result once the answers and its own shard's check are in.
 */
async function checkedSearch<H extends Hit>(
  api: SearchApi<H>,
  s: PlannedSearch,
  layout: IndexLayout,
  onFirst?: OnFirst<H>,
): Promise<Answer<H>> {
  const term = s.term;
  const shards = layout.shards ?? 1;
  if (!term || term.split(" ").every(isHiddenToken))
    return api.search(term, { filters: s.filters });
  if (shards <= 1) {
    const r = await api.search(term, { filters: s.filters });
    return (await holds(term, r)) ? r : NONE;
  }
  const asked = Array.from({ length: shards }, (_, i) =>
    api.search(term, { filters: inShard(s.filters, i) }),
  );
  const checked = asked.map((p, i) =>
    p.then((a) =>
      holdsWord(term, layout.shardChunkStarts?.[i] ?? [])
        ? a
        : holds(term, a).then((ok) => (ok ? a : NONE)),
    ),
  );
  if (onFirst)
    firstChecked(asked, checked).then(
      (h) => h && onFirst(h),
      () => undefined,
    );
  return combineShards(await Promise.all(checked));
}

/**
 * The first result of shards' answers once checked, in {@link combineShards}' order: the best
 * hit whose shard's answer holds the word. Its shard's check is its own fragment (the first row
 * loads it anyway), so it is known before the other shards' checks are in. Null when none is.
 */
async function firstChecked<H extends Hit>(
  asked: Promise<Answer<H>>[],
  checked: Promise<Answer<H>>[],
): Promise<H | null> {
  const answers = await Promise.all(asked);
  const order = answers
    .flatMap((a, shard) => a.results.map((hit) => ({ hit, shard })))
    .sort((a, b) => b.hit.score - a.hit.score);
  for (const { hit, shard } of order) if ((await checked[shard]).results.length) return hit;
  return null;
}

/** Whether an answer's best hit holds every plain word of `term` (an empty answer does). */
async function holds<H extends Hit>(term: string, r: Answer<H>): Promise<boolean> {
  if (!r.results.length) return true;
  const d = await r.results[0].data();
  return termOccurs(term, `${d.content} ${d.meta?.title ?? ""} ${d.meta?.words ?? ""}`);
}

/**
 * One search API over Pagefind workers that each hold some shards (shards.ts shardWorkers), as
 * if they were one index merged with mergeIndex: a search narrowed to one shard (its synthetic
 * filter) goes to the worker holding it; any other asks every shard alone, all at once, and
 * combines their answers ({@link combineShards}: a merged index's results and counts, without
 * the shard filter's own); a preload goes to every worker. One worker is the API itself.
 * @param workers each worker's Pagefind, in worker order
 * @param held per worker, the shards it holds
 */
export function acrossWorkers<H extends Hit>(
  workers: SearchApi<H>[],
  held: number[][],
): SearchApi<H> {
  if (workers.length === 1) return workers[0];
  const owner = new Map(held.flatMap((shards, w) => shards.map((i) => [String(i), w] as const)));
  const shards = [...owner.keys()].map(Number).sort((a, b) => a - b);
  const preload = workers.every((w) => w.preload)
    ? (term: string) => Promise.all(workers.map((w) => w.preload!(term))).then(() => undefined)
    : undefined;
  return {
    search: async (term, o) => {
      const shard = o.filters?.[SHARD_FILTER];
      if (typeof shard === "string") return workers[owner.get(shard) ?? 0].search(term, o);
      const asked = shards.map((i) =>
        workers[owner.get(String(i))!].search(term, { ...o, filters: inShard(o.filters ?? {}, i) }),
      );
      return combineShards(await Promise.all(asked));
    },
    ...(preload ? { preload } : {}),
  };
}

/** A filter narrowed to shard `i`. */
export function inShard(filters: PagefindFilter, i: number): PagefindFilter {
  return { ...filters, [SHARD_FILTER]: String(i) };
}

/** The answers of disjoint shards as one: results by score (ties in shard order), counts summed. */
export function combineShards<H extends Hit>(answers: Answer<H>[]): Answer<H> {
  const filters: FacetCounts = {};
  for (const a of answers)
    for (const [facet, values] of Object.entries(a.filters)) {
      if (facet === SHARD_FILTER) continue;
      const f = (filters[facet] ??= {});
      for (const [v, n] of Object.entries(values)) f[v] = (f[v] ?? 0) + n;
    }
  const results = answers.flatMap((a) => a.results).sort((a, b) => b.score - a.score);
  return { results, filters };
}

/**
 * Ids of every dated page by date, `dir` first: each shard's own sorted pages, shards in order
 * (newest first), reversed for oldest first. A shard without a dated page is left out (Pagefind
 * sorts an index that has no value of the sort not at all).
 * @param shards the shards' newest dates, in shard order (null: no dated page); [] for one index
 */
export async function dateOrder<H extends Hit>(
  api: SearchApi<H>,
  dir: "asc" | "desc",
  shards: (string | null)[] = [],
): Promise<string[]> {
  const sort = { date: dir };
  if (shards.length <= 1) return (await api.search(null, { sort })).results.map((r) => r.id);
  const runs: string[][] = [];
  for (const [i, newest] of shards.entries()) {
    if (newest === null) continue;
    const r = await api.search(null, { sort, filters: inShard({}, i) });
    runs.push(r.results.map((x) => x.id));
  }
  return (dir === "asc" ? runs.reverse() : runs).flat();
}

/** Wait after a keystroke before searching: long enough to skip a fast typist's letters. */
export const TYPING_PAUSE = 60;

/**
 * Wait after a keystroke while the word being typed is one letter (a first syllable, 서 of
 * 서울): such a word starts a large share of all words, and its search would load every index
 * chunk they fill (about 200 KB for 서 at 10,000 articles) for a word most readers have not
 * finished. A reader who wants the letter alone waits this long.
 */
export const ONE_LETTER_PAUSE = 400;

/**
 * Wait after a keystroke while the word being typed opens a longer name and is none itself (삼성전
 * on the way to 삼성전자): its search would be for a word the reader has not finished, and it
 * would hold up Pagefind's worker (which runs one search at a time) when the name's search comes.
 */
export const NAME_OPENING_PAUSE = 300;

/** What the page knows about the words typed when it chooses the pause ({@link typingPause}). */
export interface TypingState {
  /** Whether a word opens a longer name and is none itself (query.ts opensName). */
  opensName?: (word: string) => boolean;
  /**
   * Whether the keyboard's input method has just committed the text (the `compositionend`
   * event: https://w3c.github.io/uievents/#event-type-compositionend): the last syllable is
   * finished as the reader means it, so a word of two letters or more is searched at once, even
   * one that opens a longer name.
   */
  committed?: boolean;
  /**
   * Whether the search may start at once: Pagefind's worker runs no search and the query is one
   * it answers quickly (query.ts smallSearch). The pause exists because the worker cannot
   * withdraw a search it has started, so a half-typed word's search would hold up the last
   * one; a small search started on an idle worker is over before the next keystroke of a fast
   * typist (a few ms), and its answer is dropped when a keystroke overtakes it.
   */
  quick?: boolean;
}

/** How long the page waits after a keystroke before it searches `q` (ms). */
export function typingPause(q: string, s: TypingState = {}): number {
  const last = queryWords(q).at(-1);
  if (!last) return TYPING_PAUSE;
  if (Array.from(last).length === 1) return ONE_LETTER_PAUSE;
  if (s.committed) return 0;
  if (s.opensName?.(last)) return NAME_OPENING_PAUSE;
  return s.quick ? 0 : TYPING_PAUSE;
}

/** The words of a query as its search reads them (query.ts queryWords), as one string to compare. */
export const searchedWords = (q: string): string => queryWords(q).join(" ");

/** The sort of the page's select as a date direction, or null for relevance. */
export function sortDirection(sort: string): "asc" | "desc" | null {
  return sort === "newest" ? "desc" : sort === "oldest" ? "asc" : null;
}

/** Results per page of the list: each loads its Pagefind fragment (about 2 KB gzipped). */
export const PAGE_SIZE = 10;

/** Whether the query is one name and nothing else (one part, naming companies or people, or a byline). */
const nameAlone = (parts: QueryPart[]) =>
  parts.length === 1 && (parts[0].entities.length > 0 || Boolean(parts[0].byline));

/**
 * The order of a query's results as a date direction, or null for Pagefind's relevance: the
 * sort chosen; with none, a query that is one name (or one byline: a reporter's articles) alone
 * lists newest first. Every result of a
 * name carries its token once (Pagefind's score would only weigh page length), and a fixed
 * order makes its first page known at build (src/site/search-first.ts).
 */
export function resultOrder(sort: string, parts: QueryPart[]): "asc" | "desc" | null {
  return sortDirection(sort) ?? (nameAlone(parts) ? "desc" : null);
}

/** A built first page: its file (without `.json`) and how many results the search has. */
export interface FirstPageRef {
  first?: string;
  hits: number;
}

/**
 * The built first page of this search, or null; none when a facet is chosen. The query is one
 * name of one entity that has one, newest first (the entity: src/site/search-first.ts, its
 * newest articles), or one plain word of `words`, by relevance (src/site/search-first-words.ts,
 * its best-ranked articles).
 * @param words the frequent plain words with a first page, by their Pagefind term
 */
export function firstPageOf(
  parts: QueryPart[],
  selection: FacetSelection,
  sort: string,
  words: Map<string, SearchWord> = new Map(),
): FirstPageRef | null {
  const chosen = Object.values(selection).some((v) => v.length);
  if (chosen || parts.length !== 1) return null;
  const order = resultOrder(sort, parts);
  const [p] = parts;
  if (!p.entities.length) {
    const w = p.terms.length === 1 && order === null ? words.get(p.terms[0]) : undefined;
    return w ?? null;
  }
  const [e, ...more] = p.entities;
  return order === "desc" && !more.length && e.first ? e : null;
}

/** A page URL as a path, to compare a fragment's URL with a row's. */
const pathOf = (url: string) => new URL(url, "http://localhost/").pathname;

/**
 * The data of the next `n` hits from `from` on, leaving out the pages of `skip` (rows already
 * shown from a built first page), whose URLs it removes as it meets them. Loads the fragments
 * of as many hits as may be needed at once: `n` plus the pages still to skip.
 * @returns the rows' data in order and the index of the first hit not read
 */
export async function nextRows<D extends { url: string }>(
  hits: { data: () => Promise<D> }[],
  from: number,
  n: number,
  skip: Set<string>,
): Promise<{ rows: D[]; next: number }> {
  const rows: D[] = [];
  let next = from;
  while (rows.length < n && next < hits.length) {
    const batch = hits.slice(next, next + n - rows.length + skip.size);
    for (const d of await Promise.all(batch.map((h) => h.data()))) {
      if (rows.length >= n) break;
      next++;
      if (!skip.delete(pathOf(d.url))) rows.push(d);
    }
  }
  return { rows, next };
}
