/**
 * Stage 6 — search: the Pagefind index of the article pages (https://pagefind.app/docs/node-api/).
 *
 * The build already holds every article (site/archive.ts), so each page is given to Pagefind as a
 * custom record (`addCustomRecord`: text, meta, filters, sort) instead of having Pagefind read and
 * parse every HTML file again. What a record holds is what the article page marks for Pagefind
 * (render.ts): the body then the title as text, the meta `title` and `words` (the hidden search
 * words: entity tokens and word pieces, site/search-words.ts; Pagefind searches meta but builds
 * excerpts from the text only), the filters
 * 매체 · 연도 · 기업 · 인물 · 태그 and the `date` sort.
 *
 * An archive of more than {@link SHARD_PAGES} articles is indexed in shards (src/search/shards.ts),
 * one Pagefind index after the other, listed in `pagefind/sillok-shards.json` with the first word
 * of each index chunk (src/search/pf-meta.ts: the page loads every chunk a prefix reaches).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { ArticleView } from "../site/archive.ts";
import { bundleSearchScript } from "./bundle.ts";
import { chunkStarts } from "./pf-meta.ts";
import { NAMES_DIR, shardFile, splitSearchData, type NamesManifest } from "./names.ts";
import {
  SHARD_LIST,
  SHARD_PAGES,
  planShards,
  shardPath,
  type ShardInfo,
  type ShardList,
} from "./shards.ts";
import { openLane, type LaneRequest, type PagefindLane } from "./lanes.ts";
import type { SearchData } from "../site/search-data.ts";
import { loadLexicon } from "../core/lexicon.ts";
import { searchGrammar, type SearchGrammar } from "../core/search-grammar.ts";

/** One Pagefind custom record (https://pagefind.app/docs/node-api/#indexaddcustomrecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * Each article's searched text, made once: the build reads it for the Pagefind record, the
 * frequent words' ranking and the first pages' excerpts (a view's text never changes).
 */
const searchTexts = new WeakMap<ArticleView, string>();

/**
 * The text Pagefind indexes for an article: its body (the rendered HTML's text: markdown-it
 * escapes only & < > " ' and marks paragraphs and line breaks with tags), then its title, as
 * the page's data-pagefind-body holds them.
 */
export function articleSearchText(a: ArticleView): string {
  let text = searchTexts.get(a);
  if (text === undefined) {
    const body = a.html
      .replace(/<[^>]*>/g, " ")
      .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])
      .replace(/\s+/g, " ")
      .trim();
    searchTexts.set(a, (text = `${body} ${a.title}`));
  }
  return text;
}

/**
 * The filters of an article page: 매체, 일자 (the date as shown; the result list reads it, no
 * facet), 연도 (or 날짜 미상), 기업, 인물, 태그. The outlet and the date are filters, not meta:
 * Pagefind searches meta like text, and a masthead is not article text (서울 must not find
 * 서울경제's articles).
 */
export function articleFilters(a: ArticleView): Record<string, string[]> {
  const f: Record<string, string[]> = {
    연도: [a.date ? a.date.slice(0, 4) : "날짜 미상"],
    일자: [a.dateDisplay],
  };
  if (a.outlet) f["매체"] = [a.outlet.name];
  if (a.companies.length) f["기업"] = a.companies.map((c) => c.name);
  if (a.people.length) f["인물"] = a.people.map((p) => p.name);
  if (a.tags.length) f["태그"] = a.tags.map((t) => t.name);
  return f;
}

/**
 * An article as a Pagefind record: text, meta (title, and the hidden search words when
 * `words` is given), filters, date sort.
 */
export function articleRecord(a: ArticleView, words?: (a: ArticleView) => string): SearchRecord {
  const meta: Record<string, string> = { title: a.title };
  const w = words?.(a);
  if (w) meta.words = w;
  return {
    url: a.url,
    content: articleSearchText(a),
    language: "ko",
    meta,
    filters: articleFilters(a),
    sort: a.date ? { date: a.date } : {},
  };
}

/** Figures of one indexing run. */
export interface SearchIndexResult {
  pages: number;
  outputPath: string;
  /** Pagefind indexes written (1 unless the archive has more than `shardPages` articles). */
  shards: number;
}

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
  /** The site's articles, newest first (archive.articles). Without them the site's HTML is read (addDirectory). */
  articles?: ArticleView[];
  /** The archive is empty: the index is written empty. */
  noArticles?: boolean;
  /** Called after each article is added, with the count so far. */
  onProgress?: (done: number) => void;
  /** The hidden search words of an article (site/search-data.ts articleSearchWords). */
  searchWords?: (a: ArticleView) => string;
  /** Most articles per Pagefind index (default {@link SHARD_PAGES}); more are split into shards. */
  shardPages?: number;
  /** Shards indexed at once, each by a Pagefind process of its own (default 1). */
  lanes?: number;
  /**
   * Given, once the indexing has started, a function that settles the answers Pagefind has sent
   * so far and feeds it the next records at once. A caller that keeps this thread busy without
   * yielding to the event loop (Eleventy's rendering) calls it now and then (each page), or
   * Pagefind waits for records until the thread is free (src/search/lanes.ts).
   */
  onPoll?: (poll: () => void) => void;
  /** The particles and honorifics the search page strips (the archive's lexicon; default the shipped one). */
  grammar?: SearchGrammar;
}

/** Builds and writes one index of `records` (or of the site's HTML) to `outputPath`, then frees it. */
async function writeIndex(
  outputPath: string,
  add: (index: pagefind.PagefindIndex) => Promise<void>,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ko" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    await add(index);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Indexes the site's articles into `<siteDir>/pagefind` (in shards when there are more than
 * `shardPages`, one after the other, listed in `pagefind/sillok-shards.json`), then writes the
 * search page's script and the entity index in parts ({@link finishSearchBundle}).
 * @throws Error with Pagefind's messages when indexing or writing fails.
 */
export async function buildSearchIndex(
  siteDir: string,
  opts: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const list = await indexArticles(siteDir, opts);
  return finishSearchBundle(siteDir, list, opts.grammar);
}

/**
 * The Pagefind part of {@link buildSearchIndex}: writes the index (or its shards) into
 * `<siteDir>/pagefind` and returns their list. Given `articles`, it reads nothing of the site,
 * so it may run while the site's pages are still being written (cli/build.ts runs it beside
 * Eleventy: Pagefind indexes in its own process, on the other core); without them it reads the
 * site's HTML, which must then be complete.
 * @throws Error with Pagefind's messages when indexing or writing fails.
 */
export async function indexArticles(
  siteDir: string,
  opts: SearchIndexOptions = {},
): Promise<ShardList> {
  const outputPath = path.join(siteDir, "pagefind");
  try {
    return opts.articles && !opts.noArticles
      ? await writeShards(outputPath, opts.articles, opts)
      : await writeWhole(outputPath, siteDir, opts);
  } finally {
    await pagefind.close();
  }
}

/**
 * Completes the search bundle once the site's pages are written: the shard list
 * (`pagefind/sillok-shards.json`), the search page's script (`assets/search.js`,
 * src/search/bundle.ts) and the entity index in parts ({@link writeNameShards}, from the
 * `assets/search-data.json` the site stage wrote).
 */
export async function finishSearchBundle(
  siteDir: string,
  list: ShardList,
  grammar: SearchGrammar = searchGrammar(loadLexicon()),
): Promise<SearchIndexResult> {
  const outputPath = path.join(siteDir, "pagefind");
  writeFileSync(path.join(outputPath, SHARD_LIST), JSON.stringify(list));
  await bundleSearchScript(siteDir, grammar);
  writeNameShards(siteDir);
  return { pages: list.pages, outputPath, shards: list.shards.length };
}

/**
 * Indexes the articles in shards, each shard one Pagefind index, `opts.lanes` of them at a time
 * (each in a Pagefind service of its own, src/search/lanes.ts); returns the shard list.
 */
async function writeShards(
  outputPath: string,
  articles: ArticleView[],
  opts: SearchIndexOptions,
): Promise<ShardList> {
  const shards = planShards(articles, (a) => a.date ?? "", opts.shardPages ?? SHARD_PAGES);
  const infos: ShardInfo[] = [];
  let next = 0,
    done = 0;
  const feed: LaneFeed = {
    // Each lane takes the next shard once it has sent the last one's records: shards differ in size.
    take: () => (next < shards.length ? next++ : -1),
    shard: (i) => ({ dir: path.join(outputPath, shardPath(i)), articles: shards[i] }),
    written(i) {
      const dir = path.join(outputPath, shardPath(i));
      if (i > 0) {
        dropUiFiles(dir);
        shareWasm(dir, shardPath(i));
      }
      const dated = shards[i].filter((a) => a.date);
      infos[i] = {
        path: shardPath(i),
        pages: shards[i].length,
        newest: dated[0]?.date ?? null,
        oldest: dated.at(-1)?.date ?? null,
        chunkStarts: chunkStarts(dir),
      };
    },
    added: (n) => opts.onProgress?.((done += n)),
    record: (a) => articleRecord(a, opts.searchWords),
  };
  const lanes = Array.from({ length: Math.min(opts.lanes ?? 1, shards.length) }, openLane);
  opts.onPoll?.(() => lanes.forEach((l) => l.poll()));
  try {
    await Promise.all(lanes.map((lane) => feedLane(lane, feed)));
  } finally {
    await Promise.all(lanes.map((l) => l.close()));
  }
  return { version: 1, pages: articles.length, shards: infos };
}

/** Pagefind's errors as one, when there are any. */
function check(errors: string[], what: string): void {
  if (errors.length) throw new Error(`pagefind: ${what}: ${errors.join("; ")}`);
}

/** Indexes the site's HTML (or nothing, for an empty archive) as one index. */
async function writeWhole(
  outputPath: string,
  siteDir: string,
  opts: SearchIndexOptions,
): Promise<ShardList> {
  await writeIndex(outputPath, async (index) => {
    if (opts.noArticles) return;
    // With no article page (none carries data-pagefind-body) Pagefind would index every list
    // page instead: an empty archive gets an empty index.
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
  });
  const pages = opts.noArticles ? 0 : indexedPageCount(outputPath);
  const starts = opts.noArticles ? [] : chunkStarts(outputPath);
  const shard = { path: "", pages, newest: null, oldest: null, chunkStarts: starts };
  return { version: 1, pages, shards: [shard] };
}

/**
 * Pagefind's ready-made UI files: a shard needs only its index (the search page has its own UI),
 * and its worker's script: the page runs a shard in a Pagefind worker of its own, which loads
 * its script and WebAssembly from the shard's folder (src/search/engine.ts).
 */
function dropUiFiles(shardDir: string): void {
  for (const f of readdirSync(shardDir))
    if (/^pagefind(?:-[a-z-]+)?\.(?:js|css)$/.test(f) && f !== WORKER_SCRIPT)
      rmSync(path.join(shardDir, f));
}

/** Pagefind's Web Worker script, in every bundle it writes (Pagefind 1.6). */
const WORKER_SCRIPT = "pagefind-worker.js";

/**
 * Points a shard's index at the bundle's WebAssembly instead of its own copy, which it deletes.
 * The page makes each shard a Pagefind instance (src/search/engine.ts), and each instance loads
 * the WebAssembly (about 55 KB) from `${basePath}wasm.${wasm ?? "unknown"}.pagefind`, `wasm` being
 * its language's entry in `pagefind-entry.json` (Pagefind 1.6 pagefind.js, `init` and `loadWasm`):
 * an entry that climbs back to the bundle's folder makes every shard's URL the bundle's own, so the
 * browser fetches it once and its cache serves the others (a worker instantiates the module once
 * either way: Pagefind's wasm-bindgen glue keeps the first).
 * @param shardDir the shard's folder; `rel` its path in the bundle (shards.ts shardPath, e.g. `shards/1/`)
 */
export function shareWasm(shardDir: string, rel: string): void {
  const file = path.join(shardDir, "pagefind-entry.json");
  const entry = JSON.parse(readFileSync(file, "utf8")) as {
    languages: Record<string, { wasm?: string | null }>;
  };
  // `wasm.` + this + `.pagefind`: "wasm." is a segment the first ".." removes, then one per folder.
  const up = "/..".repeat(rel.split("/").filter(Boolean).length + 1);
  for (const lang of Object.values(entry.languages)) {
    const own = lang.wasm ?? "unknown";
    rmSync(path.join(shardDir, `wasm.${own}.pagefind`), { force: true });
    lang.wasm = `${up}/wasm.${own}`;
  }
  writeFileSync(file, JSON.stringify(entry));
}

/**
 * Records in one request to a lane, and requests sent ahead of their answers: a whole shard's
 * records (about 7 MB of text at {@link SHARD_PAGES}) with its open and write. Pagefind adds them
 * in about 1 ms each and spends most of its time writing the index (at 2,000 articles 1.8 s of
 * CPU adding, 14 s writing), so every record is sent at once and the write starts as soon as
 * Pagefind has added them, however long this thread then renders without polling (Eleventy's
 * stretches before its first page have lasted a minute on a busy machine; see {@link feedLane}).
 */
const BATCH = 64,
  AHEAD = Math.ceil(SHARD_PAGES / BATCH) + 2;

/** The shards of one indexing run, as the lanes take them (see {@link writeShards}). */
interface LaneFeed {
  /** The next shard to index, or -1 when none is left. */
  take(): number;
  shard(i: number): { dir: string; articles: ArticleView[] };
  /** Shard `i` is written (its folder complete). */
  written(i: number): void;
  /** `n` more records were added. */
  added(n: number): void;
  record(a: ArticleView): SearchRecord;
}

/**
 * Feeds one lane shard after shard: each shard's index opened, its records in batches, written
 * and freed. Requests are sent ahead of their answers (up to {@link AHEAD}), the next shard's
 * records too while the last one is being written, so that the service never waits for this
 * thread: answers are awaited only to keep the queue short, and they settle when the thread
 * polls (Eleventy's page callback, cli/build.ts) or, when it is idle, as events.
 * @throws Error naming Pagefind's errors (the first refused request)
 */
async function feedLane(lane: PagefindLane, feed: LaneFeed): Promise<void> {
  const pending: { n: number; errors: Promise<string[]>; what: string; then?: () => void }[] = [];
  const settle = async () => {
    const sent = pending.shift()!;
    check(await sent.errors, sent.what);
    feed.added(sent.n);
    sent.then?.();
  };
  const send = async (request: LaneRequest, what: string, then?: () => void) => {
    const n = request.kind === "add" ? request.records.length : 0;
    pending.push({ n, errors: lane.request(request), what, then });
    // A later request's rejection is awaited in turn: none is left unhandled meanwhile.
    pending.at(-1)!.errors.catch(() => {});
    if (pending.length >= AHEAD) await settle();
  };
  for (let i = feed.take(); i >= 0; i = feed.take()) {
    const { dir, articles } = feed.shard(i);
    await send({ kind: "open" }, "index");
    for (let b = 0; b < articles.length; b += BATCH)
      await send(
        { kind: "add", records: articles.slice(b, b + BATCH).map(feed.record) },
        "records",
      );
    await send({ kind: "write", outputPath: dir }, dir, () => feed.written(i));
  }
  while (pending.length) await settle();
}

/**
 * Splits `<siteDir>/assets/search-data.json` (written by the site stage) into its parts and their
 * list in `<siteDir>/assets/search-names/`, then removes the whole file: the search page loads
 * only the parts its words need, and a site should not publish the whole index twice. Without
 * the file (already split) the parts are left as they are.
 * @returns how many parts were written (0 when there was nothing to split)
 * @throws Error when the search data is not JSON
 */
export function writeNameShards(siteDir: string): number {
  const file = path.join(siteDir, "assets", "search-data.json");
  const dir = path.join(siteDir, NAMES_DIR);
  if (!existsSync(file) && existsSync(path.join(dir, "index.json"))) return 0;
  const data: SearchData = existsSync(file)
    ? JSON.parse(readFileSync(file, "utf8"))
    : { entities: [] };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const parts = splitSearchData(data);
  for (const [key, part] of parts)
    writeFileSync(path.join(dir, shardFile(key)), JSON.stringify(part));
  const manifest: NamesManifest = { keys: [...parts.keys()].sort().join("") };
  writeFileSync(path.join(dir, "index.json"), JSON.stringify(manifest));
  rmSync(file, { force: true });
  return parts.size;
}

/** Pages in a written index, from its `pagefind-entry.json` (summed over languages). */
function indexedPageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
