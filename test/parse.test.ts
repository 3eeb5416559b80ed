/**
 * The parse stage on small hand-written inputs (no corpus text): date forms, HTML bodies,
 * layout detection and the generic fallback, bylines, outlets, boilerplate.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText } from "../src/decode/clean.ts";
import { loadLexicon } from "../src/core/lexicon.ts";
import { compilePageWords } from "../src/parse/page-words.ts";
import { htmlToBlocks } from "../src/parse/html.ts";
import { refine, UNDATED_WARNING } from "../src/parse/refine.ts";
import { createParseContext, parseArticle, type ParsedArticle } from "../src/parse/index.ts";
import { splitGlued as glued, splitRuns as runs } from "../src/parse/text.ts";

/** The parse words of the shipped lexicon, made by their factory. */
const words = compilePageWords(loadLexicon());
const { cutTrailingByline, parseAuthorLine } = words.bylines;
const { parseDateLine } = words.dates;
const splitRuns = (line: string) => runs(line, words);
const splitGlued = (text: string) => glued(text, words);

const ctx = createParseContext();
const parse = (text: string): ParsedArticle => {
  const r = parseArticle({ file: "t.txt", text: cleanText(text) }, ctx);
  if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
  return r;
};

test("dates: every printed form reads as Korea time", () => {
  const cases: [string, string | null][] = [
    ["입력 2024.03.05 08:30", "2024-03-05T08:30:00+09:00"],
    ["2024-03-05 오후 6:21", "2024-03-05T18:21:00+09:00"],
    ["기사입력 : 2024년 03월 05일 08시 30분", "2024-03-05T08:30:00+09:00"],
    ["2024. 3. 5. 오전 8:30", "2024-03-05T08:30:00+09:00"],
    ["승인 2024.03.05 23:50", "2024-03-05T23:50:00+09:00"],
    ["기사입력2018.01.01 오후 5:51", "2018-01-01T17:51:00+09:00"],
    ["2024-03-05 오전 12:10", "2024-03-05T00:10:00+09:00"],
    ["2024-03-05 오후 12:10", "2024-03-05T12:10:00+09:00"],
    ["Mon, 04 Mar 2024 23:30:00 +0000", "2024-03-05T08:30:00+09:00"],
    ["Mon, 04 Mar 2024 23:30:00 -0000", "2024-03-05T08:30:00+09:00"],
    ["Tue, 05 Mar 2024 08:30:00 GMT", "2024-03-05T17:30:00+09:00"],
    ["2024-03-05T08:30:00+09:00", "2024-03-05T08:30:00+09:00"],
    ["2024-03-04T23:30:00Z", "2024-03-05T08:30:00+09:00"],
    ["2024-03-05 20:00:52+09:00", "2024-03-05T20:00:52+09:00"],
    ["2024-03-05T08:30:00", "2024-03-05T08:30:00+09:00"],
    ["2026-01-29 18:40:00", "2026-01-29T18:40:00+09:00"],
    ["입력 2024.03.05 08:30 | 수정 2024.03.05 09:10", "2024-03-05T08:30:00+09:00"],
    ["2024.02.30 08:30", null],
    ["2018.10.29/뉴스1", null],
    ["오늘 2024.03.05 08:30에 발표했다", null],
  ];
  for (const [line, want] of cases) assert.equal(parseDateLine(line), want, line);
});

test("HTML bodies: paragraphs, <br>, entities, captions; style/script/iframe dropped", () => {
  const { blocks, captions } = htmlToBlocks(
    `<p>첫 문단 &amp; &quot;인용&quot;&nbsp;끝.</p><style>.x{color:red}</style><script>alert(1)</script><iframe src="x">프레임</iframe>` +
      `둘째 문단.<br><br>셋째 문단.<figure><img src="a.jpg"><figcaption>사진 설명 / 연합뉴스</figcaption></figure>` +
      `<div class="cheditor-caption-wrapper"><img src="b.jpg"><div class="cheditor-caption">《사진=어도비스톡》</div></div><p><b>소제목</b></p>`,
  );
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['첫 문단 & "인용" 끝.', "둘째 문단.", "셋째 문단.", "소제목"],
  );
  assert.deepEqual(
    blocks.map((b) => b.bold),
    [false, false, false, true],
  );
  assert.deepEqual(captions, ["사진 설명 / 연합뉴스", "《사진=어도비스톡》"]);
});

test("one-line scrapes split at runs of spaces and at glued sentence ends", () => {
  assert.deepEqual(splitRuns("첫 문단이다.  둘째 문단이다.   셋째.  홍길동  기자 a@b.kr"), [
    "첫 문단이다.",
    "둘째 문단이다.",
    "셋째.",
    "홍길동 기자 a@b.kr",
  ]);
  assert.deepEqual(splitGlued('늘었다.다음 달엔 "좋다."라며 웃었다.2.5배다..그런데'), [
    "늘었다.",
    '다음 달엔 "좋다."라며 웃었다.',
    "2.5배다..그런데",
  ]);
});

test("bylines: several names, 특파원, 외 1명, place prefixes, duplicated, e-mail kept", () => {
  assert.deepEqual(cutTrailingByline("…했다. / 김달호 기자김달호 기자(kim@tv.com)"), {
    text: "…했다.",
    reporters: [{ name: "김달호", email: "kim@tv.com" }],
  });
  assert.deepEqual(cutTrailingByline("…지냈다. 광주광역시=진창일 기자 jin@x.com").reporters, [
    { name: "진창일", email: "jin@x.com" },
  ]);
  assert.deepEqual(cutTrailingByline("…했다. 이서연·박지훈 기자").reporters, [
    { name: "이서연" },
    { name: "박지훈" },
  ]);
  assert.deepEqual(
    parseAuthorLine("영천=노인호 기자, 강지은 기자, 구동완 기자").map((r) => r.name),
    ["노인호", "강지은", "구동완"],
  );
  assert.deepEqual(
    parseAuthorLine("박준석 기자 외 1명").map((r) => r.name),
    ["박준석"],
  );
  assert.deepEqual(
    parseAuthorLine("멜버른·호바트=김성윤 음식전문기자").map((r) => r.name),
    ["김성윤"],
  );
  assert.deepEqual(
    parseAuthorLine("조선일보", (s) => s === "조선일보"),
    [],
  );
  const a = parse(
    "제목\n(베이징·홍콩=연합뉴스) 심재훈 안승섭 특파원 = 본문이 시작된다.\n끝 문단이다.\n",
  );
  assert.deepEqual(
    a.reporters.map((r) => r.name),
    ["심재훈", "안승섭"],
  );
  assert.equal(a.outlet, "연합뉴스");
  assert.equal(a.paragraphs[0], "본문이 시작된다.");
});

test("outlet from a wire dateline, a bracket byline, a copyright line, a URL; null and a warning without a clue", () => {
  assert.equal(parse("제목\n【서울=뉴시스】홍길동 기자 = 본문이다.\n").outlet, "뉴시스");
  assert.equal(
    parse("제목\n\n[아시아경제 노태영 기자]외교부는 29일 밝혔다.\n").outlet,
    "아시아경제",
  );
  assert.equal(
    parse("제목\n\n본문이다.\n\nⓒ중앙일보(https://joongang.co.kr), 무단 전재 및 재배포 금지\n")
      .outlet,
    "중앙일보",
  );
  assert.equal(parse("제목\nhttps://www.hankyung.com/article/1\n\n본문이다.\n").outlet, "한국경제");
  const none = parse("제목\n\n연합뉴스를 인용한 본문이다. 조선일보도 보도했다.\n");
  assert.equal(none.outlet, null);
  assert.ok(none.warnings.some((w) => /글에 매체 이름이 없어/.test(w)));
});

test("boilerplate: footers in every shape, tip lines, stubs, sign-offs and markers leave the body", () => {
  const a = parse(
    "제목이다\n입력 2024.03.05 08:30\n\n[앵커]  앵커 멘트다.  홍길동 기자입니다.  [기자]  기자 리포트다.  MBC뉴스 홍길동입니다.\n" +
      "▶ 관련기사 보기\n※ '당신의 제보가 뉴스가 됩니다' 카카오톡 @제보 전화 02-000-0000\n), 무단 전재 및 재배포 금지]\n",
  );
  // A page copy keeps a transcript's speaker marks as written.
  assert.deepEqual(a.paragraphs, ["[앵커] 앵커 멘트다.", "[기자] 기자 리포트다."]);
  assert.deepEqual(a.reporters, [{ name: "홍길동" }]);
  assert.equal(a.date, "2024-03-05T08:30:00+09:00");
});

test("layouts are detected by shape; text that fits none is read by the page-copy reader", () => {
  const rss = parse(
    "제목 - 부제 한 줄<br>부제 두 줄\n홍길동 기자\nTue, 05 Mar 2024 00:00:00 +0000\nhttps://www.lawtimes.co.kr/news/1\n\n<p>본문 첫 문단.</p><p><b>홍길동 기자</b></p>\n",
  );
  assert.equal(rss.layout, "feed-item");
  assert.deepEqual(
    [rss.title, rss.subtitle, rss.outlet, rss.date],
    ["제목", "부제 한 줄\n부제 두 줄", "법률신문", "2024-03-05T09:00:00+09:00"],
  );
  const fixture = parse(
    "제목\n김철수, 이영희\n2025-05-15 20:00:52+09:00\n\n요약 한 줄\n\n본문 문단이다.\n\n소제목\n\n둘째 문단이다.\n\n사진 설명 / 연합뉴스\n",
  );
  assert.equal(fixture.layout, "fixture");
  assert.deepEqual(
    [fixture.subtitle, fixture.paragraphs, fixture.captions],
    [
      "요약 한 줄",
      ["본문 문단이다.", "소제목", "둘째 문단이다."],
      [{ text: "사진 설명", credit: "연합뉴스" }],
    ],
  );
  const naver = parse(
    "제목\n2018-10-28 17:34\n\n첫 문단 &amp; 끝.  둘째 문단.  홍길동 기자 h@x.kr\n",
  );
  assert.deepEqual(
    [naver.layout, naver.paragraphs, naver.date],
    ["naver-oneline", ["첫 문단 & 끝.", "둘째 문단."], "2018-10-28T17:34:00+09:00"],
  );
  const other = parse("그냥 제목\n\n그냥 문단 하나.\n\n또 하나.\n");
  assert.equal(other.layout, "page");
  assert.deepEqual(other.paragraphs, ["그냥 문단 하나.", "또 하나."]);
  // Article text that looks like markup or a rule is text, never furniture (SPEC §4).
  assert.deepEqual(parse("제목\n\n---\n\n{{ x }}\n\n* 별표로 시작하는 문단.\n").paragraphs, [
    "---",
    "{{ x }}",
    "* 별표로 시작하는 문단.",
  ]);
});

test("shapes beyond the corpus: a portal page copy, a saved web page, an HTML fragment", () => {
  const naver = parse(
    "연합뉴스\n반도체 수출 석 달째 증가\n입력2024.03.05. 오전 8:30  수정2024.03.05. 오전 9:10\n기사원문\n홍길동 기자\n추천\n댓글\n본문 요약봇\n" +
      "글자 크기 변경하기\nSNS 보내기\n인쇄하기\n\n(세종=연합뉴스) 홍길동 기자 = 반도체 수출이 석 달 연속 늘었다.\n\n산업부는 5일 이같이 밝혔다.\n\nhong@yna.co.kr\n\n" +
      "제보는 카카오톡 okjebo\n\nCopyright ⓒ 연합뉴스. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지.\n\n홍길동 기자\n구독중\n이전\n다음\n" +
      "이 기사는 언론사에서 경제 섹션으로 분류했습니다.\n",
  );
  assert.deepEqual(
    [naver.layout, naver.outlet, naver.date, naver.reporters, naver.paragraphs, naver.subtitle],
    [
      "page",
      "연합뉴스",
      "2024-03-05T08:30:00+09:00",
      [{ name: "홍길동", email: "hong@yna.co.kr" }],
      ["반도체 수출이 석 달 연속 늘었다.", "산업부는 5일 이같이 밝혔다."],
      undefined,
    ],
  );
  const page = parse(
    `<!DOCTYPE html><html><head><title>x | 한겨레</title><meta property="og:title" content="반도체 수출 증가"><meta property="og:site_name" content="한겨레">` +
      `<meta property="article:published_time" content="2024-03-04T23:30:00+00:00"><meta name="author" content="홍길동 기자"><script>var a="<p>no</p>";</script></head>` +
      `<body><nav>홈 경제</nav><h1>반도체 수출 증가</h1><div class="article-text"><p>첫 문단이다.</p><figure><img src="a.jpg"><figcaption>공장 / 한겨레</figcaption></figure>` +
      `<p>둘째 문단이다.</p></div><aside>많이 본 기사</aside><footer>ⓒ 한겨레신문사</footer></body></html>`,
  );
  assert.deepEqual(
    [
      page.layout,
      page.title,
      page.outlet,
      page.date,
      page.reporters,
      page.paragraphs,
      page.captions,
    ],
    [
      "html-page",
      "반도체 수출 증가",
      "한겨레",
      "2024-03-05T08:30:00+09:00",
      [{ name: "홍길동" }],
      ["첫 문단이다.", "둘째 문단이다."],
      [{ text: "공장", credit: "한겨레" }],
    ],
  );
  const stamped = parse(
    "삼성 반도체 투자 확대\n홍길동 기자 입력 2024. 3. 5. 08:30 수정 2024. 3. 5. 09:10\n\n삼성전자가 반도체 투자를 늘린다.\n\n회사는 5일 밝혔다.\n",
  );
  assert.deepEqual(
    [stamped.date, stamped.reporters, stamped.paragraphs.length],
    ["2024-03-05T08:30:00+09:00", [{ name: "홍길동" }], 2],
  );
  const fragment = parse(
    "조각 제목\n\n<p>첫 문단 &amp; 끝.</p><p>둘째 문단.</p><script>x()</script>\n",
  );
  assert.deepEqual(
    [fragment.layout, fragment.paragraphs],
    ["page", ["첫 문단 & 끝.", "둘째 문단."]],
  );
});

test("photo captions glued into flattened text go to captions in every shape; bare credits go; 사진 in a sentence stays", () => {
  // naver-oneline: runs joined by two spaces.
  const naver = parse(
    "가나시 다리 개통\n2024-03-05 10:00\n\n" +
      "개통식에서 테이프를 자르는 참석자들. 시장은 축사를 했다. /사진=가나뉴스  " +
      "가나시는 5일 새 다리를 개통했다.  다리 위 풍경.[사진=다라일보 홍길동 기자]◇“통행료는 없다”  " +
      "시는 통행료를 받지 않는다.  (사진=마바통신)  김철수(사진) 시장은 사진을 찍으며 웃었다.  " +
      "강변 야경 (가나시 제공)  공사는 2년 걸렸다. 사진: 사바일보  시민 반응 《사진=아자통신》  사진=차카방송 제공  " +
      "자세한 수치는 그래프(가나청 제공) 참조.  " +
      "개막 공연 모습 <그래픽=타파일보>  축제 현장 ⓒ AFP=가나뉴스\n",
  );
  assert.deepEqual(naver.paragraphs, [
    "가나시는 5일 새 다리를 개통했다.",
    "◇“통행료는 없다”",
    "시는 통행료를 받지 않는다.",
    "김철수(사진) 시장은 사진을 찍으며 웃었다.",
    "자세한 수치는 그래프(가나청 제공) 참조.",
  ]);
  assert.deepEqual(naver.captions, [
    { text: "개통식에서 테이프를 자르는 참석자들. 시장은 축사를 했다.", credit: "가나뉴스" },
    { text: "다리 위 풍경.", credit: "다라일보 홍길동 기자" },
    { text: "강변 야경", credit: "가나시" },
    { text: "공사는 2년 걸렸다.", credit: "사바일보" },
    { text: "시민 반응", credit: "아자통신" },
    { text: "개막 공연 모습", credit: "타파일보" },
    { text: "축제 현장", credit: "AFP=가나뉴스" },
  ]);
  // A quoted deck glued to the caption goes back to the text (here: the deck lines).
  const deck = parse(
    "제목\n2024-03-05 10:00\n\n첫 부제  “둘째 부제 검토”김철수 시장이 웃고 있다.[사진=가나뉴스]  본문이 시작된다.\n",
  );
  assert.deepEqual(
    [deck.subtitle, deck.paragraphs, deck.captions],
    [
      "첫 부제\n“둘째 부제 검토”",
      ["본문이 시작된다."],
      [{ text: "김철수 시장이 웃고 있다.", credit: "가나뉴스" }],
    ],
  );
  // A long paragraph an image followed stays article text; only its credit goes.
  const long = `${"시민들이 새 다리를 건너며 강을 구경했다. ".repeat(16).trim()}`;
  const kept = parse(`제목\n2024-03-05 10:00\n\n${long}[사진=가나뉴스]  끝 문단이다.\n`);
  assert.deepEqual([kept.paragraphs, kept.captions], [[long, "끝 문단이다."], []]);
  // wire-lines (one paragraph per line) and fixture/HTML caption lines carrying a credit.
  const wire = parse(
    "제목\n(서울=연합뉴스) 홍길동 기자 = 본문이다.\n행사장 전경 /사진=가나뉴스\n끝 문단이다.\n",
  );
  assert.deepEqual(
    [wire.paragraphs, wire.captions],
    [["본문이다.", "끝 문단이다."], [{ text: "행사장 전경", credit: "가나뉴스" }]],
  );
  const fixture = parse(
    "제목\n김철수\n2025-05-15 20:00:52+09:00\n\n본문 문단이다.\n\n다리 전경 [사진 출처 = 가나시] / 가나시\n행사 모습. / [사진 출처 = 다라일보]\n",
  );
  assert.deepEqual(fixture.captions, [
    { text: "다리 전경", credit: "가나시" },
    { text: "행사 모습.", credit: "다라일보" },
  ]);
  const rss = parse(
    "제목\n홍길동 기자\nTue, 05 Mar 2024 00:00:00 +0000\nhttps://www.lawtimes.co.kr/news/1\n\n<p>본문 첫 문단.</p><figure><img src=a.jpg><figcaption>법정 앞 모습. 《사진=가나뉴스》</figcaption></figure>\n",
  );
  assert.deepEqual(rss.captions, [{ text: "법정 앞 모습.", credit: "가나뉴스" }]);
});

test("copyright holds the outlet's notice only: no byline, desk, stub, URL, share bar or stray bracket around it", () => {
  const cases: [string, string | null][] = [
    [
      "제목\n2024-03-05 10:00\n\n본문이다.  홍길동 한국경제 기자 , 무단전재 및 재배포 금지\n",
      "무단전재 및 재배포 금지",
    ],
    [
      "제목\n2024-03-05 10:00\n\n본문이다.  한경닷컴 뉴스룸 , 무단전재 및 재배포 금지\n",
      "무단전재 및 재배포 금지",
    ],
    [
      "제목\n2024-03-05 10:00\n\n본문이다.  gildong@example.com  ), 무단 전재 및 재배포 금지]\n",
      "무단 전재 및 재배포 금지",
    ],
    [
      "제목\n2024-03-05 10:00\n\n본문이다.  홍길동 기자  . 무단 전재-재배포 금지\n",
      "무단 전재-재배포 금지",
    ],
    [
      "제목\n2024-03-05 10:00\n\n본문이다.  - Copyrights ⓒ 가나일보 & gana.kr, 무단 전재 및 재배포 금지 -\n",
      "Copyrights ⓒ 가나일보 & gana.kr, 무단 전재 및 재배포 금지",
    ],
    [
      "제목\n2024-03-05 10:00\n\n본문이다.  홍길동 기자  ⓒ 내일을 여는 신문  한국일보\n",
      "ⓒ 내일을 여는 신문 한국일보",
    ],
    [
      "한국경제\n제목\n\n본문이다.\n\n제목\n[ 저작권자 ⓒ한국경제, 무단 전재 및 재배포 금지 ] 페이스북 트위터 https://gana.kr/1\n",
      "저작권자 ⓒ한국경제, 무단 전재 및 재배포 금지",
    ],
    ["제목\n2024-03-05 10:00\n\n본문이다.  홍길동 기자\n", null],
  ];
  for (const [text, want] of cases) assert.equal(parse(text).copyright, want, text);
  const byline = parse(cases[0][0]);
  assert.deepEqual(
    [byline.reporters, byline.outlet, byline.paragraphs],
    [[{ name: "홍길동" }], "한국경제", ["본문이다."]],
  );
  assert.equal(
    parse(cases[1][0]).outlet,
    "한국경제",
    "the desk glued to the notice still names the outlet",
  );
});

test("authors who sign without 기자: bar, role and credit signatures give the reporter; a bare closing signature goes", () => {
  const end = (last: string) =>
    parse(`제목\n2024-03-05 10:00\n\n첫 문단이다.  둘째 문단이다.  ${last}\n`);
  const cases: [string, string[], string[]][] = [
    ["홍길동 | 미술평론가", ["홍길동"], ["첫 문단이다.", "둘째 문단이다."]],
    ["홍길동ㅣ가나대 교수", ["홍길동"], ["첫 문단이다.", "둘째 문단이다."]],
    ["홍길동 칼럼니스트", ["홍길동"], ["첫 문단이다.", "둘째 문단이다."]],
    ["김철수 논설위원", ["김철수"], ["첫 문단이다.", "둘째 문단이다."]],
    [
      "셋째 문단이다./홍길동 가나경제연구원 연구위원",
      ["홍길동"],
      ["첫 문단이다.", "둘째 문단이다.", "셋째 문단이다."],
    ],
    ["글 홍길동", ["홍길동"], ["첫 문단이다.", "둘째 문단이다."]],
    ["글·사진 홍길동 기자", ["홍길동"], ["첫 문단이다.", "둘째 문단이다."]],
    ["홍길동 가나산방 씀", [], ["첫 문단이다.", "둘째 문단이다."]],
    ["정부는 아직 결정", [], ["첫 문단이다.", "둘째 문단이다.", "정부는 아직 결정"]],
    // Not signatures: a sentence, a short line after a list item, a sentence that names a professor.
    ["그는 웃었다", [], ["첫 문단이다.", "둘째 문단이다.", "그는 웃었다"]],
    [
      "셋째 문단에서 홍길동 가나대 교수는 말했다.",
      [],
      ["첫 문단이다.", "둘째 문단이다.", "셋째 문단에서 홍길동 가나대 교수는 말했다."],
    ],
  ];
  for (const [last, names, paragraphs] of cases) {
    const a = end(last);
    assert.deepEqual([a.reporters.map((r) => r.name), a.paragraphs], [names, paragraphs], last);
  }
  const list = parse(
    "제목\n2024-03-05 10:00\n\n인사 명단이다.  ▲가나부 국장 홍길동  다라 마바 사아\n",
  );
  assert.deepEqual(
    list.paragraphs,
    ["인사 명단이다.", "▲가나부 국장 홍길동", "다라 마바 사아"],
    "a short line after a list item is kept",
  );
  const first = parse("제목\n2024-03-05 10:00\n\n글=홍길동  본문이다.  끝 문단이다.\n");
  assert.deepEqual(
    [first.reporters, first.paragraphs],
    [[{ name: "홍길동", role: "글" }], ["본문이다.", "끝 문단이다."]],
  );
  // An HTML body's closing author line with no role (feed items).
  const rss = parse(
    "제목\n조선일보\nTue, 05 Mar 2024 00:00:00 +0000\nhttps://www.chosun.com/a/1\n\n<p>첫 문단이다.<br><br>둘째 문단이다.<br><br><br>홍길동 가나산방 씀</p>\n",
  );
  assert.deepEqual([rss.reporters, rss.paragraphs], [[], ["첫 문단이다.", "둘째 문단이다."]]);
});

test("page furniture found in a corpus read-through, as kinds: deck shapes, programme boxes, attachment lists, author boxes", () => {
  // Deck lines opened by a dash, a speaker's quote as a deck, and a bracketed deck after a bracket byline.
  const decks = parse(
    '제목\n2024-03-05 10:00\n\n- 첫 부제 한 줄  -둘째 부제일까?  홍길동 장관 "수용 못한다"  가나 시장이 5일 말했다.  끝 문단이다.\n',
  );
  assert.deepEqual(
    [decks.subtitle, decks.paragraphs],
    [
      '첫 부제 한 줄\n둘째 부제일까?\n홍길동 장관 "수용 못한다"',
      ["가나 시장이 5일 말했다.", "끝 문단이다."],
    ],
  );
  const bracket = parse(
    "제목\n2024-03-05 10:00\n\n[머니투데이 홍길동 기자] [[the000]가나시 다리 개통, 통행료 없어]  본문이 시작된다.  끝 문단이다.\n",
  );
  assert.deepEqual(
    [bracket.subtitle, bracket.paragraphs, bracket.reporters],
    ["가나시 다리 개통, 통행료 없어", ["본문이 시작된다.", "끝 문단이다."], [{ name: "홍길동" }]],
  );
  // Deck lines printed on one line, parted by slashes; a sentence with a slash is no deck.
  const slashed = parse(
    "제목\n2024-03-05 10:00\n\n다리 개통 앞두고 ‘분주’ / 통행료 여부 쟁점 / 시민 기대 커  가나시는 5일 다리를 열었다.\n",
  );
  assert.deepEqual(
    [slashed.subtitle, slashed.paragraphs],
    ["다리 개통 앞두고 ‘분주’\n통행료 여부 쟁점\n시민 기대 커", ["가나시는 5일 다리를 열었다."]],
  );
  assert.equal(
    parse("제목\n2024-03-05 10:00\n\n가나 / 다라 노선이 열렸다.  끝 문단이다.\n").subtitle,
    undefined,
  );
  // A quote that a sentence goes on from, or a list under a heading, is no deck.
  const body = parse('제목\n2024-03-05 10:00\n\n그는 "좋다"고 말했다.  - 목록 항목이다.\n');
  assert.equal(body.subtitle, undefined);
  // A broadcast interview's programme box.
  const radio = parse(
    "제목\n2024-03-05 10:00\n\n[가나쇼]가나방송 라디오 '가나쇼'  ■ 방 송 : FM 00.0 (18:00~19:00)  ■ 진 행 : 홍길동 앵커  ■ 출연 : 김철수 가나대 교수  ◇ 홍길동> 첫 질문입니다.\n",
  );
  assert.deepEqual(radio.paragraphs, ["◇ 홍길동> 첫 질문입니다."]);
  // A press release's attachment list and end mark; an author box with the author's profile.
  const release = parse(
    "제목\n2024-03-05 10:00\n\n□ 가나부는 5일 회의를 열었다.  □ 결과를 발표할 예정이다.  붙임: 1. 회의 사진  2. 참석자 명단.  끝.\n",
  );
  assert.deepEqual(release.paragraphs, [
    "□ 가나부는 5일 회의를 열었다.",
    "□ 결과를 발표할 예정이다.",
  ]);
  assert.deepEqual(
    parse("제목\n2024-03-05 10:00\n\n본문이다.  둘째 문단이다.  - 끝 -\n").paragraphs,
    ["본문이다.", "둘째 문단이다."],
  );
  const column = parse(
    "제목\n2024-03-05 10:00\n\n그림 이야기다.  ■ 어디에서 볼 수 있을까?  가나 미술관에 있다.  ■ 필자 홍길동  가나대를 졸업했다. 책을 썼다.\n",
  );
  assert.deepEqual(
    [column.paragraphs, column.reporters],
    [["그림 이야기다.", "■ 어디에서 볼 수 있을까?", "가나 미술관에 있다."], [{ name: "홍길동" }]],
  );
});

test("broadcast scrapes: a sentence cut after its subject or object is one paragraph; hand-offs and the anchor's thanks go", () => {
  assert.deepEqual(
    splitRuns(
      "낡은 버스는  언덕을 오릅니다.  가나 취재진이  현장을 찾았습니다.  대법원 판결 파장  국제 소송 갈 듯",
    ),
    [
      "낡은 버스는 언덕을 오릅니다.",
      "가나 취재진이 현장을 찾았습니다.",
      "대법원 판결 파장",
      "국제 소송 갈 듯",
    ],
  );
  assert.deepEqual(
    splitRuns("◇남은 과제는  가나시는 다리를 더 놓는다."),
    ["◇남은 과제는", "가나시는 다리를 더 놓는다."],
    "an intertitle is never joined",
  );
  assert.deepEqual(
    splitRuns('그가 말했다.  "좋다"'),
    ["그가 말했다.", '"좋다"'],
    "a full sentence is not joined",
  );
  assert.deepEqual(
    splitRuns(
      '비가 왔는데,  길은 막히지 않았다. 시민들이  "좋다"고 했다.  가나 모임의 대표는  고민이 많은게 아닌가 싶은  생각이 든다고 했다.',
    ),
    [
      '비가 왔는데, 길은 막히지 않았다. 시민들이 "좋다"고 했다.',
      "가나 모임의 대표는 고민이 많은게 아닌가 싶은 생각이 든다고 했다.",
    ],
  );
  const tv = parse(
    "제목\n2024-03-05 10:00\n\n[앵커]  가나시가 다리를 열었습니다.  홍길동 기자가 다녀왔습니다.  [기자]  다리 위로 차들이 달립니다.  [앵커]  홍 기자, 수고했습니다.\n",
  );
  assert.deepEqual(
    [tv.paragraphs, tv.reporters],
    [["가나시가 다리를 열었습니다.", "다리 위로 차들이 달립니다."], [{ name: "홍길동" }]],
  );
});

test("caption lines: a slash credit and a photographer in angle brackets are credits; in article text they stay", () => {
  const rss = parse(
    "제목\n홍길동 기자\nTue, 05 Mar 2024 00:00:00 +0000\nhttps://www.chosun.com/a/1\n\n" +
      "<p>본문의 비율은 3/4였다. 가나/다라 노선이 열렸다.</p>" +
      "<figure><img src=a.jpg><figcaption>시민들이 다리를 건너고 있다. /가나뉴스</figcaption></figure>" +
      "<figure><img src=b.jpg><figcaption>다리 전경./Gana Tourism</figcaption></figure>" +
      "<figure><img src=c.jpg><figcaption>법원/가나일보DB</figcaption></figure>" +
      "<figure><img src=d.jpg><figcaption>연설하는 시장. &lt;김철수 기자&gt; / 김철수</figcaption></figure>" +
      "<figure><img src=e.jpg><figcaption>어린 시절의 모습. /홍길순 제공</figcaption></figure>\n",
  );
  assert.deepEqual(rss.paragraphs, ["본문의 비율은 3/4였다. 가나/다라 노선이 열렸다."]);
  assert.deepEqual(rss.captions, [
    { text: "시민들이 다리를 건너고 있다.", credit: "가나뉴스" },
    { text: "다리 전경.", credit: "Gana Tourism" },
    { text: "법원", credit: "가나일보DB" },
    { text: "연설하는 시장.", credit: "김철수" },
    { text: "어린 시절의 모습.", credit: "홍길순" },
  ]);
});

test("a photo agency glued to the next paragraph ends a caption (after its sentence, or opening the next run); an agency in a sentence stays", () => {
  const a = parse(
    "제목\n2024-03-05 10:00\n\n첫 문단이다.  " +
      "시민들이 구호를 외치고 있다. 연합뉴스가나시는 5일 다리를 열었다.  " +
      "시장이 테이프를 자르고 있다.  가나=AP연합뉴스시는 통행료를 받지 않는다.  " +
      "그는 말했다. 연합뉴스는 이를 보도했다.  로이터통신은 전했다.  그는 웃었다. 뉴시스 기자가 물었다.\n",
  );
  assert.deepEqual(a.captions, [
    { text: "시민들이 구호를 외치고 있다.", credit: "연합뉴스" },
    { text: "시장이 테이프를 자르고 있다.", credit: "가나=AP연합뉴스" },
  ]);
  assert.deepEqual(a.paragraphs, [
    "첫 문단이다.",
    "가나시는 5일 다리를 열었다.",
    "시는 통행료를 받지 않는다.",
    "그는 말했다. 연합뉴스는 이를 보도했다.",
    "로이터통신은 전했다.",
    "그는 웃었다. 뉴시스 기자가 물었다.",
  ]);
});

test("a section banner between symbols, a paragraph of brackets and an unopened closing bracket are not body text; a line of --- is", () => {
  const a = parse(
    [
      "강제징용 판결 후폭풍",
      "2018-10-31 08:00",
      "",
      "◆ 日강제징용 배상 판결 ◆",
      "",
      "대법원 판결로 한일 관계가 얼어붙었다. 외교부는 대응책 마련에 부심하고 있다.",
      "",
      "]",
      "",
      "---",
      "",
      "정부는 신중한 입장을 밝혔다.]",
    ].join("\n"),
  );
  assert.deepEqual(a.paragraphs, [
    "대법원 판결로 한일 관계가 얼어붙었다. 외교부는 대응책 마련에 부심하고 있다.",
    "---",
    "정부는 신중한 입장을 밝혔다.",
  ]);
  const b = parse(
    [
      "제목",
      "2018-10-31 08:00",
      "",
      "◆ 판결 이후 ◆ 외교부는 [사진 없음] 대응했다. 대변인은 말했다[1].",
    ].join("\n"),
  );
  assert.ok(b.paragraphs.join(" ").includes("[1]"), "brackets that open and close stay");
});

test("an author's role is kept from a signature after an author box or with an affiliation in brackets", () => {
  const a = parse(
    [
      "[가나다의 미술 산책] 물과 땅",
      "2018-03-02 08:00",
      "",
      "루벤스는 평화가 반목보다 낫다는 것을 알았다. 그림은 그 믿음을 담았다.",
      "",
      "■ 필자 가나다",
      "",
      "가나대학교를 졸업하고 미술을 공부했다. 여러 책을 썼다.",
      "",
      "가나다 | 미술평론가",
    ].join("\n"),
  );
  assert.deepEqual(a.reporters, [{ name: "가나다", role: "미술평론가" }]);
  assert.equal(a.paragraphs.length, 1);
  const b = parse(
    [
      "제목이 있는 칼럼",
      "2024-12-24 20:38",
      "",
      "비상계엄은 상상을 넘는 일이었다. 젊은 세대가 희망이었다.",
      "",
      "라마바 교수(한빛대 로스쿨)",
    ].join("\n"),
  );
  assert.deepEqual(b.reporters, [{ name: "라마바", role: "교수(한빛대 로스쿨)" }]);
  assert.deepEqual(b.paragraphs, ["비상계엄은 상상을 넘는 일이었다. 젊은 세대가 희망이었다."]);
});

test("an interview transcript keeps its speaker labels before each turn and its host and guest as the deck; a news report's [앵커]/[기자] marks still go", () => {
  const a = parse(
    [
      "비건 특별대표 방한",
      "2018-10-30 18:35",
      "",
      "■ 진행 : 가나다 앵커  ■ 출연 : 라마바 한빛연구소 실장  [앵커]  특별대표가 청와대를 방문했습니다.  오늘 만남은 어땠습니까?  [인터뷰]  일단은 통역을 썼을 것 같습니다.  [앵커]  제재 공조는요?  [인터뷰]  이어질 것으로 봅니다.",
    ].join("\n"),
  );
  assert.deepEqual(a.paragraphs, [
    "[앵커] 특별대표가 청와대를 방문했습니다.",
    "오늘 만남은 어땠습니까?",
    "[인터뷰] 일단은 통역을 썼을 것 같습니다.",
    "[앵커] 제재 공조는요?",
    "[인터뷰] 이어질 것으로 봅니다.",
  ]);
  assert.equal(
    a.subtitle,
    "진행: 가나다 앵커 · 출연: 라마바 한빛연구소 실장",
    "the programme box names host and guest",
  );
  const b = parse(
    [
      "공장 화재",
      "2018-10-30 18:35",
      "",
      "[앵커]  공장에서 불이 났습니다.  [기자]  오늘 오후 공장에서 불이 나 2시간 만에 꺼졌습니다.",
    ].join("\n"),
  );
  assert.deepEqual(b.paragraphs, [
    "공장에서 불이 났습니다.",
    "오늘 오후 공장에서 불이 나 2시간 만에 꺼졌습니다.",
  ]);
});

test("a plain-text article that mentions an inline tag keeps its paragraphs and shows the tag as written", () => {
  const a = parse(
    [
      "카카오, 새 AI 서비스 공개",
      "2024-03-05 08:30",
      "",
      "첫 문단이다. 서비스는 다음 달 열린다.",
      "",
      "설정은 `config.yaml` 과 <b>굵은 글씨</b> 태그로 한다.",
      "",
      "마지막 문단이다.",
    ].join("\n"),
  );
  assert.deepEqual(a.paragraphs, [
    "첫 문단이다. 서비스는 다음 달 열린다.",
    "설정은 `config.yaml` 과 <b>굵은 글씨</b> 태그로 한다.",
    "마지막 문단이다.",
  ]);
});

test("a pasted e-mail: the subject is the headline, the sent date the date (Korea time), the sender a clue to the outlet", () => {
  const a = parse(
    [
      "From: 한빛경제 뉴스레터 <letter@hanbit-news.example>",
      "Sent: 2024년 3월 5일 화요일 오전 8:30",
      "To: reader@example.com",
      "Subject: [한빛 모닝브리핑] 반도체 증산 나선다",
      "",
      "가나전자가 생산을 늘린다. 업계는 환영했다.",
      "",
      "다른 회사도 투자를 검토한다.",
    ].join("\n"),
  );
  assert.equal(a.layout, "email");
  assert.equal(a.title, "[한빛 모닝브리핑] 반도체 증산 나선다");
  assert.equal(a.date, "2024-03-05T08:30:00+09:00");
  assert.deepEqual(a.paragraphs, [
    "가나전자가 생산을 늘린다. 업계는 환영했다.",
    "다른 회사도 투자를 검토한다.",
  ]);
  const b = parse(
    [
      "보낸 사람: 연합뉴스 <news@yna.example>",
      "보낸 날짜: 2024-03-05 (화) 08:30",
      "제목: 외교부, 대사 인사 발표",
      "",
      "외교부가 5일 대사 인사를 발표했다.",
    ].join("\n"),
  );
  assert.equal(b.outlet, "연합뉴스");
  assert.equal(b.date, "2024-03-05T08:30:00+09:00");
  const c = parse(
    ["제목: 날짜 없는 메일", "받는 사람: 나", "", "본문이다. 날짜는 없다."].join("\n"),
  );
  assert.equal(c.date, null, "never invented");
  assert.match(c.warnings.join(" "), /메일에서 날짜를 읽지 못해/);
  assert.ok(!c.warnings.includes(UNDATED_WARNING), "the layout's own reason, once");
});

test("a box of related stories headed by an arrow or a bullet (▶ 관련기사) ends the body; its headlines are no paragraphs", () => {
  for (const head of ["▶ 관련기사", "■ 관련 기사", "※ 많이 본 뉴스"]) {
    const a = parse(
      [
        "가나건설, 해외 터널 공사 추가 수주",
        "입력 2026.08.20 13:45",
        "",
        "가나건설이 해외 터널 공사를 추가로 따냈다. 수주 금액은 약 1조원이다.",
        "",
        '회사 측은 "중동 시장에서 입지를 굳히겠다"고 말했다.',
        "",
        head,
        "가나건설, 상반기 해외수주 1위",
        "다라건설, 신규 노선 착공",
      ].join("\n"),
    );
    assert.deepEqual(
      a.paragraphs,
      [
        "가나건설이 해외 터널 공사를 추가로 따냈다. 수주 금액은 약 1조원이다.",
        '회사 측은 "중동 시장에서 입지를 굳히겠다"고 말했다.',
      ],
      head,
    );
  }
});

test("an article with no date is told so once; a dated one is not", () => {
  const undated = parse(
    "가나시장 거래량 석 달째 늘어\n\n홍길동 기자\n\n거래량이 석 달째 늘었다.\n",
  );
  assert.equal(undated.date, null);
  assert.deepEqual(
    undated.warnings.filter((w) => w.includes("날짜")),
    [UNDATED_WARNING],
  );
  const dated = parse("가나시장 거래량 석 달째 늘어\n입력 2024.03.05 08:30\n\n거래량이 늘었다.\n");
  assert.equal(dated.date, "2024-03-05T08:30:00+09:00");
  assert.ok(!dated.warnings.includes(UNDATED_WARNING));
});

test("the rows of a text table stay together, one row a line, however their cells are padded", () => {
  const a = parse(
    [
      "가나전자 3분기 실적",
      "2024-10-30 08:30",
      "",
      "가나전자가 실적을 발표했다. 매출이 늘었다.",
      "",
      "| 구분 | 매출 |",
      "| 국내  |  170,000 |",
      "| 해외 | 230,000 |",
      "",
      "회사는 성장을 자신했다. 배당도 늘린다.",
    ].join("\n"),
  );
  assert.deepEqual(a.paragraphs, [
    "가나전자가 실적을 발표했다. 매출이 늘었다.",
    "| 구분 | 매출 |\n| 국내 | 170,000 |\n| 해외 | 230,000 |",
    "회사는 성장을 자신했다. 배당도 늘린다.",
  ]);
  const b = parse(
    [
      "제목",
      "2024-10-30 08:30",
      "",
      "그는 A|B 테스트를 했다. 결과는 좋았다.",
      "",
      "다음 문단이다. 끝났다.",
    ].join("\n"),
  );
  assert.equal(b.paragraphs.length, 2, "one bar in a sentence is no table");
});

test("a forwarded or answered e-mail: RE:/FW: marks leave the headline, greetings and sign-offs the body", () => {
  const a = parse(
    [
      "From: 다온시 홍보과 <pr@daon.example>",
      "Sent: 2024년 3월 5일 화요일 오후 2:10",
      "Subject: RE: FW: 전달: 다온시, 새 도서관 착공",
      "",
      "안녕하세요, 다온시청 홍보과입니다.",
      "",
      "---------- Forwarded message ---------",
      "다온시는 5일 시청에서 새 도서관 건립 계획을 발표했다.",
      "",
      "시 관계자는 설계를 마무리하겠다고 말했다.",
      "",
      "감사합니다.",
      "홍보과 드림",
    ].join("\n"),
  );
  assert.equal(a.title, "다온시, 새 도서관 착공");
  assert.deepEqual(a.paragraphs, [
    "다온시는 5일 시청에서 새 도서관 건립 계획을 발표했다.",
    "시 관계자는 설계를 마무리하겠다고 말했다.",
  ]);
});

test("transcript speaker labels ([앵커], [기자]) glued to their text, alone on a line or mid-line each open a paragraph", () => {
  const head = "가나시 도서관 건립 본격화\n입력 2024.03.05 08:30\n가나방송 홍길동 기자\n";
  const A = "오늘 가나시가 새 도서관 건립 계획을 발표했습니다.";
  const R = "가나시 시청 앞입니다. 시는 3층 규모의 도서관을 짓기로 했습니다.";
  const want = [`[앵커] ${A}`, `[기자] ${R}`];
  for (const body of [
    `[앵커] ${A}\n[기자] ${R}`, // glued to the text, with a space
    `[앵커]${A}\n[기자]${R}`, // glued without one
    `[앵커]\n${A}\n[기자]\n${R}`, // alone on its line
    `[앵커] ${A} [기자] ${R}`, // mid-line, a page flattened
  ]) {
    const a = parse(`${head}${body}\n`);
    assert.deepEqual(a.paragraphs, want, body);
    assert.deepEqual(a.reporters, [{ name: "홍길동" }], body);
  }
});

test("every caption loses its photo mark (▲) once, whichever step found it: a layout's deck line that is a captioned photo too", () => {
  const ctx = createParseContext();
  const body =
    "가나시가 올해 도서관 세 곳을 새로 짓기로 했다고 5일 밝혔다. 사업비는 모두 120억원이다.";
  const r = refine(
    {
      title: "가나시, 도서관 세 곳 짓는다",
      subtitle: "▲ 가나시청 전경. 가나시 제공",
      date: null,
      dateSource: "none",
      reporters: [],
      paragraphs: [body, "△ 도서관 조감도. [사진=가나시]"],
      captions: [{ text: "▲ 공사 현장.", credit: "가나일보" }],
      copyright: null,
      warnings: [],
      clues: [],
    },
    "test",
    ctx,
  );
  if ("skip" in r) throw new Error(r.skip);
  assert.deepEqual(r.captions, [
    { text: "공사 현장.", credit: "가나일보" },
    { text: "가나시청 전경.", credit: "가나시" },
    { text: "도서관 조감도.", credit: "가나시" },
  ]);
  assert.deepEqual(r.paragraphs, [body]);
});
