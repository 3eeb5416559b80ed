/**
 * The search page's side of a sharded index (src/search/index.ts writes it). Reads the shard
 * list `pagefind/sillok-shards.json` and opens every shard's own `pagefind.js` (a module URL of
 * its own, so a Pagefind instance of its own), then answers searches as one index would:
 * - a shard that does not hold the query's word answers, as Pagefind does, with a shorter
 *   prefix's pages; `accept` (the page's check of the best hit) is asked per shard, and such a
 *   shard's answer is left out — in one index the word's own pages would have won;
 * - filter counts are summed over the shards that answered;
 * - results by relevance: every shard's, by Pagefind score (a stable sort keeps ties in shard
 *   order); by date: shards hold disjoint runs of the date order, newest first, so a date sort is
 *   each shard's sorted results, shard after shard (in reverse for oldest first).
 * Pagefind's own `mergeIndex` (https://pagefind.app/docs/multisite/) merges the same way but
 * cannot tell which shard a result came from, which the two rules above need.
 * Browser code, no dependencies; shared with Node tests.
 */

/** The shard list (written by src/search/index.ts). */
export interface ShardList {
  version: 1;
  pages: number;
  /** Newest first; `path` of the first is "" (the bundle itself), the others relative to the bundle folder. */
  shards: { path: string; pages: number; dated: number; newest: string | null; oldest: string | null }[];
}

/** What this module needs of a Pagefind result and response. */
export interface ShardResult { id: string; score: number }
export interface ShardResponse<R extends ShardResult> { results: R[]; filters: Record<string, Record<string, number>> }

/** What this module needs of a Pagefind module (pagefind.js). */
export interface PagefindModule<R extends ShardResult> {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<ShardResponse<R>>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The shards as one index. `accept(best)` false leaves a shard's answer out (see the module comment). */
export interface ShardedPagefind<R extends ShardResult> {
  list: ShardList;
  search(term: string | null, o?: Record<string, unknown>, accept?: (best: R) => Promise<boolean>): Promise<ShardResponse<R>>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Adds filter counts of `from` into `into`. */
function addCounts(into: Record<string, Record<string, number>>, from: Record<string, Record<string, number>>): void {
  for (const [facet, values] of Object.entries(from ?? {})) {
    const f = (into[facet] ??= {});
    for (const [v, n] of Object.entries(values)) f[v] = (f[v] ?? 0) + n;
  }
}

/**
 * Merges per-shard answers (in shard order, newest shard first) into one: `sort` is the date
 * direction of a sorted search, or null for relevance.
 */
export function mergeShardAnswers<R extends ShardResult>(answers: ShardResponse<R>[], sort: "asc" | "desc" | null): ShardResponse<R> {
  const filters: Record<string, Record<string, number>> = {};
  for (const a of answers) addCounts(filters, a.filters);
  const runs = answers.map((a) => a.results);
  if (sort === "asc") runs.reverse();
  const results = runs.flat();
  if (!sort) results.sort((a, b) => b.score - a.score);
  return { results, filters };
}

/**
 * Opens the index under `bundleUrl` (the `pagefind/` folder URL, ending in `/`): every shard of
 * its list, or the bundle alone when there is no list (a site built before shards).
 * @param load imports a module URL (the page passes `(u) => import(u)`)
 * @param options Pagefind options for every shard (baseUrl, excerptLength …)
 */
export async function openShards<R extends ShardResult>(bundleUrl: URL, load: (url: string) => Promise<PagefindModule<R>>, options: Record<string, unknown>): Promise<ShardedPagefind<R>> {
  const res = await fetch(new URL("sillok-shards.json", bundleUrl)).catch(() => null);
  const list: ShardList = res && res.ok ? await res.json() : { version: 1, pages: 0, shards: [{ path: "", pages: 0, dated: 0, newest: null, oldest: null }] };
  const shards = await Promise.all(list.shards.map(async (s) => {
    const pf = await load(new URL(`${s.path}pagefind.js`, bundleUrl).href);
    await pf.options(options);
    await pf.init();
    return pf;
  }));
  return {
    list,
    async search(term, o = {}, accept) {
      const answers = await Promise.all(shards.map(async (pf) => {
        const r = await pf.search(term, o);
        return accept && r.results.length && !(await accept(r.results[0])) ? { results: [], filters: {} } : r;
      }));
      const sort = (o.sort as Record<string, "asc" | "desc"> | undefined)?.date ?? null;
      return mergeShardAnswers(answers, sort);
    },
    async filters() {
      const all: Record<string, Record<string, number>> = {};
      for (const f of await Promise.all(shards.map((pf) => pf.filters()))) addCounts(all, f);
      return all;
    },
  };
}
