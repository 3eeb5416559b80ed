/**
 * Search page speed and size in headless Chromium over localhost, on a cold cache:
 * - the search page's first load (its own files), gzipped bytes; then what it fetches on its
 *   own once idle after its load event (Pagefind's script, wasm and index metadata), and what
 *   going to the search box adds (nothing once the idle load is done);
 * - per one-word query typed into the page: from the last keystroke, the first request, the
 *   page's marks (run: the search starts after the typing pause; loaded: Pagefind and the name
 *   part are there; pagefind: its first answer; best: the best result across shards is known,
 *   its shard's answer checked; found: the results are known; first: the first result is in the
 *   list; shown: the first page is), the first result in the list and painted (the next
 *   animation frame), how many searches Pagefind ran from the first keystroke on (half-typed
 *   words' included: each worker runs one at a time); the bytes (gzipped) the query
 *   fetched (index chunks, name parts, fragments), with the number of requests. Each query on a fresh browser context.
 * - the reference, in the same run and browser: bare pagefind.js (loaded and initialised first)
 *   from `search(query)` to its first result's excerpt painted in a list, and our time's ratio
 *   to it (what holds on a loaded machine). `--runs N` measures each N times (medians).
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
import type { Browser, Page } from "playwright-core";
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

/** What one step fetched: each response's kind (see kindOf) and gzipped size. */
type Traffic = { kind: string; gz: number }[];

const gzOf = (t: Traffic) => t.reduce((n, r) => n + r.gz, 0);

/** What a request fetched (a shard's files, under pagefind/shards/N/, count as the bundle's). */
const kindOf = (url: string) =>
  /\/pagefind\/(shards\/\d+\/)?fragment\//.test(url)
    ? "fragment"
    : /\/pagefind\/(shards\/\d+\/)?index\//.test(url)
      ? "index"
      : /\/pagefind\/(shards\/\d+\/)?filter\//.test(url)
        ? "filter"
        : url.includes("search-names")
          ? "names"
          : url.includes("/pagefind/")
            ? "pagefind"
            : "page";

/** Bytes one step of a page fetched, and the time (epoch ms) of its first request. */
class Recorder {
  traffic: Traffic = [];
  firstRequest = 0;
  constructor(page: Page) {
    page.on("request", () => (this.firstRequest ||= Date.now()));
    page.on("response", async (res) => {
      const t = this.traffic;
      try {
        t.push({ kind: kindOf(res.url()), gz: gzipSync(await res.body(), { level: 6 }).length });
      } catch {
        t.push({ kind: kindOf(res.url()), gz: 0 }); // a redirect or aborted request has no body
      }
    });
  }
  /** Starts a new step: returns what the last one fetched. */
  next(): Traffic {
    const t = this.traffic;
    this.traffic = [];
    this.firstRequest = 0;
    return t;
  }
}

/** One typed query: ms from the last keystroke to each step (the page's marks), and bytes. */
interface Timed {
  /** First result in the list (DOM), and painted (the next animation frame); NaN when none. */
  first: number;
  painted: number;
  /** First request the query made, after the last keystroke (NaN when it made none). */
  request: number;
  steps: string;
  /** Pagefind searches run from the first keystroke on (half-typed words' included). */
  searches: number;
  typed: Traffic;
  status: string;
}

/**
 * In the page: from every keystroke (`input`) keep its time, and the time of the first result
 * in the list and of the frame that paints it.
 */
function watchFirstResult(list: string): void {
  const w = window as unknown as {
    benchT0: number;
    benchT1: number;
    benchPaint: number;
    benchStart: number;
  };
  document.getElementById("q")?.addEventListener("input", () => {
    w.benchStart ||= performance.now();
    w.benchT0 = performance.now();
  });
  // (No named function inside: tsx would wrap it in a helper the page does not have.)
  new MutationObserver(() => {
    if (w.benchT1 || !document.querySelector(`${list} li`)) return;
    w.benchT1 = performance.now();
    requestAnimationFrame(() => (w.benchPaint = performance.now()));
  }).observe(document.querySelector(list)!, { childList: true });
}

/**
 * The page's marks of its last search (ui.ts, engine.ts), in ms from the last keystroke, and how
 * many searches Pagefind ran from the first keystroke on (those of half-typed words included).
 */
function marksSince(): [number, number, number, string, number, number] {
  const w = window as unknown as {
    benchT0: number;
    benchT1: number;
    benchPaint: number;
    benchStart: number;
  };
  const all = performance.getEntriesByType("mark");
  const searches = all.filter(
    (m) => m.name === "search:pagefind" && m.startTime >= w.benchStart,
  ).length;
  const marks = all.filter((m) => m.startTime >= w.benchT0);
  const first = new Map<string, number>();
  for (const m of marks) if (!first.has(m.name)) first.set(m.name, m.startTime - w.benchT0);
  const steps = [...first].map(([k, v]) => `${k.replace("search:", "")} ${v.toFixed(0)}`);
  const [t1, paint] = [w.benchT1, w.benchPaint].map((x) => (x ? x - w.benchT0 : NaN));
  return [t1, paint, w.benchT0, steps.join(", "), performance.timeOrigin, searches];
}

/** Types `query` into the ready search page and times it (see {@link Timed}). */
async function typeQuery(page: Page, rec: Recorder, query: string): Promise<Timed> {
  await page.evaluate(watchFirstResult, "#results");
  // Playwright's first waitForFunction in a page evaluates its own script there (some 330 KB,
  // 20–55 ms of the page's thread): done now, so that it does not land inside the search timed.
  await page.waitForFunction(() => true);
  await page.locator("#q").pressSequentially(query, { delay: 30 });
  await page.waitForFunction(
    () =>
      (window as unknown as { benchT1: number }).benchT1 > 0 ||
      /없습니다/.test(document.getElementById("status")!.textContent ?? ""),
    null,
    // Not at every animation frame (Playwright's default): each poll runs on the page's thread.
    { timeout: 30000, polling: 100 },
  );
  await page.locator("#results:not([aria-busy])").waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  const [first, painted, t0, steps, origin, searches] = await page.evaluate(marksSince);
  // Requests made during the typing itself (the name part of a first letter) start before t0.
  const request = rec.firstRequest ? rec.firstRequest - (origin + t0) : NaN;
  const status = (await page.locator("#status").textContent()) ?? "";
  return { first, painted, request, steps, searches, typed: rec.next(), status };
}

/** Opens the search page on a fresh (cold) context: its first load, the box's focus, one query. */
async function measure(
  browser: Browser,
  origin: string,
  query: string,
): Promise<Timed & { load: Traffic; focus: Traffic; idle: Traffic }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rec = new Recorder(page);
  await page.goto(`${origin}/search/`);
  await page.locator("html[data-search=ready]").waitFor({ state: "attached" });
  await page.locator("#status.prompt").waitFor();
  // What the page fetches once it is interactive, on its own (before any focus): Pagefind, which
  // it loads when idle after its load event (some of it may have come before the line above).
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(IDLE_WAIT);
  const before = rec.next();
  const load = before.filter((r) => !r.kind.startsWith("pagefind"));
  const idle = before.filter((r) => r.kind.startsWith("pagefind"));
  // Going to the box loads what the idle page has not (a reader's click, a moment before typing).
  await page.locator("#q").focus();
  await page.locator("html[data-index=ready]").waitFor({ state: "attached", timeout: 60000 });
  await page.waitForLoadState("networkidle");
  const focus = rec.next();
  const timed = await typeQuery(page, rec, query);
  await context.close();
  return { ...timed, load, idle, focus };
}

/** How long the bench leaves the loaded page alone before focusing the box (what it fetches at idle). */
const IDLE_WAIT = 1500;

/**
 * The reference: bare pagefind.js on the same index, on a fresh context of the same browser
 * (https://pagefind.app/docs/api/): loaded and initialised first, then from `search(query)` to
 * the first result's data in a list, as a page using Pagefind's API alone would show it.
 */
async function measureBare(
  browser: Browser,
  origin: string,
  query: string,
): Promise<{ first: number; painted: number; results: number; typed: Traffic }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rec = new Recorder(page);
  // An empty page of the site's origin (the site's own pages would load their own scripts).
  await page.route(`${origin}/__bare/`, (r) =>
    r.fulfill({ contentType: "text/html", body: '<html lang="ko"><ul id="bare"></ul></html>' }),
  );
  await page.goto(`${origin}/__bare/`);
  await page.evaluate(async (src) => {
    const pf = await import(src);
    await pf.options({ exactDiacritics: true, excerptLength: 40 });
    await pf.init();
    await pf.preload(null, { filters: {} });
    (window as unknown as { pf: unknown }).pf = pf;
  }, `${origin}/pagefind/pagefind.js`);
  await page.waitForLoadState("networkidle");
  rec.next();
  const r = await page.evaluate(bareSearch, query);
  await page.waitForLoadState("networkidle");
  const typed = rec.next();
  await context.close();
  return { ...r, typed };
}

/** In the page: one bare Pagefind search, timed to its first result in the list and painted. */
async function bareSearch(q: string): Promise<{ first: number; painted: number; results: number }> {
  type Pf = { search(q: string): Promise<{ results: { data(): Promise<{ excerpt: string }> }[] }> };
  const pf = (window as unknown as { pf: Pf }).pf;
  const t0 = performance.now();
  const r = await pf.search(q);
  const d = await r.results[0]?.data();
  if (!d) return { first: NaN, painted: NaN, results: 0 };
  document.getElementById("bare")!.insertAdjacentHTML("beforeend", `<li>${d.excerpt}</li>`);
  const first = performance.now() - t0;
  const painted = await new Promise<number>((ok) =>
    requestAnimationFrame(() => ok(performance.now() - t0)),
  );
  return { first, painted, results: r.results.length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const kinds = (t: Traffic) =>
  [...new Set(t.map((r) => r.kind))]
    .map((k) => `${k} ${kb(gzOf(t.filter((r) => r.kind === k)))}`)
    .join(", ");

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

/** Median of the numbers that are not NaN (NaN when none). */
function median(xs: number[]): number {
  const v = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : NaN;
}

const ms = (x: number) => (Number.isNaN(x) ? "none" : `${x.toFixed(0)} ms`);

/** Prints the page's first load, idle and focus fetches (once: they do not depend on the query). */
function printLoad(r: { load: Traffic; idle: Traffic; focus: Traffic }): void {
  const line = (label: string, t: Traffic) =>
    console.log(`${label} ${kb(gzOf(t))} in ${t.length} requests (${kinds(t)})`);
  line("first load (the page's own files)", r.load);
  line(`then at idle, after its load event (Pagefind; ${IDLE_WAIT} ms, before any focus)`, r.idle);
  line("on focus of the box", r.focus);
}

/** Measures each query `runs` times, ours and bare Pagefind one after the other; prints medians. */
async function runQueries(
  browser: Browser,
  origin: string,
  queries: string[],
  runs: number,
): Promise<void> {
  const ratios: number[] = [];
  for (const q of queries) {
    const ours: Awaited<ReturnType<typeof measure>>[] = [];
    const bare: Awaited<ReturnType<typeof measureBare>>[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await measure(browser, origin, q));
      bare.push(await measureBare(browser, origin, q));
    }
    if (q === queries[0]) printLoad(ours[0]);
    const r = ours[Math.floor((runs - 1) / 2)];
    const [o, b] = [median(ours.map((x) => x.painted)), median(bare.map((x) => x.painted))];
    ratios.push(o / b);
    console.log(
      `  ${q}: first result painted ${ms(o)} after the last keystroke (first in list ${ms(median(ours.map((x) => x.first)))}; first request ${ms(median(ours.map((x) => x.request)))}; marks of one run: ${r.steps}; Pagefind searches while typing and after: ${median(ours.map((x) => x.searches))}); ${kb(gzOf(r.typed))} in ${r.typed.length} requests (${kinds(r.typed)}); ${r.status}`,
    );
    if (runs > 1)
      console.log(
        `    each run, painted: ${ours.map((x) => x.painted.toFixed(0)).join(", ")} ms; marks: ${ours.map((x) => `[${x.steps}]`).join(" ")}`,
      );
    console.log(
      `    bare pagefind.js search(): ${ms(b)} to its first result painted, ${bare[0].results} results, ${kb(gzOf(bare[0].typed))}; ratio ${(o / b).toFixed(2)}`,
    );
  }
  console.log(`median ratio to bare Pagefind: ${median(ratios).toFixed(2)} (${runs} run(s) each)`);
}

async function main(): Promise<void> {
  const work = arg("index");
  if (work) return indexOnly(work);
  const n = arg("n");
  const site = arg("site") ?? (n ? await buildGenerated(Number(n)) : undefined);
  if (!site)
    throw new Error(
      "usage: search-bench.ts --site <folder> | --n <articles> [--queries a,b] [--runs 3]",
    );
  const queries = (arg("queries") ?? DEFAULT_QUERIES.join(",")).split(",");
  const server = await serveSite(site, 0);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    console.log(`search page on ${site}, cold cache per query (bytes gzipped)`);
    await runQueries(browser, origin, queries, Number(arg("runs") ?? 1));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
