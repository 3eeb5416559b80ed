/**
 * The search page in Chromium on the repository's own samples: a reporter's name with a byline
 * role lists exactly the articles that reporter signed (front matter `reporters`), newest first;
 * a group with no article of its own shows its members that have some, as links, instead of
 * "no article". The expected answers are read from the archive, not from the search code.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { serveSite } from "../src/cli/serve.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { loadArchive, type ArticleView } from "../src/site/archive.ts";
import { buildSearchData } from "../src/site/search-data.ts";
import type { SearchData } from "../src/site/search-data.ts";
import { launchBrowser } from "./browser.ts";
import { buildTestSite, searchResults } from "./site-build.ts";

let server: Server;
let origin = "";
let browser: Browser;
let articles: ArticleView[] = [];
let data: SearchData;

before(async () => {
  const built = await buildTestSite({ corpus: false });
  const dicts = loadDictionaries();
  const archive = loadArchive(built.articlesDir, dicts);
  articles = archive.articles;
  data = buildSearchData(archive, dicts);
  server = await serveSite(built.outputDir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(q: string): Promise<{ page: Page; paths: string[]; status: string }> {
  const page = await browser.newPage();
  page.on("pageerror", (e) => assert.fail(`${q}: ${e.message}`));
  await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
  const paths = (await searchResults(page)).map((r) => new URL(r.href).pathname);
  const status = await page.locator("#status").innerText();
  return { page, paths, status };
}

test("a reporter's name and 기자 lists the articles that reporter signed, newest first", async () => {
  const signed = (name: string) => articles.filter((a) => a.reporters.some((r) => r.name === name));
  const reporter = articles.flatMap((a) => a.reporters).find((r) => signed(r.name).length > 0);
  assert.ok(reporter, "the samples have a byline");
  const expected = signed(reporter.name)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))
    .map((a) => new URL(a.url, "http://x/").pathname);
  const { page, paths, status } = await open(`${reporter.name} 기자`);
  assert.deepEqual(paths, expected);
  assert.equal(status, `‘${reporter.name} 기자’ 검색 결과 ${expected.length}건`);
  await page.close();
});

test("a group with no article of its own shows its members' articles as links, not 'none'", async () => {
  const group = data.entities.find(
    (g) =>
      g.type === "company" &&
      !g.hits &&
      data.entities.some((m) => m.parent === g.name && m.hits > 0),
  );
  assert.ok(group, "the samples name a member of a group but not the group");
  const members = data.entities.filter((m) => m.parent === group.name && m.hits > 0);
  const { page, paths, status } = await open(group.name);
  assert.deepEqual(paths, []);
  assert.match(status, /그룹 이름이 나오는 기사는 없지만, 계열사 기사는 있습니다/);
  assert.doesNotMatch(status, /기사가 없습니다/);
  const links = await page.locator(".group-members a").allInnerTexts();
  assert.deepEqual(
    links.map((t) => t.replace(/\s+/g, " ")).sort(),
    members.map((m) => `${m.name} 기사 ${m.hits}건`).sort(),
  );
  // Each link searches the member: its results are the member's.
  await page.locator(".group-members a").first().click();
  await page
    .locator("#status")
    .filter({ hasText: /검색 결과 \d+건/ })
    .waitFor();
  await page.close();
});
