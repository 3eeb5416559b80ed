/**
 * Index chunks a prefix reaches (src/search/chunks.ts), their list read from Pagefind's metadata
 * (src/search/pf-meta.ts), and the plan loading them before it searches (src/search/plan.ts), on
 * a stand-in that loads chunks as Pagefind does: a search loads only the chunk whose range holds
 * the word itself, so words it starts in later chunks are missed unless those are preloaded.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import {
  extensionProbes,
  holdsWord,
  pagefindForm,
  sortCodePoints,
  termProbes,
} from "../src/search/chunks.ts";
import { chunkStarts } from "../src/search/pf-meta.ts";
import { findResults, warmChunks, whileCurrent } from "../src/search/plan.ts";
import type { Hit, SearchApi } from "../src/search/plan.ts";
import { analyzeQuery, buildNameIndex } from "../src/search/query.ts";
import { SHIPPED_GRAMMAR, tempDir } from "./helpers.ts";

const nfd = (xs: string[]) => xs.map(pagefindForm);
/** Chunk starts as Pagefind writes them: 서울 closes one chunk, 서울시… open the next two. */
const STARTS = nfd(["가", "생각", "서두르", "서울1", "서울신", "석식", "선"]);

test("a word's probes: the chunk holding it, then every chunk whose first word it starts", () => {
  assert.deepEqual(extensionProbes("서울", STARTS), nfd(["서두르", "서울1", "서울신"]));
  assert.deepEqual(extensionProbes("서울신문", STARTS), nfd(["서울신"]));
  assert.deepEqual(extensionProbes("석유", STARTS), nfd(["석식"]));
  // Before the first chunk: no chunk holds it, the first may hold its extensions only if it starts with it.
  assert.deepEqual(extensionProbes("가나", nfd(["가다", "나"])), []);
  assert.deepEqual(extensionProbes("가", nfd(["가다", "나"])), nfd(["가다"]));
  assert.deepEqual(extensionProbes("서울", []), []);
});

test("Pagefind's form: lower case, Hangul in jamo, accents dropped", () => {
  assert.equal(pagefindForm("Meta"), "meta");
  assert.equal(pagefindForm("서울"), "서울".normalize("NFD"));
  assert.notEqual(pagefindForm("서울"), "서울");
  assert.equal(pagefindForm("Café"), "cafe");
});

test("probes are needed only where a word reaches past its own chunk; names' tokens never", () => {
  assert.deepEqual(
    termProbes(["서울 석유", "zq서울시qz"], STARTS),
    nfd(["서두르", "서울1", "서울신"]),
  );
  assert.deepEqual(termProbes(["석유", null], STARTS), []);
});

test("a chunk starting with a word the query word opens proves the index holds it; else nothing is known", () => {
  const starts = sortCodePoints(["가", "서울시장ㄱ", "zq삼성qz"].map(pagefindForm));
  assert.equal(holdsWord("서울", starts), true);
  assert.equal(holdsWord("서울시", starts), true);
  assert.equal(holdsWord("서울역", starts), false);
  assert.equal(holdsWord("서울 대통령", starts), false);
  assert.equal(holdsWord("서울", []), false);
  assert.equal(holdsWord("", starts), false);
});

test("chunk starts sort in code point order, as Pagefind compares words", () => {
  assert.deepEqual(sortCodePoints(["b", "\u{1F600}", "\uFF41", "a"]), [
    "a",
    "b",
    "\uFF41",
    "\u{1F600}",
  ]);
});

/** CBOR (RFC 8949) of unsigned ints, text and arrays: what Pagefind's metadata starts with. */
function cbor(x: unknown): Buffer {
  const head = (major: number, n: number) =>
    n < 24
      ? Buffer.from([(major << 5) | n])
      : n < 256
        ? Buffer.from([(major << 5) | 24, n])
        : Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  if (typeof x === "number") return head(0, x);
  if (typeof x === "string") {
    const b = Buffer.from(x, "utf8");
    return Buffer.concat([head(3, b.length), b]);
  }
  const xs = x as unknown[];
  return Buffer.concat([head(4, xs.length), ...xs.map(cbor)]);
}

test("the chunk list is read from the metadata file the entry names", () => {
  const dir = path.join(tempDir("pf-meta"), "pagefind");
  mkdirSync(dir, { recursive: true });
  const pages = Array.from({ length: 30 }, (_, i) => [`en_${i}`, 300 + i]);
  const chunks = [
    ["가", "서울", "ko_1"],
    ["서울1", "석식", "ko_2"],
    ["석식ᄅ", "힣", "ko_3"],
  ];
  const meta = cbor(["1.6.0", pages, chunks, [], []]);
  const write = (name: string, body: Buffer) =>
    writeFileSync(
      path.join(dir, name),
      gzipSync(Buffer.concat([Buffer.from("pagefind_dcd"), body])),
    );
  write("pagefind.ko_new.pf_meta", meta);
  write("pagefind.ko_old.pf_meta", cbor(["1.5.0", [], [["x", "y", "ko_9"]], [], []]));
  const entry = { version: "1.6.0", languages: { ko: { hash: "ko_new", page_count: 30 } } };
  writeFileSync(path.join(dir, "pagefind-entry.json"), JSON.stringify(entry));
  assert.deepEqual(chunkStarts(dir), ["가", "서울1", "석식ᄅ"]);
  writeFileSync(path.join(dir, "pagefind.ko_new.pf_meta"), gzipSync(Buffer.from("not pagefind")));
  assert.throws(() => chunkStarts(dir), /not a Pagefind metadata file/);
});

/**
 * A Pagefind stand-in with chunked words: a search loads the chunk holding each of its words
 * (Pagefind's strict rule), a preload the chunk holding the word preloaded, and a word matches
 * only the loaded words it starts. `events` records preloads and searches in order.
 */
function chunkedPagefind(pages: Record<string, string>, starts: string[]) {
  const events: string[] = [];
  const loaded = new Set<number>();
  const chunkOf = (w: string) => {
    const f = pagefindForm(w);
    return starts.reduce((home, s, i) => (s <= f ? i : home), 0);
  };
  const inLoaded = (w: string) => loaded.has(chunkOf(w));
  const api: SearchApi<Hit> = {
    async preload(term) {
      events.push(`preload ${term.normalize("NFC")}`);
      loaded.add(chunkOf(term));
    },
    async search(term) {
      events.push(`search ${term}`);
      const words = (term ?? "").split(" ");
      for (const w of words) loaded.add(chunkOf(w));
      const ids = Object.keys(pages).filter((id) =>
        words.every((w) => pages[id].split(" ").some((x) => inLoaded(x) && x.startsWith(w))),
      );
      const results = ids.map((id, i) => ({
        id,
        score: 10 - i,
        data: async () => ({ content: pages[id] }),
      }));
      return { results, filters: {} };
    },
  };
  return { api, events };
}

const PAGES = { a: "서울 날씨", b: "서울시 예산", c: "서울신문 보도", d: "석유 가격" };
const parts = (q: string) => analyzeQuery(q, buildNameIndex({ entities: [] }, SHIPPED_GRAMMAR));

test("a word finds the pages of every chunk it reaches: those chunks load before the search", async () => {
  const bare = chunkedPagefind(PAGES, STARTS);
  const missed = await findResults(bare.api, "서울", parts("서울"), {});
  assert.deepEqual(missed.results.map((r) => r.id).sort(), ["a"]);
  const pf = chunkedPagefind(PAGES, STARTS);
  const found = await findResults(pf.api, "서울", parts("서울"), {}, { chunkStarts: STARTS });
  assert.deepEqual(found.results.map((r) => r.id).sort(), ["a", "b", "c"]);
  assert.deepEqual(pf.events, [
    "preload 서울",
    "preload 서두르",
    "preload 서울1",
    "preload 서울신",
    "search 서울",
  ]);
  // A word within one chunk costs no preload.
  const one = chunkedPagefind(PAGES, STARTS);
  await findResults(one.api, "석유", parts("석유"), {}, { chunkStarts: STARTS });
  assert.deepEqual(one.events, ["search 석유"]);
});

test("typing warms the chunks a search will read (its own and those its word reaches), without searching", async () => {
  const pf = chunkedPagefind(PAGES, STARTS);
  await warmChunks(pf.api, parts("서울"), { chunkStarts: STARTS });
  assert.deepEqual(pf.events, [
    "preload 서울",
    "preload 서두르",
    "preload 서울1",
    "preload 서울신",
  ]);
  // A word within one chunk: its own chunk (Pagefind would load it only once the search starts).
  const one = chunkedPagefind(PAGES, STARTS);
  await warmChunks(one.api, parts("석유를"), { chunkStarts: STARTS });
  assert.deepEqual(one.events, ["preload 석유"]);
  // A one-letter word warms nothing: its chunks reach a large share of the index.
  const letter = chunkedPagefind(PAGES, STARTS);
  await warmChunks(letter.api, parts("서"), { chunkStarts: STARTS });
  assert.deepEqual(letter.events, []);
  // Nor does a name the archive has no article for (it is never searched); one it has does.
  const names = buildNameIndex(
    {
      entities: [
        { name: "마크 저커버그", hits: 0 },
        { name: "서울시", hits: 2 },
      ].map(({ name, hits }) => ({
        type: "person" as const,
        name,
        forms: [name, name.split(" ").pop()!],
        url: null,
        count: hits,
        parent: null,
        hits,
      })),
    },
    SHIPPED_GRAMMAR,
  );
  const absent = chunkedPagefind(PAGES, STARTS);
  await warmChunks(absent.api, analyzeQuery("저커버그는", names), { chunkStarts: STARTS });
  assert.deepEqual(absent.events, []);
  const named = chunkedPagefind(PAGES, STARTS);
  await warmChunks(named.api, analyzeQuery("서울시", names), { chunkStarts: STARTS });
  assert.deepEqual(named.events, ["preload zq서울시qz"]);
});

test("a search overtaken by a later keystroke stops: no further preload, search or fragment", async () => {
  let current = false;
  const gone = chunkedPagefind(PAGES, STARTS);
  const none = await findResults(
    whileCurrent(gone.api, () => current),
    "서울",
    parts("서울"),
    {},
    {
      chunkStarts: STARTS,
    },
  );
  assert.deepEqual([none.results, gone.events], [[], []], "nothing asked once overtaken");
  // Overtaken while its chunks load: the search itself is never asked.
  current = true;
  const pf = chunkedPagefind(PAGES, STARTS);
  const found = findResults(
    whileCurrent(pf.api, () => current),
    "서울",
    parts("서울"),
    {},
    {
      chunkStarts: STARTS,
    },
  );
  current = false;
  assert.deepEqual((await found).results, []);
  assert.ok(!pf.events.some((e) => e.startsWith("search")), pf.events.join());
  // Overtaken while Pagefind searched: its answer is dropped (no fragment loaded to check it).
  const late = chunkedPagefind(PAGES, STARTS);
  let fragments = 0;
  const search = late.api.search.bind(late.api);
  late.api.search = async (t, o) => {
    const r = await search(t, o);
    current = false;
    return {
      ...r,
      results: r.results.map((h) => ({ ...h, data: () => (fragments++, h.data()) })),
    };
  };
  current = true;
  const r = await findResults(
    whileCurrent(late.api, () => current),
    "석유",
    parts("석유"),
    {},
  );
  assert.deepEqual([r.results, fragments], [[], 0]);
  // While current, the plan runs as without it.
  current = true;
  const live = await findResults(
    whileCurrent(chunkedPagefind(PAGES, STARTS).api, () => current),
    "석유",
    parts("석유"),
    {},
  );
  assert.deepEqual(
    live.results.map((h) => h.id),
    ["d"],
  );
});
