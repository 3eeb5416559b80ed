/**
 * The page-copy reader (src/parse/reader/): each rule on short page copies we wrote (invented
 * outlets, furniture and text), and the whole reader through parseArticle.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createParseContext, parseArticle, type ParsedArticle } from "../src/parse/index.ts";
import { READER_RULES, readPageState } from "../src/parse/reader/index.ts";
import { readStamps as stampsOf } from "../src/parse/reader/stamps.ts";
import { loadLexicon } from "../src/core/lexicon.ts";
import { compilePageWords } from "../src/parse/page-words.ts";
import { isFurnitureLine } from "../src/parse/reader/furniture.ts";
import { hostFromFileName } from "../src/parse/source-host.ts";

/** The parse words of the shipped lexicon, made by their factory. */
const words = compilePageWords(loadLexicon());
const readStamps = (line: string) => stampsOf(line, words);

const ctx = createParseContext();
const parse = (text: string, file = "page.txt"): ParsedArticle => {
  const r = parseArticle({ file, text }, ctx);
  if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
  return r;
};
const state = (text: string, upTo?: string) =>
  readPageState(
    { file: "p.txt", text },
    ctx,
    upTo ? READER_RULES.slice(0, READER_RULES.findIndex((r) => r.name === upTo) + 1) : READER_RULES,
  );

const BODY1 =
  "가나시는 5일 시청에서 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다.";
const BODY2 =
  '시 관계자는 "주민 의견을 모아 설계를 마무리하겠다"고 말했다. 도서관은 3층 규모로 지어진다.';

test("the rule chain runs in a fixed, named order", () => {
  assert.deepEqual(
    READER_RULES.map((r) => r.name),
    [
      "furniture",
      "stamps",
      "bylines",
      "summaries",
      "captions",
      "caption credits",
      "body",
      "headline",
      "end",
      "list items",
      "photo run",
      "date",
      "header",
      "decks",
    ],
  );
});

test("furniture: lines made of menu and button words, skip links, font-size preview text (data in _data/furniture.yaml)", () => {
  for (const l of [
    "로그인 회원가입",
    "공유 | 인쇄 | 글자크기",
    "확대확대 축소축소",
    "본문 바로가기 메뉴 바로가기",
    "(예시) 빠르고 정확한 소식을 전합니다.",
    "검색버튼 메뉴버튼",
    "좋아요 0 댓글 12",
    "추천 3 | 북마크",
    // Portal reaction buttons and a reporter box's counters, each with its count.
    "훈훈해요 0",
    "후속기사 원해요 2",
    "좋아요 0  슬퍼요 0  화나요 0",
    "쏠쏠정보 0 흥미진진 1 공감백배 0",
    "구독자 12,345",
    "응원수 678",
  ]) {
    assert.ok(isFurnitureLine(l, ctx.furniture), l);
  }
  for (const l of [
    "도서관 건립 계획 발표",
    BODY1,
    "공유경제가 커진다",
    "2024 3",
    "구독자 12만 명 돌파",
  ])
    assert.ok(!isFurnitureLine(l, ctx.furniture), l);
  const s = state(
    `가나일보\n로그인 회원가입\n전체메뉴\n도서관 짓는다\n${BODY1}\n${BODY2}\n`,
    "furniture",
  );
  assert.deepEqual(
    s.lines.map((l) => l.kind),
    ["text", "furniture", "furniture", "text", "text", "text"],
  );
});

test("stamps: every label, with or without colon or bar, dotted/dashed/Korean words, 오전/오후; 수정 is never the date", () => {
  const pub = (l: string) => readStamps(l)?.find((x) => x.label === "publication")?.date ?? null;
  assert.equal(pub("입력 2024.03.05 08:30 | 수정 2024.03.05 09:10"), "2024-03-05T08:30:00+09:00");
  assert.equal(pub("수정 2024-03-05 09:10 입력 2024-03-05 08:30"), "2024-03-05T08:30:00+09:00");
  assert.equal(pub("기사승인 : 2024년 03월 05일 오후 6시 21분"), "2024-03-05T18:21:00+09:00");
  assert.equal(pub("게시일 2024/03/05 [08:30]"), "2024-03-05T08:30:00+09:00");
  assert.equal(pub("송고시간2024-03-05 오전 8:30"), "2024-03-05T08:30:00+09:00");
  assert.equal(pub("등록 2024.03.05 (08:30)"), "2024-03-05T08:30:00+09:00");
  assert.deepEqual(
    readStamps("수정 2024.03.05 09:10")?.map((x) => x.label),
    ["modified"],
  );
  // A byline with its date (a portal's line): the reporter comes with it.
  const portal = readStamps("홍길동 가나일보 기자(hong@gana.example) 2024. 3. 5. 08:30")!;
  assert.deepEqual(
    [portal[0].date, portal[0].reporters],
    ["2024-03-05T08:30:00+09:00", [{ name: "홍길동", email: "hong@gana.example" }]],
  );
  // A date inside a sentence is no stamp line.
  assert.equal(
    readStamps("시는 2024.03.05 열린 회의에서 도서관 건립 계획을 확정했다고 밝혔다."),
    null,
  );
});

test("date: a label split across lines is read; a page's 'today' line above the headline and 수정 are not the date (not even alone); none is invented", () => {
  assert.equal(
    parse(`도서관 짓는다\n입력\n2024.03.05 08:30\n${BODY1}\n${BODY2}\n`).date,
    "2024-03-05T08:30:00+09:00",
  );
  assert.equal(
    parse(`2024.07.19 (금)\n맑음 서울 25.1℃\n도서관 짓는다\n${BODY1}\n${BODY2}\n`).date,
    null,
  );
  assert.equal(parse(`도서관 짓는다\n최종수정 2024.03.05 09:10\n${BODY1}\n${BODY2}\n`).date, null);
  assert.equal(
    parse(`도서관 짓는다\n수정 2024.03.06 09:10\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\n`).date,
    "2024-03-05T08:30:00+09:00",
  );
  assert.equal(parse(`도서관 짓는다\n${BODY1} 2024.03.05 공사 시작.\n${BODY2}\n`).date, null);
});

test("headline: the line above the stamps, not the menu or section label above it, nor the deck below it", () => {
  const a = parse(
    `가나일보\n정치 경제 사회\n사회일반\n도서관 짓는다…내년 봄 착공\n3층 규모, 주민 의견 반영\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual(
    [a.title, a.subtitle, a.paragraphs[0]],
    ["도서관 짓는다…내년 봄 착공", "3층 규모, 주민 의견 반영", BODY1],
  );
});

test("decks: a reaction button's count on its own line (좋아요 / 0) is no deck", () => {
  const a = parse(
    `가나일보\n도서관 짓는다…내년 봄 착공\n입력 2024.03.05 08:30\n좋아요\n0\n화나요\n12\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual(
    [a.title, a.subtitle, a.paragraphs[0]],
    ["도서관 짓는다…내년 봄 착공", undefined, BODY1],
  );
});

test("body: a machine summary box ends at the blank line after its sentences; the article follows", () => {
  const a = parse(
    `도서관 짓는다\n홍길동 기자\n입력 2024. 3. 5. 08:30\n인쇄하기\n\n요약보기\n자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.\n가나시가 도서관을 짓는다.\n\n${BODY1}\n\n${BODY2}\n`,
  );
  assert.deepEqual(a.paragraphs, [BODY1, BODY2]);
});

test("body: a portal's machine summary before the text is not the body; a dateline opens it; speaker marks stay", () => {
  const daum = parse(
    `도서관 짓는다\n홍길동 기자 2024. 3. 5. 08:30\n자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.\n${BODY2}\n글자크기 설정\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual(
    [daum.paragraphs[0], daum.date, daum.reporters.map((r) => r.name)],
    [BODY1, "2024-03-05T08:30:00+09:00", ["홍길동"]],
  );
  const wire = parse(
    `도서관 짓는다\n3층 규모로\n(가나=연합뉴스) 홍길동 기자 = ${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual([wire.paragraphs[0], wire.outlet], [BODY1, "연합뉴스"]);
  const tv = parse(`도서관 짓는다\n입력 2024.03.05 08:30\n<앵커>\n${BODY1}\n[기자]\n${BODY2}\n`);
  assert.deepEqual(tv.paragraphs, [`<앵커> ${BODY1}`, `[기자] ${BODY2}`]);
});

test("end: a most-read box or paywall ends the body; the headline printed again opens the photo caption", () => {
  const a = parse(
    `도서관 짓는다\n${BODY1}\n${BODY2}\n많이 본 뉴스\n다른 기사의 제목이 여기에 나온다\n`,
  );
  assert.deepEqual(a.paragraphs, [BODY1, BODY2]);
  const b = parse(
    `도서관 짓는다\n${BODY1}\n${BODY2}\n도서관 짓는다\n새 도서관 조감도. [사진=가나시 제공]\n`,
  );
  assert.deepEqual(
    [b.paragraphs, b.captions],
    [[BODY1, BODY2], [{ text: "새 도서관 조감도.", credit: "가나시" }]],
  );
});

test("outlet: from a reporter's e-mail domain, from the file name's host, never from a portal's host; an unknown outlet is kept as written", () => {
  assert.equal(parse(`도서관 짓는다\n${BODY1}\n${BODY2}\nhong@yna.co.kr\n`).outlet, "연합뉴스");
  assert.equal(
    parse(`도서관 짓는다\n${BODY1}\n${BODY2}\n`, "017_www.hankyung.com.txt").outlet,
    "한국경제",
  );
  assert.equal(parse(`도서관 짓는다\n${BODY1}\n${BODY2}\n`, "v.daum.net.txt").outlet, null);
  const unknown = parse(`도서관 짓는다\n[가나일보 홍길동 기자] ${BODY1}\n${BODY2}\n`);
  assert.deepEqual(
    [unknown.outlet, unknown.outletId, unknown.reporters.map((r) => r.name), unknown.paragraphs[0]],
    ["가나일보", null, ["홍길동"], BODY1],
  );
  assert.ok(unknown.warnings.some((w) => /가나일보.*매체 사전\(outlets\)에 없습니다/.test(w)));
});

test("the host in a file name, whatever the naming scheme", () => {
  assert.equal(hostFromFileName("123_news.gana.co.kr.txt"), "news.gana.co.kr");
  assert.equal(hostFromFileName("clips/www.gana.com_article_77.html"), "www.gana.com");
  assert.equal(hostFromFileName("gana.kr-2024-03-05.txt"), "gana.kr");
  assert.equal(hostFromFileName("기사 모음 3.txt"), null);
});

test("a headline-only item with a date is kept with a warning; an outlet name is never a reporter", () => {
  const a = parse("[속보] 가나시 도서관 착공\n입력 2024.03.05 08:30\n");
  assert.deepEqual(
    [a.title, a.paragraphs, a.date],
    ["[속보] 가나시 도서관 착공", [], "2024-03-05T08:30:00+09:00"],
  );
  // Said once: the report lists one warning per fact.
  assert.equal(
    a.warnings.filter((w) => /^제목만 있는 기사/.test(w)).length,
    1,
    a.warnings.join("; "),
  );
  const b = parse(`도서관 짓는다\n한경닷컴 기자 2024. 3. 5. 08:30\n${BODY1}\n${BODY2}\n`);
  assert.deepEqual(b.reporters, []);
});

test("a one-line flash with a breaking-news mark is kept without date or outlet; a bare line is not", () => {
  const a = parse("[속보] 나라시 도심서 규모 3.1 지진 발생\n");
  assert.deepEqual(
    [a.title, a.paragraphs, a.date, a.outlet],
    ["[속보] 나라시 도심서 규모 3.1 지진 발생", [], null, null],
  );
  assert.ok(a.warnings.some((w) => /^제목만 있는 기사/.test(w)));
  const r = parseArticle({ file: "x.txt", text: "나라시 도심서 지진 발생\n" }, ctx);
  assert.ok("skip" in r);
});

test("a byline in angle brackets glued to the last sentence is read and cut", () => {
  for (const [open, close] of [
    ["<", ">"],
    ["〈", "〉"],
  ]) {
    const a = parse(
      `가나시 도서관 착공\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2.slice(0, -1)}.${open}한도윤 기자${close}\n`,
    );
    assert.deepEqual(
      a.reporters.map((r) => r.name),
      ["한도윤"],
    );
    assert.ok(a.paragraphs[a.paragraphs.length - 1].endsWith("지어진다."));
  }
});

test("a footer of the word Copyright and the holder (no sign) is the copyright line and names the outlet", () => {
  const known = parse(
    `가나시 도서관 착공\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\nCopyright 한국일보 & hankookilbo.com\n`,
  );
  assert.equal(known.outlet, "한국일보");
  assert.deepEqual(known.paragraphs, [BODY1, BODY2]);
  const unknown = parse(
    `가나시 도서관 착공\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\nCopyright 누리미래신문 & nurimirae.kr. All rights reserved.\n`,
  );
  assert.equal(unknown.outlet, "누리미래신문");
  assert.deepEqual(unknown.paragraphs, [BODY1, BODY2]);
});

test("a stamp that prints a day only gives a date-only value, no invented 00:00", () => {
  assert.equal(
    parse(`가나시 도서관 착공\n등록일 2024.03.05\n${BODY1}\n${BODY2}\n`).date,
    "2024-03-05",
  );
  assert.equal(
    parse(`가나시 도서관 착공\n등록일 2024.03.05 08:30\n${BODY1}\n${BODY2}\n`).date,
    "2024-03-05T08:30:00+09:00",
  );
});

test("a menu of section names and edition links is furniture; a headline with a section word is not", () => {
  const f = ctx.furniture;
  assert.ok(isFurnitureLine("정치 경제 사회 국제 문화", f));
  assert.ok(isFurnitureLine("뉴스 | 오피니언 | 경제", f));
  assert.ok(isFurnitureLine("스포츠 연예 English 日本語 中文", f));
  assert.ok(!isFurnitureLine("경제 위기 넘을 해법은", f));
  assert.ok(!isFurnitureLine("정치 경제 사회 모두 흔들린다", f));
  assert.ok(!isFurnitureLine("국제 유가, 사흘째 올라", f));
});

test("a short paragraph a bracket byline opens, just above the long text, is the body's first", () => {
  const a = parse(
    `[한지민의 경제 브리핑] 가나페이 투자 유치 外\n입력 2024.03.05 08:30\n[나래경제=한지민 기자]◆가나페이, 1600억 투자 유치\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual(
    a.reporters.map((r) => r.name),
    ["한지민"],
  );
  assert.equal(a.paragraphs[0], "◆가나페이, 1600억 투자 유치");
  assert.equal(a.title, "[한지민의 경제 브리핑] 가나페이 투자 유치 外");
});

test("a word the lexicon lists as no name (not_names) is never a reporter", () => {
  assert.ok(ctx.notNames.has("현장"));
  const a = parse(`가나시 도서관 착공\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\n현장 기자\n`);
  assert.deepEqual(a.reporters, []);
  const b = parse(`가나시 도서관 착공\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\n나현수 기자\n`);
  assert.deepEqual(
    b.reporters.map((r) => r.name),
    ["나현수"],
  );
});

test("a bracket byline of an unknown outlet with a desk or a bare name opens the body and names the outlet", () => {
  const a = parse(
    `가나시 도서관 착공\n입력 2024.03.05 08:30\n[누리한뉴스 정치팀] ${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual([a.outlet, a.reporters, a.paragraphs[0]], ["누리한뉴스", [], BODY1]);
  const b = parse(
    `가나시 도서관 착공\n입력 2024.03.05 08:30\n[누리한뉴스 박서윤] ${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual(
    [b.outlet, b.reporters.map((r) => r.name), b.paragraphs[0]],
    ["누리한뉴스", ["박서윤"], BODY1],
  );
  // The desk's reporter after the bracket, before `=`.
  const c = parse(
    `가나시 도서관 착공\n입력 2024.03.05 08:30\n[누리한뉴스 취재1팀] 박서윤 기자 = ${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual(
    [c.outlet, c.reporters.map((r) => r.name), c.paragraphs[0]],
    ["누리한뉴스", ["박서윤"], BODY1],
  );
  // A region after the outlet's word, or a word that is no name, is no byline.
  for (const head of ["[누리한뉴스 부산]", "[누리한뉴스 강원도]", "[누리한뉴스 이번달]"])
    assert.ok(
      parse(
        `가나시 도서관 착공\n입력 2024.03.05 08:30\n${head} ${BODY1}\n${BODY2}\n`,
      ).paragraphs[0].startsWith(head),
    );
});

test("a paywall notice ends the text; a footer with the holder's slogan before the sign is the copyright line", () => {
  const a = parse(
    `가나시 도서관 착공\n입력 2024.03.05 08:30\n${BODY1}\n로그인 후 읽을 수 있습니다.\n다른 기사 제목 한 줄\n`,
  );
  assert.deepEqual(a.paragraphs, [BODY1]);
  const b = parse(
    `가나시 도서관 착공\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\n저작권자 <세상을 읽는 창> ⓒ한국일보 | 무단 전재\n`,
  );
  assert.deepEqual(b.paragraphs, [BODY1, BODY2]);
  assert.equal(b.outlet, "한국일보");
});
