/**
 * Frequent plain words' built first pages (src/site/search-first-words.ts) and how the search
 * page finds them (names.ts parts, query.ts index, plan.ts firstPageOf), in Node.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SHIPPED_GRAMMAR, tempDir } from "./helpers.ts";
import { wordFirstPages, wordPageFile } from "../src/site/search-first-words.ts";
import { writeFirstPages } from "../src/site/search-first.ts";
import { buildSearchData, firstPageFile } from "../src/site/search-data.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { FIRST_DIR } from "../src/search/names.ts";
import { splitSearchData } from "../src/search/names.ts";
import { analyzeQuery, buildNameIndex, wordsOpenedBy } from "../src/search/query.ts";
import { firstPageOf } from "../src/search/plan.ts";
import type { Archive } from "../src/site/archive.ts";
import type { SearchData } from "../src/site/search-data.ts";

/** An archive of articles with these bodies, newest first (only what the word pages read). */
function archiveOf(bodies: string[]): Archive {
  const articles = bodies.map((html, i) => ({
    url: `/articles/a${i}/`,
    title: `기사 ${i}`,
    html: `<p>${html}</p>`,
    outlet: { name: "한빛일보" },
    dateDisplay: "2024년 1월 1일",
    companies: [],
    people: [],
  }));
  const entities = { company: [], person: [], tag: [], outlet: [] };
  return { articles, entities } as unknown as Archive;
}

const ARCHIVE = archiveOf([
  "반도체 반도체를 팔았다 서울 7",
  "반도체업계가 움직였다 서울시는",
  "대규모 반도체 투자 발표",
  "반도 끝에서 서울의 하루",
  "날씨 맑음 29일",
]);

test("a word that enough articles use gets a first page: its pages, best first, the word marked", () => {
  const pages = wordFirstPages(ARCHIVE, SHIPPED_GRAMMAR, { min: 2, share: 0 });
  const byWord = new Map(pages.map((p) => [p.word, p]));
  // Stems written alone (particles stripped) in two articles or more: 반도체 (반도체, 반도체를),
  // 서울 (서울, 서울의), 기사 (the titles); not 반도 (one article), 7 or 29일 (no words). Its pages
  // are those with a word that starts with it: 반도체업계가 and 서울시는 count.
  assert.deepEqual([...byWord.keys()].sort(), ["기사", "반도체", "서울"]);
  const chips = byWord.get("반도체")!;
  assert.equal(chips.hits, 3);
  assert.equal(chips.file, wordPageFile("반도체"));
  // Two mentions outrank one; the rows are the site's pages.
  assert.equal(chips.rows[0].url, "/articles/a0/");
  assert.deepEqual(chips.rows.map((r) => r.url).sort(), [
    "/articles/a0/",
    "/articles/a1/",
    "/articles/a2/",
  ]);
  assert.match(chips.rows[0].excerpt, /<mark>반도체<\/mark>/);
  assert.equal(byWord.get("서울")!.hits, 3);
  assert.ok(/^w[0-9a-f]{12}$/.test(chips.file));
});

test("the search page finds a word's first page by its term: default order, no facet, one word", () => {
  const pages = wordFirstPages(
    archiveOf(["반도체 서울", "반도체 서울", "반도체"]),
    SHIPPED_GRAMMAR,
    {
      min: 2,
      share: 0,
    },
  );
  const data: SearchData = {
    entities: [],
    words: pages.map((p) => ({ word: p.word, first: p.file, hits: p.hits })),
  };
  const parts = splitSearchData(data);
  assert.deepEqual(
    parts.get("반")!.words!.map((w) => w.word),
    ["반도체"],
  );
  const index = buildNameIndex(parts.get("반")!, SHIPPED_GRAMMAR);
  const q = (s: string) => analyzeQuery(s, index);
  assert.equal(firstPageOf(q("반도체를"), {}, "", index.words)?.hits, 3);
  assert.equal(firstPageOf(q("반도체"), {}, "newest", index.words), null);
  assert.equal(firstPageOf(q("반도체"), { 연도: ["2024"] }, "", index.words), null);
  assert.equal(firstPageOf(q("반도체 서울"), {}, "", index.words), null);
  assert.equal(firstPageOf(q("반도"), {}, "", index.words), null);
  // On the way to it: 반도 opens 반도체; a one-letter word opens nothing.
  assert.deepEqual(
    wordsOpenedBy(index, "반도").map((w) => w.word),
    ["반도체"],
  );
  assert.deepEqual(wordsOpenedBy(index, "반"), []);
  // A word with a page of its own is likely the last one typed: nothing longer is fetched.
  index.words.set("반도", { word: "반도", first: "w0", hits: 2 });
  assert.deepEqual(wordsOpenedBy(index, "반도"), []);
  assert.deepEqual(wordsOpenedBy(index, "반도체"), []);
});

test("the build writes each first page as its rows' JSON at /assets/search-first/<file>.json; the search data lists the words written", () => {
  const dicts = loadDictionaries();
  const archive = archiveOf([
    "반도체 반도체를 팔았다 삼성전자는 서울 7",
    "반도체업계가 움직였다 서울시는",
    "대규모 반도체 투자 발표",
  ]);
  const site = tempDir();
  const n = writeFirstPages(site, archive, dicts, { min: 2, share: 0 });
  const words = wordFirstPages(archive, SHIPPED_GRAMMAR, { min: 2, share: 0 });
  const dir = path.join(site, FIRST_DIR);
  const files = readdirSync(dir).sort();
  // The words' pages and one name's (삼성전자, standing as a word in the first article).
  assert.deepEqual(
    files,
    [...words.map((w) => `${w.file}.json`), `${firstPageFile("삼성전자")}.json`].sort(),
  );
  assert.equal(n, files.length);
  for (const w of words)
    assert.equal(readFileSync(path.join(dir, `${w.file}.json`), "utf8"), JSON.stringify(w.rows));
  const name = JSON.parse(
    readFileSync(path.join(dir, `${firstPageFile("삼성전자")}.json`), "utf8"),
  );
  assert.deepEqual(
    name.map((r: { url: string }) => r.url),
    ["/articles/a0/"],
  );
  assert.match(name[0].excerpt, /<mark>삼성전자는<\/mark>/);
  // The search data (written after the pages) lists the words the pages were written for.
  assert.deepEqual(
    buildSearchData(archive, dicts).words,
    words.map((w) => ({ word: w.word, first: w.file, hits: w.hits })),
  );
});
