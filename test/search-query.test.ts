/** The Korean query module (src/search/query.ts) on the project's real dictionaries. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SHIPPED_GRAMMAR } from "./helpers.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import type { Archive, EntityView } from "../src/site/archive.ts";
import { buildSearchData } from "../src/site/search-data.ts";
import {
  absentNames,
  analyzeQuery,
  buildNameIndex,
  combineFilters,
  mergeResults,
  nameKey,
  orderBy,
  planSearches,
  stemWord,
  suggestions,
  termOccurs,
} from "../src/search/query.ts";
import { entityToken } from "../src/site/search-words.ts";

const view = (
  type: EntityView["type"],
  id: string,
  name: string,
  url: string,
  count: number,
): EntityView =>
  ({ type, id, name, url, count, aliases: [], articles: [] }) as unknown as EntityView;
const archive = {
  articles: [],
  entityPages: [],
  problems: [],
  entities: {
    company: [
      view("company", "meta", "메타", "/companies/meta/", 23),
      view("company", "samsung-electronics", "삼성전자", "/companies/samsung-electronics/", 9),
    ],
    person: [
      view("person", "mark-zuckerberg", "마크 저커버그", "/people/mark-zuckerberg/", 4),
      view("person", "sam-altman", "샘 올트먼", "/people/sam-altman/", 2),
    ],
    tag: [],
    outlet: [],
    month: [],
  },
} as unknown as Archive;
const data = buildSearchData(archive, loadDictionaries());
const index = buildNameIndex(data, SHIPPED_GRAMMAR);
const known = (s: string) => index.byKey.has(nameKey(s));
const stems = (q: string) => analyzeQuery(q, index).map((p) => p.stem);

test("a particle after a name is stripped: 저커버그는 / 저커버그에게 / 저커버그와의 / 저커버그로부터 → 저커버그", () => {
  for (const q of [
    "저커버그는",
    "저커버그에게",
    "저커버그와의",
    "저커버그로부터",
    "저커버그에게서",
    "저커버그",
  ]) {
    assert.deepEqual(stems(q), ["저커버그"], q);
  }
});

test("every particle the issue names is stripped from an unknown noun", () => {
  for (const p of [
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "에게",
    "에서",
    "와",
    "과",
    "도",
    "로",
    "으로",
    "만",
    "까지",
    "부터",
    "보다",
    "처럼",
    "이나",
    "과의",
    "와의",
    "에게서",
    "로부터",
  ]) {
    assert.equal(
      stemWord(`반도체${p}`, () => false, SHIPPED_GRAMMAR),
      "반도체",
      p,
    );
  }
});

test("a known name is never over-stripped: 화웨이 stays, 삼성전자와 → 삼성전자 (not 삼성), 메타의 → 메타", () => {
  assert.equal(stemWord("화웨이", known, SHIPPED_GRAMMAR), "화웨이");
  assert.equal(stemWord("화웨이가", known, SHIPPED_GRAMMAR), "화웨이");
  assert.equal(stemWord("삼성전자와", known, SHIPPED_GRAMMAR), "삼성전자");
  assert.equal(stemWord("메타의", known, SHIPPED_GRAMMAR), "메타");
  assert.equal(stemWord("LG는", known, SHIPPED_GRAMMAR), "LG");
});

test("words without a particle stay as typed; Latin words are left alone", () => {
  assert.equal(
    stemWord("반도체", () => false, SHIPPED_GRAMMAR),
    "반도체",
  );
  assert.equal(
    stemWord("AI", () => false, SHIPPED_GRAMMAR),
    "AI",
  );
  assert.equal(
    stemWord("나", () => false, SHIPPED_GRAMMAR),
    "나",
  );
});

test("an alias stands for its entity: Zuckerberg, 주커버그, 알트만, Samsung", () => {
  const entityOf = (q: string) =>
    analyzeQuery(q, index).flatMap((p) => p.entities.map((e) => e.name));
  assert.deepEqual(entityOf("Zuckerberg"), ["마크 저커버그"]);
  assert.deepEqual(entityOf("주커버그는"), ["마크 저커버그"]);
  assert.deepEqual(entityOf("알트만"), ["샘 올트먼"]);
  assert.ok(entityOf("Samsung").length >= 1, "Samsung names an entity");
  assert.ok(
    entityOf("Samsung").every((n) => n.startsWith("삼성")),
    JSON.stringify(entityOf("Samsung")),
  );
});

test("a big company's English short name finds it in any case: hynix, Hynix, HYNIX, posco", () => {
  const entityOf = (q: string) =>
    analyzeQuery(q, index).flatMap((p) => p.entities.map((e) => e.name));
  for (const q of ["hynix", "Hynix", "HYNIX", "SK hynix"])
    assert.deepEqual(entityOf(q), ["SK하이닉스"], q);
  assert.deepEqual(entityOf("posco"), ["포스코"]);
});

test("a multi-word name is one part: 마크 저커버그에게 / Mark Zuckerberg", () => {
  const parts = analyzeQuery("마크 저커버그에게 메타버스", index);
  assert.deepEqual(
    parts.map((p) => p.text),
    ["마크 저커버그에게", "메타버스"],
  );
  assert.equal(parts[0].entities[0].name, "마크 저커버그");
  assert.equal(analyzeQuery("Mark Zuckerberg", index).length, 1);
});

test("a name part searches its entity's token; a plain word its stem; a tag's name is a plain word that suggests the tag", () => {
  const [p] = analyzeQuery("저커버그는", index);
  assert.deepEqual(p.terms, [entityToken("마크 저커버그")]);
  assert.deepEqual(planSearches([p]), [{ term: "zq마크저커버그qz", filters: {} }]);
  const [w] = analyzeQuery("반도체를", index);
  assert.deepEqual([w.terms, w.entities], [["반도체"], []]);
  const [t] = analyzeQuery("검찰이", index);
  assert.deepEqual(
    [t.terms, t.entities.length, t.related.map((e) => [e.type, e.name])],
    [["검찰"], 0, [["tag", "검찰·경찰"]]],
  );
});

test("several words mean all of them: one search ANDs a term of each word, within the facet selection", () => {
  const parts = analyzeQuery("메타와 반도체를", index);
  assert.deepEqual(
    parts.map((p) => p.stem),
    ["메타", "반도체"],
  );
  assert.deepEqual(planSearches(parts, { 연도: ["2024"] }), [
    { term: "zq메타qz 반도체", filters: { 연도: { any: ["2024"] } } },
  ]);
  assert.deepEqual(planSearches([], { 연도: ["2024"] }), [
    { term: null, filters: { 연도: { any: ["2024"] } } },
  ]);
});

test("a name the archive has no article for is absent; a punctuation-only query has no parts", () => {
  assert.deepEqual(
    absentNames(analyzeQuery("화웨이", index)).map((e) => e.name),
    ["화웨이"],
  );
  assert.deepEqual(analyzeQuery("%", index), []);
  assert.deepEqual(analyzeQuery("…·!", index), []);
});

test("the plan never exceeds its budget", () => {
  const parts = analyzeQuery("저커버그 알트만 삼성전자 메타", index);
  const plan = planSearches(parts, {}, 8);
  assert.ok(plan.length <= 8 && plan.length >= 1, String(plan.length));
});

test("suggestions: entities with a page, once each", () => {
  const s = suggestions(analyzeQuery("메타의 메타 Zuckerberg 화웨이", index), index);
  assert.deepEqual(
    s.map(({ entity: e, insteadOf }) => [e.name, e.type, e.count, e.url, insteadOf]),
    [
      ["메타", "company", 23, "/companies/meta/", undefined],
      ["마크 저커버그", "person", 4, "/people/mark-zuckerberg/", undefined],
    ],
  );
});

const dicts = loadDictionaries();
const said = (q: string, idx = index) =>
  suggestions(analyzeQuery(q, idx), idx).map((s) => [
    s.entity.name,
    s.insteadOf?.relation ?? "",
    s.insteadOf?.name ?? "",
  ]);

test("suggestions: a group without a page suggests its member companies that have one (삼성, Samsung → 삼성전자)", () => {
  for (const q of ["삼성", "삼성은", "Samsung", "삼성그룹"])
    assert.deepEqual(said(q), [["삼성전자", "계열사", "삼성"]], q);
  // Named directly as well, the member is suggested once, as itself.
  assert.deepEqual(said("삼성 삼성전자"), [["삼성전자", "", ""]]);
  // No page anywhere near (LG, its members): nothing to suggest; the query still has its terms.
  assert.deepEqual(said("LG"), []);
  assert.deepEqual(analyzeQuery("삼성", index)[0].terms, [entityToken("삼성")]);
});

test("suggestions: every dictionary group without a page points to its members with pages, most articles first, at most 4", () => {
  const members = dicts.companies.filter((c) => c.parent);
  assert.ok(members.length > 20, "the dictionary has groups with members");
  // An archive where every member has a page (count from its position) and no group has one.
  const arch = {
    ...archive,
    entities: {
      ...archive.entities,
      company: members.map((c, i) =>
        view("company", c.id, c.name, `/companies/${c.id}/`, (i % 7) + 1),
      ),
    },
  } as unknown as Archive;
  const idx = buildNameIndex(buildSearchData(arch, dicts), SHIPPED_GRAMMAR);
  const groups = [...new Set(members.map((c) => c.parent!))].map((id) =>
    dicts.companies.find((c) => c.id === id)!,
  );
  for (const g of groups) {
    const got = suggestions(analyzeQuery(g.name, idx), idx);
    // 포스코 also names its holding company ㈜포스코 (same key), which has a page: suggested as itself, first.
    const holding = members.find((c) => c.parent === g.id && nameKey(c.name) === nameKey(g.name));
    if (holding)
      assert.deepEqual([got[0].entity.name, got[0].insteadOf], [holding.name, undefined], g.name);
    const instead = holding ? got.slice(1) : got;
    const want = members.filter((c) => c.parent === g.id && c !== holding).length;
    // The holding company, when among the four with most articles, is not repeated as a stand-in.
    const fewest = holding ? Math.min(3, want) : Math.min(4, want);
    assert.ok(
      instead.length >= fewest && instead.length <= Math.min(4, want),
      `${g.name}: ${instead.length} of ${want}`,
    );
    assert.ok(
      instead.every(
        (s) =>
          s.insteadOf?.name === g.name &&
          s.insteadOf.relation === "계열사" &&
          s.entity.parent === g.name,
      ),
      g.name,
    );
    assert.ok(
      instead.every((s, i) => i === 0 || instead[i - 1].entity.count >= s.entity.count),
      `${g.name}: most articles first`,
    );
  }
  // The other way round: groups have pages, members do not → a member suggests its group.
  const arch2 = {
    ...archive,
    entities: {
      ...archive.entities,
      company: groups.map((c) => view("company", c.id, c.name, `/companies/${c.id}/`, 3)),
    },
  } as unknown as Archive;
  const idx2 = buildNameIndex(buildSearchData(arch2, dicts), SHIPPED_GRAMMAR);
  for (const m of members) {
    const group = dicts.companies.find((c) => c.id === m.parent)!;
    // A holding company (SK㈜, ㈜두산) is typed as its group's name (SK, 두산): the group is named directly.
    const groupKeys = [group.name, ...(group.aliases ?? [])].map(nameKey);
    if (groupKeys.includes(nameKey(m.name))) {
      assert.deepEqual(said(m.name, idx2), [[group.name, "", ""]], m.name);
      continue;
    }
    assert.deepEqual(said(m.name, idx2), [[group.name, "그룹", m.name]], m.name);
  }
});

test("a foreign surname alone reaches the person exactly when people.yaml lists it as an alias (저커버그, 머스크; not 비건)", () => {
  const idx = buildNameIndex(buildSearchData(archive, dicts), SHIPPED_GRAMMAR);
  const listed: string[] = [],
    unlisted: string[] = [];
  for (const p of dicts.people) {
    const words = p.name.split(" ");
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    if (surname.length < 2) continue;
    const reaches = (q: string) =>
      analyzeQuery(q, idx).some((part) =>
        part.entities.some((e) => e.type === "person" && e.name === p.name),
      );
    const isAlias = (p.aliases ?? []).some((a) => nameKey(a) === nameKey(surname));
    (isAlias ? listed : unlisted).push(surname);
    assert.equal(reaches(surname), isAlias, `${surname} → ${p.name}`);
    assert.equal(reaches(`${surname}는`), isAlias, `${surname}는 → ${p.name}`);
    assert.equal(reaches(`${surname}에게`), isAlias, `${surname}에게 → ${p.name}`);
  }
  for (const s of ["저커버그", "머스크", "트럼프", "베이조스"])
    assert.ok(listed.includes(s), `${s} is a listed surname alias`);
  assert.ok(unlisted.includes("비건"), "비건 (also 'vegan') is not an alias of 스티븐 비건");
  // Unlisted, it is still searched as a word: the text search finds articles that write it.
  assert.deepEqual(
    analyzeQuery("비건은", idx).map((p) => [p.stem, p.entities.length, p.terms]),
    [["비건", 0, ["비건"]]],
  );
});

test("combineFilters, mergeResults, orderBy", () => {
  assert.deepEqual(combineFilters({ 연도: ["2024", "2025"], 매체: [] }), {
    연도: { any: ["2024", "2025"] },
  });
  assert.deepEqual(combineFilters({}, [{ 기업: "메타" }]), { all: [{ 기업: "메타" }] });
  const merged = mergeResults([
    [
      { id: "a", score: 1 },
      { id: "b", score: 3 },
    ],
    [
      { id: "a", score: 5 },
      { id: "c", score: 0 },
    ],
  ]);
  assert.deepEqual(
    merged.map((r) => [r.id, r.score]),
    [
      ["a", 5],
      ["b", 3],
      ["c", 0],
    ],
  );
  assert.deepEqual(
    orderBy(merged, ["c", "b"]).map((r) => r.id),
    ["c", "b", "a"],
  );
});

test("termOccurs: every word of the term is in the page text (case-insensitive)", () => {
  assert.ok(termOccurs("저커버그", "마크 저커버그는 말했다"));
  assert.ok(termOccurs("zuckerberg", "Mark Zuckerberg said"));
  assert.ok(!termOccurs("주커버그", "▲주 러시아 대사"));
  assert.ok(!termOccurs("메타 반도체", "메타가 발표했다"));
  // A word piece counts (AI·반도체 holds 반도체); name tokens are not looked for in the text.
  assert.ok(termOccurs("반도체", "AI·반도체 업계"));
  assert.ok(termOccurs("zq메타qz 반도체", "반도체"));
});

test("punctuation around and between words is not part of a word", () => {
  assert.deepEqual(stems("“메타,” 삼성·LG의"), ["메타", "삼성", "LG"]);
  assert.deepEqual(
    analyzeQuery("(저커버그는)", index).map((p) => p.entities[0]?.name),
    ["마크 저커버그"],
  );
  assert.deepEqual(analyzeQuery("  ", index), []);
});

test("a Latin word that opens only one entity's multi-word name suggests it (Asiana, Goldman) and is searched as a word; a shared one (Bank) suggests nothing", () => {
  const part = (q: string) => analyzeQuery(q, index)[0];
  assert.deepEqual(
    part("Asiana").related.map((e) => e.name),
    ["아시아나항공"],
  );
  assert.deepEqual(part("Asiana").terms, ["asiana"]);
  const heads = [...index.latinHeads.entries()]
    .filter(([h, es]) => es.length > 1 && !index.byKey.has(h))
    .map(([h]) => h);
  assert.ok(heads.length > 0, "some first words are shared");
  for (const h of heads.slice(0, 20))
    assert.deepEqual([part(h).entities, part(h).related], [[], []], `${h} opens several names`);
});
