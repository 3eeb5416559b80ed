/**
 * Two queries a reader types that name no article of their own: a group (삼성, 미래에셋) whose
 * member companies have articles, and a reporter's byline (김민재 기자) whose name is also a
 * dictionary person's. On the project's real dictionaries and lexicon, with a small archive.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SHIPPED_GRAMMAR } from "./helpers.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import type { Archive, ArticleView, EntityView } from "../src/site/archive.ts";
import { articleSearchWords, buildSearchData, nameMatcher } from "../src/site/search-data.ts";
import {
  absentBylines,
  absentNames,
  analyzeQuery,
  buildNameIndex,
  groupMembers,
  planSearches,
  reportersNamed,
  suggestions,
} from "../src/search/query.ts";
import { findResults, resultOrder, type Hit, type SearchApi } from "../src/search/plan.ts";
import { statusLine } from "../src/search/results.ts";
import { bylinesHtml, membersHtml } from "../src/search/html.ts";
import { splitSearchData } from "../src/search/names.ts";
import { bylineToken, entityToken } from "../src/site/search-words.ts";

const dicts = loadDictionaries();

/** An article as the search data reads it: title, body, filed companies and the byline. */
const article = (title: string, body: string, companies: string[], reporters: string[]) =>
  ({
    title,
    html: `<p>${body}</p>`,
    companies: companies.map((name) => ({ name })),
    people: [],
    reporters: reporters.map((name) => ({ name })),
  }) as unknown as ArticleView;

const ARTICLES = [
  article(
    "에이치마린 상장 예비심사",
    "에이치마린은 최근 상장 예비심사 청구서를 냈다. 대표주관사는 미래에셋증권이다.",
    ["미래에셋증권"],
    ["김민재", "박소연"],
  ),
  article(
    "HBM 검사장비 매출 두 배",
    "HBM 검사장비 매출은 SK하이닉스와 삼성전자 납품이 늘며 2배로 뛰었다.",
    ["삼성전자"],
    ["김수진"],
  ),
  article("서울 삼성동 상권", "삼성동 일대 상권이 살아나고 있다.", [], ["김수진"]),
  article("토론회 진행", "손석희 앵커가 토론회를 진행했다.", [], []),
];

const view = (type: EntityView["type"], name: string, url: string, count: number) =>
  ({ type, id: name, name, url, count, aliases: [], articles: [] }) as unknown as EntityView;

const archive = {
  articles: ARTICLES,
  entityPages: [],
  problems: [],
  entities: {
    company: [
      view("company", "미래에셋증권", "/companies/mirae-asset-securities/", 1),
      view("company", "삼성전자", "/companies/samsung-electronics/", 1),
    ],
    person: [],
    tag: [],
    outlet: [],
    month: [],
  },
} as unknown as Archive;

const data = buildSearchData(archive, dicts);
const index = buildNameIndex(data, SHIPPED_GRAMMAR);
const entity = (name: string) => data.entities.find((e) => e.name === name)!;

test("the search data lists the bylines' reporters with the articles each signed, most first", () => {
  assert.deepEqual(data.reporters, [
    { name: "김수진", hits: 2 },
    { name: "김민재", hits: 1 },
    { name: "박소연", hits: 1 },
  ]);
  // The entity index in parts carries each reporter in the part of the name's first letter.
  const parts = splitSearchData(data);
  assert.deepEqual(
    parts.get("김")?.reporters?.map((r) => r.name),
    ["김수진", "김민재"],
  );
  assert.deepEqual(
    parts.get("박")?.reporters?.map((r) => r.name),
    ["박소연"],
  );
});

test("an article carries its reporters' byline tokens, apart from the name tokens", () => {
  const words = articleSearchWords(ARTICLES[0], nameMatcher(dicts)).words.split(" ");
  assert.ok(words.includes(bylineToken("김민재")));
  assert.ok(words.includes(bylineToken("박소연")));
  // The footballer 김민재 of the dictionary is not named in the text: no name token for him.
  assert.ok(!words.includes(entityToken("김민재")));
  assert.notEqual(bylineToken("김민재"), entityToken("김민재"));
  assert.ok(!bylineToken("김민재").startsWith(entityToken("김민재")));
});

test("a group's name standing as a word finds the article (삼성은, 미래에셋의), never inside 삼성동", () => {
  const m = nameMatcher(dicts);
  const own = (body: string) =>
    articleSearchWords(article("제목", body, [], []), m).names.has(entity("삼성").name);
  assert.equal(own("삼성은 이날 새 전략을 내놨다."), true);
  assert.equal(own("삼성의 반도체 전략"), true);
  assert.equal(own("삼성동 일대 상권"), false);
  const mirae = (body: string) =>
    articleSearchWords(article("제목", body, [], []), m).names.has("미래에셋그룹");
  assert.equal(mirae("미래에셋의 해외 투자가 늘었다."), true);
  assert.equal(mirae("대표주관사는 미래에셋증권이다."), false);
});

test("a group with no article of its own names its members that have some, with counts", () => {
  assert.equal(entity("미래에셋그룹").hits, 0);
  const parts = analyzeQuery("미래에셋", index);
  assert.deepEqual(
    absentNames(parts).map((e) => e.name),
    ["미래에셋그룹"],
  );
  const groups = groupMembers(absentNames(parts), index);
  assert.deepEqual(
    groups.map((g) => [g.group.name, g.members.map((m) => [m.name, m.hits])]),
    [["미래에셋그룹", [["미래에셋증권", 1]]]],
  );
  // The status line no longer says "nothing": the group has none of its own, its members have.
  const line = statusLine({
    q: "미래에셋",
    selection: {},
    total: 0,
    absent: absentNames(parts),
    members: groups,
  });
  assert.equal(
    line,
    "‘미래에셋그룹’ 그룹 이름이 나오는 기사는 없지만, 계열사 기사는 있습니다: 미래에셋증권 1건.",
  );
  assert.ok(!line.includes("기사가 없습니다"));
  // The members are links that search them, with what that search finds.
  const html = membersHtml(groups);
  assert.match(
    html,
    /<a href="\?q=%EB%AF%B8%EB%9E%98%EC%97%90%EC%85%8B%EC%A6%9D%EA%B6%8C">미래에셋증권 <span class="count">기사 1건<\/span><\/a>/,
  );
  // …listed once: not again as a chip under the group.
  assert.ok(!suggestions(parts, index).some((s) => s.entity.name === "미래에셋증권"));
});

test("삼성 (the group) in an archive where only its members are named: the members, not 'none'", () => {
  // 삼성 stands as a word in no article here (삼성동 opens a longer word).
  const parts = analyzeQuery("삼성", index);
  assert.equal(parts[0].entities[0].name, "삼성");
  const groups = groupMembers(absentNames(parts), index);
  assert.deepEqual(
    groups.flatMap((g) => g.members.map((m) => m.name)),
    ["삼성전자"],
  );
  // The group's own search stays empty: members are offered, not mixed into its results.
  assert.deepEqual(planSearches(parts), [{ term: entityToken("삼성"), filters: {} }]);
});

test("a name with a byline role is a byline query: that reporter's articles, newest first", () => {
  for (const q of ["김민재 기자", "김민재 기자의", "김민재기자", "김민재 특파원"]) {
    const parts = analyzeQuery(q, index);
    assert.equal(parts.length, 1, q);
    assert.deepEqual(parts[0].byline, { name: "김민재", hits: 1 }, q);
    assert.deepEqual(parts[0].entities, [], q);
    assert.deepEqual(absentNames(parts), [], q);
    assert.deepEqual(planSearches(parts), [{ term: bylineToken("김민재"), filters: {} }], q);
    assert.equal(resultOrder("", parts), "desc", q);
  }
  // A person the archive has articles about who signed none: the name and the word, both searched.
  const titled = analyzeQuery("손석희 앵커", index);
  assert.deepEqual(
    titled.map((p) => [p.stem, p.byline, p.terms]),
    [
      ["손석희", undefined, [entityToken("손석희")]],
      ["앵커", undefined, ["앵커"]],
    ],
  );
  // A role word with no name before it, or after a word that names nobody, is a plain word.
  assert.equal(analyzeQuery("기자", index)[0].byline, undefined);
  assert.deepEqual(
    analyzeQuery("담당 기자", index).map((p) => [p.stem, p.byline]),
    [
      ["담당", undefined],
      ["기자", undefined],
    ],
  );
});

test("the byline search asks Pagefind for the reporter's token alone", async () => {
  const asked: (string | null)[] = [];
  const hit: Hit = { id: "a", score: 1, data: async () => ({ content: "" }) };
  const api: SearchApi<Hit> = {
    search: async (term) => (asked.push(term), { results: [hit], filters: {} }),
  };
  const found = await findResults(api, "김민재 기자", analyzeQuery("김민재 기자", index), {});
  assert.deepEqual(asked, [bylineToken("김민재")]);
  assert.deepEqual(found.results, [hit]);
  // A namesake in the dictionary who signed nothing here: no search, and the page says why.
  asked.length = 0;
  const parts = analyzeQuery("이강인 기자", index);
  const none = await findResults(api, "이강인 기자", parts, {});
  assert.deepEqual(asked, []);
  assert.deepEqual(none.unsigned, [{ name: "이강인", hits: 0 }]);
  assert.deepEqual(absentBylines(parts), [{ name: "이강인", hits: 0 }]);
  assert.equal(
    statusLine({ q: "이강인 기자", selection: {}, total: 0, absent: [], unsigned: none.unsigned }),
    "이 아카이브에는 바이라인이 ‘이강인’인 기사가 없습니다.",
  );
});

test("a dictionary namesake with no articles does not hide the reporter: the byline is offered", () => {
  const parts = analyzeQuery("김민재", index);
  // Typed alone it is the dictionary's person (the footballer), whom no article names…
  assert.deepEqual(
    absentNames(parts).map((e) => e.type),
    ["person"],
  );
  // …and the reporter of that name is offered, with the articles they signed.
  assert.deepEqual(reportersNamed(parts, index), [{ name: "김민재", hits: 1 }]);
  assert.equal(
    bylinesHtml(reportersNamed(parts, index), SHIPPED_GRAMMAR.roles[0]),
    '<p class="stand-in">바이라인(기자 이름)으로 찾기:</p><ul class="chips"><li><a href="?q=%EA%B9%80%EB%AF%BC%EC%9E%AC%20%EA%B8%B0%EC%9E%90">김민재 기자의 기사 <span class="count">1건</span></a></li></ul>',
  );
  // A reporter no dictionary lists (김수진) typed alone is a plain word; the byline is offered too.
  assert.deepEqual(reportersNamed(analyzeQuery("김수진", index), index), [
    { name: "김수진", hits: 2 },
  ]);
  // A byline query offers no second link to itself.
  assert.deepEqual(reportersNamed(analyzeQuery("김민재 기자", index), index), []);
});

test("a reporter's name that ends like a particle (정다은: 은) is the name, typed alone or with a particle", () => {
  const withDaeun = buildNameIndex(
    { ...data, reporters: [...(data.reporters ?? []), { name: "정다은", hits: 1 }] },
    SHIPPED_GRAMMAR,
  );
  for (const q of ["정다은", "정다은은", "정다은의"]) {
    const parts = analyzeQuery(q, withDaeun);
    assert.deepEqual(
      parts.map((p) => [p.stem, p.terms]),
      [["정다은", ["정다은"]]],
      q,
    );
    assert.deepEqual(reportersNamed(parts, withDaeun), [{ name: "정다은", hits: 1 }], q);
  }
  // Without that reporter the word is a plain word, and 은 a particle.
  assert.equal(analyzeQuery("정다은", index)[0].stem, "정다");
});

test("spellings of one reporter's name are one reporter, counted as the byline token finds them", () => {
  // A byline printed with a space inside the name (김 민재) and a Latin name in other cases: the
  // byline token keys them as one (nameKey), so the search data must count them as one.
  const signed = [["김민재"], ["김 민재"], ["김민재", "Jane Doe"], ["JANE DOE"]].map((names, i) =>
    article(`기사 ${i}`, "본문이다.", [], names),
  );
  const own = buildSearchData({ ...archive, articles: signed } as Archive, dicts);
  assert.deepEqual(own.reporters, [
    { name: "김민재", hits: 3 },
    { name: "Jane Doe", hits: 2 },
  ]);
  // Every article of the reporter carries the one token the byline query asks for.
  const m = nameMatcher(dicts);
  const carrying = signed.filter((a) =>
    articleSearchWords(a, m).words.split(" ").includes(bylineToken("김민재")),
  );
  assert.equal(carrying.length, 3);
  const ownIndex = buildNameIndex(own, SHIPPED_GRAMMAR);
  const parts = analyzeQuery("김민재 기자", ownIndex);
  assert.deepEqual(parts[0].byline, { name: "김민재", hits: 3 });
  assert.deepEqual(planSearches(parts), [{ term: bylineToken("김민재"), filters: {} }]);
});

test("a columnist's byline link is labelled with the role their bylines print, not as a reporter's", () => {
  const column = {
    ...article("창업 생태계를 다시 보자", "지역 창업 생태계는 투자보다 사람이 먼저다.", [], []),
    reporters: [{ name: "임태경", role: "가나대 경영학부 교수" }],
  } as unknown as ArticleView;
  const withColumn = { ...archive, articles: [...ARTICLES, column] } as unknown as Archive;
  const columnData = buildSearchData(withColumn, dicts);
  assert.deepEqual(
    columnData.reporters?.find((r) => r.name === "임태경"),
    { name: "임태경", hits: 1, role: "가나대 경영학부 교수" },
  );
  assert.deepEqual(
    columnData.reporters?.find((r) => r.name === "김민재"),
    { name: "김민재", hits: 1 },
  );
  const columnIndex = buildNameIndex(columnData, SHIPPED_GRAMMAR);
  assert.equal(
    bylinesHtml(
      reportersNamed(analyzeQuery("임태경", columnIndex), columnIndex),
      SHIPPED_GRAMMAR.roles[0],
    ),
    '<p class="stand-in">바이라인(기자 이름)으로 찾기:</p><ul class="chips"><li><a href="?q=%EC%9E%84%ED%83%9C%EA%B2%BD%20%EA%B8%B0%EC%9E%90">임태경 가나대 경영학부 교수의 기사 <span class="count">1건</span></a></li></ul>',
  );
});
