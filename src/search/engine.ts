/// <reference lib="dom" />
/**
 * What a search needs in the browser, loaded once: Pagefind (https://pagefind.app/docs/api/),
 * in workers holding the index's shards (src/search/shards.ts), and the entity index in parts
 * (src/search/names.ts). Fetches, no DOM; src/search/ui.ts calls {@link loadEngine} when the
 * reader goes to the search box or the address holds a search.
 */
import { FIRST_DIR, NAMES_DIR, shardFile, shardsForQuery, type NamesManifest } from "./names.ts";
import { addToNameIndex, buildNameIndex, type NameIndex } from "./query.ts";
import { acrossWorkers, dateOrder, findResults, warmChunks, whileCurrent } from "./plan.ts";
import type { FirstPageRef, Found, Hit, IndexLayout, OnFirst, SearchApi } from "./plan.ts";
import { sortCodePoints } from "./chunks.ts";
import type { FacetSelection, QueryPart } from "./query.ts";
import { ONE_SHARD, SHARD_LIST, shardFilter, shardWorkers, workerBudget } from "./shards.ts";
import type { ShardList } from "./shards.ts";
import { FACET_NAMES } from "./state.ts";
import type { ResultData, ResultRow } from "./html.ts";
import type { SearchData, SearchEntity } from "../site/search-data.ts";
import type { GrammarRules } from "../core/search-grammar.ts";

/** A Pagefind result whose data is a result fragment. */
export type Result = Hit<ResultData>;

/** The part of a Pagefind instance (pagefind.js `createInstance`) the page uses. */
interface Pagefind extends SearchApi<Result> {
  init(): Promise<void>;
  preload(term: string | null, o?: Record<string, unknown>): Promise<void>;
}

/** The entity index, loaded in parts as words need them (names.ts). */
export class Names {
  readonly index: NameIndex;
  private loaded = new Map<string, Promise<void>>();
  /** The parts in the index, and the list of parts once it is here. */
  private inIndex = new Set<string>();
  private list?: NamesManifest;
  constructor(
    private base: URL,
    private manifest: Promise<NamesManifest>,
    grammar: GrammarRules,
  ) {
    this.index = buildNameIndex({ entities: [] }, grammar);
    manifest.then((m) => (this.list = m)).catch(() => undefined);
  }
  /** Whether the parts `words` need are in the index already (false while the list of parts is not here). */
  has(words: string[]): boolean {
    return (
      Boolean(this.list) && shardsForQuery(words, this.list!).every((k) => this.inIndex.has(k))
    );
  }
  /** Loads the parts the words need; resolves when they are in the index. */
  async load(words: string[]): Promise<void> {
    const keys = shardsForQuery(words, await this.manifest);
    await Promise.all(keys.map((key) => this.part(key)));
  }
  private part(key: string): Promise<void> {
    let p = this.loaded.get(key);
    if (!p) {
      p = fetch(new URL(`${NAMES_DIR}/${shardFile(key)}`, this.base))
        .then((r) => r.json() as Promise<SearchData>)
        .then((d) => {
          addToNameIndex(this.index, d);
          this.inIndex.add(key);
        });
      this.loaded.set(key, p);
    }
    return p;
  }
  private firsts = new Map<string, Promise<ResultRow[] | null>>();
  /**
   * The built first page of a name's or a word's search (plan.ts firstPageOf), its links resolved
   * against the site's base as Pagefind's are; null when it has none or it cannot be loaded
   * (the search then shows Pagefind's answer alone).
   */
  firstPage(e: FirstPageRef): Promise<ResultRow[] | null> {
    if (!e.first) return Promise.resolve(null);
    let p = this.firsts.get(e.first);
    if (!p) {
      p = fetch(new URL(`${FIRST_DIR}/${e.first}.json`, this.base))
        .then((r) => (r.ok ? (r.json() as Promise<ResultRow[]>) : null))
        .then(
          (rows) =>
            rows?.map((r) => ({
              ...r,
              url: new URL(r.url.replace(/^\//, ""), this.base).pathname,
            })) ?? null,
        )
        .catch(() => null);
      this.firsts.set(e.first, p);
    }
    return p;
  }
  /** Every entity loaded so far. */
  entities(): SearchEntity[] {
    return [...new Set([...this.index.byKey.values()].flat())];
  }
}

/**
 * Pagefind in workers, each holding some shards (shards.ts shardWorkers), and the searches of
 * src/search/plan.ts on them as on one index (plan.ts acrossWorkers).
 */
export class Engine {
  private dateOrders = new Map<string, Promise<string[]>>();
  private facets?: Promise<void>;
  private layout: IndexLayout;
  /** Every worker's Pagefind as one, each search marked `search:pagefind` (the search benchmark's count). */
  private api: SearchApi<Result>;
  /** Searches asked of Pagefind and not answered yet. */
  private flight = { searches: 0 };
  constructor(
    private workers: Pagefind[],
    held: number[][],
    readonly shards: ShardList,
  ) {
    this.layout = {
      shards: shards.shards.length,
      chunkStarts: allChunkStarts(shards),
      shardChunkStarts: shards.shards.map((s) => s.chunkStarts ?? []),
    };
    this.api = acrossWorkers(
      workers.map((w) => marked(w, this.flight)),
      held,
    );
  }
  /** Whether Pagefind's workers run no search now (chunk loads and fragments aside). */
  idle(): boolean {
    return this.flight.searches === 0;
  }
  /**
   * The query's results and facet counts within `sel`. Once `current()` turns false (a later
   * keystroke started its own search) no further chunk, search or fragment is asked for: this
   * search's answer is empty and Pagefind's workers and the network are left to the new one.
   * `onFirst` is told the first result early when the plan knows it (plan.ts findResults).
   */
  find(
    q: string,
    parts: QueryPart[],
    sel: FacetSelection,
    current: () => boolean = () => true,
    onFirst?: OnFirst<Result>,
  ): Promise<Found<Result>> {
    return findResults(whileCurrent(this.api, current), q, parts, sel, this.layout, onFirst);
  }
  /** Loads the index chunks a search of `parts` will need, without searching (plan.ts warmChunks). */
  warm(parts: QueryPart[]): Promise<void> {
    return warmChunks(this.api, parts, this.layout);
  }
  /** Ids of every dated page by date (cached per direction). */
  dateOrder(dir: "asc" | "desc"): Promise<string[]> {
    let p = this.dateOrders.get(dir);
    if (!p) {
      p = dateOrder(
        this.api,
        dir,
        this.shards.shards.map((s) => s.newest),
      );
      this.dateOrders.set(dir, p);
    }
    return p;
  }
  /** Loads the facets' filter indexes (only those: not 일자, a display value), once. */
  facetsReady(): Promise<void> {
    const filters = Object.fromEntries(FACET_NAMES.map((f) => [f, []]));
    return (this.facets ??= Promise.all(this.workers.map((w) => w.preload(null, { filters }))).then(
      () => undefined,
    ));
  }
}

/**
 * Pagefind's search and preload, marking each answer `search:pagefind` for the search benchmark
 * and counting the searches under way in `flight`. Each result's data is asked of Pagefind once:
 * the plan's check of a shard's answer loads its best result's fragment (plan.ts), which is the
 * first row's, and each ask is a message to the worker, which runs its other shards' checks
 * meanwhile.
 */
const marked = (pagefind: Pagefind, flight: { searches: number }): SearchApi<Result> => ({
  search: (term, o) => {
    flight.searches++;
    return pagefind
      .search(term, o)
      .then((r) => {
        performance.mark("search:pagefind");
        for (const hit of r.results) hit.data = once(hit.data);
        return r;
      })
      .finally(() => flight.searches--);
  },
  preload: (term) => pagefind.preload(term),
});

/** `load` called at most once: its promise is kept (and forgotten when it fails, to be asked again). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= load().catch((err: unknown) => ((p = undefined), Promise.reject(err))));
}

/** The first words of every shard's index chunks, in one sorted list (chunks.ts). */
function allChunkStarts(list: ShardList): string[] {
  const all = list.shards.flatMap((s) => s.chunkStarts ?? []);
  return list.shards.length > 1 ? sortCodePoints([...new Set(all)]) : all;
}

/** Fetches the shard list of the bundle at `bundle` (one shard when there is none). */
async function shardList(bundle: URL): Promise<ShardList> {
  const r = await fetch(new URL(SHARD_LIST, bundle)).catch(() => null);
  return r?.ok ? ((await r.json()) as ShardList) : ONE_SHARD;
}

/**
 * Loads Pagefind from `<base>pagefind/`: one Pagefind instance per shard (its `createInstance`),
 * in as many workers as the device has cores to spare (shards.ts shardWorkers, workerBudget; one
 * on two cores). Pagefind 1.6 searches every index merged into an instance (`mergeIndex`) at each
 * search, even those a filter rules out, so in one merged instance a rare word's three shard
 * searches ran nine index searches; an instance of its own searches its shard alone.
 * @throws when Pagefind cannot be loaded (e.g. opened from `file://`)
 */
export async function loadEngine(base: URL): Promise<Engine> {
  const bundle = new URL("pagefind/", base);
  const listing = shardList(bundle);
  // The first worker's module starts loading beside the shard list.
  const first = import(
    /* @vite-ignore */ new URL("pagefind.js", bundle).href
  ) as Promise<PagefindModule>;
  first.catch(() => undefined); // awaited below (a failure, e.g. from file://, is thrown there)
  const shards = await listing;
  const held = shardWorkers(shards.shards.length, workerBudget(navigator.hardwareConcurrency));
  const workers = await Promise.all(
    held.map((mine, w) => loadWorker({ base, bundle, shards, mine, module: w ? null : first, w })),
  );
  // Each instance holds one shard: the plan's searches see one "worker" per shard.
  return new Engine(
    workers.flat(),
    held.flat().map((i) => [i]),
    shards,
  );
}

/** Pagefind's module (its pagefind.js): instances that share the module's Web Worker. */
interface PagefindModule {
  createInstance(o: Record<string, unknown>): Pagefind;
}

/** One Pagefind worker to load: the shards it holds (`mine`) and its module, when loaded already. */
interface WorkerLoad {
  base: URL;
  bundle: URL;
  shards: ShardList;
  mine: number[];
  module: Promise<PagefindModule> | null;
  /** The worker's number (0 for the first). */
  w: number;
}

/**
 * A Pagefind module of its own, so a Web Worker of its own (Pagefind 1.6 keeps one worker per
 * loaded module, its pagefind.js, and a module URL with another query is another module), and in
 * it one instance per shard it holds, each on its shard's folder. The first instance is made
 * ready before the others: each loads the WebAssembly, and the worker's module must be
 * instantiated once (two instantiations at once would leave the first instance's index in a
 * memory the module no longer uses).
 * @returns the instances, in the order of `mine`
 */
async function loadWorker(l: WorkerLoad): Promise<Pagefind[]> {
  const src = new URL(l.w ? `pagefind.js?worker=${l.w}` : "pagefind.js", l.bundle).href;
  const module = await (l.module ?? (import(/* @vite-ignore */ src) as Promise<PagefindModule>));
  const [own, ...more] = l.mine;
  const firstOne = await loadShard(l, module, own);
  return [firstOne, ...(await Promise.all(more.map((i) => loadShard(l, module, i))))];
}

/**
 * Shard `i`'s Pagefind instance, ready: its index metadata and WebAssembly loaded, and its search
 * code run once (a search of no shard in shards: no page, no chunk to load), so that the reader's
 * first search does not pay for its first run (about 15–30 ms).
 */
async function loadShard(l: WorkerLoad, module: PagefindModule, i: number): Promise<Pagefind> {
  const split = l.shards.shards.length > 1;
  // exactDiacritics: Pagefind folds Hangul to jamo, so 대토 would find 대통령; with it, a word
  // matches at the syllable. The shard's synthetic filter lets the plan ask one shard alone.
  const pagefind = module.createInstance({
    basePath: new URL(l.shards.shards[i].path, l.bundle).pathname,
    baseUrl: l.base.pathname,
    excerptLength: 40,
    exactDiacritics: true,
    ...(split ? { mergeFilter: shardFilter(i) } : {}),
  });
  await pagefind.init();
  await pagefind.preload(null, { filters: {} });
  if (split) await pagefind.search(null, { filters: shardFilter(l.shards.shards.length) });
  return pagefind;
}

/** The entity index of the site at `base` (queries stripped by `grammar`): its list of parts starts loading now. */
export function loadNames(base: URL, grammar: GrammarRules): Names {
  const manifest = fetch(new URL(`${NAMES_DIR}/index.json`, base)).then(
    (r) => r.json() as Promise<NamesManifest>,
  );
  return new Names(base, manifest, grammar);
}
