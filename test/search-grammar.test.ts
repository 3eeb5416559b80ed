/**
 * The search's Korean grammar as data (src/core/search-grammar.ts): a person's name followed by an
 * honorific (장민혁씨, 장민혁 씨는) is that person, in the query, the hidden words and the
 * highlighting; the page's bundle carries the archive's lexicon, user overlay included; and an
 * excerpt never runs on into the title that follows the body in the indexed text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { loadLexicon } from "../src/core/lexicon.ts";
import { compileGrammar, searchGrammar } from "../src/core/search-grammar.ts";
import { bundleSearchScript } from "../src/search/bundle.ts";
import { bodyText, excerpt, markRule, markSpans } from "../src/search/excerpt.ts";
import { resultHtml } from "../src/search/html.ts";
import { analyzeQuery, buildNameIndex, stemWord } from "../src/search/query.ts";
import type { SearchEntity } from "../src/site/search-data.ts";
import { buildNameMatcher, entityToken, namesInText } from "../src/site/search-words.ts";
import { SHIPPED_GRAMMAR, tempDir } from "./helpers.ts";

const G = SHIPPED_GRAMMAR;

const entity = (type: SearchEntity["type"], name: string, aliases: string[] = []) => ({
  type,
  name,
  forms: [name, ...aliases],
  url: `/x/${name}/`,
  count: 2,
  parent: null,
  hits: 2,
});

const index = buildNameIndex(
  { entities: [entity("person", "장민혁"), entity("company", "메타"), entity("person", "김양")] },
  G,
);

test("the shipped grammar: the lexicon's particles and its honorifics 씨 님 군 양", () => {
  const lex = loadLexicon();
  assert.deepEqual(searchGrammar(lex).particles, [...lex.particles]);
  assert.deepEqual(searchGrammar(lex).honorifics, ["씨", "님", "군", "양"]);
  assert.equal(G.isNameTail("씨는", true), true);
  assert.equal(G.isNameTail("씨는", false), false, "an honorific follows a person only");
  assert.equal(G.isNameTail("버스", true), false);
  assert.equal(G.isHonorificWord("씨가"), true);
  assert.equal(G.isHonorificWord("씨앗"), false);
});

test("a person's name with an honorific, glued or spaced, is that person's name", () => {
  const person = (s: string) => s === "장민혁";
  assert.equal(
    stemWord("장민혁씨는", (s) => s === "장민혁", G, person),
    "장민혁",
  );
  assert.equal(
    stemWord("장민혁님께서", (s) => s === "장민혁", G, person),
    "장민혁",
  );
  for (const q of ["장민혁씨", "장민혁씨는", "장민혁 씨", "장민혁 씨에게", "장민혁군이"]) {
    const parts = analyzeQuery(q, index);
    assert.equal(parts.length, 1, q);
    assert.deepEqual(parts[0].terms, [entityToken("장민혁")], q);
  }
  // Two words, the second searched too: 장민혁 씨앗 is not an honorific.
  assert.deepEqual(
    analyzeQuery("장민혁 씨앗", index).map((p) => p.terms),
    [[entityToken("장민혁")], ["씨앗"]],
  );
});

test("an honorific is stripped only after a person's name: 날씨, 손님, 해군 and a company stay", () => {
  for (const w of ["날씨", "손님", "해군", "태양"])
    assert.deepEqual(analyzeQuery(w, index)[0].terms, [w], w);
  assert.deepEqual(analyzeQuery("메타씨", index)[0].terms, ["메타씨"]);
  // A name that itself ends like an honorific stays whole (김양 is the name, not 김 + 양).
  assert.deepEqual(analyzeQuery("김양은", index)[0].terms, [entityToken("김양")]);
});

test("the hidden words and the highlighting know the honorific after a person's name", () => {
  const matcher = buildNameMatcher(
    [
      { name: "장민혁", forms: ["장민혁"], person: true },
      { name: "메타", forms: ["메타"] },
    ],
    G,
  );
  assert.deepEqual([...namesInText("장민혁씨는 말했다", matcher)], ["장민혁"]);
  assert.deepEqual([...namesInText("장민혁씨앗 메타씨", matcher)], []);
  const rule = markRule(analyzeQuery("장민혁 씨", index), G);
  const text = "이웃 장민혁씨는 장민혁씨앗을 심었다";
  assert.deepEqual(markSpans(text, rule), [[3, 8]]);
  assert.equal(excerpt(text, rule), "이웃 <mark>장민혁씨는</mark> 장민혁씨앗을 심었다");
});

test("a result's excerpt ends with the body, never with the title the index appends", () => {
  const title = "메타, 새 모델 공개";
  const content = `본문 첫 문장이다. 메타는 끝에 말했다. ${title}`;
  assert.equal(bodyText(content, title), "본문 첫 문장이다. 메타는 끝에 말했다.");
  assert.equal(bodyText(title, title), title, "a page of its title alone keeps it");
  assert.equal(bodyText("본문", undefined), "본문");
  const html = resultHtml(
    { url: "/a/", excerpt: "", content, meta: { title }, filters: {} },
    markRule(analyzeQuery("메타", index), G),
  );
  assert.match(
    html,
    /<p class="excerpt">본문 첫 문장이다\. <mark>메타는<\/mark> 끝에 말했다\.<\/p>/,
  );
});

test("the page's bundle carries the archive's grammar: a word of lexicon.user.yaml reaches search", async () => {
  const data = path.join(tempDir(), "_data");
  cpSync(path.join(projectRoot, "_data"), data, { recursive: true });
  writeFileSync(path.join(data, "lexicon.user.yaml"), "particles: [이랑께]\nhonorifics: [선생]\n");
  const grammar = searchGrammar(loadLexicon(data));
  assert.ok(grammar.particles.includes("이랑께") && grammar.honorifics.includes("선생"));
  const rules = compileGrammar(grammar);
  assert.equal(
    stemWord("반도체이랑께", () => false, rules),
    "반도체",
  );
  const site = tempDir();
  const js = readFileSync(await bundleSearchScript(site, grammar), "utf8");
  assert.ok(js.includes('"이랑께"') && js.includes('"선생"'), "the user's words are in the bundle");
  assert.ok(!js.includes("SILLOK_SEARCH_GRAMMAR"), "the placeholder is replaced");
});
