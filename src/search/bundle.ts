/**
 * Stage 6b — the search page's script: bundles src/search/ui.ts (which imports the Korean query
 * module, src/search/query.ts, and the particle rules of src/core/particles.ts)
 * into one classic script, `<site>/assets/search.js`, with esbuild
 * (https://esbuild.github.io/api/#build). A classic script (IIFE) also loads from `file://`,
 * where it tells the reader how to search offline instead of failing silently.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { SearchGrammar } from "../core/search-grammar.ts";

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), "ui.ts");

/**
 * Writes `<siteDir>/assets/search.js`, with the archive's particles and honorifics put in as data
 * (esbuild `define` of `SILLOK_SEARCH_GRAMMAR`, which the page cannot read from `_data/`).
 * @returns the absolute path written
 * @throws Error with esbuild's messages when the bundle fails
 */
export async function bundleSearchScript(siteDir: string, grammar: SearchGrammar): Promise<string> {
  const outfile = path.join(siteDir, "assets", "search.js");
  await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    charset: "utf8",
    define: { SILLOK_SEARCH_GRAMMAR: JSON.stringify(grammar) },
  });
  return outfile;
}
