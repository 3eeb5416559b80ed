/**
 * Odd inputs, clearer outcomes: a stray NUL byte, files that are not articles, an English e-mail
 * date, a byline credit with no role. Every input is written here (invented text).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { importSources, notArticleReason } from "../src/import/index.ts";
import { decodeBytes } from "../src/decode/decode.ts";
import { loadLexicon } from "../src/core/lexicon.ts";
import { compilePageWords } from "../src/parse/page-words.ts";
import { parseArticleFile } from "../src/core/article.ts";
import { articlePage, reporterLabel } from "../src/site/render.ts";
import type { ArticleView } from "../src/site/archive.ts";
import { sourcesWith } from "./helpers.ts";

/** The parse words of the shipped lexicon, made by their factory. */
const words = compilePageWords(loadLexicon());
const { parseDateLine } = words.dates;
const { writtenByLine } = words.bylines;

const ARTICLE = [
  "한빛전자, 새 공장 착공",
  "2024-03-05 10:00",
  "",
  "한빛전자가 5일 새 공장을 착공했다. 회사는 내년 말 가동을 목표로 하고 있다.",
  "",
  '회사 관계자는 "지역 일자리도 늘어날 것"이라고 말했다.',
  "",
].join("\n");

function importOf(files: Record<string, string | Buffer>) {
  const { sourcesDir, articlesDir } = sourcesWith(files);
  const report = importSources({ sourcesDir, articlesDir });
  const result = (f: string) => report.results.find((r) => r.file === f)!;
  const article = (f: string) =>
    parseArticleFile(readFileSync(path.join(articlesDir, result(f).article!), "utf8"));
  return { report, result, article };
}

test("a stray NUL byte in readable text is removed with a warning; the article is kept", () => {
  const bytes = Buffer.from(ARTICLE.replace("착공했다.", "착공했다.\u0000"), "utf8");
  const decoded = decodeBytes(bytes);
  assert.ok(decoded.ok);
  assert.equal(decoded.ok && decoded.warning, "글 사이의 NUL 바이트 1개를 지웠습니다");
  assert.ok(decoded.ok && !decoded.text.includes("\u0000"));
  const { result, article } = importOf({ "nul.txt": bytes });
  assert.equal(result("nul.txt").status, "imported");
  assert.deepEqual(
    result("nul.txt").warnings.filter((w) => /NUL/.test(w)),
    ["글 사이의 NUL 바이트 1개를 지웠습니다"],
  );
  assert.match(article("nul.txt").body, /새 공장을 착공했다\. 회사는/);
  // Many NULs are a binary file, as before.
  assert.deepEqual(
    decodeBytes(Buffer.from("가\u0000나\u0000다\u0000라\u0000마\u0000바\u0000", "utf8")),
    { ok: false, reason: "텍스트가 아닌 파일(NUL 바이트가 들어 있음)" },
  );
});

test("files that are not articles are skipped with that reason: README, system files, sidecars", () => {
  const { report, result } = importOf({
    "README.md": "# 스크랩 폴더\n\n이 폴더에는 2024년 기사를 모읍니다.\n",
    "readme.txt": "이 폴더 설명입니다. 기사가 아닙니다.\n",
    ".DS_Store": Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
    "._article.txt": Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]),
    "Thumbs.db": Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    "desktop.ini": "[.ShellClassInfo]\nIconResource=C:\\icon.ico\n",
    "article.txt": ARTICLE,
    "article.txt.json": '{"url": "https://news.example/1", "saved": "2024-03-05"}\n',
    "other.html": `<html><head><title>제목</title></head><body><p>${ARTICLE}</p></body></html>`,
    "other.json": '{"url": "https://news.example/2"}\n',
    "lonely.json": '{"note": "혼자 있는 파일"}\n',
  });
  const reason = (f: string) => result(f)?.reason ?? `(${result(f)?.status ?? "not listed"})`;
  assert.equal(reason("README.md"), "기사 아님: README(폴더에 관한 메모)");
  assert.equal(reason("readme.txt"), "기사 아님: README(폴더에 관한 메모)");
  assert.equal(reason(".DS_Store"), "기사 아님: macOS 폴더 설정(.DS_Store)");
  assert.equal(reason("._article.txt"), "기사 아님: macOS 파일 속성(AppleDouble ._ 파일)");
  assert.equal(reason("Thumbs.db"), "기사 아님: Windows 미리 보기 캐시(Thumbs.db)");
  assert.equal(reason("desktop.ini"), "기사 아님: Windows 폴더 설정(desktop.ini)");
  assert.equal(reason("article.txt.json"), "기사 아님: article.txt의 메타데이터(사이드카) 파일");
  assert.equal(reason("other.json"), "기사 아님: other.html의 메타데이터(사이드카) 파일");
  assert.equal(result("article.txt").status, "imported");
  assert.doesNotMatch(
    reason("lonely.json"),
    /sidecar/,
    "a JSON file with no article beside it is no sidecar",
  );
  assert.equal(report.counts.failed, 0);
  // Subfolders: a sidecar is matched in its own folder only.
  assert.equal(notArticleReason("2024/a.json", new Set(["2024/a.json", "a.txt"])), null);
  assert.equal(
    notArticleReason("2024/a.json", new Set(["2024/a.json", "2024/a.txt"])),
    "기사 아님: 2024/a.txt의 메타데이터(사이드카) 파일",
  );
});

test("English e-mail dates are read: Korea time unless an offset is given", () => {
  assert.equal(parseDateLine("Tuesday, March 5, 2024 3:20 PM"), "2024-03-05T15:20:00+09:00");
  assert.equal(parseDateLine("Tue, Mar 5, 2024 at 3:20 PM"), "2024-03-05T15:20:00+09:00");
  assert.equal(parseDateLine("5 March 2024 15:20"), "2024-03-05T15:20:00+09:00");
  assert.equal(parseDateLine("Tuesday, March 5, 2024 3:20 PM +0000"), "2024-03-06T00:20:00+09:00");
  assert.equal(parseDateLine("Mar 5, 2024 12:10 AM GMT-5"), "2024-03-05T14:10:00+09:00");
  assert.equal(parseDateLine("March 32, 2024"), null);
  const mail = [
    "From: 한빛전자 홍보팀 <pr@hanbit.example>",
    "Sent: Tuesday, March 5, 2024 3:20 PM",
    "To: 기자단",
    "Subject: 한빛전자, 새 공장 착공",
    "",
    ...ARTICLE.split("\n").slice(3),
  ].join("\n");
  const { result, article } = importOf({ "mail.txt": mail });
  assert.equal(result("mail.txt").status, "imported");
  assert.equal(article("mail.txt").meta.date, "2024-03-05T15:20:00+09:00");
  assert.equal(article("mail.txt").meta.title, "한빛전자, 새 공장 착공");
});

test("a byline credit with no role (글 홍길동) is not printed as 홍길동 기자", () => {
  assert.deepEqual(writtenByLine("글 홍길동"), [{ name: "홍길동", role: "글" }]);
  assert.deepEqual(writtenByLine("정리=홍길동"), [{ name: "홍길동", role: "정리" }]);
  assert.deepEqual(writtenByLine("글·사진 홍길동 기자"), [{ name: "홍길동" }]);
  assert.equal(reporterLabel({ name: "홍길동", role: "글" }), "글 홍길동");
  // The credits are the lexicon's author_credits, read as the byline reader reads them.
  assert.equal(reporterLabel({ name: "홍길동", role: "대담 정리" }), "대담 정리 홍길동");
  assert.equal(reporterLabel({ name: "홍길동", role: "사진/글" }), "사진/글 홍길동");
  assert.equal(reporterLabel({ name: "홍길동", role: "글ㆍ사진" }), "글ㆍ사진 홍길동");
  assert.equal(reporterLabel({ name: "홍길동", role: "글쓴이" }), "홍길동 글쓴이");
  assert.equal(reporterLabel({ name: "홍길동" }), "홍길동 기자");
  assert.equal(reporterLabel({ name: "홍길동", role: "특파원" }), "홍길동 특파원");
  // The article page prints reporters through that label.
  const view = {
    url: "/articles/2024/01/column/",
    title: "제목",
    html: "<p>본문</p>",
    dateDisplay: "날짜 미상",
    date: null,
    outlet: null,
    subtitle: null,
    copyright: null,
    reporters: [{ name: "홍길동", role: "글" }],
    captions: [],
    companies: [],
    people: [],
    tags: [],
    month: null,
    related: [],
    prev: null,
    next: null,
  };
  const page = articlePage(view as unknown as ArticleView);
  assert.match(page, /글 홍길동/);
  assert.doesNotMatch(page, /홍길동 기자/);
  const { article } = importOf({ "column.txt": `${ARTICLE}\n글 홍길동\n` });
  assert.deepEqual(article("column.txt").meta.reporters, [{ name: "홍길동", role: "글" }]);
});
