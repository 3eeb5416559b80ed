/**
 * A search index in shards (src/search/shards.ts: Pagefind indexes written one after the other,
 * each searched on the page in a Pagefind worker of its own, or merged into one on two cores)
 * answers as one index: the same results, status line,
 * facet counts and date order as the unsplit index of the same articles. Built from the
 * repository's sample sources only, then indexed again three articles a shard, two shards at once.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext } from "playwright-core";
import { serveSite } from "../src/cli/serve.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { loadArchive } from "../src/site/archive.ts";
import { articleSearchWords, firstPageFile, nameMatcher } from "../src/site/search-data.ts";
import { FIRST_DIR } from "../src/search/names.ts";
import { buildSearchIndex } from "../src/search/index.ts";
import { SHARD_LIST, type ShardList } from "../src/search/shards.ts";
import { sortCodePoints } from "../src/search/chunks.ts";
import { launchBrowser } from "./browser.ts";
import { buildTestSite, openFacets, searchResults } from "./site-build.ts";

const sites: Record<"one" | "split", { dir: string; server?: Server; origin?: string }> = {
  one: { dir: "" },
  split: { dir: "" },
};
let browser: Browser;
/** Pages that report 8 cores (one Pagefind worker per shard) and 2 (one worker: shards.ts workerBudget). */
let context: BrowserContext;
let twoCores: BrowserContext;

before(async () => {
  const built = await buildTestSite({ corpus: false });
  sites.one.dir = built.outputDir;
  sites.split.dir = `${built.outputDir}-split`;
  cpSync(built.outputDir, sites.split.dir, { recursive: true });
  // The split index is written afresh, as a build writes it (no chunk of the whole one left).
  rmSync(path.join(sites.split.dir, "pagefind"), { recursive: true });
  const dicts = loadDictionaries();
  const archive = loadArchive(built.articlesDir, dicts);
  const names = nameMatcher(dicts);
  await buildSearchIndex(sites.split.dir, {
    articles: archive.articles,
    searchWords: (a) => articleSearchWords(a, names).words,
    shardPages: 3,
    // Two shards at a time, as a build indexes them: the first shard's folder holds the others'.
    lanes: 2,
  });
  for (const s of Object.values(sites)) {
    s.server = await serveSite(s.dir, 0);
    s.origin = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
  }
  browser = await launchBrowser();
  [context, twoCores] = await Promise.all([browser.newContext(), browser.newContext()]);
  for (const [c, n] of [
    [context, 8],
    [twoCores, 2],
  ] as const)
    await c.addInitScript(
      `Object.defineProperty(navigator, "hardwareConcurrency", { get: () => ${n} })`,
    );
});

after(async () => {
  await browser?.close();
  for (const s of Object.values(sites)) s.server?.close();
});

/** Result paths (in order), status line and facet labels of a search page. */
async function answer(site: "one" | "split", query: string, cores = context) {
  const page = await cores.newPage();
  page.on("pageerror", (e) => console.error(site, query, e.message));
  page.on("console", (m) => void (m.type() === "error" && console.error(site, query, m.text())));
  await page.goto(`${sites[site].origin}/search/?${query}`);
  const paths = (await searchResults(page)).map((r) => new URL(r.href).pathname);
  await openFacets(page);
  const status = await page.locator("#status").innerText();
  const facets = await page.locator("#facets label").allInnerTexts();
  const workers = page.workers().map((w) => new URL(w.url()).pathname);
  await page.close();
  return { paths, status, facets, workers };
}

const list = (site: "one" | "split") =>
  JSON.parse(readFileSync(path.join(sites[site].dir, "pagefind", SHARD_LIST), "utf8")) as ShardList;

test("the split index lists its shards, newest first, each article once; the whole entity index is not published", () => {
  const [one, split] = [list("one"), list("split")];
  assert.equal(one.shards.length, 1);
  assert.ok(split.shards.length >= 3, `${split.shards.length} shards`);
  assert.equal(split.pages, one.pages);
  assert.equal(
    split.shards.reduce((n, s) => n + s.pages, 0),
    one.pages,
  );
  for (let i = 1; i < split.shards.length; i++) {
    const [newer, older] = [split.shards[i - 1], split.shards[i]];
    if (newer.oldest && older.newest) assert.ok(newer.oldest >= older.newest, "disjoint dates");
    assert.ok(
      existsSync(path.join(sites.split.dir, "pagefind", older.path, "pagefind-entry.json")),
    );
  }
  // A shard's WebAssembly is the bundle's, at the bundle's URL (fetched once), not a copy.
  const bundle = path.join(sites.split.dir, "pagefind");
  for (const s of split.shards.slice(1)) {
    const entry = JSON.parse(
      readFileSync(path.join(bundle, s.path, "pagefind-entry.json"), "utf8"),
    );
    const base = `/sub/pagefind/${s.path}`;
    for (const lang of Object.values(entry.languages as Record<string, { wasm: string }>)) {
      // As Pagefind 1.6's pagefind.js names it: `${basePath}wasm.${wasm}.pagefind`.
      const url = new URL(`${base}wasm.${lang.wasm}.pagefind`, "http://localhost");
      assert.equal(url.pathname, "/sub/pagefind/wasm.unknown.pagefind", s.path);
    }
    assert.deepEqual(
      readdirSync(path.join(bundle, s.path)).filter((f) => f.startsWith("wasm.")),
      [],
    );
  }
  assert.ok(existsSync(path.join(bundle, "wasm.unknown.pagefind")));
  // Each shard lists the first word of each of its index chunks, one per chunk file, sorted.
  for (const [site, l] of [["one", one] as const, ["split", split] as const])
    for (const s of l.shards) {
      const files = readdirSync(path.join(sites[site].dir, "pagefind", s.path, "index"));
      assert.equal(s.chunkStarts?.length, files.length, `${site} ${s.path}`);
      assert.deepEqual(sortCodePoints([...s.chunkStarts!]), s.chunkStarts);
    }
  assert.ok(!existsSync(path.join(sites.one.dir, "assets", "search-data.json")));
  assert.ok(existsSync(path.join(sites.one.dir, "assets", "search-names", "index.json")));
});

test("a split index answers as one: same results, status, facet counts and date order", async () => {
  const queries = [
    "메타",
    "한국",
    "삼성",
    "AI&sort=newest",
    "AI&sort=oldest",
    "&year=2024&sort=oldest",
    "없는낱말",
  ];
  for (const q of queries.map((x) => `q=${x.replace(/^[^&]+/, encodeURIComponent)}`)) {
    const [one, split] = [
      await answer("one", q).catch((e: Error) => assert.fail(`one index, ${q}: ${e.message}`)),
      await answer("split", q).catch((e: Error) => assert.fail(`split index, ${q}: ${e.message}`)),
    ];
    assert.deepEqual([...split.paths].sort(), [...one.paths].sort(), q);
    assert.equal(split.status, one.status, q);
    assert.deepEqual(split.facets, one.facets, q);
    if (q.includes("sort=")) assert.deepEqual(split.paths, one.paths, `${q}: date order`);
    // Each shard is searched in a Pagefind worker of its own, loaded from the shard's folder.
    assert.deepEqual(one.workers, ["/pagefind/pagefind-worker.js"], q);
    assert.deepEqual(
      split.workers.sort(),
      list("split")
        .shards.map((s) => `/pagefind/${s.path}pagefind-worker.js`)
        .sort(),
      q,
    );
  }
  // On two cores one worker holds every shard, merged: the same answer.
  const [one, two] = [await answer("one", "q=AI"), await answer("split", "q=AI", twoCores)];
  assert.deepEqual([...two.paths].sort(), [...one.paths].sort());
  assert.deepEqual([two.status, two.facets], [one.status, one.facets]);
  assert.deepEqual(two.workers, ["/pagefind/pagefind-worker.js"]);
});

test("a name alone paints its built first page before Pagefind answers; the list is newest first, each article once", async () => {
  for (const site of ["one", "split"] as const)
    for (const name of ["메타", "삼성"]) {
      const file = path.join(sites[site].dir, FIRST_DIR, `${firstPageFile(name)}.json`);
      const rows = JSON.parse(readFileSync(file, "utf8")) as { url: string; date: string }[];
      assert.ok(rows.length >= 1, `${name}: no rows`);
      const page = await context.newPage();
      await page.goto(`${sites[site].origin}/search/?q=${encodeURIComponent(`${name}는`)}`);
      const paths = (await searchResults(page)).map((r) => new URL(r.href).pathname);
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
      );
      await page.close();
      assert.deepEqual(
        paths.slice(0, rows.length),
        rows.map((r) => r.url),
        `${site} ${name}`,
      );
      assert.equal(new Set(paths).size, paths.length, `${site} ${name}: an article twice`);
      assert.ok(marks["search:first"] < marks["search:found"], `${site} ${name}: painted first`);
      // 2024년 3월 5일 08:30 → 20240003000500080030, in time order; undated rows last.
      const key = (d: string) => (d.match(/\d+/g) ?? []).map((n) => n.padStart(4, "0")).join("");
      const dates = rows.map((r) => key(r.date));
      assert.deepEqual(dates, [...dates].sort().reverse(), `${name}: newest first`);
    }
});
