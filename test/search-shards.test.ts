/**
 * A search index split into shards (src/search/index.ts, merged on the page by src/search/shards.ts)
 * answers as one index: the same results, facet counts and date order as the unsplit index of
 * the same articles. Built from the repository's sample sources only, split three articles a shard.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext } from "playwright-core";
import { buildSite } from "../src/cli/build.ts";
import { projectRoot } from "../src/core/paths.ts";
import { serveSite } from "../src/cli/serve.ts";
import { mergeShardAnswers, type ShardList } from "../src/search/shards.ts";
import { launchBrowser } from "./browser.ts";
import { tempDir } from "./helpers.ts";
import { searchResults } from "./site-build.ts";

const sites: Record<"one" | "split", { dir: string; server?: Server; origin?: string }> = { one: { dir: "" }, split: { dir: "" } };
let browser: Browser;
let context: BrowserContext;

before(async () => {
  const work = tempDir();
  const articlesDir = path.join(work, "articles");
  for (const [name, shardPages] of [["one", 1000], ["split", 3]] as const) {
    const dir = path.join(work, name);
    await buildSite({ sourcesDir: path.join(projectRoot, "sources"), articlesDir, outputDir: dir, basePath: "/", siteUrl: "", shardPages, skipImport: name === "split" });
    const server = await serveSite(dir, 0);
    sites[name] = { dir, server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  }
  browser = await launchBrowser();
  context = await browser.newContext();
});

after(async () => {
  await browser?.close();
  for (const s of Object.values(sites)) s.server?.close();
});

/** Result paths (in order), status line and facet labels of a search page. */
async function answer(site: "one" | "split", query: string) {
  const page = await context.newPage();
  await page.goto(`${sites[site].origin}/search/?${query}`);
  const paths = (await searchResults(page)).map((r) => new URL(r.href).pathname);
  const status = await page.locator("#status").innerText();
  const facets = await page.locator("#facets label").allInnerTexts();
  await page.close();
  return { paths, status, facets };
}

test("the split index lists its shards, newest first, covering every article once", () => {
  const list = JSON.parse(readFileSync(path.join(sites.split.dir, "pagefind", "sillok-shards.json"), "utf8")) as ShardList;
  const one = JSON.parse(readFileSync(path.join(sites.one.dir, "pagefind", "sillok-shards.json"), "utf8")) as ShardList;
  assert.equal(one.shards.length, 1);
  assert.ok(list.shards.length >= 2);
  assert.equal(list.pages, one.pages);
  assert.equal(list.shards.reduce((n, s) => n + s.pages, 0), one.pages);
  for (let i = 1; i < list.shards.length; i++) {
    const [newer, older] = [list.shards[i - 1], list.shards[i]];
    if (newer.oldest && older.newest) assert.ok(newer.oldest >= older.newest, "shards hold disjoint runs of dates");
  }
});

test("a split index answers as one: same results, facet counts and date order", async () => {
  for (const q of ["q=%EB%A9%94%ED%83%80", "q=%ED%95%9C%EA%B5%AD", "q=%EC%82%BC%EC%84%B1", "q=AI&sort=newest", "q=AI&sort=oldest", "q=&sort=oldest"]) {
    const [one, split] = [await answer("one", q), await answer("split", q)];
    assert.deepEqual([...split.paths].sort(), [...one.paths].sort(), q);
    assert.equal(split.status, one.status, q);
    assert.deepEqual(split.facets, one.facets, q);
    if (q.includes("sort=")) assert.deepEqual(split.paths, one.paths, `${q}: date order`);
  }
});

test("shard answers merge as one index: counts summed, relevance by score, date runs in shard order", () => {
  const newer = { results: [{ id: "d4", score: 0.2 }, { id: "d3", score: 0.9 }], filters: { 연도: { "2024": 2 } } };
  const older = { results: [{ id: "d2", score: 0.5 }, { id: "d1", score: 0.1 }], filters: { 연도: { "2023": 2 }, 기업: { 메타: 1 } } };
  assert.deepEqual(mergeShardAnswers([newer, older], null).results.map((r) => r.id), ["d3", "d2", "d4", "d1"]);
  assert.deepEqual(mergeShardAnswers([newer, older], "desc").results.map((r) => r.id), ["d4", "d3", "d2", "d1"]);
  const asc = { results: [{ id: "d3", score: 1 }, { id: "d4", score: 1 }], filters: {} }, ascOld = { results: [{ id: "d1", score: 1 }, { id: "d2", score: 1 }], filters: {} };
  assert.deepEqual(mergeShardAnswers([asc, ascOld], "asc").results.map((r) => r.id), ["d1", "d2", "d3", "d4"]);
  assert.deepEqual(mergeShardAnswers([newer, older], null).filters, { 연도: { "2024": 2, "2023": 2 }, 기업: { 메타: 1 } });
});
