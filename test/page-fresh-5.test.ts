/**
 * Page copies from outlets new to the corpus, written by our tester in their pages' shapes
 * (test/fixtures/fresh-pages-5/, invented text; 02 and 09 are CP949), each read as the user wrote
 * down before any run: a stamp line that also prints the issue and page numbers (`승인 … |
 * 발행호수 … | 면수 …`), a page that prints only its 최종수정 stamp (no date), a bare slashed day under the
 * headline with an English theme's `by 홍길동` byline, its share buttons as letters (`f t in`), a
 * tag line and a `Related posts` box after the text, a send-button share toolbar (`SNS
 * 기사보내기`), a section label under the headline, a broadcast transcript's bare segment labels
 * (`앵커멘트`, `기자리포트`), an interview's speaker beside or under its mark, a sign-off whose outlet
 * holds a digit, a table copied with tabs between its cells, a magazine's first paragraph under
 * its photo's caption. Each file goes through the importer's own conversion.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { convertFile, createImportContext } from "../src/import/index.ts";
import { isFurnitureLine } from "../src/parse/reader/furniture.ts";
import { findCompanies } from "../src/entities/find-companies.ts";
import { cleanText } from "../src/decode/clean.ts";
import { assertPageReads, fixturePages, type PageWant } from "./helpers.ts";

const ctx = createImportContext();
const page = fixturePages("fresh-pages-5", ctx);
const FIXTURES = path.join(import.meta.dirname, "fixtures", "fresh-pages-5");

const WANT: Record<string, PageWant> = {
  "02_incheonilbo_cp949.txt": {
    title: "인천 제2공항철도 민자적격성 통과…2031년 개통 목표",
    outlet: "인천일보",
    date: "2026-09-03T06:00:00+09:00",
    reporters: ["이준혁"],
    deck: "인천국제공항~인천역 18.2㎞ 연결…총사업비 1조1천억",
    captions: [{ text: "제2공항철도 노선도.", credit: "인천시" }],
    first: "인천국제공항과 인천 원도심을 잇는 제2공항철도 사업이 민자적격성 조사를 통과했다.",
    last: '다만 지역 시민단체인 인천교통시민연대 박소연 사무국장은 "운임이 기존 공항철도보다 비싸지면 이용객이 외면할 수 있다"고 지적했다.',
    furniture: ["발행호수", "면수", "공유하기", "▲"],
    people: ["유정복", "박소연"],
  },
  "04_g1_broadcast.txt": {
    title: "강릉 안반데기 배추값 '반토막'…농가 \"생산비도 못 건져\"",
    outlet: "G1강원민방",
    date: "2026-08-27T20:12:00+09:00",
    reporters: ["최은비"],
    captions: [],
    // A page copy keeps a transcript's speaker marks in front of the turn they open; an
    // interview's speaker, named on the line under its mark, goes with the quote.
    first:
      "[앵커] 고랭지 배추 주산지인 강릉 안반데기의 배추값이 지난해의 절반 수준으로 떨어졌습니다.",
    last: '[인터뷰] 이정화 / 강원도 농정국장 "수급 상황을 매일 점검해 격리 물량을 정하겠습니다."',
    furniture: ["최은비입니다", "영상취재", "VOD 다시보기", "이전글"],
    people: ["김석만", "이정화"],
  },
  "05_sisaweek_longheadline.txt": {
    title:
      "[기업분석] '3년 연속 적자'에도 배당은 늘렸다…코스닥 상장 게임사 '누리플레이', 오너 일가 지분 늘리는 사이 소액주주는 떠났다, 감사보고서 '계속기업 불확실성' 문구까지 붙은 이유는",
    outlet: "시사위크",
    date: "2026-05-21T11:03:00+09:00",
    reporters: ["고은솔"],
    captions: [
      {
        text: "누리플레이가 3년 연속 영업손실을 내고도 배당 규모를 늘린 것으로 나타났다.",
        credit: "누리플레이 홈페이지 갈무리",
      },
    ],
    first:
      "코스닥 상장 게임사 누리플레이가 3년 연속 적자를 냈지만 배당금은 오히려 늘린 것으로 확인됐다.",
    last: '하지만 증권가의 시각은 엇갈린다. 한 증권사 연구원은 "적자 기업의 배당은 결국 현금을 대주주에게 옮기는 효과가 크다"고 말했다.',
    furniture: ["기사보내기", "다른 공유 찾기"],
    people: ["서동규"],
  },
  "07_kns_wire.txt": {
    title: "경남 창원시, '방산 부품 국산화 펀드' 500억 조성",
    outlet: "KNS뉴스통신",
    // Only a modification time is printed: no publication date, and none is invented (the
    // labelling rules: 수정 times are not dates).
    date: null,
    reporters: ["배진호"],
    captions: [
      {
        text: "1일 창원시청에서 열린 방산 부품 국산화 펀드 협약식에서 참석자들이 기념촬영하고 있다.",
        credit: "창원시",
      },
    ],
    first:
      "경남 창원시가 방위산업 중소 협력사의 부품 국산화를 돕기 위해 500억 원 규모의 펀드를 만든다.",
    last: '창원산업진흥원 윤태식 원장은 "올해 안에 운용사를 뽑아 내년 상반기부터 투자를 시작하겠다"고 설명했다.',
    furniture: ["최종수정", "KNS뉴스통신=", "다른 기사"],
    people: ["홍남표", "윤태식"],
  },
  "08_bylinenetwork_english.txt": {
    title: "세일즈포스 대항마 노린다…국산 CRM '오픈세일즈', 시리즈B 350억 유치",
    outlet: "바이라인네트워크",
    // The page prints the day alone: no time of day is invented.
    date: "2026-07-09",
    reporters: ["문하린"],
    captions: [{ text: "오픈세일즈 구민재 대표", credit: "오픈세일즈" }],
    first:
      "국산 고객관계관리(CRM) 소프트웨어 기업 오픈세일즈가 350억 원 규모의 시리즈B 투자를 유치했다.",
    last: '구 대표는 "내년 말까지 연간 반복매출(ARR) 300억 원을 넘기는 것이 목표"라고 덧붙였다.',
    furniture: [
      "f t in",
      "문하린 기자",
      "Tags",
      "Related posts",
      "AI 에이전트 시대의 CRM",
      "Subscribe",
    ],
    people: ["구민재"],
  },
  "09_mudeung_cp949.txt": {
    // 광주·전남 경제 under the headline is a section label, no deck; the photo line between the
    // text and the byline is the caption, no last paragraph.
    title: '광주 AI 집적단지 2단계 예타 통과…"데이터센터 3곳 더"',
    outlet: "무등일보",
    date: "2026-06-15T18:30:00+09:00",
    reporters: ["김도윤"],
    captions: [{ text: "광주 북구 첨단3지구 국가 AI 데이터센터 전경.", credit: "광주시" }],
    first: "인공지능(AI) 중심 산업융합 집적단지 조성 2단계 사업이 예비타당성조사를 통과했다.",
    last: '지역 경제계도 반겼다. 광주상공회의소 한상원 회장은 "청년들이 광주에서 일자리를 찾을 수 있는 계기가 될 것"이라고 평가했다.',
    furniture: ["광주·전남 경제", "광주시 제공"],
    people: ["강기정", "한상원"],
  },
  "10_foodbeverage_table.txt": {
    title: "생수 시장 '가격 전쟁'…PB 생수 점유율 30% 돌파",
    outlet: "식품음료신문",
    date: "2026-04-08T12:00:00+09:00",
    reporters: ["최수아"],
    captions: [],
    first: "편의점과 대형마트의 자체 브랜드(PB) 생수가 처음으로 시장 점유율 30%를 넘어섰다.",
    last: "롯데칠성음료는 이달부터 아이시스 2ℓ 제품 가격을 8% 내렸다.",
    furniture: ["공유 인쇄 글자크기", "관련기사", "탄산수 시장"],
    people: [],
  },
  "11_cjb_broadcast.txt": {
    title: "충북 오송 바이오 2차 산단, 'K-바이오 특구' 지정…기업 40곳 유치 목표",
    outlet: "CJB청주방송",
    date: "2026-03-12T19:35:00+09:00",
    reporters: ["남궁혜린"],
    captions: [],
    first: "오송 바이오 2차 산업단지가 정부의 첨단바이오 특구로 지정됐습니다.",
    last: "충북도는 2029년까지 기반 시설 공사를 마치고 입주 기업 40곳, 일자리 5천 개를 만든다는 계획입니다.",
    furniture: ["앵커멘트", "기자리포트", "영상취재", "남궁혜린입니다"],
    people: ["김영환"],
  },
};

test("each fresh page reads as its user expected: headline, outlet, date, reporters, deck, captions, body", () => {
  for (const [file, want] of Object.entries(WANT)) assertPageReads(page(file), want, file);
});

test("stamp lines: issue and page numbers beside 승인, a lone 최종수정, a bare slashed day", () => {
  const { parseDateLine } = ctx.parse.words.dates;
  assert.equal(parseDateLine("최종수정 2026-10-01 16:48"), "2026-10-01T16:48:00+09:00");
  assert.equal(parseDateLine("2026/07/09"), "2026-07-09T00:00:00+09:00");
});

test("furniture: share buttons as send buttons and as letters; English theme boxes end the text", () => {
  const { furniture } = ctx.parse;
  for (const line of [
    "SNS 기사보내기",
    "페이스북(으)로 기사보내기 트위터(으)로 기사보내기",
    "다른 공유 찾기",
    "f t in",
  ])
    assert.ok(isFurnitureLine(line, furniture), line);
  // A headline that merely mentions a network is no toolbar.
  assert.ok(!isFurnitureLine("페이스북, 기사 보내기 기능 없앤다", furniture));
  // A byline with its address glued after the bracket is a whole byline line, cut off the text.
  const cut = ctx.parse.words.bylines.cutTrailingByline("<홍길동 기자>hong@gana.kr");
  assert.deepEqual([cut.text, cut.reporters.map((r) => r.name)], ["", ["홍길동"]]);
});

test("a monthly's issue line is no headline, and its 글 … · 사진 … credit line no deck", () => {
  const a = page("06_forbeskorea_magazine.txt");
  assert.equal(
    a.meta.title,
    "\"우리는 '두부'로 미국을 이겼다\" — 콩플러스 정다인 대표의 #K-푸드 3.0 실험 🌱",
  );
  assert.equal(a.meta.subtitle, "무명 스타트업에서 연매출 1,800억 원…월마트 입점 2년 만의 반전");
  assert.equal(a.meta.date, "2026-11-28T07:00:00+09:00");
  // The magazine's own line names it; its reporters' mail is the publishing group's.
  assert.equal(a.meta.outlet, "포브스코리아");
  assert.deepEqual(
    a.meta.reporters.map((r) => r.name),
    ["한재원"],
  );
  // The photo's one caption is the credited line; the scene under it opens the text.
  assert.deepEqual(
    a.meta.captions?.map((c) => c.text),
    ["콩플러스 정다인 대표가 경기도 평택 공장에서 두부 생산 라인을 설명하고 있다."],
  );
  assert.equal(
    a.paragraphs[0],
    "경기도 평택의 한 공장. 하루 40만 모의 두부가 이곳에서 만들어져 미국 서부로 향한다.",
  );
  const { furniture } = ctx.parse;
  for (const line of ["2026년 12월호", "가나매거진 2026.12월호", "COVER STORY"])
    assert.ok(isFurnitureLine(line, furniture), line);
  assert.deepEqual(ctx.parse.words.bylines.writtenByLine("글 홍길동 기자 · 사진 김철수 기자"), [
    { name: "홍길동" },
  ]);
});

test("a last paragraph signed by its reporter, set apart above the copyright, stays text: only a photo credit makes a caption", () => {
  for (const signed of [
    "두 번째 문단이다. 홍길동 기자 hong@gana.kr",
    "두 번째 문단이다. 홍길동 기자",
  ]) {
    const text = [
      "가나일보",
      "",
      "한빛전자, 청주에 배터리 공장",
      "입력 2026.11.02 09:00",
      "",
      "한빛전자가 청주에 배터리 공장을 짓는다고 2일 밝혔다. 투자액은 1조 원이다.",
      "",
      signed,
      "",
      "ⓒ 가나일보 무단전재 및 재배포 금지",
      "",
    ].join("\n");
    const c = convertFile(Buffer.from(text, "utf8"), "signed.txt", ctx);
    assert.ok(!("skip" in c), signed);
    assert.deepEqual(c.article.meta.captions ?? [], [], signed);
    assert.equal(c.article.paragraphs.at(-1), "두 번째 문단이다.", signed);
    assert.deepEqual(
      c.article.meta.reporters.map((r) => r.name),
      ["홍길동"],
      signed,
    );
  }
});

test("a table copied with tabs between its cells keeps its rows as rows, and its source line as text", () => {
  const a = page("10_foodbeverage_table.txt");
  const at = a.paragraphs.indexOf("2026년 1분기 생수 브랜드별 점유율 (단위: %)");
  assert.ok(at > 0);
  assert.deepEqual(a.paragraphs.slice(at + 1, at + 3), [
    [
      "| 브랜드 | 2025년 1분기 | 2026년 1분기 | 증감 |",
      "| 제주삼다수 | 40.2 | 37.5 | -2.7 |",
      "| PB 생수 합계 | 26.8 | 31.4 | +4.6 |",
      "| 아이시스 | 11.3 | 10.1 | -1.2 |",
      "| 백산수 | 8.0 | 7.6 | -0.4 |",
      "| 기타 | 13.7 | 13.4 | -0.3 |",
    ].join("\n"),
    "자료: 마켓링크",
  ]);
  // A tab that indents a line or ends it is a space; only a tab between two cells is kept.
  assert.equal(cleanText("\t가나\t\t다라\t\n마 \t바"), " 가나\t다라\n마  바");
});

test("an interview's speaker, named beside its mark or under it, opens the quote; a sign-off naming a digit outlet goes", () => {
  const a = page("11_cjb_broadcast.txt");
  assert.ok(
    a.paragraphs.includes(
      '[인터뷰] 김영환 / 충북지사 "오송을 세계 3대 바이오 클러스터로 키우겠습니다."',
    ),
  );
  assert.ok(!a.paragraphs.includes("인터뷰 : 김영환 / 충북지사"));
  const b = page("04_g1_broadcast.txt");
  assert.ok(
    b.paragraphs.includes(
      '[인터뷰] 김석만 / 안반데기 작목반장 "올해는 10kg 한 망에 5천 원도 안 나와요. 비료값, 인건비 빼면 남는 게 없습니다."',
    ),
  );
  assert.ok(!b.paragraphs.some((p) => p.includes("최은비입니다")));
  const { speakerNamed, speakerWho } = ctx.parse.words;
  assert.equal(speakerNamed.exec("인터뷰 : 홍길동 / 가나시장")?.[3], "홍길동 / 가나시장");
  assert.equal(speakerNamed.exec("[인터뷰] 홍길동/가나시 주민")?.[3], "홍길동/가나시 주민");
  // A sentence with a slash is no speaker line.
  assert.ok(!speakerWho.test("홍길동 / 가나시장은 말했다."));
});

test("an outlet the dictionary does not know, named by the page's copyright notice, outranks its reporters' e-mail domain", () => {
  // The magazine of 06 under a name no dictionary holds: its reporter still writes from the
  // publishing group's domain, which the dictionary knows.
  const text = readFileSync(path.join(FIXTURES, "06_forbeskorea_magazine.txt"), "utf8")
    .replaceAll("포브스코리아", "가나먼슬리")
    .replaceAll("Forbes Korea", "Gana Monthly");
  const c = convertFile(Buffer.from(text, "utf8"), "gana.txt", ctx);
  assert.ok(!("skip" in c));
  assert.equal(c.article.meta.outlet, "가나먼슬리");
  assert.deepEqual(c.warnings, [
    '매체 "가나먼슬리"이(가) 매체 사전(outlets)에 없습니다: 쪽에 적힌 대로 둡니다',
  ]);
});

test("discovery: a name the company mark closes is whole, and a particle is cut where the text writes the stem alone", () => {
  const names = (t: string) => findCompanies(t).map((c) => c.name);
  const text = page("02_incheonilbo_cp949.txt").paragraphs.join("\n");
  assert.ok(names(text).includes("서해철도"));
  assert.ok(!names(text).includes("서해철"));
  assert.deepEqual(names("㈜서해철도가 참여했다. 서해철도 컨소시엄이다."), ["서해철도"]);
  assert.deepEqual(names("가나전자가 공장을 짓는다."), ["가나전자"]);
});
