/**
 * The search's word pieces (src/core/word-pieces.ts) and the excerpts of Hangul words in NFC
 * text (src/site/word-excerpt.ts): both are faster readings of a rule that is
 * also written as a regular expression, so each is checked against that reading on texts with
 * the characters where they could part (case, marks, jamo, characters outside the BMP, lone
 * surrogates).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SHIPPED_GRAMMAR } from "./helpers.ts";
import { wordPieces } from "../src/core/word-pieces.ts";
import { excerpt, markSpans } from "../src/search/excerpt.ts";
import { prefixSpans, wordExcerpt } from "../src/site/word-excerpt.ts";

/** The rule as the regular expression states it. */
const byRegex = (t: string) =>
  t
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);

const ALPHABET = [
  ..."aZ가 ·-_1é",
  "\u1100\u1161", // jamo that NFC composes into 가
  "\u11a8", // a final consonant jamo
  "E\u0301",
  "\u0301",
  "\ud835\udc00", // 𝐀, a letter outside the BMP
  "\ud83d\ude00", // an emoji: no letter
  "\ud800", // lone surrogates
  "\udc00",
  "İ",
  "Σ",
  "٣",
  "\u00a0",
  "㈜",
  "①",
];

/** Every text of `n` characters of the alphabet taken in a fixed order (a deterministic sample). */
function texts(count: number): string[] {
  const out: string[] = [];
  let seed = 7;
  for (let i = 0; i < count; i++) {
    let t = "";
    for (let j = 0; j < (i % 13) + 1; j++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      t += ALPHABET[seed % ALPHABET.length];
    }
    out.push(t);
  }
  return out;
}

test("word pieces: lower case NFC, split at punctuation, symbols and spaces", () => {
  assert.deepEqual(wordPieces("AI·반도체, 삼성전자㈜는 3일(현지시간)"), [
    "ai",
    "반도체",
    "삼성전자",
    "는",
    "3일",
    "현지시간",
  ]);
  assert.deepEqual(wordPieces("\u1100\u1161\u11a8 𝐀b 😀c"), ["각", "𝐀b", "c"]);
  assert.deepEqual(wordPieces(" ·, "), []);
  for (const t of [...texts(20000), "", "\ud800", "a\ud800b", "\udc00a", "\ud835\udc00\ud835"])
    assert.deepEqual(wordPieces(t), byRegex(t), JSON.stringify(t));
});

test("marks of Hangul words in NFC text: the same spans as reading every piece", () => {
  const rule = (prefixes: string[]) => ({ names: [], prefixes, grammar: SHIPPED_GRAMMAR });
  const text = "반도체업계는 반도체를, 대(對)반도체 x반도체 𝐀반도체 반도 (반도체)";
  assert.deepEqual(prefixSpans(text, ["반도체"], Infinity), [
    [0, 6],
    [7, 11],
    [17, 20],
    [36, 39],
  ]);
  const samples = [text, ...texts(3000).map((t) => `${t}가 ${t}가나 가${t}`)];
  for (const t of samples.filter((s) => s.normalize("NFC") === s))
    for (const prefixes of [["반도체"], ["가"], ["가나", "가"]])
      for (const window of [Infinity, 20, 3])
        assert.deepEqual(
          prefixSpans(t, prefixes, window),
          markSpans(t, rule(prefixes), window),
          JSON.stringify([t, prefixes, window]),
        );
  // The excerpt printed from them is the search page's, marks, ellipses and escapes included.
  const long = `${"앞 문장 <b>&".repeat(30)} 반도체를 "반도체" ${"뒤 문장 '".repeat(40)} 반도체`;
  for (const t of [long, text, "반도체", "없음"])
    assert.equal(wordExcerpt(t, rule(["반도체"]), true), excerpt(t, rule(["반도체"])));
  assert.match(
    wordExcerpt(long, rule(["반도체"]), true),
    /^… &#60;b&#62;&#38;앞 문장 .* <mark>반도체를<\/mark> &#34;<mark>반도체<\/mark>&#34; 뒤 문장 &#39;.* …$/,
  );
});
