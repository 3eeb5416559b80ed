/**
 * A large archive's search index in shards. Pagefind holds every page of an index in memory until
 * it writes it (about 0.26 GB per 1,000 pages with Pagefind 1.6), so an archive of more than
 * {@link SHARD_PAGES} articles is indexed as several Pagefind indexes, written one after the
 * other (src/search/index.ts): only one is in memory at a time.
 *
 * A shard is a run of whole years in date order, newest first (a year larger than a shard is
 * cut), undated articles last; so a date sort over all shards is each shard's
 * sorted pages, shard after shard. Where the device has cores to spare ({@link workerBudget}),
 * the search page gives the shards Pagefind workers of their own (Pagefind 1.6 runs every index
 * of one loaded module in one Web Worker, one search after the other; the page loads the module
 * once per worker, {@link shardWorkers}), so that the shards are searched side by side; in a
 * worker, each shard is a Pagefind instance of its own (its `createInstance`: Pagefind searches
 * every index merged into one instance with `mergeIndex` at each search, even those a filter
 * rules out). Each shard carries the synthetic filter {@link SHARD_FILTER} (Pagefind's
 * `mergeFilter`: no file to load), so that the plan can ask one shard alone: a shard that lacks a
 * word answers with a shorter prefix's pages (Pagefind's fallback), which one index would not
 * have done (see src/search/plan.ts).
 *
 * Pure: shared by the build, the browser and Node tests.
 */

/**
 * Most articles in one Pagefind index: about 0.9 GB of Pagefind memory at the peak (0.42 GB
 * measured at 2,500), so that the index, built beside Eleventy's rendering (cli/build.ts), adds
 * little to its memory (10,000 articles in one index peaked at 2.2 GB). Smaller shards cost the
 * search page: each query loads one index chunk per shard (at 10,000 articles in shards of 2,500,
 * 137–173 KB gzipped a query against 44–92 KB in one index).
 */
export const SHARD_PAGES = 5_000;

/** File name, in the bundle folder (`pagefind/`), of the shard list the search page reads. */
export const SHARD_LIST = "sillok-shards.json";

/** Name of the synthetic filter that says which shard a page is in (its value: the shard's number). */
export const SHARD_FILTER = "묶음";

/** One shard: its folder relative to the bundle ("" for the bundle itself), its pages and dates. */
export interface ShardInfo {
  path: string;
  pages: number;
  /** Newest and oldest date (YYYY-MM-DD…) of its pages; null when it has no dated page. */
  newest: string | null;
  oldest: string | null;
  /** The first word of each of its index chunks (src/search/chunks.ts); absent in older lists. */
  chunkStarts?: string[];
}

/** The shard list (`pagefind/sillok-shards.json`): newest shard first. */
export interface ShardList {
  version: 1;
  pages: number;
  shards: ShardInfo[];
}

/** The list of an index that is not split (one shard: the bundle itself). */
export const ONE_SHARD: ShardList = {
  version: 1,
  pages: 0,
  shards: [{ path: "", pages: 0, newest: null, oldest: null }],
};

/**
 * Splits articles (newest first, undated last) into shards of at most `size`, in that order:
 * runs of whole years packed together while they fit, a year larger than `size` cut into runs
 * of `size` (undated articles are a run of their own). At most `size` articles give one shard.
 * @param dateOf an article's date (`YYYY-MM-DD…`) or "" when it has none
 */
export function planShards<T>(articles: T[], dateOf: (a: T) => string, size = SHARD_PAGES): T[][] {
  if (articles.length <= size) return [articles];
  const runs: T[][] = [];
  for (const a of articles) {
    const year = dateOf(a).slice(0, 4);
    const last = runs.at(-1);
    if (last && dateOf(last[0]).slice(0, 4) === year && last.length < size) last.push(a);
    else runs.push([a]);
  }
  const shards: T[][] = [];
  for (const run of runs) {
    const last = shards.at(-1);
    if (last && last.length + run.length <= size) last.push(...run);
    else shards.push([...run]);
  }
  return shards;
}

/** Folder of shard `i` relative to the bundle: the bundle itself for the first. */
export const shardPath = (i: number) => (i === 0 ? "" : `shards/${i}/`);

/** The `mergeFilter` of shard `i` (its synthetic {@link SHARD_FILTER} value). */
export const shardFilter = (i: number): Record<string, string> => ({ [SHARD_FILTER]: String(i) });

/**
 * Most Pagefind workers the search page runs. Each is a copy of Pagefind's module, worker
 * script and WebAssembly (about 80 KB gzipped, fetched once, after the page's load) and an
 * instance of its memory; four covers the cores of most phones and laptops.
 */
export const SHARD_WORKERS = 4;

/**
 * How many Pagefind workers the search page runs on a device with `cores` logical processors
 * (`navigator.hardwareConcurrency`, https://html.spec.whatwg.org/multipage/workers.html#dom-navigator-hardwareconcurrency;
 * 2 when unknown): one core is left to the page's own thread, which builds the rows. Workers
 * beyond the free cores only take turns: on two busy cores, three workers answered a rare
 * word's three shards no sooner than one (see the README's search figures), and each costs its
 * own download and memory.
 */
export function workerBudget(cores = 2): number {
  return Math.max(1, Math.min(SHARD_WORKERS, Math.floor(cores) - 1));
}

/**
 * Which shards each Pagefind worker of the search page holds: shard `i` in worker `i` modulo
 * the number of workers (at most `max`), so that the newest shards, which most searches reach
 * first, are each alone in a worker. A worker holds each of its shards as a Pagefind instance of
 * its own (src/search/engine.ts).
 * @param shards how many shards the index has (at least 1)
 * @returns per worker, its shards in shard order; `[[0]]` for one shard
 */
export function shardWorkers(shards: number, max = SHARD_WORKERS): number[][] {
  const n = Math.max(1, Math.min(shards, max));
  const workers: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < Math.max(1, shards); i++) workers[i % n].push(i);
  return workers;
}
