/**
 * anyMatch, mayMatch and allMatches (core/patterns.ts): one search for a list of patterns answers as a search per
 * pattern would, on the shipped furniture and boilerplate lists and on lists it cannot join.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import {
  allMatches,
  anyMatch,
  mayMatch,
  withoutLeadingLookbehind,
  withoutLeadingSpace,
} from "../src/core/patterns.ts";
import { cutCredits, loadBoilerplate, splitAtBreaks } from "../src/parse/boilerplate.ts";
import { loadFurniture } from "../src/parse/reader/furniture.ts";

const some = (list: RegExp[], s: string) => list.some((r) => r.test(s));

test("the shipped lists answer every line of the sample sources as pattern by pattern", () => {
  const f = loadFurniture();
  const b = loadBoilerplate();
  const lists = [f.lines, f.ends, f.summaries, b.copyright, b.signoffs, b.furniture, b.tips];
  const dir = path.join(projectRoot, "sources");
  const lines = ["", "무단전재 및 재배포 금지", "Copyright ⓒ 연합뉴스. All rights reserved."];
  for (const name of ["sample-01-meta-xr.txt", "sample-06-conglomerates.txt"])
    lines.push(...readFileSync(path.join(dir, name), "utf8").split("\n"));
  let hits = 0;
  for (const list of lists)
    for (const line of lines) {
      assert.equal(anyMatch(list, line), some(list, line), `${list[0]?.source} on ${line}`);
      if (some(list, line)) hits++;
    }
  assert.ok(hits > 0, "some lines are furniture or boilerplate");
});

test("a list with a back-reference, a named group or mixed flags is searched pattern by pattern", () => {
  const cases: [RegExp[], string, boolean][] = [
    [[/(가)\1/u, /(나)\1/u], "나나", true],
    [[/(가)\1/u, /(나)\1/u], "가나", false],
    [[/(?<n>다)\k<n>/u, /라/u], "다다", true],
    [[/abc/i, /xyz/], "ABC", true],
    [[/abc/i, /xyz/], "XYZ", false],
    [[/(?<=가)나/u, /^다$/u], "가나", true],
    [[], "가", false],
  ];
  for (const [list, text, want] of cases) {
    assert.equal(anyMatch(list, text), want, `${list.map(String).join(" ")} on ${text}`);
    assert.equal(anyMatch(list, text), some(list, text));
  }
});

test("a list that grows after its first use is joined again", () => {
  const list = [/가나/u, /다라/u];
  assert.equal(anyMatch(list, "마바"), false);
  list.push(/마바/u);
  assert.equal(anyMatch(list, "마바"), true);
});

test("the prefilter of a list with named groups says no only where no pattern matches", () => {
  const list = [
    /\((?<credit>[가-힣]+) 제공\)/giu,
    /\[\(?<x>\]|(?<back>)^사진=(?<credit>\S+)/giu,
    /[(?<]가/giu,
  ];
  const cases: [string, boolean][] = [
    ["공장 전경 (가나전자 제공)", true],
    ["사진=연합뉴스", true],
    ["글자 [(<x>]", true],
    ["<가", true],
    ["(?<credit>가나 제공)", false],
    ["평범한 문장입니다.", false],
  ];
  for (const [text, want] of cases) {
    for (const r of list) r.lastIndex = 5;
    assert.equal(mayMatch(list, text), want, text);
  }
  assert.equal(mayMatch([/(가)\1/u, /나/u], "다"), true, "a back-reference: cannot tell");
  assert.equal(mayMatch([], "다"), false);
});

test("the prefilter drops only optional white space that opens a pattern, and answers as before", () => {
  const cases: [string, string][] = [
    ["\\s*\\/\\s*사진", "\\/\\s*사진"],
    ["\\s?=", "="],
    ["(?:^|\\s*)(?:ⓒ|©)", "(?:ⓒ|©)"],
    ["\\s*\\s?a", "a"],
    // Not optional, lazy, repeated or not at the start: kept.
    ["\\s+a", "\\s+a"],
    ["\\s*?a", "\\s*?a"],
    ["\\s*{2}a", "\\s*{2}a"],
    ["(?:^|\\s*)*a", "(?:^|\\s*)*a"],
    ["a\\s*", "a\\s*"],
  ];
  for (const [source, want] of cases) assert.equal(withoutLeadingSpace(source), want, source);
  const list = [
    /\s*\/\s*(?<credit>[^/]{1,9})\s*$/iu,
    /(?<=[.!?])\s*(?<credit>[가-힣]+ 제공)\s*$/iu,
  ];
  const texts = ["사진 / 가나일보", "끝났다.  가나 제공", "끝났다 가나 제공", " / ", "평범한 문장"];
  for (const text of texts) assert.equal(mayMatch(list, text), some(list, text), text);
});

test("the prefilter matches a leading lookbehind instead, only one with no group inside", () => {
  const cases: [string, string][] = [
    ["(?<=[.!?])\\s?X", "(?:[.!?])\\s?X"],
    ['(?<=^|\\s|[.!?"”’])[\\[(]', '(?:^|\\s|[.!?"”’])[\\[(]'],
    ['(?<=[.!?。]["”’]?)\\s*/', '(?:[.!?。]["”’]?)\\s*/'],
    ["(?<=[(])a", "(?:[(])a"],
    ["(?<=\\))a", "(?:\\))a"],
    // A group inside, a lookbehind not at the start, a negative one: kept.
    ["(?<=(?:가|나))a", "(?<=(?:가|나))a"],
    ["(?<=가(?!나))a", "(?<=가(?!나))a"],
    ["a(?<=a)b", "a(?<=a)b"],
    ["(?<![.])a", "(?<![.])a"],
    ["(?<=가", "(?<=가"],
  ];
  for (const [source, want] of cases) assert.equal(withoutLeadingLookbehind(source), want, source);
  // The shipped credits (most open with a lookbehind) on every line of a sample, on each line
  // glued to the next, and on made-up runs around their punctuation.
  const b = loadBoilerplate();
  const lists = [b.credits, [...b.credits, ...b.caption_credits], b.breaks];
  const lines = readFileSync(path.join(projectRoot, "sources", "sample-03-ev-battery.txt"), "utf8")
    .split("\n")
    .filter(Boolean);
  const made = [
    "있다. 연합뉴스다음",
    "있다.연합뉴스는",
    "회장. [사진 가나푸드]",
    "조감도. /가나 제공",
  ];
  const texts = [...lines, ...lines.map((l, i) => `${l} ${lines[i + 1] ?? ""}`), ...made];
  let hits = 0;
  for (const list of lists)
    for (const text of texts) {
      assert.equal(mayMatch(list, text), some(list, text), `${list[0]?.source} on ${text}`);
      if (some(list, text)) hits++;
    }
  assert.ok(hits >= made.length, `${hits} texts match`);
});

test("credits and breaks cut the sample sources as before the prefilter", () => {
  const rules = loadBoilerplate();
  const text = readFileSync(path.join(projectRoot, "sources", "sample-03-ev-battery.txt"), "utf8");
  const runs = [
    ...text.split("\n"),
    "공장 전경. 가나전자 제공",
    "[사진=연합뉴스] 본문",
    "본문 ⓒ 가나일보",
  ];
  let pieces = 0;
  for (const run of runs) {
    const cut = cutCredits(run, rules);
    assert.equal(
      cut
        .map((p) => p.text + (p.credit ?? ""))
        .join("")
        .replace(/\s/g, "").length > 0,
      run.trim() !== "",
    );
    pieces += cut.filter((p) => p.credit).length + splitAtBreaks(run, rules).length;
  }
  assert.ok(pieces > runs.length / 2, `${pieces} pieces`);
});

test("allMatches gives what matchAll gives, empty matches and surrogate pairs included", () => {
  const cases: [RegExp, string][] = [
    [/[^\s]+/g, "가나 다라  마"],
    [/x*/g, "axbxx"],
    [/x*/gu, "a😀x😀"],
    [/x*/g, "a😀x😀"],
    [/(?<=\.)\s*/giu, "가. 나.다"],
    [/없음/g, "가나다"],
  ];
  for (const [re, text] of cases) {
    const want = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    assert.deepEqual(
      allMatches(re, text).map((m) => [m.index, m[0]]),
      want,
      `${re} on ${text}`,
    );
    assert.equal(re.lastIndex, 0);
  }
  assert.throws(() => allMatches(/x/, "x"), TypeError);
});
