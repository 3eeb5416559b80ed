/**
 * scripts/word-lists.ts: no word list is left in src/parse or src/entities (their words are
 * lexicon data), and the script does find the shapes a word list takes in code.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { ALLOWED, listsInPattern, wordLists, wordListsIn } from "../scripts/word-lists.ts";

test("no word list is left in src/parse or src/entities", () => {
  const found = wordLists(
    [path.join(projectRoot, "src", "parse"), path.join(projectRoot, "src", "entities")],
    projectRoot,
  );
  assert.deepEqual(
    found.map((l) => `${path.relative(projectRoot, l.file)}:${l.line} ${l.words.join("|")}`),
    [],
  );
  // Nothing is exempt: the lexicon loader (src/core/lexicon.ts) holds no words to allow.
  assert.deepEqual(ALLOWED, []);
});

test("word-lists finds arrays, alternations, classes and split strings of Hangul words", () => {
  const source = [
    `const ROLES = ["기자", "특파원", "논설위원"];`,
    "const ROLE = String.raw`(?:(?:[가-힣]{1,4})?(?:기자|특파원)|논설위원|주필|${X})`;",
    `const LABEL = /^(?:기사\\s?)?(?:입력|승인|최종\\s?수정)\\s*[:|]?$/;`,
    `const END = /[다요죠]$/;`,
    `const P = "와|과|에";`,
    `const W = "입력 수정 송고".split(" ");`,
    // Not lists: a range, two words, words in a comment, a Korean message.
    `const NAME = /^[가-힣]{2,4}$/; // 기자|특파원|앵커`,
    `const TWO = /(?:다|요)$/;`,
    `const MSG = "제목이 없습니다";`,
  ].join("\n");
  const found = wordListsIn("probe.ts", source);
  assert.deepEqual(
    found.map((l) => [l.line, l.kind, l.words.length]),
    [
      [1, "array", 3],
      [2, "alternation", 3],
      [3, "alternation", 3],
      [4, "class", 3],
      [5, "alternation", 3],
      [6, "split", 3],
    ],
  );
});

test("listsInPattern reads nested groups and skips classes and escapes", () => {
  assert.deepEqual(listsInPattern(String.raw`(?:입력|전송)|수정\|승인`), []);
  assert.deepEqual(
    listsInPattern(String.raw`^(?:(?:기사)?입력|(?:기사\s*)?전송|최종\s*수정)$`).map(
      (l) => l.words,
    ),
    [[String.raw`(?:기사)?입력`, String.raw`(?:기사\s*)?전송`, String.raw`최종\s*수정`]],
  );
});
