/**
 * Headline and reporters of page copies a user wrote in the style of outlets in neither corpus
 * (test/fixtures/header-pages/, our own invented text): a menu line no list knows above the
 * headline block, a section label beside the stamps, names joined by a slash, a wire tagline
 * carrying the reporter's e-mail.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { createParseContext, parseArticle, type ParsedArticle } from "../src/parse/index.ts";

const ctx = createParseContext();
const DIR = path.join(projectRoot, "test", "fixtures", "header-pages");
const page = (file: string): ParsedArticle => {
  const r = parseArticle({ file, text: readFileSync(path.join(DIR, file), "utf8") }, ctx);
  if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
  return r;
};

test("headline: a menu line above the header block (a repeated brand, list names) is no headline", () => {
  const cases: [string, string, string][] = [
    [
      "05-hankyung.txt",
      '"HBM 다음은 PIM"…삼성전자·SK하이닉스, 차세대 메모리 선점 경쟁',
      "연산 기능 넣은 '지능형 메모리'",
    ],
    [
      "08-sisain.txt",
      "“우리 동네 병원이 사라졌다” 지방 소아과 소멸 현장을 가다",
      "경북 북부 5개 군에 소아청소년과 의원 ‘0곳’",
    ],
    [
      "09-pressian.txt",
      "국회 예산정책처 “지방교부세 감액, 재정 취약 지자체에 직격탄”",
      "재정자립도 10% 미만 군 지역, 세입 평균 6.8% 줄어",
    ],
  ];
  for (const [file, title, deck] of cases) {
    const a = page(file);
    assert.equal(a.title, title, file);
    assert.equal(a.subtitle?.split("\n")[0], deck, file);
  }
});

const BODY =
  "가나시는 5일 시청에서 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다. 시 관계자는 주민 의견을 모으겠다고 말했다.";

test("headline: the same menu shapes on an invented page; a headline holding a section word stays one", () => {
  for (const menu of ["가나 MARKETS 가나 마켓 가나 글로벌", "전체기사 많이 본 기사 가나 조합"]) {
    const a = parse(
      `가나일보\n${menu}\n경제\n가나시 도서관 새로 짓는다\n입력 2026.11.14 17:31\n${BODY}\n`,
    );
    assert.equal(a.title, "가나시 도서관 새로 짓는다", menu);
  }
  const b = parse(`가나일보\n가나시 경제 살리기 첫발\n입력 2026.11.14 17:31\n${BODY}\n`);
  assert.equal(b.title, "가나시 경제 살리기 첫발");
});

function parse(text: string): ParsedArticle {
  const r = parseArticle({ file: "page.txt", text }, ctx);
  if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
  return r;
}

test("reporters: a section label beside the stamps (`산업  반도체`) is no reporter", () => {
  const names = page("05-hankyung.txt").reporters.map((r) => r.name);
  assert.ok(!names.includes("반도체"), names.join(","));
  const a = parse(
    `가나일보\n산업  반도체\n가나시 도서관 새로 짓는다\n입력 2026.11.14 17:31\n${BODY}\n`,
  );
  assert.deepEqual(a.reporters, []);
});

test("reporters: names joined by a slash are each a reporter; the one e-mail goes to the name it may spell", () => {
  assert.deepEqual(page("05-hankyung.txt").reporters, [
    { name: "강태윤", email: "kang@hankyung.com" },
    { name: "오세린" },
  ]);
  const { cutTrailingByline } = ctx.words.bylines;
  assert.deepEqual(
    cutTrailingByline("가나시가 밝혔다. 박서준/이하늘 기자 lee.ha@ganews.kr").reporters,
    [{ name: "박서준" }, { name: "이하늘", email: "lee.ha@ganews.kr" }],
  );
  // An address either name may open stays with no one; a credit before a slash is no name.
  assert.deepEqual(cutTrailingByline("강서준/김하늘 기자 kh@ganews.kr").reporters, [
    { name: "강서준" },
    { name: "김하늘" },
  ]);
  assert.deepEqual(cutTrailingByline("사진/홍길동 기자"), {
    text: "사진",
    reporters: [{ name: "홍길동" }],
  });
});

test("reporters: the outlet's tagline after the body (`◎공감언론 뉴시스 x@…`) gives the reporter the e-mail", () => {
  assert.deepEqual(page("04-newsis.txt").reporters, [
    { name: "한지원", email: "jiwon@newsis.com" },
  ]);
  // Invented: the dateline's reporter, a photo's address in a caption line, the tagline's address.
  const tail = (tagline: string) =>
    parse(
      `연합뉴스\n가나시 도서관 새로 짓는다\n입력 2026.11.14 17:31\n[가나=연합뉴스] 홍길동 기자 = ${BODY}\n가나시 도서관 조감도. (사진=가나시 제공) photo@gana.kr\n시 관계자는 주민 의견을 모으겠다고 말했다. 도서관은 3층 규모로 지어진다.\n${tagline}\n`,
    ).reporters;
  assert.deepEqual(tail("◎세상을 보는 눈 연합뉴스 gildong@yna.co.kr"), [
    { name: "홍길동", email: "gildong@yna.co.kr" },
  ]);
  // An address on a line that names no outlet is no tagline: the reporter keeps none.
  assert.deepEqual(tail("문의 help@gana.kr"), [{ name: "홍길동" }]);
});
