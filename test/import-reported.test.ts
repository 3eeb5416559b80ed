/**
 * Inputs from a fresh-eyes run of the importer, each the representative of a kind of bug:
 * character references in plain text, a wire file with an outlet line and a trailing stamp
 * label, copies of skipped files, date stamps in more shapes.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { convertFile, createImportContext, importSources } from "../src/import/index.ts";
import { loadLexicon } from "../src/core/lexicon.ts";
import { compilePageWords } from "../src/parse/page-words.ts";
import { tempDir } from "./helpers.ts";

/** The parse words of the shipped lexicon, made by their factory. */
const words = compilePageWords(loadLexicon());
const { parseDateLine } = words.dates;

const ctx = createImportContext();
const convert = (text: string, file = "x.txt") => {
  const c = convertFile(Buffer.from(text, "utf8"), file, ctx);
  if ("skip" in c) throw new Error(`skipped: ${c.skip}`);
  return c;
};

test("character references are decoded in every layout's text, not only HTML ones", () => {
  const c = convert(
    [
      "한국경제",
      "",
      "AT&amp;T 협력 &quot;주목&quot;",
      "",
      "프린트 페이스북",
      "AT&amp;T와 삼성전자가 협력한다. &nbsp; 이는 &quot;주목&quot;할 만하다.",
      "",
      "두 번째 문단이다. 홍길동기자 gd@example.com",
      "",
      "[ 저작권자 ⓒ한국경제, 무단 전재 및 재배포 금지 ]",
      "",
    ].join("\n"),
  );
  assert.equal(c.article.meta.title, 'AT&T 협력 "주목"');
  assert.deepEqual(c.article.paragraphs, [
    'AT&T와 삼성전자가 협력한다. 이는 "주목"할 만하다.',
    "두 번째 문단이다.",
  ]);
});

test("a wire file opening with its outlet line: the headline is the next line, `… 송고` is the date", () => {
  const c = convert(
    [
      "연합뉴스",
      "",
      "속보 제목",
      "2024/03/05 15:45 송고",
      "",
      "(서울=연합뉴스) 홍길동 기자 = 본문 첫 문단이다.",
      "",
      "본문 둘째 문단이다.",
      "",
    ].join("\n"),
  );
  assert.equal(c.article.meta.title, "속보 제목");
  assert.equal(c.article.meta.outlet, "연합뉴스");
  assert.equal(c.article.meta.date, "2024-03-05T15:45:00+09:00");
  assert.equal(c.article.meta.subtitle, undefined);
  assert.deepEqual(c.article.meta.reporters, [{ name: "홍길동" }]);
  assert.deepEqual(c.article.paragraphs, ["본문 첫 문단이다.", "본문 둘째 문단이다."]);
});

test("date stamps: a trailing label, `Published` with a T, combined 입력/수정; an impossible day is no date", () => {
  assert.equal(parseDateLine("2024/03/05 15:45 송고"), "2024-03-05T15:45:00+09:00");
  assert.equal(parseDateLine("Published 2024-03-05T08:30:00"), "2024-03-05T08:30:00+09:00");
  assert.equal(parseDateLine("Published 2024-03-04T23:30:00Z"), "2024-03-05T08:30:00+09:00");
  assert.equal(
    parseDateLine("입력 2024.03.05 08:30 수정 2024.03.06 09:00"),
    "2024-03-05T08:30:00+09:00",
  );
  assert.equal(parseDateLine("2024.02.30 09:00"), null);
  assert.equal(
    parseDateLine("수정 2024.03.06 09:00 입력 2024.03.05 08:30"),
    "2024-03-05T08:30:00+09:00",
  );
  assert.equal(parseDateLine("2024년 3월 5일 화요일 오후 3:00"), "2024-03-05T15:00:00+09:00");
});

test("a copy of a skipped file is skipped for the same reason, not called a duplicate article", () => {
  const root = tempDir();
  const src = path.join(root, "sources");
  mkdirSync(src);
  writeFileSync(path.join(src, "a.txt"), "");
  writeFileSync(path.join(src, "b.txt"), "");
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  writeFileSync(path.join(src, "c.png"), png);
  writeFileSync(path.join(src, "d.png"), png);
  const r = importSources({ sourcesDir: src, articlesDir: path.join(root, "articles") });
  const reason = (f: string) => r.results.find((x) => x.file === f)!.reason;
  assert.equal(reason("b.txt"), "빈 파일(같은 바이트: a.txt)");
  assert.equal(reason("d.png"), "텍스트가 아닌 파일(PNG 이미지)(같은 바이트: c.png)");
});

test("a UTF-8 article with two stray bytes is kept, the damage replaced and reported", () => {
  const good = Buffer.from(
    [
      "한국경제",
      "",
      "손상된 바이트가 든 기사",
      "",
      "첫 문단이다. 삼성전자가 발표했다.",
      "",
      "둘째 문단이다.",
      "",
    ].join("\n"),
    "utf8",
  );
  const at = good.indexOf(Buffer.from("둘째", "utf8"));
  const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xff, 0xfe]), good.subarray(at)]);
  const c = convertFile(bytes, "damaged.txt", ctx);
  if ("skip" in c) throw new Error(`skipped: ${c.skip}`);
  assert.deepEqual(c.article.paragraphs, [
    "첫 문단이다. 삼성전자가 발표했다.",
    "\uFFFD\uFFFD둘째 문단이다.",
  ]);
  assert.ok(
    c.warnings.includes(
      "잘못된 UTF-8 바이트열 2개를 U+FFFD(�)로 바꿨습니다. 원본에서 그 자리를 확인하세요",
    ),
    JSON.stringify(c.warnings),
  );
});

test("several reporters in a dateline, each with a role; lone e-mails pair with reporters in order", () => {
  const c = convert(
    [
      "뉴스1",
      "",
      "외교부 발표",
      "",
      "(서울=뉴스1) 문대현 기자,김다혜 기자 = 외교부는 28일 이같이 밝혔다.",
      "",
      "둘째 문단이다.",
      "",
      "daehyun@example.com",
      "dahye@example.com",
      "",
    ].join("\n"),
  );
  assert.deepEqual(c.article.meta.reporters, [
    { name: "문대현", email: "daehyun@example.com" },
    { name: "김다혜", email: "dahye@example.com" },
  ]);
  assert.deepEqual(c.article.paragraphs, ["외교부는 28일 이같이 밝혔다.", "둘째 문단이다."]);
});

test("character references are decoded once: an escaped reference in the source stays a reference", () => {
  const naver = convert(
    "제목\n2018-10-28 17:34\n\n표기는 &amp;lt;b&amp;gt; 태그다.  둘째 문단이다.\n",
  );
  assert.deepEqual(naver.article.paragraphs, ["표기는 &lt;b&gt; 태그다.", "둘째 문단이다."]);
  const plain = convert(
    ["한국경제", "", "제목이다", "", "표기는 &amp;lt;b&amp;gt; 태그다.", ""].join("\n"),
  );
  assert.deepEqual(plain.article.paragraphs, ["표기는 &lt;b&gt; 태그다."]);
});
