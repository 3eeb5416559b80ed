/**
 * Stage 6 — search: the Pagefind index of the article pages (https://pagefind.app/docs/node-api/).
 *
 * The build already holds every article (site/archive.ts), so each page is given to Pagefind as a
 * custom record (`addCustomRecord`: text, meta, filters, sort) instead of having Pagefind read and
 * parse every HTML file again. What a record holds is what the article page marks for Pagefind
 * (render.ts): the body then the title as text, the meta `title`, `outlet`, `date`, the filters
 * 매체 · 연도 · 기업 · 인물 · 태그 and the `date` sort.
 *
 * A large archive is indexed in shards: runs of at most {@link SHARD_PAGES} articles in date
 * order (newest first), each a Pagefind index of its own built and written one after the other,
 * so only one is in memory at a time (Pagefind holds every page of an index until it writes it).
 * The first shard is `pagefind/` (with pagefind.js); the others are `pagefind/shards/<n>/`, and
 * `pagefind/sillok-shards.json` lists them for the search page, which merges them with
 * `mergeIndex` (https://pagefind.app/docs/multisite/) — see {@link ShardList}.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { ArticleView } from "../site/archive.ts";
import { bundleSearchScript } from "./bundle.ts";
import type { ShardList } from "./shards.ts";

/** Most articles in one index; more are split into shards by date. About 1.3 GB of Pagefind memory each. */
export const SHARD_PAGES = 5000;

/** File name, in the bundle folder, of the shard list the search page reads. */
export const SHARD_LIST = "sillok-shards.json";

/**
 * The search page's view of the index (`pagefind/sillok-shards.json`, read by ./shards.ts).
 * `shards[0]` is the bundle itself (`path` ""), the others are merged into it with
 * `mergeIndex(<bundle>/<path>)`. Shards hold disjoint runs of the date order, newest first: a
 * date sort over the merged index is each shard's own sorted results, shard after shard
 * (reversed for oldest first). `dated` is how many of a shard's pages have a date (Pagefind's
 * sort leaves the others out).
 */
export type { ShardList } from "./shards.ts";

/** One Pagefind custom record (https://pagefind.app/docs/node-api/#indexaddcustomrecord). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/**
 * The text Pagefind indexes for an article: its body (the rendered HTML's text: markdown-it
 * escapes only & < > " ' and marks paragraphs and line breaks with tags), then its title, as
 * the page's data-pagefind-body holds them.
 */
export function articleSearchText(a: ArticleView): string {
  const body = a.html.replace(/<[^>]*>/g, " ").replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]).replace(/\s+/g, " ").trim();
  return `${body} ${a.title}`;
}

/** The filters of an article page: 매체, 연도 (or 날짜 미상), 기업, 인물, 태그. */
export function articleFilters(a: ArticleView): Record<string, string[]> {
  const f: Record<string, string[]> = { 연도: [a.date ? a.date.slice(0, 4) : "날짜 미상"] };
  if (a.outlet) f["매체"] = [a.outlet.name];
  if (a.companies.length) f["기업"] = a.companies.map((c) => c.name);
  if (a.people.length) f["인물"] = a.people.map((p) => p.name);
  if (a.tags.length) f["태그"] = a.tags.map((t) => t.name);
  return f;
}

/** An article as a Pagefind record: text, meta (title, outlet, date shown), filters, date sort. */
export function articleRecord(a: ArticleView): SearchRecord {
  const meta: Record<string, string> = { title: a.title, date: a.dateDisplay };
  if (a.outlet) meta.outlet = a.outlet.name;
  return { url: a.url, content: articleSearchText(a), language: "ko", meta, filters: articleFilters(a), sort: a.date ? { date: a.date } : {} };
}

/** Splits articles (newest first) into runs of at most `size`. */
export function planShards<T>(articles: T[], size = SHARD_PAGES): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < articles.length; i += size) out.push(articles.slice(i, i + size));
  return out.length ? out : [[]];
}

/** Figures of one indexing run. */
export interface SearchIndexResult {
  pages: number;
  outputPath: string;
  shards: number;
}

/** Options of {@link buildSearchIndex}. */
export interface SearchIndexOptions {
  /** The site's articles, newest first (archive.articles). Without them the site's HTML is read (addDirectory). */
  articles?: ArticleView[];
  /** The archive is empty: the index is written empty. */
  noArticles?: boolean;
  /** Most articles per shard (default {@link SHARD_PAGES}). */
  shardPages?: number;
  /** Called after each article is added, with the count so far. */
  onProgress?: (done: number) => void;
}

/** Builds and writes one index of `records` (or of the site's HTML) to `outputPath`, then frees it. */
async function writeIndex(outputPath: string, add: (index: pagefind.PagefindIndex) => Promise<void>): Promise<void> {
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
 * `shardPages`), writes the shard list, and the search page's script to
 * `<siteDir>/assets/search.js` (src/search/bundle.ts).
 * @throws Error with Pagefind's messages when indexing or writing fails.
 */
export async function buildSearchIndex(siteDir: string, opts: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const outputPath = path.join(siteDir, "pagefind");
  const list: ShardList = { version: 1, pages: 0, shards: [] };
  try {
    if (opts.articles && !opts.noArticles) {
      let done = 0;
      const shards = planShards(opts.articles, opts.shardPages ?? SHARD_PAGES);
      for (const [i, shard] of shards.entries()) {
        const rel = i === 0 ? "" : `shards/${i}/`;
        await writeIndex(path.join(outputPath, rel), async (index) => {
          // Records go in batches: the service answers each, and waiting for every answer in turn
          // would leave Pagefind idle between them.
          for (let b = 0; b < shard.length; b += 64) {
            await Promise.all(shard.slice(b, b + 64).map(async (a) => {
              const r = await index.addCustomRecord(articleRecord(a));
              if (r.errors.length) throw new Error(`pagefind: ${a.url}: ${r.errors.join("; ")}`);
            }));
            opts.onProgress?.((done += Math.min(64, shard.length - b)));
          }
        });
        if (i > 0) dropUiFiles(path.join(outputPath, rel));
        const dated = shard.filter((a) => a.date);
        list.shards.push({ path: rel, pages: shard.length, dated: dated.length, newest: dated[0]?.date ?? null, oldest: dated.at(-1)?.date ?? null });
        list.pages += shard.length;
      }
    } else {
      // With no article page (none carries data-pagefind-body) Pagefind would index every list
      // page instead: an empty archive gets an empty index.
      await writeIndex(outputPath, async (index) => {
        if (opts.noArticles) return;
        const added = await index.addDirectory({ path: siteDir });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
      });
      const pages = opts.noArticles ? 0 : indexedPageCount(outputPath);
      list.shards.push({ path: "", pages, dated: pages, newest: null, oldest: null });
      list.pages = pages;
    }
  } finally {
    await pagefind.close();
  }
  mkdirSync(outputPath, { recursive: true });
  writeFileSync(path.join(outputPath, SHARD_LIST), JSON.stringify(list));
  await bundleSearchScript(siteDir);
  return { pages: list.pages, outputPath, shards: list.shards.length };
}

/** Pagefind's ready-made UI files: a shard needs only its index and pagefind.js (the search page has its own UI). */
function dropUiFiles(shardDir: string): void {
  for (const f of readdirSync(shardDir)) if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\./.test(f)) rmSync(path.join(shardDir, f));
}

/** Pages in a written index, from its `pagefind-entry.json` (summed over languages). */
function indexedPageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
