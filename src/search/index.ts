/**
 * Stage 6 — search: indexes the built site with Pagefind's Node API
 * (https://pagefind.app/docs/node-api/). Only article pages are indexed: they alone carry
 * `data-pagefind-body`, and Pagefind skips every page without it once any page has it.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { bundleSearchScript } from "./bundle.ts";
import { NAMES_DIR, shardFile, splitSearchData, type NamesManifest } from "./names.ts";
import type { SearchData } from "../site/search-data.ts";

/** Pages in the written index, from its `pagefind-entry.json` (summed over languages). */
function indexedPageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** Figures of one indexing run. */
export interface SearchIndexResult {
  pages: number;
  outputPath: string;
}

/**
 * Indexes `siteDir`, writes the bundle to `<siteDir>/pagefind` and the search page's script to
 * `<siteDir>/assets/search.js` (src/search/bundle.ts). `noArticles`: the archive is empty, so
 * the index is written empty.
 * @throws Error with Pagefind's messages when indexing or writing fails.
 */
export async function buildSearchIndex(siteDir: string, opts: { noArticles?: boolean } = {}): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ko" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  try {
    // With no article page (none carries data-pagefind-body) Pagefind would index every list
    // page instead: an empty archive gets an empty index.
    if (!opts.noArticles) {
      const added = await index.addDirectory({ path: siteDir });
      if (added.errors.length) throw new Error(`pagefind: ${added.errors.join("; ")}`);
    }
    const outputPath = `${siteDir}/pagefind`;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    await bundleSearchScript(siteDir);
    writeNameShards(siteDir);
    return { pages: opts.noArticles ? 0 : indexedPageCount(outputPath), outputPath };
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes the parts of `<siteDir>/assets/search-data.json` and their list into
 * `<siteDir>/assets/search-names/`.
 * @returns how many parts were written
 * @throws Error when the search data is not JSON
 */
export function writeNameShards(siteDir: string): number {
  const file = path.join(siteDir, "assets", "search-data.json");
  const data: SearchData = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { entities: [] };
  const dir = path.join(siteDir, NAMES_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const parts = splitSearchData(data);
  for (const [key, part] of parts) writeFileSync(path.join(dir, shardFile(key)), JSON.stringify(part));
  const manifest: NamesManifest = { keys: [...parts.keys()].sort().join("") };
  writeFileSync(path.join(dir, "index.json"), JSON.stringify(manifest));
  return parts.size;
}
