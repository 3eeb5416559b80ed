/**
 * Page copies from outlets in neither corpus, written by our team in their pages' shapes
 * (test/fixtures/fresh-pages-2/, invented text; the `b1_`…`z2_` files are one-change variants):
 * a summary box above the body, a newsletter forwarded by e-mail, UI lines under the header, a
 * writer's title after the headline, press-release wire datelines and footers, a saved page's
 * subtitle element, bracket datelines and a broadcast crew credit. Each file goes through the
 * importer's own conversion (a CP949 file is decoded as `sillok import` decodes it).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { convertFile, createImportContext } from "../src/import/index.ts";
import { fixturePages, type FixtureRead } from "./helpers.ts";

const ctx = createImportContext();
const page = fixturePages("fresh-pages-2", ctx);
type Read = FixtureRead;
const first = (a: Read) => a.paragraphs[0];
const last = (a: Read) => a.paragraphs[a.paragraphs.length - 1];

test("a summary box above the body (`AI 요약` bullets, a portal's 자동요약) never costs the body", () => {
  const cases: [string, string, string][] = [
    [
      "06_zdnet_englishname.txt",
      "카카오가 지난해 일부 부서에서 시범 운영한 사내 AI 코딩 도구를 전체 개발자 3천여 명으로 확대한다.",
      "네이버도 지난해 말 사내 개발자에게 자체 코딩 도구를 배포한 바 있어 국내 플랫폼 기업 간 AI 개발 도구 경쟁이 본격화할 전망이다.",
    ],
    [
      "13_daum_kyeonggi.txt",
      "경기도청이 수원 광교 경기융합타운으로 옮긴 지 1년 만에 주변 상권 매출이 18% 늘어난 것으로 나타났다.",
      '김동연 경기도지사는 "옛 청사 부지를 문화·창업 공간으로 바꿔 구도심 상권도 살리겠다"고 말했다.',
    ],
  ];
  for (const [file, want1, wantLast] of cases) {
    const a = page(file);
    assert.equal(first(a), want1, file);
    assert.equal(last(a), wantLast, file);
    assert.ok(
      !a.paragraphs.some((p) => p.startsWith("- ")),
      `${file}: a summary bullet in the body`,
    );
    assert.equal(a.paragraphs.length, file.startsWith("06") ? 5 : 4, file);
    assert.deepEqual(a.warnings, [], file);
  }
  // The summary's related headlines after the text are no deck.
  assert.equal(page("06_zdnet_englishname.txt").meta.subtitle, undefined);
  // Without the box, the same body.
  assert.deepEqual(page("z1_noaisum.txt").paragraphs, page("06_zdnet_englishname.txt").paragraphs);
  assert.deepEqual(page("d1_nosum.txt").paragraphs, page("13_daum_kyeonggi.txt").paragraphs);
});

test("captions credited by a copyright sign or an archive (`ⓒ가나제약`, `가나일보DB`) are captions", () => {
  const cases: [string, string, string][] = [
    [
      "04_yakup_trade.txt",
      "한미약품 연구원이 경기 화성 팔탄 연구소에서 비만 신약 후보물질을 분석하고 있다.",
      "ⓒ한미약품",
    ],
    ["13_daum_kyeonggi.txt", "경기융합타운 전경.", "경기일보DB"],
  ];
  for (const [file, text, credit] of cases) {
    assert.deepEqual(page(file).meta.captions, [{ text, credit }], file);
  }
  assert.equal(page("04_yakup_trade.txt").meta.subtitle, "체중 16.8% 감량…근육 손실은 위약군 수준");
});

test("UI lines under the header (font-size buttons, share and comment counters) are never the deck", () => {
  const cases: [string, string | undefined][] = [
    ["01_naeil_national.txt", '국토부 "하반기 보완책 마련" … 혁신도시 10곳 중 4곳 기준 못 채워'],
    ["05_goyang_local.txt", undefined],
    ["08_ajunews_mobile.txt", undefined],
    ["13_daum_kyeonggi.txt", undefined],
  ];
  for (const [file, deck] of cases) assert.equal(page(file).meta.subtitle, deck, file);
});

test("a press-release wire's dateline gives the day and leaves the text; its contact block ends it", () => {
  const want1 =
    "코웨이(대표 서장원)가 물 사용량을 기존 제품보다 40% 줄인 직수 정수기 신제품 '아이콘 정수기 3'를 4일 출시했다.";
  for (const file of ["11_newswire_pressrelease.txt", "n1_paren.txt"]) {
    const a = page(file);
    assert.equal(a.meta.date, "2026-11-04", file);
    assert.equal(a.meta.outlet, "뉴스와이어", file);
    assert.equal(first(a), want1, file);
    assert.equal(
      last(a),
      "코웨이는 정수기, 공기청정기, 비데, 매트리스 등 생활환경 가전을 렌탈 방식으로 공급하는 기업이다.",
      file,
    );
    assert.ok(!a.paragraphs.some((p) => /매니저|02-0000|보도자료입니다/.test(p)), file);
    assert.deepEqual(a.meta.reporters, [], file);
  }
});

test("a place dateline in lenticular brackets (`【춘천】`) is no part of the first sentence", () => {
  const a = page("02_kwnews_regional_cp949.txt");
  assert.equal(
    first(a),
    "사흘째 이어진 집중호우로 소양강댐 수위가 계획홍수위에 가까워지면서 한국수자원공사가 22일 오전 수문을 열기로 했다.",
  );
  assert.equal(a.meta.date, "2026-07-21T14:05:00+09:00");
});

test("a broadcast crew credit (`[영상취재 … / 영상편집 …]`) is no body text", () => {
  const a = page("03_jtbc_broadcast.txt");
  assert.equal(last(a), "국토교통부는 유예 기간을 다시 늘리는 방안을 검토하겠다고 밝혔습니다.");
  assert.ok(!a.paragraphs.some((p) => p.includes("영상편집")));
  // The interviewees' speaker tags stay with their words.
  assert.ok(a.paragraphs.some((p) => p.startsWith("[최은영/한국도시연구소 소장 :")));
});

test("a forwarded newsletter: the web-view line is no headline, the article's stamp wins, its footer ends the text", () => {
  for (const file of ["09_bizwatch_newsletter_forward.txt", "b1_noweb.txt"]) {
    const a = page(file);
    assert.equal(a.meta.title, "포스코, 인도 제철소 합작 본계약 임박", file);
    assert.equal(a.meta.subtitle, "JSW와 지분 50대 50…연 500만톤 규모", file);
    assert.equal(a.meta.date, "2026-09-02T17:30:00+09:00", file);
    // The outlets dictionary's name for bizwatch.co.kr (the page's 비즈니스워치 is its alias).
    assert.equal(a.meta.outlet, "비즈워치", file);
    assert.deepEqual(a.meta.reporters, [{ name: "정혜인", email: "hij@bizwatch.co.kr" }], file);
    assert.equal(a.paragraphs.length, 5, file);
    assert.equal(
      last(a),
      '포스코 관계자는 "본계약 시점과 세부 조건은 아직 확정되지 않았다"고 말했다.',
      file,
    );
  }
});

test("a headline followed by its writer (`… 안전이다 /홍길동 논설위원`) is the headline and a byline", () => {
  for (const file of ["12_kookje_column.txt", "k1_nowriter.txt"]) {
    const a = page(file);
    assert.equal(a.meta.title, "[국제칼럼] 가덕도 신공항, 속도보다 안전이다", file);
    assert.deepEqual(a.meta.reporters, [{ name: "박창민", role: "논설위원" }], file);
    assert.deepEqual(a.meta.captions, [], file);
    assert.deepEqual(a.warnings, [], file);
    assert.equal(
      first(a),
      "가덕도신공항 부지조성공사를 맡은 현대건설 컨소시엄이 지난해 공기 연장을 요구하며 사업에서 빠진 지 1년이 지났다.",
      file,
    );
  }
  // A photo caption credited to its photographer above the stamps stays a caption.
  const text =
    "가나시 도서관 새로 짓는다\n새 도서관 조감도. /홍길동 기자\n입력 2026.11.14 17:31\n" +
    "가나시는 5일 시청에서 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다.\n";
  const r = convertFile(Buffer.from(text), "page.txt", ctx);
  if ("skip" in r) throw new Error(r.skip);
  assert.equal(r.article.meta.title, "가나시 도서관 새로 짓는다");
  assert.deepEqual(r.article.meta.captions, [{ text: "새 도서관 조감도.", credit: "홍길동 기자" }]);
  assert.deepEqual(r.article.meta.reporters, []);
});

test("a saved page's subtitle element is the deck; an e-mail printed only below the article joins its reporter", () => {
  const a = page("10_asiatoday_saved.html");
  assert.equal(a.meta.subtitle, "연 16GWh 규모 LFP 배터리 생산…북미 ESS 수요 대응");
  assert.deepEqual(a.meta.reporters, [{ name: "이서영", email: "seoyoung@asiatoday.co.kr" }]);
  assert.equal(a.meta.date, "2026-10-15T09:05:00+09:00");
  assert.equal(
    first(a),
    "LG에너지솔루션이 미국 애리조나주 퀸크리크에 지은 에너지저장장치(ESS) 전용 배터리 공장이 본격 가동에 들어갔다.",
  );
  // A box of other stories' heading is no deck.
  const html =
    '<!doctype html><html><head><meta property="og:title" content="가나시 도서관 새로 짓는다"></head><body>' +
    "<h1>가나시 도서관 새로 짓는다</h1><article><p>가나시는 5일 시청에서 새 도서관 건립 계획을 발표하고 내년 봄에 공사를 시작한다고 밝혔다.</p></article>" +
    '<aside><h3 class="sub_title">가나시 다른 소식</h3></aside><h3 class="subscribe">뉴스레터 받기</h3></body></html>';
  const r = convertFile(Buffer.from(html), "page.html", ctx);
  if ("skip" in r) throw new Error(r.skip);
  assert.equal(r.article.meta.subtitle, undefined);
});

test("a sentence that names an unsubscribe or a release is text, not a newsletter footer", () => {
  const text =
    "가나시 스팸 문자 줄었다\n입력 2026.11.14 17:31\n" +
    "가나시는 지난달 접수된 스팸 문자 신고가 1년 전보다 30% 줄었다고 5일 밝혔다.\n\n" +
    "시는 080 수신거부 번호를 안내하지 않은 업체 12곳에 과태료를 물렸다.\n\n" +
    "시 관계자는 앞으로도 단속을 이어가겠다고 말했다.\n";
  const r = convertFile(Buffer.from(text), "page.txt", ctx);
  if ("skip" in r) throw new Error(r.skip);
  assert.equal(r.article.paragraphs.length, 3);
  assert.equal(r.article.paragraphs[2], "시 관계자는 앞으로도 단속을 이어가겠다고 말했다.");
});

/** A desk column as a page copy gives it (invented): its headline, optionally with the writer after a slash. */
const deskColumn = (headline: string, byline?: string) =>
  [
    headline,
    "",
    "입력 2026-08-21 17:05",
    ...(byline ? [byline] : []),
    "",
    "가람전자가 스마트폰 사업을 다시 키우겠다고 나섰다. 회사는 지난달 투자자 설명회에서 접는 폰 신제품을 두 종 내놓겠다고 했다.",
    "",
    "쉽지 않은 길이다. 점유율은 3년째 뒷걸음질했고 중저가 시장에서는 중국 업체에 밀리고 있다.",
    "",
    "이번 승부수가 통할지는 첫 제품이 나오는 내년 봄에 가려질 것이다.",
    "",
    "ⓒ 다온신문 무단전재 및 재배포 금지",
    "",
  ].join("\n");

test("a desk column signed with a desk title (`… /홍길동 산업부장`, `경제부 차장`, `부장`) gives headline and byline, on the headline line or on its own line under the date", () => {
  const title = "[데스크 시각] 가람전자의 스마트폰 재도전, 이번엔 다를까";
  const cases: [string, string | undefined, string][] = [
    [`${title} /윤서진 산업부장`, undefined, "산업부장"],
    [`${title} /윤서진 경제부 차장`, undefined, "경제부 차장"],
    [`${title} /윤서진 부장`, undefined, "부장"],
    [`${title} /윤서진 편집국 부국장`, undefined, "편집국 부국장"],
    [title, "윤서진 산업부장", "산업부장"],
    [title, "윤서진 디지털뉴스 데스크", "디지털뉴스 데스크"],
  ];
  for (const [head, byline, role] of cases) {
    const r = convertFile(Buffer.from(deskColumn(head, byline)), "desk.txt", ctx);
    assert.ok(!("skip" in r), head);
    assert.equal(r.article.meta.title, title, head);
    assert.deepEqual(r.article.meta.reporters, [{ name: "윤서진", role }], head);
    assert.equal(r.article.meta.subtitle, undefined, head);
    assert.deepEqual(r.article.meta.captions, [], head);
    assert.ok(r.article.paragraphs[0].startsWith("가람전자가 스마트폰"), head);
  }
});

test("a role ending in 부장 glued to a word (`운영본부장`) names no 부장 called by the word before it", () => {
  const text = [
    "가나항 자동화 부두 개장",
    "입력 2026-08-21 17:05",
    "한솔 기자",
    "가나항에 자동화 부두가 문을 열었다. 첫날 컨테이너 3천 개를 처리했다고 항만공사는 밝혔다.",
    "[인터뷰:서민재/가나항만공사 운영본부장]",
    "처리 속도가 기존 부두보다 두 배 빨라질 것으로 기대합니다.",
    "",
  ].join("\n");
  const r = convertFile(Buffer.from(text), "port.txt", ctx);
  assert.ok(!("skip" in r));
  assert.deepEqual(
    r.article.meta.reporters.map((x) => x.name),
    ["한솔"],
  );
});
