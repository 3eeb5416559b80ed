/**
 * Search page speed and size in headless Chromium over localhost, on a cold cache:
 * - the search page's first load (everything it fetches before it is ready), gzipped bytes;
 * - what going to the search box loads (Pagefind's script, wasm and index metadata: the page
 *   defers them until then);
 * - per one-word query typed into the page: time from the last keystroke to the first result on
 *   screen, and the bytes (gzipped) the query fetched (index chunks, name parts, fragments, facet
 *   indexes), with the number of requests. Each query on a fresh browser context.
 * Bytes are each response body gzipped here (zlib level 6), as a static host serving gzip would
 * send it; the local server sends them plain.
 *
 * Usage:
 *   node --import tsx scripts/search-bench.ts --site <built site folder> [--queries 삼성전자,반도체]
 *   node --import tsx scripts/search-bench.ts --n 10000 [--queries …]
 *   node --import tsx scripts/search-bench.ts --index <work folder> [--shard-pages N]
 * `--index` runs the search stage alone again on a folder `--n` left (its articles/ and site/):
 * wall time and the peak resident memory (Linux /proc, sampled every 100 ms) of this process and
 * of Pagefind's, with the number of shards written.
 * With `--n`, N articles are generated from the corpora beside the checkout by
 * scripts/bench-corpus.ts (its generateCorpus) and built with `sillok build` into a temporary
 * folder first (kept and named, so a second run can pass it as --site).
 */
import { existsSync, mkdtempSync } from "node:fs";
import { descendants, rssKiB } from "./proc-tree.ts";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { buildSite } from "../src/cli/build.ts";
import { serveSite } from "../src/cli/serve.ts";
import { launchBrowser } from "../test/browser.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { loadArchive } from "../src/site/archive.ts";
import { articleSearchWords, nameMatcher } from "../src/site/search-data.ts";
import { buildSearchIndex } from "../src/search/index.ts";

const DEFAULT_QUERIES = [
  "삼성전자",
  "윤석열은",
  "반도체",
  "메타",
  "대통령",
  "저커버그",
  "서울",
  "Samsung",
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** Builds a site of `n` generated articles; returns its folder. */
async function buildGenerated(n: number): Promise<string> {
  const modPath = path.join(import.meta.dirname, "bench-corpus.ts");
  if (!existsSync(modPath))
    throw new Error(
      `--n needs scripts/bench-corpus.ts (the benchmark corpus generator); build a site and pass --site instead`,
    );
  const { generateCorpus } = (await import(modPath)) as {
    generateCorpus: (o: { n: number; outDir: string }) => { articles: number };
  };
  const root = mkdtempSync(path.join(os.tmpdir(), "sillok-search-bench-"));
  const sourcesDir = path.join(root, "sources");
  const stats = generateCorpus({ n, outDir: sourcesDir });
  console.log(`generated ${stats.articles} articles in ${sourcesDir}`);
  const outputDir = path.join(root, "site");
  await buildSite({
    sourcesDir,
    articlesDir: path.join(root, "articles"),
    outputDir,
    basePath: "/",
    siteUrl: "",
  });
  console.log(`site: ${outputDir}`);
  return outputDir;
}

interface Traffic {
  bytes: number;
  gz: number;
  requests: number;
  byKind: Map<string, number>;
}

const kindOf = (url: string) =>
  url.includes("/pagefind/fragment/")
    ? "fragment"
    : url.includes("/pagefind/index/")
      ? "index"
      : url.includes("/pagefind/filter/")
        ? "filter"
        : url.includes("search-names")
          ? "names"
          : url.includes("/pagefind/")
            ? "pagefind"
            : "page";

/** Opens the search page on a fresh (cold) context and measures its first load, then one typed query. */
async function measure(
  browser: Browser,
  origin: string,
  query: string,
): Promise<{
  first: Traffic;
  focus: Traffic;
  typed: Traffic;
  ms: number;
  steps: string;
  results: string;
}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let traffic: Traffic = { bytes: 0, gz: 0, requests: 0, byKind: new Map() };
  page.on("response", async (res) => {
    const t = traffic;
    t.requests++;
    try {
      const body = await res.body();
      const gz = gzipSync(body, { level: 6 }).length;
      t.bytes += body.length;
      t.gz += gz;
      const k = kindOf(res.url());
      t.byKind.set(k, (t.byKind.get(k) ?? 0) + gz);
    } catch {
      /* a redirect or aborted request has no body */
    }
  });
  await page.goto(`${origin}/search/`);
  await page.locator("html[data-search=ready]").waitFor({ state: "attached" });
  await page.locator("#status.prompt").waitFor();
  await page.waitForLoadState("networkidle");
  const first = traffic;
  // Going to the box loads Pagefind and the index metadata (the page defers them until then), as
  // a reader's click does a moment before the first letter.
  traffic = { bytes: 0, gz: 0, requests: 0, byKind: new Map() };
  await page.locator("#q").focus();
  await page.locator("html[data-index=ready]").waitFor({ state: "attached", timeout: 60000 });
  await page.waitForLoadState("networkidle");
  const focus = traffic;
  traffic = { bytes: 0, gz: 0, requests: 0, byKind: new Map() };
  // Time from the last keystroke's input event to the first result in the list, taken in the page.
  await page.evaluate(() => {
    const w = window as unknown as { benchT0: number; benchT1: number };
    document.getElementById("q")!.addEventListener("input", () => (w.benchT0 = performance.now()));
    new MutationObserver(() => {
      if (!w.benchT1 && w.benchT0 && document.querySelector("#results li"))
        w.benchT1 = performance.now();
    }).observe(document.getElementById("results")!, { childList: true });
  });
  await page.locator("#q").pressSequentially(query, { delay: 30 });
  await page.waitForFunction(
    () =>
      (window as unknown as { benchT1: number }).benchT1 > 0 ||
      /없습니다/.test(document.getElementById("status")!.textContent ?? ""),
    null,
    { timeout: 30000 },
  );
  await page.locator("#results:not([aria-busy])").waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  const [ms, steps] = await page.evaluate(() => {
    const w = window as unknown as { benchT0: number; benchT1: number };
    // The page's marks of its last search (ui.ts), from the last keystroke.
    const marks = performance.getEntriesByType("mark").filter((m) => m.startTime >= w.benchT0);
    const last = new Map(
      marks.map((m) => [m.name.replace("search:", ""), m.startTime - w.benchT0]),
    );
    const steps = [...last].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ");
    return [w.benchT1 ? w.benchT1 - w.benchT0 : NaN, steps] as const;
  });
  const results = (await page.locator("#status").textContent()) ?? "";
  await context.close();
  return { first, focus, typed: traffic, ms, steps, results };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const kinds = (t: Traffic) => [...t.byKind].map(([k, v]) => `${k} ${kb(v)}`).join(", ");

/** Resident memory (MiB) of a process (0 when it is gone). */
const rssMiB = (pid: number): number => rssKiB(pid) / 1024;

/** The search stage alone on a folder `--n` left: time, peak memory of Node and of Pagefind. */
async function indexOnly(work: string): Promise<void> {
  const dicts = loadDictionaries();
  const archive = loadArchive(path.join(work, "articles"), dicts);
  const names = nameMatcher(dicts);
  const peak = { node: 0, pagefind: 0, tree: 0 };
  const timer = setInterval(() => {
    const node = rssMiB(process.pid);
    const pf = descendants(process.pid).reduce((n, pid) => n + rssMiB(pid), 0);
    peak.node = Math.max(peak.node, node);
    peak.pagefind = Math.max(peak.pagefind, pf);
    peak.tree = Math.max(peak.tree, node + pf);
  }, 100);
  const t = performance.now();
  const shardPages = arg("shard-pages");
  const r = await buildSearchIndex(path.join(work, "site"), {
    articles: archive.articles,
    searchWords: (a) => articleSearchWords(a, names).words,
    ...(shardPages ? { shardPages: Number(shardPages) } : {}),
  });
  clearInterval(timer);
  const gib = (m: number) => `${(m / 1024).toFixed(2)} GB`;
  console.log(
    `search stage: ${r.pages} articles in ${r.shards} shard(s), ${((performance.now() - t) / 1000).toFixed(1)} s; peak memory ${gib(peak.tree)} (Node ${gib(peak.node)}, Pagefind ${gib(peak.pagefind)})`,
  );
}

async function main(): Promise<void> {
  const work = arg("index");
  if (work) return indexOnly(work);
  const n = arg("n");
  const site = arg("site") ?? (n ? await buildGenerated(Number(n)) : undefined);
  if (!site)
    throw new Error("usage: search-bench.ts --site <folder> | --n <articles> [--queries a,b]");
  const queries = (arg("queries") ?? DEFAULT_QUERIES.join(",")).split(",");
  const server = await serveSite(site, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    console.log(`search page on ${site}, cold cache per query (bytes gzipped)`);
    for (const q of queries) {
      const r = await measure(browser, origin, q);
      if (q === queries[0]) {
        console.log(
          `first load ${kb(r.first.gz)} in ${r.first.requests} requests (${kinds(r.first)})`,
        );
        console.log(
          `on focus of the box ${kb(r.focus.gz)} in ${r.focus.requests} requests (${kinds(r.focus)})`,
        );
      }
      console.log(
        `  ${q}: first result ${Number.isNaN(r.ms) ? "none" : `${r.ms.toFixed(0)} ms`} after the last keystroke (ms: ${r.steps}); ${kb(r.typed.gz)} in ${r.typed.requests} requests (${kinds(r.typed)}); ${r.results}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
