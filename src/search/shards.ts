/**
 * The search page's side of a sharded index (src/search/index.ts writes it): reads the shard
 * list `pagefind/sillok-shards.json`, merges every other shard into the loaded Pagefind with
 * `mergeIndex` (https://pagefind.app/docs/multisite/), so searches, filter counts and results
 * come from all of them as from one index, and puts a merged date sort back in date order.
 * Browser code, no dependencies; shared with Node tests.
 */

/** The shard list (same shape as `ShardList` in src/search/index.ts). */
export interface ShardList {
  version: 1;
  pages: number;
  /** Newest first; `path` of the first is "" (the bundle itself), the others relative to the bundle. */
  shards: { path: string; pages: number; dated: number; newest: string | null; oldest: string | null }[];
}

/** What this module needs of the Pagefind module. */
export interface MergeablePagefind {
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/**
 * Fetches the shard list from `bundleUrl` (the `pagefind/` folder URL, ending in `/`) and merges
 * the other shards into `pagefind`. A site without the list (an older build) is one index.
 * @returns the list (one shard when there is none)
 */
export async function mergeShards(pagefind: MergeablePagefind, bundleUrl: URL): Promise<ShardList> {
  const one: ShardList = { version: 1, pages: 0, shards: [{ path: "", pages: 0, dated: 0, newest: null, oldest: null }] };
  const res = await fetch(new URL("sillok-shards.json", bundleUrl)).catch(() => null);
  if (!res || !res.ok) return one;
  const list = (await res.json()) as ShardList;
  for (const s of list.shards.slice(1)) await pagefind.mergeIndex(new URL(s.path, bundleUrl).pathname);
  return list;
}

/**
 * Puts the ids of a merged, date-sorted search of every page back in date order. Pagefind's
 * merged results are each shard's sorted results one shard after the other, in merge order
 * (newest shard first, its `dated` pages); shards hold disjoint runs of dates, so for oldest
 * first the shards' runs are taken in reverse.
 */
export function dateOrderAcrossShards<T>(ids: T[], list: ShardList, dir: "asc" | "desc"): T[] {
  if (dir === "desc" || list.shards.length < 2) return ids;
  const runs: T[][] = [];
  let at = 0;
  for (const s of list.shards) runs.push(ids.slice(at, (at += s.dated)));
  if (at !== ids.length) return ids; // not the shape expected: leave Pagefind's order
  return runs.reverse().flat();
}
