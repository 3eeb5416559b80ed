/** The search page's pure modules: hidden search words, excerpts, nearest names, the address, the entity index in parts, what the page says. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SHIPPED_GRAMMAR } from "./helpers.ts";
import {
  buildNameMatcher,
  entityToken,
  innerPieces,
  namesInText,
  searchWords,
} from "../src/site/search-words.ts";
import type { SearchEntity } from "../src/site/search-data.ts";
import { excerpt, markSpans } from "../src/search/excerpt.ts";
import { editDistance, jamo, nearestNames } from "../src/search/spelling.ts";
import { readState, toggleFacet, writeState } from "../src/search/state.ts";
import { shardFile, shardKey, shardsForQuery, splitSearchData } from "../src/search/names.ts";
import { facetGroups, resultHeading, statusLine, unionCounts } from "../src/search/results.ts";
import { analyzeQuery, buildNameIndex, outletsNamed } from "../src/search/query.ts";
import { markRule } from "../src/search/excerpt.ts";
import { facetsHtml, nearestHtml, resultHtml, suggestionsHtml } from "../src/search/html.ts";

const entity = (
  type: SearchEntity["type"],
  name: string,
  forms: string[] = [],
  extra: Partial<SearchEntity> = {},
): SearchEntity => ({
  type,
  name,
  forms: [name, ...forms],
  url: `/x/${name}/`,
  count: 3,
  parent: null,
  hits: 3,
  ...extra,
});

const matcher = buildNameMatcher(
  [
    { name: "메타", forms: ["메타", "Meta", "메타플랫폼스"] },
    { name: "애플", forms: ["애플", "Apple"] },
    { name: "삼성", forms: ["삼성", "Samsung"] },
    { name: "LG", forms: ["LG"] },
    { name: "마크 저커버그", forms: ["마크 저커버그", "저커버그"] },
    { name: "삼성E&A", forms: ["삼성E&A"] },
  ],
  SHIPPED_GRAMMAR,
);
const found = (text: string) => [...namesInText(text, matcher)].sort();

test("a name stands as a word: bare, before particles or punctuation; never opening a longer word", () => {
  assert.deepEqual(found("메타는 메타버스에"), ["메타"]);
  assert.deepEqual(found("메타(Meta)가 말했다"), ["메타"]);
  assert.deepEqual(found("메타·애플 협력"), ["메타", "애플"]);
  assert.deepEqual(found("메타버스와 애플리케이션, 삼성동 LG트윈타워에서"), []);
  assert.deepEqual(found("마크 저커버그에게"), ["마크 저커버그"]);
  assert.deepEqual(found("마크 저커버그재단"), []);
  assert.deepEqual(found("삼성E&A는 LG의"), ["LG", "삼성E&A"]);
  assert.deepEqual(found("Samsung Electronics"), ["삼성"]);
});

test("hidden words: the tokens of names standing or filed, and the pieces Pagefind would join", () => {
  assert.deepEqual(innerPieces("AI·반도체 메타(Meta)는 대토", SHIPPED_GRAMMAR), ["반도체", "meta"]);
  const w = searchWords(
    { title: "메타버스 열풍", html: "<p>애플&amp;구글 저커버그는</p>", filed: ["삼성"] },
    matcher,
  );
  assert.deepEqual([...w.names].sort(), ["마크 저커버그", "삼성", "애플"]);
  assert.deepEqual(w.words.split(" "), [
    entityToken("애플"),
    entityToken("마크 저커버그"),
    entityToken("삼성"),
    "구글",
  ]);
  assert.equal(entityToken("Sam Altman"), "zqsamaltmanqz");
});

test("excerpts mark what the search matched: a name standing (with its particle), a plain word's whole word", () => {
  const idx = buildNameIndex(
    {
      entities: [
        entity("company", "메타", ["Meta"]),
        entity("person", "마크 저커버그", ["저커버그"]),
      ],
    },
    SHIPPED_GRAMMAR,
  );
  const rule = markRule(analyzeQuery("저커버그 반도체", idx), SHIPPED_GRAMMAR);
  const text = "메타버스를 만든 저커버그에게 반도체업계가 물었다. 메타는 답했다.";
  assert.equal(
    excerpt(text, rule),
    "메타버스를 만든 <mark>저커버그에게</mark> <mark>반도체업계가</mark> 물었다. 메타는 답했다.",
  );
  assert.deepEqual(
    markSpans("메타버스 메타의", markRule(analyzeQuery("메타", idx), SHIPPED_GRAMMAR)),
    [[5, 8]],
  );
  assert.equal(
    excerpt("<b> & 대토보상", markRule(analyzeQuery("대토", idx), SHIPPED_GRAMMAR)),
    "&#60;b&#62; &#38; <mark>대토보상</mark>",
  );
  const long = `${"가나다 ".repeat(60)}삼성전자 반도체 ${"라마바 ".repeat(60)}`;
  const ex = excerpt(long, markRule(analyzeQuery("반도체", idx), SHIPPED_GRAMMAR));
  assert.ok(ex.startsWith("… ") && ex.endsWith(" …") && ex.includes("<mark>반도체</mark>"), ex);
});

test("nearest names by jamo: 저커벅 → 저커버그, 윤석렬 → 윤석열, 삼성젼자 → 삼성전자; nothing far or without articles", () => {
  assert.deepEqual(jamo("각"), ["L0", "V0", "T1"]);
  assert.equal(editDistance(jamo("윤석렬"), jamo("윤석열")), 1);
  const es = [
    entity("person", "마크 저커버그", ["저커버그"]),
    entity("person", "윤석열"),
    entity("company", "삼성전자"),
    entity("company", "삼성SDI", [], { hits: 0 }),
    entity("tag", "반도체"),
  ];
  const near = (w: string) => nearestNames(w, es).map((e) => e.name);
  assert.deepEqual(near("저커벅"), ["마크 저커버그"]);
  assert.deepEqual(near("윤석렬"), ["윤석열"]);
  assert.deepEqual(near("삼성젼자"), ["삼성전자"]);
  assert.deepEqual(near("삼성SD"), []);
  assert.deepEqual(near("반도채"), []);
  assert.deepEqual(near("대통령"), []);
});

test("the address round-trips the state; unknown values are dropped", () => {
  const s = readState(
    "?q=%EC%A0%80%EC%BB%A4%EB%B2%84%EA%B7%B8&sort=newest&year=2024&year=2023&company=%EB%A9%94%ED%83%80&sort2=x",
  );
  assert.deepEqual(s, {
    q: "저커버그",
    sort: "newest",
    selection: { 기업: ["메타"], 연도: ["2024", "2023"] },
  });
  assert.equal(readState(writeState(s)).q, "저커버그");
  assert.deepEqual(readState(writeState(s)), s);
  assert.equal(writeState({ q: "  ", sort: "", selection: {} }), "");
  assert.equal(readState("?sort=sideways").sort, "");
  assert.deepEqual(toggleFacet({ 연도: ["2024"] }, "연도", "2023", true), {
    연도: ["2024", "2023"],
  });
  assert.deepEqual(toggleFacet({ 연도: ["2024"] }, "연도", "2024", false), { 연도: [] });
});

test("the entity index in parts: by first character, each part with its group and members", () => {
  const data = {
    entities: [
      entity("company", "삼성", ["Samsung"]),
      entity("company", "삼성전자", [], { parent: "삼성" }),
      entity("company", "하만", ["Harman"], { parent: "삼성" }),
      entity("tag", "반도체"),
    ],
  };
  const parts = splitSearchData(data);
  assert.deepEqual([...parts.keys()].sort(), ["h", "s", "반", "삼", "하"]);
  assert.deepEqual(
    parts.get("삼")!.entities.map((e) => e.name),
    ["삼성", "삼성전자", "하만"],
  );
  assert.deepEqual(
    parts.get("h")!.entities.map((e) => e.name),
    ["삼성", "하만"],
  );
  assert.equal(shardKey("  Samsung "), "s");
  assert.equal(shardFile("삼"), "c0bc.json");
  assert.deepEqual(shardsForQuery(["삼성은", "%", "Harman"], { keys: "hs반삼하" }), ["삼", "h"]);
});

test("what the page says: counts, a name with no articles, facets that leave nothing", () => {
  assert.equal(
    statusLine({ q: "메타", selection: {}, total: 1234, absent: [] }),
    "‘메타’ 검색 결과 1,234건",
  );
  assert.equal(
    statusLine({ q: "화웨이", selection: {}, total: 0, absent: [entity("company", "화웨이")] }),
    "이 아카이브에는 ‘화웨이’에 관한 기사가 없습니다.",
  );
  // Typed as another spelling (an alias), the message names what was typed, then the entry.
  assert.equal(
    statusLine({
      q: "농협은",
      selection: {},
      total: 0,
      absent: [entity("company", "농협중앙회", ["농협", "NH"])],
    }),
    "이 아카이브에는 ‘농협’(농협중앙회)에 관한 기사가 없습니다.",
  );
  // A reporter's name alone that no article text uses: the status points at the byline links.
  assert.equal(
    statusLine({
      q: "정하람",
      selection: {},
      total: 0,
      absent: [],
      signed: [{ name: "정하람", hits: 3 }],
    }),
    "‘정하람’ 검색 결과가 없습니다. 바이라인이 ‘정하람’인 기사는 아래 링크로 찾을 수 있습니다.",
  );
  assert.equal(
    statusLine({ q: "메타", selection: { 연도: ["2024"] }, total: 0, absent: [] }),
    "‘메타’ 검색 결과가 선택한 조건(연도: 2024) 안에는 없습니다.",
  );
  assert.equal(
    statusLine({ q: "%", selection: {}, total: 0, absent: [] }),
    "‘%’ 검색 결과가 없습니다.",
  );
  const g = facetGroups(
    {
      연도: { "2023": 2, "2024": 5, "날짜 미상": 1 },
      기업: Object.fromEntries("가나다라마바사아자차".split("").map((c, i) => [c, i])),
    },
    { 기업: ["가"] },
    new Set(),
  );
  assert.deepEqual(
    g.map((x) => [x.facet, x.total, x.values.length]),
    [
      ["기업", 10, 9],
      ["연도", 3, 3],
    ],
  );
  assert.deepEqual(
    g[1].values.map((v) => v.value),
    ["2024", "2023", "날짜 미상"],
  );
  assert.ok(g[0].values.find((v) => v.value === "가")!.chosen);
  assert.deepEqual(
    resultHeading({
      url: "/a/",
      meta: { title: "제목" },
      filters: { 매체: ["한겨레"], 일자: ["2024년 3월 5일 08:30"] },
    }),
    { title: "제목", outlet: "한겨레", date: "2024년 3월 5일 08:30" },
  );
  assert.deepEqual(unionCounts([{ 기업: { a: 2 } }, { 기업: { a: 3, b: 1 } }]), {
    기업: { a: 3, b: 1 },
  });
});

test("an outlet's name that no article text holds: the status points at the outlet's page, with its articles", () => {
  const idx = buildNameIndex(
    {
      entities: [
        entity("outlet", "가나일보", [], { count: 301, hits: 0 }),
        entity("outlet", "다라신문", [], { url: null, count: 0, hits: 0 }),
      ],
    },
    SHIPPED_GRAMMAR,
  );
  const parts = analyzeQuery("가나일보의", idx);
  assert.deepEqual(
    outletsNamed(parts).map((e) => e.name),
    ["가나일보"],
  );
  assert.equal(
    statusLine({
      q: "가나일보의",
      selection: {},
      total: 0,
      absent: [],
      outlets: outletsNamed(parts),
    }),
    "‘가나일보의’ 검색 결과가 없습니다. 매체 ‘가나일보’의 기사 301건은 위의 매체 링크에서 볼 수 있습니다.",
  );
  // An outlet with no page is no pointer; results found are counted as ever.
  assert.deepEqual(outletsNamed(analyzeQuery("다라신문", idx)), []);
  assert.equal(
    statusLine({
      q: "가나일보",
      selection: {},
      total: 2,
      absent: [],
      outlets: outletsNamed(parts),
    }),
    "‘가나일보’ 검색 결과 2건",
  );
});

test("the page's markup: results, facets and suggestions escape what they show", () => {
  const r = resultHtml(
    {
      url: "/articles/a/",
      excerpt: "",
      content: "메타는 <b>새</b> 모델을 냈다",
      meta: { title: "메타 & <AI>" },
      filters: { 매체: ["한겨레"], 일자: ["2024년 3월 1일"] },
    },
    markRule(
      analyzeQuery(
        "메타",
        buildNameIndex({ entities: [entity("company", "메타")] }, SHIPPED_GRAMMAR),
      ),
      SHIPPED_GRAMMAR,
    ),
  );
  assert.match(r, /<a class="article-title" href="\/articles\/a\/">메타 &#38; &#60;AI&#62;<\/a>/);
  assert.match(r, /<span class="outlet">한겨레<\/span><span class="date">2024년 3월 1일<\/span>/);
  assert.ok(!r.includes("<b>"), "article text is text");
  const f = facetsHtml({ 연도: { "2024": 3, "2023": 1 } }, { 연도: ["2024"] }, new Set());
  assert.match(f, /<legend>연도<\/legend>/);
  assert.match(
    f,
    /value="2024" checked><label for="f-year-2024">2024 <span class="count">3<\/span>/,
  );
  const base = new URL("https://example.org/archive/");
  const chips = suggestionsHtml(
    [{ entity: entity("tag", "검찰·경찰", [], { url: "/tags/x/" }) }],
    base,
  );
  assert.match(chips, /href="https:\/\/example.org\/archive\/tags\/x\/">검찰·경찰 · 태그 · 3건/);
  assert.equal(nearestHtml([]), "");
});
