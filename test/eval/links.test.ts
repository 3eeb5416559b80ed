/**
 * Links, hosting and offline use, in headless Chromium: a crawl that follows every internal link
 * of the seed + samples + corpus build served at `/` and opened from `file://`, and of a
 * `--base /archive/` build served under `/archive/`; the 404 page at depth; feed, sitemap,
 * robots.txt and .nojekyll.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { serveSite } from "../../src/cli/serve.ts";
import { normalizeBase, readSettings, resolveSiteUrl } from "../../src/site/settings.ts";
import { launchBrowser } from "../browser.ts";
import { buildTestSite, crawl, searchResults, type BuiltSite } from "../site-build.ts";

const SITE_URL = "https://example.github.io/archive/";
let full: BuiltSite;
let sub: BuiltSite;
let browser: Browser;
const servers: Server[] = [];
let rootOrigin: string;
let subOrigin: string;

async function serve(dir: string, base: string): Promise<string> {
  const server = await serveSite(dir, 0, "127.0.0.1", base);
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Every HTML page in a built site, as paths relative to it (`tags/ai/index.html`). */
function htmlPages(dir: string, rel = ""): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlPages(dir, path.join(rel, e.name))
      : e.name.endsWith(".html")
        ? [path.join(rel, e.name).split(path.sep).join("/")]
        : [],
  );
}

before(async () => {
  full = await buildTestSite();
  sub = await buildTestSite({ corpus: false, basePath: "/archive/", siteUrl: SITE_URL });
  rootOrigin = await serve(full.outputDir, "/");
  subOrigin = await serve(sub.outputDir, "/archive/");
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

/** Pages a crawl must reach: every page but 404.html (no page links to it). */
const expectedPages = (dir: string) => htmlPages(dir).filter((p) => p !== "404.html");

test("served at /: every page reached, 0 broken internal links, every page styled, no request to another host", async () => {
  const r = await crawl(browser, `${rootOrigin}/`, `${rootOrigin}/`);
  assert.deepEqual(r.broken.slice(0, 10), [], `${r.broken.length} broken`);
  assert.deepEqual(r.unstyled, []);
  assert.deepEqual(r.outside, []);
  const reached = new Set(
    r.pages.map((u) => new URL(u).pathname.replace(/\/$/, "/index.html").slice(1)),
  );
  const missing = expectedPages(full.outputDir).filter((p) => !reached.has(p));
  assert.deepEqual(missing, [], "pages no link leads to");
  assert.ok(
    r.pages.length > 300 && r.targets > 300,
    `${r.pages.length} pages, ${r.targets} targets`,
  );
  console.log(`# served at /: ${r.pages.length} pages, ${r.targets} link targets, 0 broken`);
});

test("from file://: every page renders with its styles and every internal link leads to a file", async () => {
  const root = pathToFileURL(full.outputDir).href + "/";
  const r = await crawl(browser, `${root}index.html`, root);
  assert.deepEqual(r.broken.slice(0, 10), [], `${r.broken.length} broken`);
  assert.deepEqual(r.unstyled, []);
  assert.deepEqual(r.outside, []);
  const reached = new Set(r.pages.map((u) => u.slice(root.length)));
  assert.deepEqual(
    expectedPages(full.outputDir).filter((p) => !reached.has(p)),
    [],
  );
  console.log(`# file://: ${r.pages.length} pages, ${r.targets} link targets, 0 broken`);
});

test("from file://, the search page says in Korean how to search offline", async () => {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.join(full.outputDir, "search", "index.html")).href);
  const note = page.locator("#offline-note");
  await note.waitFor({ state: "visible" });
  const text = await note.innerText();
  assert.match(text, /npm start/);
  assert.match(text, /file:\/\//);
  assert.match(text, /검색할 수 없습니다/);
  await page.close();
});

test("built with --base /archive/ and served under /archive/: 0 broken links, nothing outside the prefix", async () => {
  const r = await crawl(browser, `${subOrigin}/archive/`, `${subOrigin}/archive/`);
  assert.deepEqual(r.broken.slice(0, 10), [], `${r.broken.length} broken`);
  assert.deepEqual(r.unstyled, []);
  assert.deepEqual(r.outside, []);
  const reached = new Set(
    r.pages.map((u) =>
      new URL(u).pathname.slice("/archive/".length).replace(/(^|\/)$/, "$1index.html"),
    ),
  );
  assert.deepEqual(
    expectedPages(sub.outputDir).filter((p) => !reached.has(p)),
    [],
  );
  console.log(`# /archive/: ${r.pages.length} pages, ${r.targets} link targets, 0 broken`);
});

// (The month pages live under /archive/ too, so /archive/archive/2018/10/ is right under that base:
// "once" is proven by every link answering 200, not by looking for a doubled prefix.)
test("the 404 page works at any depth: its links carry the base path", async () => {
  for (const [origin, base] of [
    [rootOrigin, "/"],
    [subOrigin, "/archive/"],
  ] as const) {
    const page = await browser.newPage();
    const res = await page.goto(`${origin}${base}no/such/deep/page/`);
    assert.equal(res?.status(), 404);
    assert.match(await page.locator("h1").innerText(), /페이지를 찾을 수 없습니다/);
    assert.notEqual(
      await page.evaluate(() => getComputedStyle(document.body).maxWidth),
      "none",
      "404 page styled",
    );
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll("a[href]:not([href^='#']), link[href], form[action]")]
        .map((e) => (e as HTMLAnchorElement).href || (e as HTMLFormElement).action)
        .filter((u) => u.startsWith(location.origin)),
    );
    for (const u of urls) {
      assert.ok(u.startsWith(`${origin}${base}`), `${u} under ${base}`);
      assert.equal((await page.request.get(u.split("#")[0])).status(), 200, u);
    }
    await page.close();
  }
});

test("under /archive/, search works and result and suggestion URLs carry the prefix once", async () => {
  const page = await browser.newPage();
  await page.goto(`${subOrigin}/archive/search/?q=${encodeURIComponent("저커버그는")}`);
  const results = await searchResults(page);
  assert.ok(results.length >= 2, JSON.stringify(results));
  const links = [
    ...results.map((r) => r.href),
    ...(await page
      .locator("#suggestions a")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))),
  ];
  for (const href of links) {
    assert.ok(
      href.startsWith(`${subOrigin}/archive/`) && !href.startsWith(`${subOrigin}/archive/archive/`),
      href,
    );
    assert.equal((await page.request.get(href)).status(), 200, href);
  }
  await page.close();
});

test("feed, sitemap, robots.txt, .nojekyll: absolute URLs with the site URL exactly once", () => {
  const feed = readFileSync(path.join(sub.outputDir, "feed.xml"), "utf8");
  const entries = feed.match(/<entry>/g)?.length ?? 0;
  const dated = readdirSync(sub.articlesDir, { recursive: true }).filter(
    (f) => String(f).endsWith(".md") && !String(f).startsWith("undated"),
  ).length;
  assert.ok(
    dated > 0 && dated < sub.result.report!.counts.imported,
    "the sample has dated and undated articles",
  );
  assert.equal(entries, dated, "undated articles are not in the feed (an entry needs a real date)");
  assert.doesNotMatch(feed, /<updated>2000-01-01/);
  const hrefs = [...feed.matchAll(/<link href="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(hrefs.length === entries + 2);
  for (const h of hrefs) assert.ok(h.startsWith(SITE_URL) && !h.includes("/archive/archive/"), h);
  assert.match(feed, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  const locs = [
    ...readFileSync(path.join(sub.outputDir, "sitemap.xml"), "utf8").matchAll(
      /<loc>([^<]+)<\/loc>/g,
    ),
  ].map((m) => m[1]);
  assert.ok(locs.length > entries);
  for (const l of locs) assert.ok(l.startsWith(SITE_URL), l);
  assert.match(
    readFileSync(path.join(sub.outputDir, "robots.txt"), "utf8"),
    new RegExp(`Sitemap: ${SITE_URL}sitemap.xml`),
  );
  assert.ok(existsSync(path.join(sub.outputDir, ".nojekyll")));
  const home = readFileSync(path.join(sub.outputDir, "index.html"), "utf8");
  assert.match(home, new RegExp(`<meta property="og:url" content="${SITE_URL}">`));
});

test("without a site URL there is no sitemap (it needs absolute URLs) and robots.txt names none", () => {
  assert.equal(existsSync(path.join(full.outputDir, "sitemap.xml")), false);
  assert.doesNotMatch(readFileSync(path.join(full.outputDir, "robots.txt"), "utf8"), /Sitemap:/);
});

test("the full build's feed holds the 50 newest articles", () => {
  const feed = readFileSync(path.join(full.outputDir, "feed.xml"), "utf8");
  assert.equal(feed.match(/<entry>/g)?.length, 50);
  const dates = [...feed.matchAll(/<updated>([^<]+)<\/updated>/g)]
    .slice(1)
    .map((m) => Date.parse(m[1]));
  assert.ok(
    dates.every((d, i) => i === 0 || d <= dates[i - 1]),
    "newest first",
  );
});

test("every page has a description, OpenGraph title and description, a favicon and the feed link", () => {
  for (const rel of expectedPages(full.outputDir).filter((_, i) => i % 7 === 0)) {
    const html = readFileSync(path.join(full.outputDir, rel), "utf8");
    for (const re of [
      /<meta name="description" content="[^"]+">/,
      /<meta property="og:title" content="[^"]+">/,
      /<meta property="og:description" content="[^"]+">/,
      /<link rel="icon" href="[^"]*favicon\.svg"/,
      /<link rel="alternate" type="application\/atom\+xml"/,
    ]) {
      assert.match(html, re, rel);
    }
  }
});

test("base path and site URL settings: normalized, from the environment, the URL's path wins", () => {
  assert.equal(normalizeBase(""), "/");
  assert.equal(normalizeBase("repo"), "/repo/");
  assert.equal(normalizeBase("/repo"), "/repo/");
  assert.equal(normalizeBase("/a/b/"), "/a/b/");
  assert.equal(resolveSiteUrl("https://me.github.io/repo", "/"), "https://me.github.io/repo/");
  assert.equal(resolveSiteUrl("https://me.github.io", "/repo/"), "https://me.github.io/repo/");
  assert.equal(resolveSiteUrl("", "/repo/"), "");
  assert.throws(() => resolveSiteUrl("ftp://x/", "/"));
  const s = readSettings({
    SILLOK_SITE_URL: "https://me.github.io/repo",
    SILLOK_DATA: "/nonexistent",
  });
  assert.equal(s.basePath, "/repo/");
  assert.equal(s.siteUrl, "https://me.github.io/repo/");
  const t = readSettings({ SILLOK_BASE: "/archive", SILLOK_DATA: "/nonexistent" });
  assert.deepEqual([t.basePath, t.siteUrl], ["/archive/", ""]);
});
