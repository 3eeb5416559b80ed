/** Import guards: a page flattened to one line, a body too long for a page, a date in the future. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importSources } from "../src/import/index.ts";
import {
  futureDate,
  implausibleFields,
  LONG_PARAGRAPH,
  MAX_TEXT_CHARS,
  splitLongParagraphs,
  tooLongText,
} from "../src/import/guards.ts";
import { formatReport } from "../src/cli/report.ts";
import { createParseContext } from "../src/parse/index.ts";
import { sourcesWith } from "./helpers.ts";

/** `n` numbered sentences of a made-up market report, on one line (team-written). */
const oneLine = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `가나시장의 ${i + 1}번째 거래일에 거래량이 전날보다 ${(i % 7) + 2}% 늘었다.`,
  ).join(" ");

const page = (body: string, stamp = "2024.03.05 10:00") =>
  `가나경제\n\n가나시장 거래량 석 달째 늘어\n입력 ${stamp}\n\n${body}\n\n홍길동 기자 gildong@example.com\n`;

test("a long one-line body becomes paragraphs of at most 1,000 characters cut at sentence ends, no text lost", () => {
  const line = oneLine(1500); // about 60,000 characters on one line
  const { sourcesDir, articlesDir } = sourcesWith({ "flat.txt": page(line) });
  const report = importSources({ sourcesDir, articlesDir });
  const r = report.results[0];
  assert.equal(r.status, "imported", r.reason);
  assert.match(
    r.warnings.join("\n"),
    /^최대 [\d,]+자인 긴 문단 1개\(한 줄로 저장된 쪽\?\)를 문장 끝에서 문단 \d+개로 나눴습니다\. 지운 글은 없습니다$/m,
  );
  const body = readFileSync(path.join(articlesDir, r.article!), "utf8").split("\n---\n")[1];
  const paragraphs = body.trim().split(/\n\n/);
  assert.ok(paragraphs.length >= line.length / 1000, `${paragraphs.length} paragraphs`);
  assert.ok(
    paragraphs.every((p) => p.length <= 1000 && /늘었다\.$/.test(p)),
    "each ends a sentence",
  );
  const squash = (s: string) => s.replace(/\s+/g, "");
  assert.equal(
    squash(paragraphs.join("")),
    squash(line),
    "the same text, only the cuts' spaces gone",
  );
});

test("long paragraphs without sentence ends are cut at spaces, then anywhere; short ones are untouched", () => {
  const words = Array.from({ length: 800 }, (_, i) => `낱말${i}`).join(" ");
  const run = "가".repeat(2500);
  const short = "짧은 문단이다.";
  const { paragraphs, warning } = splitLongParagraphs([short, words, run]);
  assert.equal(paragraphs[0], short);
  assert.ok(paragraphs.every((p) => p.length <= 1000));
  assert.equal(paragraphs.join(" ").replace(/\s+/g, ""), (short + words + run).replace(/\s+/g, ""));
  assert.ok(
    paragraphs.slice(1, -3).every((p) => /^낱말\d+( 낱말\d+)*$/.test(p)),
    "cut between words",
  );
  assert.deepEqual(
    paragraphs.slice(-3).map((p) => p.length),
    [1000, 1000, 500],
  );
  assert.ok(warning!.startsWith(`최대 ${words.length.toLocaleString("ko")}자인 긴 문단 2개`));
  assert.deepEqual(splitLongParagraphs([short, "나".repeat(LONG_PARAGRAPH)]).warning, undefined);
});

test("a body too long for one page is refused with a clear reason; the other files still import", () => {
  const { sourcesDir, articlesDir } = sourcesWith({
    "dump.txt": page(oneLine(20000)),
    "ok.txt": page(oneLine(3)),
  });
  const report = importSources({ sourcesDir, articlesDir });
  const dump = report.results.find((x) => x.file === "dump.txt")!;
  assert.equal(dump.status, "skipped");
  assert.match(
    dump.reason!,
    /^기사 한 편으로는 너무 긺: 본문 [\d,]+자\(한도 500,000자\)\. .*기사 한 편씩 파일을 나누세요$/,
  );
  assert.equal(report.results.find((x) => x.file === "ok.txt")!.status, "imported");
});

test("a text far over the limit is refused before it is parsed, and named; a page that is mostly markup is still read", () => {
  const script = `var data = "${"가나다라 ".repeat(250_000)}";`; // 1.25 million characters of code
  const { sourcesDir, articlesDir } = sourcesWith({
    "dump.txt": page(oneLine(30_000)), // about 1.2 million characters of text
    "page.html":
      `<!DOCTYPE html><html><head><meta property="og:title" content="가나시장 거래량 석 달째 늘어">` +
      `<meta property="article:published_time" content="2024-03-05T10:00:00+09:00">` +
      `<script>${script}</script></head><body><article><p>${oneLine(3)}</p></article></body></html>`,
  });
  const report = importSources({ sourcesDir, articlesDir });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  assert.equal(r("dump.txt").status, "skipped");
  assert.match(
    r("dump.txt").reason!,
    /^기사 한 편으로는 너무 긺: 글 1,\d{3},\d{3}자\(본문 한도 500,000자라서 읽기 전에 건너뜀\)\. .*기사 한 편씩 파일을 나누세요$/,
  );
  assert.ok(
    readFileSync(path.join(sourcesDir, "dump.txt"), "utf8").length > MAX_TEXT_CHARS,
    "kept",
  );
  assert.equal(r("page.html").status, "imported", r("page.html").reason);
  assert.equal(tooLongText("가".repeat(MAX_TEXT_CHARS)), null, "the limit itself passes");
  assert.match(tooLongText("가".repeat(MAX_TEXT_CHARS + 1))!, /글 1,000,001자/);
});

test("a date years in the future is kept as written, with a warning", () => {
  const { sourcesDir, articlesDir } = sourcesWith({
    "future.txt": page(oneLine(3), "2099.05.10 09:00"),
  });
  const r = importSources({ sourcesDir, articlesDir }).results[0];
  assert.equal(r.status, "imported");
  assert.match(
    r.warnings.join("\n"),
    /^날짜 2099-05-10은\(는\) \d+년 뒤, 미래입니다: 원본을 확인하세요/m,
  );
  assert.match(
    readFileSync(path.join(articlesDir, r.article!), "utf8"),
    /^date: 2099-05-10T09:00:00\+09:00$/m,
  );
  const now = Date.parse("2024-03-05T00:00:00+09:00");
  assert.equal(futureDate("2024-03-05T23:00:00+09:00", now), null, "today is not the future");
  assert.equal(futureDate("2024-03-06", now), null, "nor tomorrow (another zone's today)");
  assert.match(futureDate("2024-03-20", now)!, /은\(는\) 15일 뒤, 미래입니다/);
  assert.equal(futureDate(null, now), null);
});

test("every per-file line of the import report is Korean, keeps the file name and says what to do", () => {
  const { sourcesDir, articlesDir } = sourcesWith({
    "a-empty.txt": "",
    "b-image.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
    "c-flat.txt": page(oneLine(200)),
    "d-future.txt": page(oneLine(3), "2099.05.10 09:00"),
    "e-copy.txt": page(oneLine(3), "2099.05.10 09:00"),
    "f-nooutlet.txt": `가나시장 거래량 석 달째 늘어\n\n${oneLine(4)}\n`,
    "README.md": "이 폴더의 메모\n",
  });
  const text = formatReport(importSources({ sourcesDir, articlesDir }));
  const perFile = text.split("\n").filter((l) => /^ {2}\S+\.(txt|png|md): /.test(l));
  assert.ok(perFile.length >= 7, text);
  for (const line of perFile) {
    const message = line.slice(line.indexOf(": ") + 2);
    // Words a user reads are Hangul; Latin letters only in names, units and options.
    const latinWords = message
      .replace(
        /[\w./-]+\.(txt|png|md)|--force|UTF-8|dateSource: manual|date: null|PNG|MB|README/g,
        "",
      )
      .match(/[A-Za-z]{3,}/g);
    assert.ok(/[가-힣]/.test(message) && !latinWords, line);
  }
  assert.match(
    text,
    /d-future\.txt: 날짜 2099-05-10은\(는\) \d+년 뒤, 미래입니다: 원본을 확인하세요/,
  );
  assert.match(text, /e-copy\.txt: d-future\.txt의 중복/);
});

const B =
  "가나시는 5일 시청에서 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다.\n" +
  '시 관계자는 "주민 의견을 모아 설계를 마무리하겠다"고 말했다.';

test("a headline that reads like a menu gets a warning naming the file; the article is kept as read", () => {
  const item = (title: string) =>
    `<item><title>${title}</title><link>https://gana.kr/a/${title.length}</link>` +
    `<pubDate>Tue, 05 Mar 2024 09:00:00 +0900</pubDate><description>${B}</description></item>`;
  const { sourcesDir, articlesDir } = sourcesWith({
    "mail.txt": `From: 홍길동 <gildong@gana.kr>\nSent: 2024-03-05 10:00\nSubject: 정치 경제 사회\n\n${B}\n`,
    "feed.xml": `<?xml version="1.0"?><rss version="2.0"><channel><title>가나일보</title>${item("공유 인쇄 글자크기")}${item("가나시 도서관 짓는다")}</channel></rss>`,
    "page.txt": page(oneLine(3)),
  });
  const report = importSources({ sourcesDir, articlesDir });
  const menu = /메뉴나 버튼 줄처럼 보입니다: 원본에서 제목을 확인하세요/;
  const warned = report.results.filter((r) => r.warnings.some((w) => menu.test(w)));
  assert.deepEqual(
    warned.map((r) => [r.file.replace(/#.*/, "#item"), r.status]),
    [
      ["feed.xml#item", "imported"],
      ["mail.txt", "imported"],
    ],
  );
  assert.match(formatReport(report), /mail\.txt: 제목 "정치 경제 사회"이\(가\) 메뉴나 버튼 줄처럼/);
});

test("once the user has fixed a doubted headline by hand, importing again keeps the article and says only that", () => {
  const { sourcesDir, articlesDir } = sourcesWith({
    "mail.txt": `From: 홍길동 <gildong@gana.kr>\nSent: 2024-03-05 10:00\nSubject: 정치 경제 사회\n\n${B}\n`,
  });
  const first = importSources({ sourcesDir, articlesDir }).results[0];
  assert.match(first.warnings.join("\n"), /메뉴나 버튼 줄처럼/);
  const file = path.join(articlesDir, first.article!);
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace("title: 정치 경제 사회", "title: 가나시 도서관 짓는다"));
  const again = importSources({ sourcesDir, articlesDir }).results[0];
  assert.equal(again.status, "kept");
  assert.deepEqual(again.warnings, ["손으로 고친 기사: 그대로 둡니다(덮어쓰려면 --force)"]);
  assert.match(readFileSync(file, "utf8"), /title: 가나시 도서관 짓는다/);
  // Moved by hand to a folder of the user's own as well: still only the note that it stays.
  const moved = path.join(articlesDir, "favourites", path.basename(file));
  mkdirSync(path.dirname(moved));
  renameSync(file, moved);
  const third = importSources({ sourcesDir, articlesDir }).results[0];
  assert.deepEqual(
    [third.status, third.warnings],
    [
      "kept",
      [
        `손으로 favourites/${path.basename(file)}(으)로 옮긴 기사: 그 자리에 둡니다(--force면 sillok이 쓴 글로 그곳을 덮어씁니다)`,
      ],
    ],
  );
});

test("a reporter named by a section, desk or button word, or by a role alone, gets a warning", () => {
  const ctx = createParseContext();
  const check = (name: string) =>
    implausibleFields({ title: "가나시 도서관 짓는다", reporters: [{ name }] }, ctx);
  assert.match(check("정치")[0], /^기자 이름 "정치"이\(가\) 섹션·부서나 버튼 이름으로 보입니다/);
  assert.match(check("사회부")[0], /섹션·부서나 버튼 이름/);
  assert.match(check("공유")[0], /섹션·부서나 버튼 이름/);
  assert.match(check("특파원")[0], /^기자 이름 "특파원"이\(가\) 직함뿐으로 보입니다/);
  for (const good of ["홍길동", "남궁민수", "John Kim"]) assert.deepEqual(check(good), [], good);
  // A headline made from the first sentence is the text's, not a menu's.
  const fromBody = { title: "정치 경제", titleFromBody: true, reporters: [] };
  assert.deepEqual(implausibleFields(fromBody, ctx), []);
});
