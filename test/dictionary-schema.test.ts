/**
 * The dictionaries' contract (core/dictionary-schema.ts): each file of `_data/` is read through
 * one schema by the loader and by `sillok check`; a bad entry is named with its file, position,
 * id, field and fix, the loader refuses it, and `sillok check` reports it with exit code 1.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadDictionaries, readDictionaries } from "../src/core/dictionaries.ts";
import { formatProblem } from "../src/core/problems.ts";
import { tempDir } from "./helpers.ts";
import { cli } from "./cli-capture.ts";

/** A data folder holding `files` (name → YAML text). */
function dataWith(files: Record<string, string>): string {
  const dir = path.join(tempDir(), "_data");
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

test("the shipped dictionaries and lexicon pass their schemas", () => {
  assert.deepEqual(readDictionaries().problems, []);
});

test("each dictionary file's schema names the file, the entry, the field and the fix", () => {
  const dir = dataWith({
    "companies.yaml":
      "- {id: acme, name: 에이크미, aliases: 에이크미전자}\n- {id: beta, name: 베타, parnet: acme}\n",
    "people.yaml": "- {id: kim, name: '', role: 교수}\n",
    "tags.yaml": "- {id: chips, name: 반도체, keywords: [반도체, [웨이퍼]]}\n",
    "outlets.yaml": "- 한빛일보\n",
    "entities.yaml": "discover:\n  people: 네\n",
  });
  const said = readDictionaries(dir).problems.map((p) =>
    formatProblem({ ...p, file: path.basename(p.file) }),
  );
  assert.deepEqual(said, [
    "companies.yaml: 1번째 항목 (1번째 줄, id: acme) aliases — \"에이크미전자\"는 목록이 아닙니다. [가, 나] 또는 줄마다 '- 가' 형식의 목록으로 고치세요",
    "companies.yaml: 2번째 항목 (2번째 줄, id: beta) — 모르는 키 parnet입니다. 철자를 고치거나 지우세요 (쓸 수 있는 키: id, name, kind, aliases, not, parent, ambiguous)",
    "people.yaml: 1번째 항목 (1번째 줄, id: kim) name — 빈 낱말입니다. 지우세요",
    'tags.yaml: 1번째 항목 (1번째 줄, id: chips) keywords 2번째 — ["웨이퍼"]는 낱말이 아닙니다. 따옴표로 감싸세요',
    "outlets.yaml: 1번째 항목 (1번째 줄) — \"한빛일보\"는 항목이 아닙니다. '- {id: ..., name: ...}' 형식으로 쓰세요",
    'entities.yaml: discover.people — "네"는 true/false가 아닙니다. true 또는 false로 고치세요',
  ]);
});

test("a dictionary problem names the line its entry starts on, and a YAML error the line the parser gives", () => {
  const dir = dataWith({
    "people.yaml": [
      "# 사람 사전",
      "- {id: han, name: 한다온, role: 교수}",
      "",
      "- id: kim",
      "  name: 김하람",
      "  orgs: 한빛",
      "",
    ].join("\n"),
    "companies.yaml": "- {id: acme, name: 에이크미\n- {id: beta, name: 베타}\n",
  });
  const said = readDictionaries(dir).problems.map((p) =>
    formatProblem({ ...p, file: path.basename(p.file) }),
  );
  assert.equal(said.length, 2, said.join("\n"));
  // The line that opens the unclosed brace, quoted, and the fix in Korean (not the parser's English).
  assert.match(
    said[0],
    /^companies\.yaml: YAML로 읽히지 않습니다: 1번째 줄 "- \{id: acme, name: 에이크미"\. [^A-Za-z]*괄호[^A-Za-z]*$/,
  );
  assert.match(said[1], /^people\.yaml: 2번째 항목 \(4번째 줄, id: kim\) orgs — /);
});

test("the loader refuses a file its schema refuses, naming every problem; a file that is not a list is one problem", () => {
  const dir = dataWith({ "companies.yaml": "acme: 에이크미\n" });
  assert.throws(
    () => loadDictionaries(dir),
    /companies\.yaml: 항목의 목록이 아닙니다\. 줄마다 '- \{id: \.\.\., name: \.\.\.\}' 형식으로 쓰세요/,
  );
});

test("`sillok check` reports a broken dictionary entry and a broken lexicon, and exits 1", async () => {
  const dir = dataWith({
    "people.yaml": "- {id: han, name: 한다온, orgs: 한빛}\n",
    "lexicon.user.yaml": "roles: {add: [조합장], remove: 회장}\n",
  });
  const articles = path.join(tempDir(), "articles");
  mkdirSync(articles);
  const [code, out] = await cli(["check", "--articles", articles, "--data", dir]);
  assert.equal(code, 1, out);
  assert.match(
    out,
    /people\.yaml: 1번째 항목 \(1번째 줄, id: han\) orgs — "한빛"은 목록이 아닙니다\. \[가, 나\] 또는/,
  );
  assert.match(
    out,
    /lexicon\.user\.yaml: roles\.remove — "회장"은 목록이 아닙니다\. \[가, 나\] 또는/,
  );
  assert.match(out, /고칠 곳 2개/);
});

test("a front matter problem is reported by `sillok check` with the file, the field and the fix", async () => {
  const articles = path.join(tempDir(), "articles");
  mkdirSync(path.join(articles, "2024", "05"), { recursive: true });
  writeFileSync(
    path.join(articles, "2024", "05", "x.md"),
    '---\ntitle: 시험\noutlet: null\ndate: 2024-13-01\ndateSource: manual\nsource: {file: x.txt, sha256: "0", encoding: utf-8}\n---\n\n본문.\n',
  );
  const [code, out] = await cli(["check", "--articles", articles]);
  assert.equal(code, 1, out);
  assert.match(out, /2024\/05\/x\.md: date — "2024-13-01"은 없는 날짜입니다: 13월은 없습니다/);
});

test("an empty list item is called empty, not '없음은 낱말이 아닙니다'", () => {
  const dir = dataWith({
    "companies.yaml": "- {id: acme, name: 에이크미, aliases: [에이크미전자, ~]}\n",
  });
  const said = readDictionaries(dir).problems.map((p) =>
    formatProblem({ ...p, file: path.basename(p.file) }),
  );
  assert.deepEqual(said, [
    "companies.yaml: 1번째 항목 (1번째 줄, id: acme) aliases 2번째 — 빈 항목입니다. 낱말을 쓰거나 지우세요",
  ]);
});

test("a `kind` the site does not know is reported by `sillok check` with the kinds it knows (the loader still reads the entry)", async () => {
  const dir = dataWith({
    "companies.yaml": "- {id: acme, name: 에이크미, kind: comapny}\n",
    "people.yaml": "- {id: kim-min-ji, name: 김민지, kind: professor}\n",
    "outlets.yaml": "- {id: hanbit, name: 한빛일보, kind: daily}\n",
  });
  assert.equal(loadDictionaries(dir).companies.length, 1, "the entry is still read");
  const articles = path.join(tempDir(), "articles");
  mkdirSync(articles);
  const [code, out] = await cli(["check", "--articles", articles, "--data", dir]);
  assert.equal(code, 1, out);
  assert.match(
    out,
    /companies\.yaml: acme: kind "comapny" — 모르는 종류입니다. group, company, bank, securities, insurance, public, global, law 중 하나로 고치세요/,
  );
  assert.match(out, /people\.yaml: kim-min-ji: kind "professor" — 모르는 종류입니다/);
  assert.doesNotMatch(out, /hanbit/);
});
