/**
 * The browse pages' data and templates (issue 4): jump index, chart, related articles,
 * previous/next, pagination with stable URLs, years and months, and one Eleventy build of a
 * small synthetic archive to check what the templates print.
 */
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { serializeArticle, type ArticleMeta } from "../src/core/article.ts";
import { loadArchive, PAGE_SIZE, type Archive } from "../src/site/archive.ts";
import { initialOf, groupByInitial } from "../src/site/lists.ts";
import { fillMonths, mentionsChart } from "../src/site/chart.ts";
import { relatedArticles, prevNext } from "../src/site/related.ts";
import { buildSite, runEleventy } from "../src/cli/build.ts";
import { resolveSettings } from "../src/site/settings.ts";
import { tempDir } from "./helpers.ts";

test("jump index: initial consonants, tense under plain, Latin and digits grouped", () => {
  assert.equal(initialOf("삼성전자"), "ㅅ");
  assert.equal(initialOf("쌍용"), "ㅅ");
  assert.equal(initialOf("까사미아"), "ㄱ");
  assert.equal(initialOf("현대차"), "ㅎ");
  assert.equal(initialOf("LG"), "A–Z");
  assert.equal(initialOf("3M"), "0–9");
  assert.equal(initialOf("㈜LG"), "기타");
  const groups = groupByInitial(["나", "가", "LG", "다"], (x) => x);
  assert.deepEqual(
    groups.filter((g) => g.items.length).map((g) => [g.label, g.anchor, g.items]),
    [
      ["ㄱ", "i-g", ["가"]],
      ["ㄴ", "i-n", ["나"]],
      ["ㄷ", "i-d", ["다"]],
      ["A–Z", "i-latin", ["LG"]],
    ],
  );
});

test("chart: months filled with zeros, accessible SVG with title and description, no script", () => {
  const series = fillMonths(
    new Map([
      ["2023-11", 2],
      ["2024-02", 5],
    ]),
  );
  assert.deepEqual(
    series.map((s) => `${s.month}:${s.count}`),
    ["2023-11:2", "2023-12:0", "2024-01:0", "2024-02:5"],
  );
  const svg = mentionsChart(series, "삼성전자");
  assert.match(
    svg,
    /^<svg [^>]*role="img" aria-labelledby="mentions-chart-title mentions-chart-desc"/,
  );
  assert.match(svg, /<title id="mentions-chart-title">삼성전자: 월별 언급 횟수<\/title>/);
  assert.match(
    svg,
    /<desc id="mentions-chart-desc">2023년 11월부터 2024년 2월까지 4개월 동안 언급 모두 7회\. 가장 많은 달: 2024년 2월 5회, 2023년 11월 2회\.<\/desc>/,
  );
  assert.equal((svg.match(/<rect class="bar"/g) ?? []).length, 2);
  assert.doesNotMatch(svg, /<script/);
  assert.equal(mentionsChart([], "x"), "");
  assert.match(mentionsChart(series, "&<x>"), /&amp;&lt;x&gt;/);
});

test("related: most shared entities first, then nearest in time; at most 5; prev/next by date", () => {
  const d = (day: number) => `2024-03-${String(day).padStart(2, "0")}T09:00:00+09:00`;
  const arts = [
    { url: "/a/", date: d(10), keys: ["c:1", "c:2", "p:1"] },
    { url: "/b/", date: d(1), keys: ["c:1", "c:2", "p:1"] }, // shares 3, far
    { url: "/c/", date: d(11), keys: ["c:1"] }, // shares 1, near
    { url: "/d/", date: d(9), keys: ["c:1", "c:2"] }, // shares 2
    { url: "/e/", date: null, keys: ["c:1", "c:2"] }, // shares 2, undated: after d
    { url: "/f/", date: d(12), keys: ["t:9"] }, // shares nothing
  ];
  const rel = relatedArticles(arts);
  assert.deepEqual(
    rel[0].map((i) => arts[i].url),
    ["/b/", "/d/", "/e/", "/c/"],
  );
  assert.deepEqual(rel[5], []);
  const many = Array.from({ length: 20 }, (_, i) => ({
    url: `/x${i}/`,
    date: d(i + 1),
    keys: ["c:1"],
  }));
  assert.equal(relatedArticles(many)[0].length, 5);
  const pn = prevNext(arts);
  assert.deepEqual(
    [pn[0].prev, pn[0].next].map((i) => (i === null ? null : arts[i].url)),
    ["/d/", "/c/"],
  );
  assert.deepEqual(pn[1].prev, null);
  assert.deepEqual(pn[4], { prev: null, next: null }, "undated: neither");
});

/** Writes a synthetic archive: 65 articles naming 삼성전자 (and others), over three months. */
function writeArchive(dir: string): void {
  const base: Omit<ArticleMeta, "title" | "date" | "companies" | "people" | "tags" | "mentions"> = {
    outlet: "연합뉴스",
    dateSource: "text",
    reporters: [],
    captions: [],
    copyright: null,
    subtitle: undefined,
    source: { file: "x.txt", sha256: "0", encoding: "utf-8" },
  };
  for (let i = 0; i < 65; i++) {
    const month = ["01", "02", "04"][i % 3];
    const date = `2024-${month}-${String((i % 27) + 1).padStart(2, "0")}T09:00:00+09:00`;
    const meta = {
      ...base,
      title: `기사 ${i}`,
      date,
      tags: ["반도체"],
      companies: i % 2 ? ["삼성전자", "SK하이닉스"] : ["삼성전자"],
      people: i % 5 === 0 ? ["이재용"] : [],
      mentions: { 삼성전자: 2, SK하이닉스: 1, 이재용: 1 },
      // One article with a role written (특파원) beside one without (the default, 기자).
      ...(i === 3
        ? {
            reporters: [
              { name: "가나다", role: "특파원" },
              { name: "라마바", email: "r@example.com" },
            ],
          }
        : {}),
    } as ArticleMeta;
    delete (meta as Partial<ArticleMeta>).subtitle;
    const rel = path.join(dir, "2024", month, `a-${String(i).padStart(3, "0")}.md`);
    mkdirSync(path.dirname(rel), { recursive: true });
    writeFileSync(rel, serializeArticle({ meta, paragraphs: [`본문 ${i}.`] }));
  }
  const undated = {
    ...base,
    outlet: null,
    title: "날짜 없는 기사",
    date: null,
    dateSource: "none",
    tags: [],
    companies: ["메타"],
    people: [],
  } as ArticleMeta;
  delete (undated as Partial<ArticleMeta>).subtitle;
  mkdirSync(path.join(dir, "undated"), { recursive: true });
  writeFileSync(
    path.join(dir, "undated", "u.md"),
    serializeArticle({ meta: undated, paragraphs: ["본문."] }),
  );
}

const root = tempDir();
const articlesDir = path.join(root, "articles");
const outputDir = path.join(root, "site");
let archive: Archive;
before(async () => {
  writeArchive(articlesDir);
  archive = loadArchive(articlesDir);
  await runEleventy({ settings: resolveSettings({ articlesDir, outputDir }, {}) });
});

test("entity data: counts, mentions, first/last, parent and members, named alongside, pagination", () => {
  const se = archive.entities.company.find((e) => e.id === "samsung-electronics")!;
  assert.equal(se.count, 65);
  assert.equal(se.mentionCount, 130);
  assert.equal(se.kindLabel, "기업");
  assert.deepEqual(
    se.parent,
    { id: "samsung-group", name: "삼성", url: null },
    "the group has no article, so no page and no link",
  );
  assert.match(se.first!.title, /^기사 \d+$/);
  assert.ok(se.first!.dateDisplay.startsWith("2024년 1월"));
  assert.ok(se.last!.dateDisplay.startsWith("2024년 4월"));
  assert.deepEqual(
    se.companiesAlongside.map((c) => [c.name, c.count]),
    [["SK하이닉스", 32]],
  );
  assert.deepEqual(
    se.peopleAlongside.map((c) => [c.name, c.count]),
    [["이재용", 13]],
  );
  assert.match(se.chart, /2024년 1월부터 2024년 4월까지 4개월/);
  const pages = archive.entityPages.filter((p) => p.entity === se);
  assert.equal(PAGE_SIZE, 30);
  assert.deepEqual(
    pages.map((p) => [p.url, p.articles.length]),
    [
      ["/companies/samsung-electronics/", 30],
      ["/companies/samsung-electronics/2/", 30],
      ["/companies/samsung-electronics/3/", 5],
    ],
  );
  assert.ok(pages[0].articles[0].date! >= pages[0].articles[29].date!, "newest first");
  const hynix = archive.entities.company.find((e) => e.id === "sk-hynix")!;
  assert.equal(hynix.parent?.name, "SK그룹");
});

test("browse lists, years, months and undated", () => {
  const views = archive.indexes
    .filter((ix) => ix.type === "company")
    .map((ix) => [ix.sort, ix.url, ix.entities.map((e) => e.name).join(",")]);
  assert.deepEqual(views, [
    ["count", "/companies/", "삼성전자,SK하이닉스,메타"],
    ["name", "/companies/name/", "메타,삼성전자,SK하이닉스"],
  ]);
  assert.deepEqual(
    archive.years.map((y) => [y.year, y.count, y.months.map((m) => m.url)]),
    [["2024", 65, ["/archive/2024/01/", "/archive/2024/02/", "/archive/2024/04/"]]],
  );
  assert.equal(archive.undated?.count, 1);
  const a = archive.articles.find((x) => x.title === "기사 4")!;
  assert.equal(a.related.length, 5);
  assert.ok(a.prev && a.next);
});

test("templates: list views with jump index, entity page with chart, article related links, archive pages", () => {
  const read = (rel: string) => readFileSync(path.join(outputDir, rel), "utf8");
  const byCount = read("companies/index.html");
  assert.match(
    byCount,
    /<strong aria-current="page">기사 많은 순<\/strong> <a href="name\/index.html">가나다순<\/a>/,
  );
  assert.match(byCount, /<a href="name\/index.html#i-s">ㅅ<\/a>/);
  assert.match(byCount, /<span aria-disabled="true">ㄱ<\/span>/);
  const byName = read("companies/name/index.html");
  assert.match(
    byName,
    /<h2 id="i-s">ㅅ<\/h2>[\s\S]*삼성전자[\s\S]*<h2 id="i-latin">A–Z<\/h2>[\s\S]*SK하이닉스/,
  );
  const se = read("companies/samsung-electronics/index.html");
  assert.match(se, /<dt>종류<\/dt><dd>기업/);
  assert.match(se, /<dt>소속 그룹<\/dt><dd>삼성<\/dd>/);
  assert.match(se, /<dt>기사<\/dt><dd>65건 · 언급 130회/);
  assert.match(se, /<dt>처음 언급<\/dt><dd><a href="[^"]+">[^<]+<\/a><\/dd>/);
  assert.match(se, /<dt>마지막 언급<\/dt><dd><a href="[^"]+">[^<]+<\/a><\/dd>/);
  // An outlet's first and latest articles are its articles, not mentions of it.
  const outlet = archive.entities.outlet.find((e) => e.first && e.id !== "unknown")!;
  const outletPage = read(`outlets/${outlet.id}/index.html`);
  assert.match(outletPage, /<dt>첫 기사<\/dt><dd><a href="[^"]+">[^<]+<\/a><\/dd>/);
  assert.match(outletPage, /<dt>최근 기사<\/dt><dd><a href="[^"]+">[^<]+<\/a><\/dd>/);
  assert.doesNotMatch(outletPage, /<dt>(?:처음|마지막) 언급<\/dt>/);
  assert.match(se, /<svg class="mentions-chart"[^>]*role="img"/);
  assert.match(se, /함께 자주 나온 기업·인물[\s\S]*SK하이닉스/);
  assert.match(se, /<a rel="next" href="2\/index.html">/);
  assert.ok(existsSync(path.join(outputDir, "companies/samsung-electronics/3/index.html")));
  assert.doesNotMatch(
    read("companies/samsung-electronics/2/index.html"),
    /mentions-chart/,
    "chart on page 1 only",
  );
  const article = read("articles/2024/01/a-003/index.html");
  assert.match(article, /<h2 id="related-h">관련 기사<\/h2>/);
  assert.match(
    article,
    /<span class="reporters">가나다 특파원, 라마바 기자 <a href="mailto:r@example.com">r@example.com<\/a><\/span>/,
    "a role as written; none is 기자",
  );
  assert.match(article, /rel="prev" class="prev" href="[^"]+index.html"><span>← 이전 기사<\/span>/);
  assert.match(
    read("archive/index.html"),
    /<a href="2024\/01\/index.html">2024년 1월<\/a> <span class="count">22<\/span>/,
  );
  assert.match(read("archive/index.html"), /<a href="undated\/index.html">날짜 미상 기사<\/a>/);
  assert.match(read("archive/2024/index.html"), /2024년 4월/);
  assert.match(read("archive/undated/index.html"), /날짜 없는 기사/);
  assert.match(read("people/name/index.html"), /이재용/);
});

test("two builds in one process, with different folders and settings, each get their own site", async () => {
  // Second archive: one article, its own data folder (another site title), base path and site URL.
  const other = tempDir();
  const otherArticles = path.join(other, "articles");
  const otherData = path.join(other, "_data");
  mkdirSync(path.join(otherArticles, "2023", "05"), { recursive: true });
  mkdirSync(otherData);
  writeFileSync(path.join(otherData, "site.yaml"), "title: 둘째 아카이브\n");
  const meta = {
    ...archive.articles[0],
    outlet: "한겨레",
    title: "다른 폴더의 기사",
    date: "2023-05-02T10:00:00+09:00",
    dateSource: "text",
    tags: [],
    companies: [],
    people: [],
    reporters: [],
    captions: [],
    copyright: null,
    source: { file: "y.txt", sha256: "1", encoding: "utf-8" },
  } as unknown as ArticleMeta;
  for (const k of [
    "url",
    "file",
    "html",
    "excerpt",
    "month",
    "dateDisplay",
    "related",
    "prev",
    "next",
    "subtitle",
  ])
    delete (meta as unknown as Record<string, unknown>)[k];
  writeFileSync(
    path.join(otherArticles, "2023", "05", "b.md"),
    serializeArticle({ meta, paragraphs: ["다른 본문."] }),
  );
  const first = path.join(other, "site-a"),
    second = path.join(other, "site-b");
  const common = { sourcesDir: path.join(other, "sources"), skipImport: true };
  await buildSite({ ...common, articlesDir, outputDir: first, basePath: "/one/" });
  await buildSite({
    ...common,
    articlesDir: otherArticles,
    outputDir: second,
    dataDir: otherData,
    basePath: "/two/",
    siteUrl: "https://example.org/two/",
  });
  const a = (f: string) => readFileSync(path.join(first, f), "utf8");
  const b = (f: string) => readFileSync(path.join(second, f), "utf8");
  assert.match(a("index.html"), /전체 기사 66건 보기/);
  assert.match(b("index.html"), /전체 기사 1건 보기/);
  assert.match(
    b("index.html"),
    /<h1>둘째 아카이브 <small>/,
    "the site.yaml of the build's data folder",
  );
  assert.doesNotMatch(a("index.html"), /둘째 아카이브/);
  assert.match(a("404.html"), /<a class="brand" href="\/one\/">/);
  assert.match(b("404.html"), /<a class="brand" href="\/two\/">/);
  assert.ok(existsSync(path.join(second, "articles", "2023", "05", "b", "index.html")));
  assert.ok(!existsSync(path.join(first, "articles", "2023")));
  assert.match(b("feed.xml"), /https:\/\/example\.org\/two\/articles\/2023\/05\/b\//);
  assert.doesNotMatch(a("feed.xml"), /example\.org/);
  // And the first folder again, after the second: nothing of the second build stays behind.
  await buildSite({ ...common, articlesDir, outputDir: first, basePath: "/one/" });
  assert.match(a("index.html"), /전체 기사 66건 보기/);
  assert.match(a("404.html"), /<a class="brand" href="\/one\/">/);
});

test("articles that name no outlet are listed under 매체 미상 (/outlets/unknown/), linked from the article", () => {
  const unknown = archive.entities.outlet.find((e) => e.id === "unknown")!;
  assert.equal(unknown.name, "매체 미상");
  assert.deepEqual(
    unknown.articles.map((a) => a.title),
    ["날짜 없는 기사"],
  );
  const page = readFileSync(path.join(outputDir, "outlets", "unknown", "index.html"), "utf8");
  assert.match(page, /<h1>매체 미상<\/h1>/);
  assert.match(page, /날짜 없는 기사/);
  assert.match(readFileSync(path.join(outputDir, "outlets", "index.html"), "utf8"), /매체 미상/);
  const article = readFileSync(
    path.join(outputDir, "articles", "undated", "u", "index.html"),
    "utf8",
  );
  assert.match(
    article,
    /<a class="outlet" href="[^"]*outlets\/unknown\/index\.html">매체 미상<\/a>/,
  );
});
