/**
 * Result planning (src/search/plan.ts) and shards (src/search/shards.ts) in Node, on a stand-in
 * for Pagefind that behaves as Pagefind does where it matters: prefix matching, the fallback to
 * the longest indexed word that starts a word no page has, filters, the shard's synthetic filter
 * and the date sort that leaves undated pages out.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SHIPPED_GRAMMAR } from "./helpers.ts";
import {
  acrossWorkers,
  combineShards,
  dateOrder,
  findResults,
  firstPageOf,
  nextRows,
  resultOrder,
  sortDirection,
  typingPause,
  searchedWords,
  ONE_LETTER_PAUSE,
  TYPING_PAUSE,
  NAME_OPENING_PAUSE,
  type Answer,
  type Hit,
  type SearchApi,
} from "../src/search/plan.ts";
import { SHARD_FILTER, planShards, shardWorkers, workerBudget } from "../src/search/shards.ts";
import { pagefindForm } from "../src/search/chunks.ts";
import { analyzeQuery, buildNameIndex, namesOpenedBy, opensName } from "../src/search/query.ts";
import { smallSearch } from "../src/search/query.ts";
import type { FacetCounts } from "../src/search/results.ts";

interface Doc {
  id: string;
  text: string;
  date: string;
  year: string;
  shard: number;
}

/** A Pagefind stand-in over `docs`: every shard merged, as mergeIndex does. */
function fakePagefind(docs: Doc[]): SearchApi<Hit> & { fetched: string[] } {
  const fetched: string[] = [];
  const hit = (d: Doc, score: number): Hit => ({
    id: d.id,
    score,
    data: async () => (fetched.push(d.id), { content: d.text }),
  });
  /** One shard's answer to a word: pages with a word starting with it, else its fallback. */
  const pagesOf = (word: string, pool: Doc[]) => {
    const words = new Set(pool.flatMap((d) => d.text.split(" ")));
    const ext = [...words].filter((w) => w.startsWith(word));
    const fallback = [...words]
      .filter((w) => word.startsWith(w))
      .sort((a, b) => b.length - a.length)[0];
    const match = ext.length ? ext : fallback ? [fallback] : [];
    return pool.filter((d) => d.text.split(" ").some((w) => match.includes(w)));
  };
  return {
    fetched,
    async search(term, o) {
      const f = (o.filters ?? {}) as Record<string, unknown>;
      const year = (f["연도"] as { any: string[] } | undefined)?.any;
      const shard = f[SHARD_FILTER] as string | undefined;
      let pool = docs.filter(
        (d) =>
          (shard === undefined || String(d.shard) === shard) && (!year || year.includes(d.year)),
      );
      const results: Hit[] = [];
      for (const s of new Set(docs.map((d) => d.shard))) {
        let mine = pool.filter((d) => d.shard === s);
        for (const w of (term ?? "").split(" ").filter(Boolean)) mine = pagesOf(w, mine);
        if (o.sort)
          mine = mine
            .filter((d) => d.date)
            .sort((a, b) => (o.sort!.date === "asc" ? 1 : -1) * a.date.localeCompare(b.date));
        results.push(...mine.map((d, i) => hit(d, o.sort ? 1 : 10 - i * 0.1 - s * 0.01)));
      }
      if (!o.sort) results.sort((a, b) => b.score - a.score);
      pool = docs.filter((d) => results.some((r) => r.id === d.id));
      const filters: FacetCounts = { 연도: {}, [SHARD_FILTER]: {} };
      for (const d of pool) {
        filters["연도"][d.year] = (filters["연도"][d.year] ?? 0) + 1;
        filters[SHARD_FILTER][d.shard] = (filters[SHARD_FILTER][d.shard] ?? 0) + 1;
      }
      return { results, filters } satisfies Answer<Hit>;
    },
  };
}

const DOCS: Doc[] = [
  { id: "a", text: "대토보상 논의", date: "2024-03-01", year: "2024", shard: 0 },
  { id: "b", text: "대토보상 확대", date: "2024-01-05", year: "2024", shard: 0 },
  { id: "c", text: "대통령 발언", date: "2023-06-01", year: "2023", shard: 1 },
  { id: "d", text: "대 규모", date: "2023-02-01", year: "2023", shard: 1 },
  { id: "e", text: "대토보상 이후", date: "", year: "날짜 미상", shard: 2 },
];
/** The shards' newest dates (the third holds only an undated page). */
const NEWEST = ["2024-03-01", "2023-06-01", null];
const one = DOCS.map((d) => ({ ...d, shard: 0 }));
const index = buildNameIndex({ entities: [] }, SHIPPED_GRAMMAR);
const ids = (hs: Hit[]) => hs.map((h) => h.id).sort();

test("a plain word: a shard lacking it adds no fallback pages; the split index answers as one", async () => {
  const parts = analyzeQuery("대토보상", index);
  const split = await findResults(fakePagefind(DOCS), "대토보상", parts, {}, { shards: 3 });
  const whole = await findResults(fakePagefind(one), "대토보상", parts, {}, { shards: 1 });
  assert.deepEqual(ids(split.results), ["a", "b", "e"]);
  assert.deepEqual(ids(whole.results), ids(split.results));
  assert.deepEqual(split.counts["연도"], whole.counts["연도"]);
  assert.deepEqual(split.counts["연도"], { "2024": 2, "날짜 미상": 1 });
});

test("in shards a plain word is searched shard by shard, never merged; a shard whose chunks prove the word is not checked", async () => {
  const parts = analyzeQuery("대토보상", index);
  const pf = fakePagefind(DOCS);
  const asked: (string | undefined)[] = [];
  const api: SearchApi<Hit> = {
    search: (term, o) => (
      asked.push((o.filters as Record<string, string>)[SHARD_FILTER]),
      pf.search(term, o)
    ),
  };
  // Shard 0's chunk list starts a chunk at 대토보상: its best hit's fragment is not loaded.
  const layout = { shards: 3, shardChunkStarts: [[pagefindForm("대토보상")], [], []] };
  const found = await findResults(api, "대토보상", parts, {}, layout);
  assert.deepEqual(ids(found.results), ["a", "b", "e"]);
  assert.deepEqual(asked, ["0", "1", "2"]);
  // Shard 1 answers with its fallback (대: page d), which its check rejects.
  assert.deepEqual(pf.fetched.sort(), ["d", "e"]);
});

test("in shards the first result is told as soon as its own shard's check is in, before the others'; a fallback shard's best hit is never it", async () => {
  const parts = analyzeQuery("대토보상", index);
  // Shard 0 lacks the word (its answer is 대's page d, the best score); shard 1 holds it.
  const docs = DOCS.map((d) => ({ ...d, shard: { c: 0, d: 0, a: 1, b: 1, e: 2 }[d.id]! }));
  const pf = fakePagefind(docs);
  let release = () => {};
  const slow = new Promise<void>((ok) => (release = ok));
  const events: string[] = [];
  const api: SearchApi<Hit> = {
    search: async (term, o) => {
      const a = await pf.search(term, o);
      // Shard 2's check (its best hit's fragment) waits until released.
      const shard = (o.filters as Record<string, string>)[SHARD_FILTER];
      const results = a.results.map((h) =>
        shard === "2" ? { ...h, data: () => slow.then(h.data) } : h,
      );
      return { ...a, results };
    },
  };
  const found = findResults(api, "대토보상", parts, {}, { shards: 3 }, (h) =>
    events.push(`first ${h.id}`),
  ).then((f) => (events.push("found"), f));
  await new Promise((ok) => setTimeout(ok, 20));
  assert.deepEqual(events, ["first a"]);
  release();
  const f = await found;
  assert.deepEqual(events, ["first a", "found"]);
  assert.equal(f.results[0].id, "a");
  assert.deepEqual(ids(f.results), ["a", "b", "e"]);
});

test("a word no shard holds finds nothing, in one index or in shards", async () => {
  const parts = analyzeQuery("대토지", index);
  assert.deepEqual(
    (await findResults(fakePagefind(DOCS), "대토지", parts, {}, { shards: 3 })).results,
    [],
  );
  assert.deepEqual(
    (await findResults(fakePagefind(one), "대토지", parts, {}, { shards: 1 })).results,
    [],
  );
});

test("facets narrow every shard alike", async () => {
  const parts = analyzeQuery("대토보상", index);
  const sel = { 연도: ["2024"] };
  const split = await findResults(fakePagefind(DOCS), "대토보상", parts, sel, { shards: 3 });
  assert.deepEqual(ids(split.results), ["a", "b"]);
});

test("a query of punctuation only finds nothing; only facets chosen search every page", async () => {
  assert.deepEqual((await findResults(fakePagefind(DOCS), "%", [], {}, { shards: 3 })).results, []);
  const all = await findResults(fakePagefind(DOCS), "", [], { 연도: ["2023"] }, { shards: 3 });
  assert.deepEqual(ids(all.results), ["c", "d"]);
});

test("date order across shards equals one index's: newest first, oldest first, undated left out", async () => {
  for (const dir of ["desc", "asc"] as const) {
    const split = await dateOrder(fakePagefind(DOCS), dir, NEWEST);
    assert.deepEqual(split, await dateOrder(fakePagefind(one), dir), dir);
  }
  assert.deepEqual(await dateOrder(fakePagefind(DOCS), "desc", NEWEST), ["a", "b", "c", "d"]);
  assert.equal(sortDirection("newest"), "desc");
  assert.equal(sortDirection("oldest"), "asc");
  assert.equal(sortDirection(""), null);
});

test("shard answers combine: counts summed (the shard filter left out), best score first", () => {
  const h = (id: string, score: number): Hit => ({
    id,
    score,
    data: async () => ({ content: "" }),
  });
  const c = combineShards([
    {
      results: [h("x", 1), h("y", 3)],
      filters: { 연도: { "2024": 2 }, [SHARD_FILTER]: { "0": 2 } },
    },
    { results: [h("z", 2)], filters: { 연도: { "2023": 1, "2024": 1 } } },
  ]);
  assert.deepEqual(
    c.results.map((r) => r.id),
    ["y", "z", "x"],
  );
  assert.deepEqual(c.filters, { 연도: { "2024": 3, "2023": 1 } });
});

test("shards go to at most four workers, one core left to the page, each newest shard alone in one; one index is one worker", () => {
  assert.deepEqual(shardWorkers(1), [[0]]);
  assert.deepEqual(shardWorkers(3), [[0], [1], [2]]);
  assert.deepEqual(shardWorkers(6), [[0, 4], [1, 5], [2], [3]]);
  assert.deepEqual(shardWorkers(5, 2), [
    [0, 2, 4],
    [1, 3],
  ]);
  // One core is the page's: two cores run one worker (every shard merged into it), as unknown.
  assert.deepEqual(shardWorkers(3, workerBudget(2)), [[0, 1, 2]]);
  assert.deepEqual([undefined, 1, 2, 3, 4, 8].map(workerBudget), [1, 1, 1, 2, 3, 4]);
});

test("workers holding the shards answer as the merged index: a shard's search goes to its worker, any other to every shard", async () => {
  const merged = fakePagefind(DOCS);
  for (const held of [shardWorkers(3), shardWorkers(3, 2)]) {
    const asked: string[] = [];
    const workers = held.map((mine, w) => {
      const pf = fakePagefind(DOCS.filter((d) => mine.includes(d.shard)));
      const api: SearchApi<Hit> = {
        search: (term, o) => (
          asked.push(`${w}:${(o.filters as Record<string, string>)[SHARD_FILTER]}`),
          pf.search(term, o)
        ),
        preload: async (term) => void asked.push(`${w}:preload ${term}`),
      };
      return api;
    });
    const api = acrossWorkers(workers, held);
    const shard = await api.search("대토보상", { filters: { [SHARD_FILTER]: "2" } });
    assert.deepEqual(
      shard.results.map((h) => h.id),
      ["e"],
    );
    assert.deepEqual(asked.splice(0), [`${held.length === 3 ? 2 : 0}:2`]);
    for (const [term, o] of [
      ["대", {}],
      [null, { filters: { 연도: { any: ["2024", "2023"] } } }],
    ] as const) {
      const all = await api.search(term, o);
      const whole = await merged.search(term, o);
      const label = `${held.length} workers, ${term}`;
      assert.deepEqual(
        all.results.map((h) => [h.id, h.score]),
        whole.results.map((h) => [h.id, h.score]),
        label,
      );
      assert.deepEqual(all.filters, { 연도: whole.filters["연도"] }, label);
    }
    assert.deepEqual(
      asked.splice(0).sort(),
      ["0:0", "0:0", "1:1", "1:1", "2:2", "2:2"]
        .map((a) => (held.length === 3 ? a : a.replace(/^2:/, "0:")))
        .sort(),
    );
    await api.preload!("대토");
    assert.deepEqual(
      asked.sort(),
      held.map((_, w) => `${w}:preload 대토`),
    );
  }
  assert.equal(acrossWorkers([merged], [[0, 1, 2]]), merged);
});

test("shards: whole years packed newest first, a large year cut, undated last; a small archive is one", () => {
  const arts = [
    ...Array.from({ length: 5 }, () => "2025-01-01"),
    ...Array.from({ length: 2 }, () => "2024-05-01"),
    ...Array.from({ length: 2 }, () => "2023-05-01"),
    "",
  ];
  const shards = planShards(arts, (d) => d, 4);
  assert.deepEqual(
    shards.map((s) => s.map((d) => d.slice(0, 4) || "-").join(",")),
    ["2025,2025,2025,2025", "2025,2024,2024", "2023,2023,-"],
  );
  assert.equal(shards.flat().length, arts.length);
  assert.deepEqual(
    planShards(arts, (d) => d, 10),
    [arts],
  );
});

test("the typing pause: a word of one letter waits longer (its search would load a large share of the index)", () => {
  assert.equal(typingPause("서"), ONE_LETTER_PAUSE);
  assert.equal(typingPause("삼성 반"), ONE_LETTER_PAUSE);
  assert.equal(typingPause("S"), ONE_LETTER_PAUSE);
  assert.equal(typingPause("서울"), TYPING_PAUSE);
  assert.equal(typingPause("반 도체"), TYPING_PAUSE);
  assert.equal(typingPause(""), TYPING_PAUSE);
  assert.ok(ONE_LETTER_PAUSE > TYPING_PAUSE);
});

test("the typing pause: a word on the way to a name (삼성전 of 삼성전자) waits longer; the name itself does not", () => {
  const idx = buildNameIndex(
    {
      entities: ["삼성", "삼성전자", "마크 저커버그"].map((name) => ({
        type: "company" as const,
        name,
        forms: [name],
        url: null,
        count: 0,
        parent: null,
        hits: 0,
      })),
    },
    SHIPPED_GRAMMAR,
  );
  const opens = (w: string) => opensName(idx, w);
  assert.deepEqual(["삼성전", "삼성", "삼성전자", "마크저커", "반도"].map(opens), [
    true,
    false,
    false,
    true,
    false,
  ]);
  assert.equal(typingPause("삼성전", { opensName: opens }), NAME_OPENING_PAUSE);
  assert.equal(typingPause("삼성전자", { opensName: opens }), TYPING_PAUSE);
  assert.equal(typingPause("삼성", { opensName: opens }), TYPING_PAUSE);
  assert.equal(typingPause("반도", { opensName: opens }), TYPING_PAUSE);
  assert.ok(NAME_OPENING_PAUSE > TYPING_PAUSE);
  // The input method committed the text: the reader means the word as it stands.
  const committed = { opensName: opens, committed: true };
  assert.equal(typingPause("탄소중립", committed), 0);
  assert.equal(typingPause("삼성전", committed), 0);
  assert.equal(typingPause("삼성 반", committed), ONE_LETTER_PAUSE);
});

test("the typing pause: a small search on an idle Pagefind starts at once; a word on the way to a name or of one letter still waits", () => {
  const company = (name: string) => ({
    type: "company" as const,
    name,
    forms: [name],
    url: null,
    count: 0,
    parent: null,
    hits: 3,
  });
  const idx = buildNameIndex(
    {
      entities: [company("삼성전자")],
      words: [
        { word: "탄소나노튜브", first: "w1", hits: 136 },
        { word: "반도체", first: "w2", hits: 872 },
      ],
    },
    SHIPPED_GRAMMAR,
  );
  const small = (q: string) => smallSearch(analyzeQuery(q, idx), idx);
  // 탄소 and 반도 start frequent words, 반도체 is one, 삼성전자 is a name: Pagefind is slow on them.
  assert.deepEqual(
    [
      "탄소중",
      "탄소중립은",
      "자율주행 기술",
      "탄소",
      "반도",
      "반도체",
      "삼성전자",
      "탄소중립 반도체",
    ].map(small),
    [true, true, true, false, false, false, false, false],
  );
  // A word of one letter, or one whose last syllable the input method is still composing.
  assert.deepEqual(["탄", "탄소ㅈ", "", "%"].map(small), [false, false, false, false]);
  const opens = (w: string) => opensName(idx, w);
  assert.equal(typingPause("탄소중", { opensName: opens, quick: true }), 0);
  assert.equal(typingPause("탄소중", { opensName: opens, quick: false }), TYPING_PAUSE);
  assert.equal(typingPause("삼성전", { opensName: opens, quick: true }), NAME_OPENING_PAUSE);
  assert.equal(typingPause("탄", { opensName: opens, quick: true }), ONE_LETTER_PAUSE);
});

test("a keystroke that changes no searched word (a space, a comma) leaves the search as it is", () => {
  assert.equal(searchedWords("탄소중립 "), searchedWords("탄소중립"));
  assert.equal(searchedWords("메타, "), searchedWords("메타"));
  assert.notEqual(searchedWords("메타 애"), searchedWords("메타"));
  assert.equal(searchedWords("  "), "");
});

/** Companies of the given names (the ones with `first` have a built first page). */
function nameIndex(names: { name: string; first?: string; forms?: string[] }[]) {
  return buildNameIndex(
    {
      entities: names.map((n) => ({
        type: "company" as const,
        name: n.name,
        forms: n.forms ?? [n.name],
        url: null,
        count: 0,
        parent: null,
        hits: n.first ? 5 : 0,
        ...(n.first ? { first: n.first } : {}),
      })),
    },
    SHIPPED_GRAMMAR,
  );
}

test("a name alone lists newest first and paints its built first page; anything else does not", () => {
  const idx = nameIndex([
    { name: "삼성전자", first: "a1" },
    { name: "메타", first: "b2", forms: ["메타", "Meta"] },
    { name: "메타플랫폼", first: "c3", forms: ["메타플랫폼", "Meta"] },
    { name: "카카오" },
  ]);
  const parts = (q: string) => analyzeQuery(q, idx);
  assert.equal(resultOrder("", parts("삼성전자와")), "desc");
  assert.equal(resultOrder("", parts("반도체")), null);
  assert.equal(resultOrder("", parts("삼성전자 반도체")), null);
  assert.equal(resultOrder("oldest", parts("삼성전자")), "asc");
  assert.equal(firstPageOf(parts("삼성전자는"), {}, "")?.first, "a1");
  assert.equal(firstPageOf(parts("삼성전자"), {}, "newest")?.first, "a1");
  assert.equal(firstPageOf(parts("삼성전자"), {}, "oldest"), null);
  assert.equal(firstPageOf(parts("삼성전자"), { 연도: ["2024"] }, ""), null);
  assert.equal(firstPageOf(parts("삼성전자"), { 연도: [] }, "")?.first, "a1");
  // An alias of two entities, a name without articles, a plain word, two words: none.
  for (const q of ["Meta", "카카오", "반도체", "삼성전자 메타"])
    assert.equal(firstPageOf(parts(q), {}, ""), null, q);
});

test("the rows after a built first page: its pages are left out wherever Pagefind's order puts them", async () => {
  const hits = ["a", "b", "c", "x", "d", "e", "f"].map((id) => ({
    data: async () => ({ url: `/articles/${id}/` }),
  }));
  const loaded = (r: { rows: { url: string }[] }) => r.rows.map((d) => d.url.split("/")[2]);
  // The first page showed a, b, c, d (d is after x in Pagefind's order: a tie of dates).
  const skip = new Set(["a", "b", "c", "d"].map((id) => `/articles/${id}/`));
  const first = await nextRows(hits, 0, 2, skip);
  assert.deepEqual(loaded(first), ["x", "e"]);
  assert.equal(first.next, 6);
  assert.equal(skip.size, 0);
  const second = await nextRows(hits, first.next, 2, skip);
  assert.deepEqual([loaded(second), second.next], [["f"], 7]);
  // Nothing to leave out: the next n in order.
  assert.deepEqual(loaded(await nextRows(hits, 1, 3, new Set())), ["b", "c", "x"]);
  // A full URL compares by its path.
  const full = [{ data: async () => ({ url: "http://127.0.0.1:8080/articles/a/" }) }, hits[1]];
  assert.deepEqual(loaded(await nextRows(full, 0, 5, new Set(["/articles/a/"]))), ["b"]);
});

test("a word on the way to a few names names them (their first pages load before the last letter); to many, none", () => {
  const idx = nameIndex([
    { name: "삼성전자", first: "a1" },
    { name: "삼성SDI", first: "b2" },
    { name: "삼성물산" },
    { name: "삼성생명" },
    { name: "마크 저커버그", first: "c3", forms: ["마크 저커버그", "저커버그"] },
  ]);
  const opened = (w: string) => namesOpenedBy(idx, w).map((e) => e.name);
  assert.deepEqual(opened("삼성전"), ["삼성전자"]);
  assert.deepEqual(opened("저커"), ["마크 저커버그"]);
  assert.deepEqual(opened("삼성"), [], "four names: too many to guess");
  assert.deepEqual(opened("삼성전자"), [], "a name itself opens none");
  assert.deepEqual(opened("반도"), []);
});
