/** The Korean query module (src/search/query.ts) on the project's real dictionaries. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import type { Archive, EntityView } from "../src/site/archive.ts";
import { buildSearchData } from "../src/site/search-data.ts";
import { analyzeQuery, buildNameIndex, combineFilters, mergeResults, nameKey, orderBy, planSearches, reduceTerms, stemWord, suggestions, termOccurs } from "../src/search/query.ts";

const view = (type: EntityView["type"], id: string, name: string, url: string, count: number): EntityView =>
  ({ type, id, name, url, count, aliases: [], articles: [] }) as unknown as EntityView;
const archive = {
  articles: [], entityPages: [], problems: [],
  entities: {
    company: [view("company", "meta", "메타", "/companies/meta/", 23), view("company", "samsung-electronics", "삼성전자", "/companies/samsung-electronics/", 9)],
    person: [view("person", "mark-zuckerberg", "마크 저커버그", "/people/mark-zuckerberg/", 4), view("person", "sam-altman", "샘 올트먼", "/people/sam-altman/", 2)],
    tag: [], outlet: [], month: [],
  },
} as unknown as Archive;
const data = buildSearchData(archive, loadDictionaries());
const index = buildNameIndex(data);
const known = (s: string) => index.byKey.has(nameKey(s));
const stems = (q: string) => analyzeQuery(q, index).map((p) => p.stem);

test("a particle after a name is stripped: 저커버그는 / 저커버그에게 / 저커버그와의 / 저커버그로부터 → 저커버그", () => {
  for (const q of ["저커버그는", "저커버그에게", "저커버그와의", "저커버그로부터", "저커버그에게서", "저커버그"]) {
    assert.deepEqual(stems(q), ["저커버그"], q);
  }
});

test("every particle the issue names is stripped from an unknown noun", () => {
  for (const p of ["은", "는", "이", "가", "을", "를", "의", "에", "에게", "에서", "와", "과", "도", "로", "으로", "만", "까지", "부터", "보다", "처럼", "이나", "과의", "와의", "에게서", "로부터"]) {
    assert.equal(stemWord(`반도체${p}`, () => false), "반도체", p);
  }
});

test("a known name is never over-stripped: 화웨이 stays, 삼성전자와 → 삼성전자 (not 삼성), 메타의 → 메타", () => {
  assert.equal(stemWord("화웨이", known), "화웨이");
  assert.equal(stemWord("화웨이가", known), "화웨이");
  assert.equal(stemWord("삼성전자와", known), "삼성전자");
  assert.equal(stemWord("메타의", known), "메타");
  assert.equal(stemWord("LG는", known), "LG");
});

test("words without a particle stay as typed; Latin words are left alone", () => {
  assert.equal(stemWord("반도체", () => false), "반도체");
  assert.equal(stemWord("AI", () => false), "AI");
  assert.equal(stemWord("나", () => false), "나");
});

test("an alias stands for its entity: Zuckerberg, 주커버그, 알트만, Samsung", () => {
  const entityOf = (q: string) => analyzeQuery(q, index).flatMap((p) => p.entities.map((e) => e.name));
  assert.deepEqual(entityOf("Zuckerberg"), ["마크 저커버그"]);
  assert.deepEqual(entityOf("주커버그는"), ["마크 저커버그"]);
  assert.deepEqual(entityOf("알트만"), ["샘 올트먼"]);
  assert.ok(entityOf("Samsung").length >= 1, "Samsung names an entity");
  assert.ok(entityOf("Samsung").every((n) => n.startsWith("삼성")), JSON.stringify(entityOf("Samsung")));
});

test("a multi-word name is one part: 마크 저커버그에게 / Mark Zuckerberg", () => {
  const parts = analyzeQuery("마크 저커버그에게 메타버스", index);
  assert.deepEqual(parts.map((p) => p.text), ["마크 저커버그에게", "메타버스"]);
  assert.equal(parts[0].entities[0].name, "마크 저커버그");
  assert.equal(analyzeQuery("Mark Zuckerberg", index).length, 1);
});

test("an entity part searches its filter and every spelling not subsumed by another", () => {
  const [p] = analyzeQuery("저커버그는", index);
  assert.ok(p.terms.includes("저커버그") && p.terms.includes("zuckerberg") && p.terms.includes("주커버그"), JSON.stringify(p.terms));
  assert.ok(!p.terms.includes("마크 저커버그"), "마크 저커버그 is subsumed by 저커버그");
  const plan = planSearches([p]);
  assert.ok(plan.some((s) => s.term === null && JSON.stringify(s.filters) === JSON.stringify({ all: [{ 인물: "마크 저커버그" }] })), JSON.stringify(plan));
  assert.equal(plan.length, p.terms.length + 1);
});

test("several words mean all of them: every planned search carries one alternative of each word", () => {
  const parts = analyzeQuery("메타와 반도체를", index);
  assert.deepEqual(parts.map((p) => p.stem), ["메타", "반도체"]);
  const plan = planSearches(parts, { 연도: ["2024"] });
  for (const s of plan) {
    const both = (s.term ?? "").includes("반도체");
    assert.ok(both, `반도체 in every search: ${JSON.stringify(s)}`);
    assert.ok(JSON.stringify(s.filters).includes("2024"), "the facet selection in every search");
  }
  assert.ok(plan.some((s) => s.term === "반도체" && JSON.stringify(s.filters).includes("메타")));
});

test("the plan never exceeds its budget", () => {
  const parts = analyzeQuery("저커버그 알트만 삼성전자 메타", index);
  const plan = planSearches(parts, {}, 8);
  assert.ok(plan.length <= 8 && plan.length >= 1, String(plan.length));
});

test("suggestions: entities with a page, once each", () => {
  const s = suggestions(analyzeQuery("메타의 메타 Zuckerberg 화웨이", index));
  assert.deepEqual(s.map((e) => [e.name, e.type, e.count, e.url]), [["메타", "company", 23, "/companies/meta/"], ["마크 저커버그", "person", 4, "/people/mark-zuckerberg/"]]);
});

test("reduceTerms, combineFilters, mergeResults, orderBy", () => {
  assert.deepEqual(reduceTerms(["저커버그", "저커버그는", "마크 저커버그", "zuckerberg", "mark zuckerberg"]), ["저커버그", "zuckerberg"]);
  assert.deepEqual(combineFilters({ 연도: ["2024", "2025"], 매체: [] }), { 연도: { any: ["2024", "2025"] } });
  assert.deepEqual(combineFilters({}, [{ 기업: "메타" }]), { all: [{ 기업: "메타" }] });
  const merged = mergeResults([[{ id: "a", score: 1 }, { id: "b", score: 3 }], [{ id: "a", score: 5 }, { id: "c", score: 0 }]]);
  assert.deepEqual(merged.map((r) => [r.id, r.score]), [["a", 5], ["b", 3], ["c", 0]]);
  assert.deepEqual(orderBy(merged, ["c", "b"]).map((r) => r.id), ["c", "b", "a"]);
});

test("termOccurs: every word of the term is in the page text (case-insensitive)", () => {
  assert.ok(termOccurs("저커버그", "마크 저커버그는 말했다"));
  assert.ok(termOccurs("zuckerberg", "Mark Zuckerberg said"));
  assert.ok(!termOccurs("주커버그", "▲주 러시아 대사"));
  assert.ok(!termOccurs("메타 반도체", "메타가 발표했다"));
});

test("punctuation around and between words is not part of a word", () => {
  assert.deepEqual(stems("“메타,” 삼성·LG의"), ["메타", "삼성", "LG"]);
  assert.deepEqual(analyzeQuery("(저커버그는)", index).map((p) => p.entities[0]?.name), ["마크 저커버그"]);
  assert.deepEqual(analyzeQuery("  ", index), []);
});
