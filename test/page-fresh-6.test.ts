/**
 * Saved web pages from outlets new to the corpus, written by our tester in their pages' shapes
 * (test/fixtures/fresh-pages-6/, invented text), each read as the user wrote down before any run:
 * a portal's article page that opens its text with a photo box (`<span class="end_photo_org">
 * <img><em class="img_desc">…ⓒ한화오션</em></span>`: the caption's copyright sign once ended the
 * article at its first line), and a regional CMS whose header box is named like its body
 * (`<div class="article-view-header">` before `<article id="article-view-content-div">`: the
 * header once stood for the article, leaving only the deck) with a two-line deck parted by
 * `<br>`. Each file goes through the importer's own conversion. A page whose text the reader
 * still misses says so in a warning.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { convertFile, createImportContext } from "../src/import/index.ts";
import { lostTextWarning } from "../src/parse/refine.ts";
import { assertPageReads, fixturePages, type PageWant } from "./helpers.ts";

const ctx = createImportContext();
const page = fixturePages("fresh-pages-6", ctx);

const WANT: Record<string, PageWant> = {
  "08_naver_dailian_saved.html": {
    title: "한화오션, LNG운반선 4척 1.3조 수주…올해 누적 100억달러 돌파",
    outlet: "데일리안",
    date: "2025-09-02T07:00:00+09:00",
    reporters: ["김수현"],
    captions: [
      {
        text: "한화오션이 건조한 17만4000㎥급 LNG운반선이 경남 거제 옥포조선소에서 시운전을 하고 있다.",
        credit: "ⓒ한화오션",
      },
      {
        text: "정인호 한화오션 상선사업부장이 지난달 서울 중구 본사에서 열린 수주 전략회의에서 발언하고 있다.",
        credit: "ⓒ데일리안 DB",
      },
    ],
    first:
      "한화오션이 유럽 선주로부터 액화천연가스(LNG) 운반선 4척을 1조3000억원에 수주했다. 이로써 올해 누적 수주액은 100억달러를 넘어섰다.",
    last: '조선업계에서는 HD한국조선해양과 삼성중공업도 하반기 LNG운반선 추가 수주가 유력한 것으로 보고 있다. 한 업계 관계자는 "국내 조선 3사가 3년 치 이상 일감을 확보한 상태여서 선가 협상에서도 우위에 있다"고 말했다.',
    people: ["정인호"],
    furniture: [
      "[데일리안 =",
      "ⓒ한화오션",
      "요약봇",
      "본문 듣기",
      "구독",
      "주요뉴스",
      "섹션으로 분류",
    ],
  },
  "09_kyeonggi_saved.html": {
    title: "판교 제2테크노밸리 입주기업 취득세 75% 감면…경기도 조례 개정 추진",
    outlet: "경기일보",
    date: "2025-10-15T15:32:00+09:00",
    reporters: ["이한솔"],
    // The deck's `<br>` parts two lines: never `대상내년`.
    deck: "감면율 50%→75%, 연구개발 인력 20% 이상 기업 대상\n내년 1월 시행 목표",
    captions: [{ text: "판교 제2테크노밸리 전경.", credit: "경기도" }],
    first:
      "경기도가 판교 제2테크노밸리 입주기업의 취득세 감면율을 50%에서 75%로 높이는 조례 개정을 추진한다.",
    last: "도는 다음 달 4일까지 도민 의견을 받은 뒤 12월 도의회 정례회에 조례안을 제출할 예정이다.",
    people: ["윤재혁", "최민정"],
    furniture: ["#판교", "광고", "관련기사", "많이 본 기사", "다른기사 보기", "댓글", "홈 >"],
  },
};

test("each saved page reads as its user expected: headline, deck, outlet, date, reporters, captions, body", () => {
  for (const [file, want] of Object.entries(WANT)) assertPageReads(page(file), want, file);
});

test("the article's text runs on after its photos: every paragraph between the first and the last is kept", () => {
  assert.equal(page("08_naver_dailian_saved.html").paragraphs.length, 5);
  assert.equal(page("09_kyeonggi_saved.html").paragraphs.length, 6);
});

/** A saved page around `body`, with the Open Graph head a news page prints. */
const savedPage = (body: string) =>
  `<!doctype html><html><head><meta property="og:title" content="가나시, 새 도서관 연다">` +
  `<meta property="og:site_name" content="가나일보">` +
  `<meta property="article:published_time" content="2026-03-04T09:00:00+09:00"></head>` +
  `<body>${body}</body></html>`;
const SENTENCES = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>가나시가 ${i + 1}번째 분관을 내년 봄에 열어 시민 누구나 책을 빌릴 수 있게 한다고 밝혔다.</p>`,
).join("");

test("a page whose article text the reader misses warns in Korean instead of importing a near-empty article", () => {
  // An unknown CMS: the text in an unnamed box, a teaser `<article>` of another story beside it.
  const html = savedPage(
    `<article class="teaser"><p>다른 기사의 짧은 소개 문장이 여기에 한 줄 들어 있다.</p></article>` +
      `<div id="x1">${SENTENCES}</div>`,
  );
  const r = convertFile(Buffer.from(html), "lost.html", ctx);
  assert.ok(!("skip" in r));
  const lostOf = (warnings: string[]) => warnings.filter((w) => w.startsWith("쪽에 보이는 문장은"));
  const lost = lostOf(r.warnings);
  assert.equal(lost.length, 1, r.warnings.join("\n"));
  assert.match(lost[0], /자만 읽었습니다/);
  // The same text in the article element: all of it is kept, and nothing is said.
  const whole = convertFile(
    Buffer.from(savedPage(`<article>${SENTENCES}</article>`)),
    "ok.html",
    ctx,
  );
  assert.ok(!("skip" in whole));
  assert.equal(whole.article.paragraphs.length, 6);
  assert.deepEqual(lostOf(whole.warnings), []);
});

test("the lost-text check: half the page's sentence text and 200 characters missing, or nothing said", () => {
  assert.equal(lostTextWarning(["가".repeat(100)], undefined), null);
  assert.equal(lostTextWarning(["가".repeat(100)], 250), null, "a short page's trims");
  assert.equal(lostTextWarning(["가".repeat(500)], 900), null, "more than half kept");
  assert.match(lostTextWarning(["가".repeat(60)], 900) ?? "", /900자인데 본문으로 60자만/);
});
