/**
 * The page-data files of `_data/` (furniture.yaml, boilerplate.yaml, site.yaml) against their
 * schemas: the shipped files are valid; a bad file of each is named by `sillok check` with the
 * file, the field and the fix, and its loader refuses it with the same problems.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { pageDataProblems } from "../src/core/page-data-schema.ts";
import { checkArchive } from "../src/cli/check.ts";
import { loadBoilerplate } from "../src/parse/boilerplate.ts";
import { loadFurniture } from "../src/parse/reader/furniture.ts";
import { readSiteData } from "../src/site/settings.ts";
import { tempDir } from "./helpers.ts";

/** An archive's own data folder (over the shipped one) holding `name` with `text`. */
function archiveData(name: string, text: string): string {
  const dir = path.join(tempDir(), "_data");
  mkdirSync(dir);
  writeFileSync(path.join(dir, name), text);
  return [path.join(projectRoot, "_data"), dir].join(path.delimiter);
}

/** What `sillok check` says of an archive with that data, as sorted `where: message` lines. */
function checked(dataDir: string): string[] {
  const articles = path.join(tempDir(), "articles");
  mkdirSync(articles);
  return checkArchive(articles, { dataDir })
    .problems.map((p) => `${p.where}: ${p.message}`)
    .sort();
}

test("the shipped furniture.yaml, boilerplate.yaml and site.yaml are valid", () => {
  assert.deepEqual(pageDataProblems(path.join(projectRoot, "_data")), []);
});

test("a bad furniture.yaml: an unknown key and a pattern that is no regular expression", () => {
  const data = archiveData("furniture.yaml", "word: [구독]\nlines: ['^(광고', '^구독$']\n");
  assert.deepEqual(checked(data), [
    'furniture.yaml: lines 1번째 — "^(광고": 정규식으로 읽히지 않습니다 (/^(광고/iu: Unterminated group). 괄호와 \\ 를 고치거나 줄을 지우세요',
    "furniture.yaml: 모르는 키 word입니다. 철자를 고치거나 지우세요 (쓸 수 있는 키: words, sections, lines, ends, summaries, flashes, mail_subject_marks, mail_lines, mail_headers, html_drop, html_end, html_credit, html_body, html_subtitle, html_summary)",
  ]);
  assert.throws(() => loadFurniture(data), /furniture\.yaml: lines 1번째 — "\^\(광고": 정규식으로/);
});

test("a bad boilerplate.yaml: a credit pattern without its (?<credit>) group, a list that is a word", () => {
  const data = archiveData("boilerplate.yaml", "credits: ['사진=(\\S+)']\ntips: 제보\n");
  assert.deepEqual(checked(data), [
    "boilerplate.yaml: credits 1번째 — 사진 출처를 담을 (?<credit>…) 묶음이 없습니다. 출처 부분을 (?<credit>…)로 감싸세요",
    "boilerplate.yaml: tips — \"제보\"는 목록이 아닙니다. [가, 나] 또는 줄마다 '- 가' 형식의 목록으로 고치세요",
  ]);
  assert.throws(() => loadBoilerplate(data), /boilerplate\.yaml: credits 1번째 — 사진 출처/);
});

test("a bad site.yaml: a URL that is no absolute address, a title that is a number", () => {
  const data = archiveData("site.yaml", "title: 2024\nurl: me.example.io/archive\n");
  assert.deepEqual(checked(data), [
    'site.yaml: title — 2024는 글이 아닙니다. 따옴표로 감싸 글로 쓰세요 (예: "3")',
    'site.yaml: url — "me.example.io/archive"은(는) 전체 주소가 아닙니다. http:// 또는 https://로 시작하게 쓰거나, 모르면 ""로 두세요',
  ]);
  assert.throws(
    () => readSiteData(data),
    /site\.yaml: url — "me\.example\.io\/archive"은\(는\) 전체 주소가/,
  );
  // A valid file of the archive still overrides the shipped one.
  assert.equal(readSiteData(archiveData("site.yaml", "title: 우리 스크랩\n")).title, "우리 스크랩");
});

test("a page-data file that is no YAML: `sillok check` names the line that opens the unclosed bracket and the fix in Korean", () => {
  const data = archiveData("furniture.yaml", "lines:\n  - '^구독$'\nwords: [구독, 공유\n");
  const said = checked(data).filter((l) => l.includes("furniture.yaml"));
  assert.equal(said.length, 1, said.join("\n"));
  assert.match(said[0], /YAML로 읽히지 않습니다: 3번째 줄 "words: \[구독, 공유"\. /);
  assert.doesNotMatch(said[0], /flow|collection|column/);
});
