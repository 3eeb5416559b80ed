/** Site build: article text is never code; index pages list what they should. */
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseArticleFile } from "../src/core/article.ts";
import { buildSite, type BuildResult } from "../src/cli/build.ts";
import { SAMPLE_UNDATED, samples, tempDir } from "./helpers.ts";
import { FIRST_DIR, NAMES_DIR } from "../src/search/names.ts";
import type { SearchData } from "../src/site/search-data.ts";

const root = tempDir();
const sourcesDir = samples(root);
const articlesDir = path.join(root, "articles");
const outputDir = path.join(root, "site");
let result: BuildResult;

const HOSTILE = [
  "테스트일보",
  "",
  "템플릿 문법이 든 기사",
  "",
  "프린트 페이스북 트위터 카카오스토리",
  "가격은 {{ price }}원으로 책정됐다.",
  "",
  "{% if x %}조건문{% endif %} 같은 문구도 그대로 보여야 한다.",
  "",
  "<script>alert(1)</script> 태그도 글자다.",
  "",
  "---",
  "",
  "# 제목처럼 보이는 줄과 *강조* 표시도 글자다.",
  "",
  "마지막 문단이다. 홍길동기자 gildong@example.com",
  "",
].join("\n");

before(async () => {
  writeFileSync(path.join(sourcesDir, "hostile.txt"), HOSTILE);
  writeFileSync(
    path.join(sourcesDir, "no-outlet.txt"),
    "다온시 도서관 착공\n\n다온시가 새 도서관을 짓기 시작했다. 시는 내년 봄에 문을 연다고 밝혔다.\n",
  );
  result = await buildSite({ sourcesDir, articlesDir, outputDir });
});

function pageOf(file: string): string {
  const r = result.report!.results.find((x) => x.file === file)!;
  const html = path.join(outputDir, "articles", r.article!.replace(/\.md$/, ""), "index.html");
  return readFileSync(html, "utf8");
}

test("every source imported and the site built", () => {
  assert.equal(
    result.report!.counts.imported,
    11,
    JSON.stringify(result.report!.results.filter((r) => r.status !== "imported")),
  );
  assert.ok(existsSync(path.join(outputDir, "index.html")));
  assert.ok(existsSync(path.join(outputDir, "pagefind", "pagefind-ui.js")));
});

test("template syntax, script tags and --- in an article show as text", () => {
  const html = pageOf("hostile.txt");
  assert.ok(html.includes("가격은 {{ price }}원으로 책정됐다."));
  assert.ok(html.includes("{% if x %}조건문{% endif %} 같은 문구도"));
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt; 태그도 글자다."));
  assert.ok(!html.includes("<script>alert(1)</script>"));
  assert.ok(html.includes("<p>---</p>"));
  assert.ok(html.includes("# 제목처럼 보이는 줄과 *강조* 표시도 글자다."));
});

test("the undated sample's page: title with backticks as text, 날짜 미상, reporter, caption, copyright, entity links", () => {
  const html = pageOf(SAMPLE_UNDATED);
  assert.ok(
    html.includes('<h1 data-pagefind-meta="title">배터리에서 AI로…전자업계 `새 짝짓기`</h1>'),
  );
  assert.ok(!html.includes("<code>"));
  assert.ok(html.includes("날짜 미상"));
  assert.ok(html.includes("한빛나 기자"));
  assert.ok(html.includes("가상의 사진 설명이다."));
  assert.ok(html.includes("저작권자 ⓒ디지털타임스, 무단 전재 및 재배포 금지"));
  assert.match(html, /href="(\.\.\/)+companies\/meta\/index\.html">메타</);
  assert.match(html, /href="(\.\.\/)+tags\/ev\/index\.html">전기차</);
  assert.ok(!html.includes("프린트 페이스북"));
});

test("company and tag pages list the undated sample; index pages count", () => {
  const meta = readFileSync(path.join(outputDir, "companies", "meta", "index.html"), "utf8");
  assert.ok(meta.includes("배터리에서 AI로…전자업계 `새 짝짓기`"));
  const ev = readFileSync(path.join(outputDir, "tags", "ev", "index.html"), "utf8");
  assert.ok(ev.includes("배터리에서 AI로…전자업계 `새 짝짓기`"));
  const companies = readFileSync(path.join(outputDir, "companies", "index.html"), "utf8");
  assert.match(companies, /href="meta\/index\.html">메타<\/a> <span class="count">\d+<\/span>/);
  const tags = readFileSync(path.join(outputDir, "tags", "index.html"), "utf8");
  assert.match(tags, /href="ev\/index\.html">전기차<\/a>/);
});

test("titles and descriptions are escaped once in <title> and meta (no &amp;#39;)", () => {
  const html = pageOf("sample-04-ai-platforms.txt");
  assert.ok(
    html.includes(
      "<title>생성형 AI 경쟁 가열…국내 플랫폼 &#39;한국형 모델&#39; 고도화 · 실록</title>",
    ),
    html.match(/<title>.*<\/title>/)?.[0],
  );
  assert.ok(!/&amp;(#39|quot|amp);/.test(html));
});

test("dates show in Korea time: a 00:10 KST article is filed in January 2024", () => {
  const jan = readFileSync(path.join(outputDir, "archive", "2024", "01", "index.html"), "utf8");
  assert.ok(jan.includes("2024년 1월 2일 00:10"));
});

test("no page loads anything from another host", () => {
  for (const rel of ["index.html", "search/index.html", "companies/index.html"]) {
    const html = readFileSync(path.join(outputDir, rel), "utf8");
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, rel);
  }
});

test("the home page counts outlets, not 매체 미상 (the page of articles that name none)", () => {
  const outlets = new Set<string | null>();
  for (const r of result.report!.results.filter((x) => x.article))
    outlets.add(
      parseArticleFile(readFileSync(path.join(articlesDir, r.article!), "utf8")).meta.outlet,
    );
  assert.ok(outlets.has(null), "an article names no outlet");
  assert.ok(
    existsSync(path.join(outputDir, "outlets", "unknown", "index.html")),
    "매체 미상 has its page",
  );
  const home = readFileSync(path.join(outputDir, "index.html"), "utf8");
  const shown = /<strong>(\d+)<\/strong> 매체/.exec(home);
  assert.ok(shown, "the home page shows an outlet figure");
  assert.equal(Number(shown[1]), outlets.size - 1);
});

test("each name with search hits has its first page: its newest articles, each a page of the site, with the name marked", () => {
  const parts = readdirSync(path.join(outputDir, NAMES_DIR)).filter((f) => f !== "index.json");
  const named = parts.flatMap(
    (f) =>
      (JSON.parse(readFileSync(path.join(outputDir, NAMES_DIR, f), "utf8")) as SearchData).entities,
  );
  const withHits = [...new Map(named.filter((e) => e.hits).map((e) => [e.name, e])).values()];
  assert.ok(withHits.length >= 3, `${withHits.length} names with hits`);
  for (const e of withHits) {
    assert.ok(e.first && /^[0-9a-f]{12}$/.test(e.first), `${e.name}: ${e.first}`);
    const file = path.join(outputDir, FIRST_DIR, `${e.first}.json`);
    const rows = JSON.parse(readFileSync(file, "utf8")) as { url: string; excerpt: string }[];
    assert.equal(rows.length, Math.min(e.hits, 10), e.name);
    for (const r of rows) assert.ok(existsSync(path.join(outputDir, r.url, "index.html")), r.url);
    assert.ok(
      rows.some((r) => r.excerpt.includes("<mark>")),
      `${e.name}: nothing marked`,
    );
  }
  assert.ok(
    named.filter((e) => !e.hits).every((e) => !e.first),
    "no first page without hits",
  );
});
