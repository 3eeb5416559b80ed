/**
 * Headline and body start of the page-copy reader on page shapes we wrote (invented outlets and
 * text): the headline above a share toolbar and its deck, portal widgets and labels above the
 * headline, transcripts of short sentences, pages that print the body before the headline.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createParseContext, parseArticle, type ParsedArticle } from "../src/parse/index.ts";
import { isFurnitureLine } from "../src/parse/reader/furniture.ts";

const ctx = createParseContext();
const parse = (text: string, file = "page.txt"): ParsedArticle => {
  const r = parseArticle({ file, text }, ctx);
  if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
  return r;
};

const BODY1 =
  "가나시는 5일 시청에서 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다.";
const BODY2 =
  '시 관계자는 "주민 의견을 모아 설계를 마무리하겠다"고 말했다. 도서관은 3층 규모로 지어진다.';

test("headline: above a share toolbar, the deck below it, on a page without stamp or byline lines", () => {
  const a = parse(
    `가나시, 도서관 새로 짓는다\n이 기사를 공유합니다\n3층 규모…내년 봄 착공\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual([a.title, a.paragraphs[0]], ["가나시, 도서관 새로 짓는다", BODY1]);
  // Printed twice above the toolbar; a toolbar of buttons and one-word labels between.
  const b = parse(
    `가나시, 도서관 새로 짓는다\n가나시, 도서관 새로 짓는다\n기사 스크랩\n-\n공유\n클린뷰\n프린트\n시장 "주민 의견 듣겠다"\n${BODY1}\n${BODY2}\n`,
  );
  assert.equal(b.title, "가나시, 도서관 새로 짓는다");
  // A section label above the toolbar is no headline: the line below the toolbar is.
  const c = parse(`가나일보\n사회일반\n공유\n가나시, 도서관 새로 짓는다\n${BODY1}\n${BODY2}\n`);
  assert.equal(c.title, "가나시, 도서관 새로 짓는다");
});

test("furniture: a weather widget with a degree sign, a logo's alt text, skip links in other words, a portal's issue label", () => {
  for (const l of [
    "맑음 / -3.9 °",
    "흐림 12°C",
    "가나TV 언론사 이미지",
    "주간가나 로고",
    "컨텐츠로 건너뛰기",
    "본문으로 건너뛰기",
    "이슈 가나시 도서관 건립",
    "클린뷰",
  ])
    assert.ok(isFurnitureLine(l, ctx.furniture), l);
  for (const l of [
    "맑음 뒤 흐림…주말 기온 3도 '뚝'",
    "가나시, 새 로고 공개",
    '이슈 된 가나시 도서관, "주민 의견 듣겠다"',
  ])
    assert.ok(!isFurnitureLine(l, ctx.furniture), l);
  const a = parse(
    `컨텐츠로 건너뛰기\n뉴스\n서울\n맑음 / -3.9 °\n가나TV 언론사 이미지\n이슈 가나시 도서관\n가나시, 도서관 새로 짓는다\n원문보기\n${BODY1}\n${BODY2}\n`,
  );
  assert.equal(a.title, "가나시, 도서관 새로 짓는다");
});

test("body: a transcript's short sentences under a speaker mark open the body", () => {
  const a = parse(
    `가나시, 도서관 새로 짓는다\n[앵커]\n가나시가 오늘 새 도서관을 짓겠다고 발표했습니다.\n두 번째 도서관인데요.\n내년 봄에 착공합니다.\n주민들은 반겼습니다.\n[기자]\n${BODY1}\n${BODY2}\n`,
  );
  assert.equal(a.title, "가나시, 도서관 새로 짓는다");
  assert.ok(a.paragraphs[0].startsWith("[앵커] 가나시가 오늘"), a.paragraphs[0]);
});

test("e-mail: a forwarded article's own headline wins over the subject, also when the article gives no date", () => {
  const a = parse(
    [
      "---------- Forwarded message ---------",
      "From: 박하늘 <sky@mailbox.example>",
      "Date: Tue, Mar 5, 2024 at 3:20 PM",
      "Subject: Fwd: 좋은 기사라 공유드립니다",
      "To: 지우 <jiwoo@mailbox.example>",
      "",
      "가나시, 도서관 새로 짓는다",
      "",
      BODY1,
      "",
      BODY2,
    ].join("\n"),
  );
  assert.deepEqual(
    [a.layout, a.title, a.date, a.paragraphs[0]],
    ["email", "가나시, 도서관 새로 짓는다", "2024-03-05T15:20:00+09:00", BODY1],
  );
});

test("headline: a page that prints its body first takes the headline above the byline and stamp lines after it", () => {
  const photo = parse(
    `5일 가나시청 앞에서 열린 도서관 착공식에서 시장과 주민들이 첫 삽을 뜨고 있다. 가나시는 3층 규모의 도서관을 지어 내년 봄 개관을 목표로 하며, 주민 의견을 설계에 담겠다고 밝혔다…\n가나시, 도서관 첫 삽\n가나일보\n홍길동 기자\n발행 2024.03.05 20:05\n`,
  );
  assert.deepEqual(
    [photo.title, photo.date, photo.paragraphs[0].slice(0, 10)],
    ["가나시, 도서관 첫 삽", "2024-03-05T20:05:00+09:00", "5일 가나시청 앞에"],
  );
  const amp = parse(
    `${BODY1}\n${BODY2}\n홍길동 기자 hong@gana.example\n[가나 탐방 ①] 새 도서관\n입력 2024-03-05 16:48 수정 2024-03-06 12:54\n`,
  );
  assert.deepEqual([amp.title, amp.date], ["[가나 탐방 ①] 새 도서관", "2024-03-05T16:48:00+09:00"]);
  assert.ok(!amp.paragraphs.includes("[가나 탐방 ①] 새 도서관"));
});

const CAPTION =
  "5일 가나시청 앞에서 열린 도서관 착공식에서 시장과 주민들이 첫 삽을 뜨고 있다. 도서관은 내년 봄 문을 연다.";

test("body: a photo caption printed twice before the text is no paragraph of the body; a deck in brackets neither", () => {
  const a = parse(`가나시, 도서관 첫 삽\n${CAPTION}\n${CAPTION}\n${BODY1}\n${BODY2}\n`);
  assert.deepEqual([a.title, a.paragraphs[0]], ["가나시, 도서관 첫 삽", BODY1]);
  // Printed apart (image, then caption), the pair of captions still is none.
  const b = parse(
    `가나시, 도서관 첫 삽\n${CAPTION}\n${BODY2}\n${CAPTION}\n${BODY2}\n${BODY1}\n${BODY2}\n`,
  );
  assert.equal(b.paragraphs[0], BODY1);
  const c = parse(
    `3.8%\n가나일보\n[가나시가 5일 발표한 올해 도서관 예산 증가율.]\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual([c.title, c.paragraphs[0]], ["3.8%", BODY1]);
});

test("photo story: the headline glued before the caption (image alt text), the caption printed twice, is headline and body", () => {
  const a = parse(
    `가나시 도서관 첫 삽 ${CAPTION}\n닫기이미지 확대 보기\n가나시 도서관 첫 삽\n${CAPTION}\n${CAPTION}\n가나 연합뉴스\n`,
  );
  assert.equal(a.title, "가나시 도서관 첫 삽");
  assert.ok(a.paragraphs[0].startsWith("5일 가나시청 앞에서"), a.paragraphs[0]);
});

test("body: a series label the headline also carries leaves the first paragraph; another label stays", () => {
  const a = parse(
    `가나시 도서관 예산 두 배로 [가나위클리]\n2024-03-05 11:01:01\n[가나위클리] ${BODY1}\n${BODY2}\n`,
  );
  assert.equal(a.paragraphs[0], BODY1);
  const b = parse(
    `가나시 도서관 예산 두 배로 [가나위클리]\n2024-03-05 11:01:01\n[단독] ${BODY1}\n${BODY2}\n`,
  );
  assert.equal(b.paragraphs[0], `[단독] ${BODY1}`, "a label the headline does not carry stays");
});

test("body: a bracket byline with its e-mail glued to the text leaves no empty brackets", () => {
  const a = parse(
    `가나시, 도서관 새로 짓는다\n[가나일보 홍길동 기자]<hong@gana.example>${BODY1}\n${BODY2}\n`,
  );
  assert.equal(a.paragraphs[0], BODY1);
});

test("body: a hard-wrapped script (one clause a line) is read from its first line, joined into sentences", () => {
  const script = [
    "가나시, 도서관 예산 두 배로",
    "다른 도시보다 늦었지만",
    "주민 요구가 커지고 있는",
    "도서관 확충을 위해",
    "가나시가 내년 도서관 예산을",
    "올해보다 두 배로 늘립니다.",
    "시는 최근 시의회 의결을 거쳐",
    "예산 증액을 결정했으며",
    "새 도서관 두 곳을 짓기로 했습니다.",
    "개관은 내후년 봄으로",
    "주민 의견을 설계에 담을",
    "계획입니다.",
  ].join("\n");
  const a = parse(script);
  assert.equal(a.title, "가나시, 도서관 예산 두 배로");
  assert.deepEqual(a.paragraphs.slice(0, 2), [
    "다른 도시보다 늦었지만 주민 요구가 커지고 있는 도서관 확충을 위해 가나시가 내년 도서관 예산을 올해보다 두 배로 늘립니다.",
    "시는 최근 시의회 의결을 거쳐 예산 증액을 결정했으며 새 도서관 두 곳을 짓기로 했습니다.",
  ]);
});

test("headline: a line opened by a series label wins over a deck printed twice", () => {
  const a = parse(
    `[가나날씨] 주말 폭염 계속…서울 37도\n낮 최고기온 34~40도…'무더위 절정'\n낮 최고기온 34~40도…'무더위 절정'\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual([a.title, a.paragraphs[0]], ["[가나날씨] 주말 폭염 계속…서울 37도", BODY1]);
});

test("body: a one-paragraph story with a tip line glued to its end keeps its text; the tip goes", () => {
  const long = `[홍길동 기자] ${BODY1} ${BODY2} ${BODY1} ${BODY2}`;
  const a = parse(
    `가나시, 도서관 새로 짓는다\n입력 2024-03-05 16:48\n${long} 주민들도 반기겠죠?가나뉴스 기사제보 tip@gana.example\n`,
  );
  assert.equal(a.paragraphs.length, 1);
  assert.ok(a.paragraphs[0].startsWith(BODY1), a.paragraphs[0]);
  assert.ok(a.paragraphs[0].endsWith("주민들도 반기겠죠?"), a.paragraphs[0]);
});

test("body: an old transcript's speaker label on its own line (`홍길동 앵커 :`) stays with the first paragraph", () => {
  const a = parse(
    `가나시 도서관 착공\n입력 1995.12.15 (21:00)\n홍길동 앵커 :\n${BODY1}\n김하늘 기자 :\n${BODY2}\n`,
  );
  assert.equal(a.paragraphs[0], `홍길동 앵커 : ${BODY1}`);
});

test("body: a short first sentence under the headline opens the body; a photo story whose only text is a caption is its body", () => {
  const a = parse(
    `가나시 도서관 예산 2배로..가나일보\n가나시가 도서관 예산을 늘렸다.\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual(
    [a.title, a.paragraphs[0]],
    ["가나시 도서관 예산 2배로..가나일보", "가나시가 도서관 예산을 늘렸다."],
  );
  const photo = parse(
    `[포토] 가나시 도서관 첫 삽\n홍길동 기자(hong@gana.example) 2024. 3. 5. 16:15\n글자크기 설정\n${CAPTION} [사진=가나일보]\n`,
  );
  assert.ok(photo.paragraphs[0]?.startsWith("5일 가나시청 앞에서"), String(photo.paragraphs));
  assert.ok(!photo.warnings.some((w) => /^제목만 있는 기사/.test(w)));
});

test("furniture: a text-to-speech notice (읽어주기 기능은 …) is no lead sentence", () => {
  const a = parse(
    `가나시 도서관 착공\n입력 2024.03.05 (21:00)\n읽어주기 기능은 크롬기반의\n브라우저에서만 사용하실 수 있습니다.\n[앵커]\n${BODY1}\n${BODY2}\n`,
  );
  assert.equal(a.paragraphs[0], `[앵커] ${BODY1}`);
});

test("captions: a photographer after the caption's last sentence (가나=홍길동 포토그래퍼, 홍길동 기자 hong@…) before the text is no paragraph; the same shape ending the text is a byline", () => {
  const a = parse(`가나시 도서관 첫 삽\n${CAPTION} 가나=김하늘 포토그래퍼\n${BODY1}\n${BODY2}\n`);
  assert.deepEqual([a.paragraphs[0], a.captions[0]?.text], [BODY1, CAPTION]);
  const b = parse(
    `가나시 도서관 첫 삽\n홍길동 기자 입력 2024-03-05 03:00\n${CAPTION} 김하늘 기자 sky@gana.example\n${BODY1}\n${BODY2}\n`,
  );
  assert.equal(b.paragraphs[0], BODY1);
  assert.deepEqual(
    b.reporters.map((r) => r.name),
    ["홍길동"],
  );
  const c = parse(
    `가나시 도서관 첫 삽\n입력 2024-03-05 03:00\n${BODY1}\n${BODY2} 홍길동 기자 hong@gana.example\n`,
  );
  assert.deepEqual([c.paragraphs, c.reporters.map((r) => r.name)], [[BODY1, BODY2], ["홍길동"]]);
});

test("a page flattened to one line: headline, date and byline are cut from the text after them", () => {
  const a = parse(`가나시 도서관 새로 짓는다 2024-03-02 홍길동 기자 ${BODY1} ${BODY2} ${BODY1}`);
  assert.deepEqual(
    [a.title, a.date?.slice(0, 10), a.reporters.map((r) => r.name)],
    ["가나시 도서관 새로 짓는다", "2024-03-02", ["홍길동"]],
  );
  assert.ok(a.paragraphs[0].startsWith(BODY1), a.paragraphs[0]);
  // A sentence that names a date and a reporter is no header.
  const b = parse(
    `가나시, 도서관 새로 짓는다\n${BODY1} 2024-03-02 홍길동 기자 ${BODY2} ${BODY1}\n`,
  );
  assert.equal(b.paragraphs.length, 1);
});

test("headline: a title label (제목: …) leaves the headline; a board's header row gives the date; the labelled repeat is the headline", () => {
  const a = parse(`제목: 가나시, 도서관 새로 짓는다\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\n`);
  assert.deepEqual([a.title, a.date], ["가나시, 도서관 새로 짓는다", "2024-03-05T08:30:00+09:00"]);
  const b = parse(
    `제목 가나시, 도서관 새로 짓는다 게시일 2024.03.05 08:30 조회수 7090\n[알림] 가나시, 도서관 새로 짓는다\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual(
    [b.title, b.date, b.paragraphs[0]],
    ["[알림] 가나시, 도서관 새로 짓는다", "2024-03-05T08:30:00+09:00", BODY1],
  );
});

test("headline: inline tags (<b>, <em>, <h1>) are no part of it, and the date line under it is read", () => {
  const a = parse(
    `<b>가나시</b>, 도서관 <em>새로</em> 짓는다\n입력 2024.03.05 08:30\n${BODY1}\n${BODY2}\n`,
  );
  assert.deepEqual([a.title, a.date], ["가나시, 도서관 새로 짓는다", "2024-03-05T08:30:00+09:00"]);
  const b = parse(
    `<h1>가나시, <b>도서관</b> 새로 짓는다</h1>\n<p>입력 2024.03.05 08:30</p><p>${BODY1}</p><p>${BODY2}</p>\n`,
  );
  assert.deepEqual(
    [b.title, b.date, b.paragraphs],
    ["가나시, 도서관 새로 짓는다", "2024-03-05T08:30:00+09:00", [BODY1, BODY2]],
  );
});

test("headline: a broadcast page's programme line (KBS 뉴스9) is not the headline", () => {
  const a = parse(`KBS 뉴스9\n가나시, 도서관 새로 짓는다\n[앵커]\n${BODY1}\n[기자]\n${BODY2}\n`);
  assert.equal(a.title, "가나시, 도서관 새로 짓는다");
});
