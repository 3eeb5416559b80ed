/**
 * Page copies (text) from outlets new to the corpus, written by our tester in their pages' shapes
 * (test/fixtures/fresh-pages-6/, invented text; 01 and 10 are CP949), each read as the user wrote
 * down before any run: a photo caption credited in angle brackets (`<가나시 제공>`) or with a
 * magazine's `ⓒ사진 … 기자` above the text, a broadcaster's byline with its channel names in front,
 * an opinion column's writer with affiliation and role (printed again above the text), a glued
 * reaction counter (`타임톡5`, `공감34`), an internet outlet's two-digit-year stamp with an `l` for a
 * bar and its writers' site accounts (`홍길동(gildong)`); after the text a syndication note, a
 * most-read box under the outlet's name, a hashtag line, a reporter's `다른기사 보기` link, a
 * `키워드` box and a bracketed related box after a correction notice (which stays). Each file goes
 * through the importer's own conversion.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { bodyToMarkdown, markdownToText } from "../src/core/article.ts";
import { convertFile, createImportContext } from "../src/import/index.ts";
import { findCompanies } from "../src/entities/find-companies.ts";
import { isFurnitureLine } from "../src/parse/reader/furniture.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { assertPageReads, fixturePages, type PageWant } from "./helpers.ts";

const ctx = createImportContext();
const page = fixturePages("fresh-pages-6", ctx);

const WANT: Record<string, PageWant> = {
  "01_kwangju_regional_cp949.txt": {
    title: "광주 첨단3지구에 AI 반도체 검증센터 들어선다",
    outlet: "광주일보",
    date: "2025-03-11T19:30:00+09:00",
    reporters: ["박소윤"],
    deck: "광주시·한빛반도체 1200억 투자 협약…2027년 가동 목표",
    captions: [
      {
        text: "광주시와 ㈜한빛반도체가 11일 광주시청 비즈니스룸에서 인공지능(AI) 반도체 검증센터 설립 투자협약을 맺고 기념촬영을 하고 있다.",
        credit: "광주시",
      },
    ],
    first:
      "광주 북구 첨단3지구에 인공지능(AI) 반도체의 성능과 전력 효율을 검증하는 전용 센터가 들어선다.",
    last: "시는 센터가 가동되면 연간 300여개 칩의 검증 수요를 지역에서 소화할 수 있을 것으로 내다봤다.",
    people: ["오형석", "김태준"],
    furniture: ["홈페이지(kwangju.co.kr)에 게재된", "많이 본 뉴스", "특례보증", "다른 기사 보기"],
  },
  "02_knn_broadcast.txt": {
    title: '부산항 신항 완전자동화 부두 첫 선적…"물동량 회복 기대"',
    outlet: "KNN",
    date: "2025-04-22T20:15:00+09:00",
    reporters: ["정다은"],
    captions: [],
    first:
      "[앵커] 부산항 신항에 국내 첫 완전자동화 컨테이너 부두가 문을 열고 첫 선적을 시작했습니다.",
    last: "다만 항만 노조는 자동화로 일자리가 줄어들 수 있다며 고용 보장 대책을 요구하고 있습니다.",
    people: ["박정호", "이수경"],
    furniture: ["#부산항", "KNN 정다은입니다", "영상취재", "관련 뉴스", "진해신항 1단계"],
  },
  "03_electimes_list.txt": {
    title: "한전, 올해 송전망 투자 7조5000억원 확정…서해안 HVDC 착공",
    outlet: "전기신문",
    date: "2025-02-05T14:12:00+09:00",
    reporters: ["양승민"],
    deck: "전력망 특별법 후속 조치…송전선로 주변 지역 보상 확대",
    captions: [{ text: "서해안 HVDC 1단계 구간 조감도.", credit: "한국전력" }],
    first:
      "한국전력이 올해 송전망 투자 규모를 7조5000억원으로 확정하고 서해안 초고압직류송전(HVDC) 1단계 공사에 착수한다.",
    last: "한 전력기기 업체 관계자는 “HVDC 변환설비 국산화율이 아직 50% 수준이어서 국내 기업에 기회가 될 것”이라고 말했다.",
    people: ["최영훈"],
    furniture: ["다른기사 보기", "키워드", "#한국전력", "관련기사"],
  },
  "04_ohmynews_tworeporters.txt": {
    title: '"배달 수수료 9.8% 못 버텨"... 자영업자 200명 국회 앞 집회',
    outlet: "오마이뉴스",
    date: "2025-06-18T17:52:00+09:00",
    reporters: ["김지현", "이도윤"],
    deck: '배달앱 상생협의체 합의 1년... "수수료 부담 오히려 늘었다"',
    captions: [
      {
        text: "18일 오후 서울 영등포구 국회의사당 앞에서 전국가맹점주협의회 회원들이 배달앱 수수료 인하를 촉구하는 손팻말을 들고 있다.",
        credit: "ⓒ 이도윤",
      },
    ],
    first:
      "배달 플랫폼 수수료 인하를 요구하는 자영업자 200여 명이 18일 국회 앞에 모였다. 지난해 배달앱 상생협의체 합의 이후 1년이 지났지만 점주들의 부담은 오히려 커졌다는 주장이다.",
    // The note the user called optional stays: it is the outlet's own line about the reporting.
    last: "덧붙이는 글 | 이 기사는 오마이뉴스 경제팀이 공동 취재했습니다.",
    people: ["정미란", "한상우"],
    furniture: ["공감34", "jihyun", "최종 업데이트", "태그:", "최신기사"],
  },
  "05_weeklychosun_interview.txt": {
    title: "[인터뷰] 문혜린 소담바이오 대표 “마이크로바이옴 신약, 3년 안에 임상 2상 끝낸다”",
    outlet: "주간조선",
    date: "2025-05-09T06:00:00+09:00",
    reporters: ["장서윤"],
    captions: [
      {
        text: "문혜린 소담바이오 대표가 서울 송파구 본사 연구소에서 포즈를 취하고 있다.",
        credit: "ⓒ사진 주간조선 이신영 기자",
      },
    ],
    first:
      "장내 미생물(마이크로바이옴)로 염증성 장질환 치료제를 개발하는 소담바이오가 지난달 코스닥 상장 예비심사를 통과했다. 2019년 창업한 지 6년 만이다. 서울대 약학대학 연구교수 출신인 문혜린 대표를 서울 송파구 본사에서 만났다.",
    last: "“3년 안에 임상 2상을 끝내고 2030년 전에 첫 제품을 내놓는 것이다. 한국에서도 글로벌 신약이 나올 수 있다는 걸 보여주고 싶다.”",
    furniture: ["포즈를 취하고", "이 기사를 공유합니다", "관련기사"],
  },
  "06_newstomato_dateline.txt": {
    title: "정부, 하반기 공공기관 채용 2만6000명…청년 인턴 30% 확대",
    outlet: "뉴스토마토",
    date: "2025-07-03T11:20:15+09:00",
    reporters: ["윤태호"],
    deck: "기재부, 공공기관 채용 계획 발표…지역인재 의무 비율 상향",
    captions: [],
    first:
      "정부가 올해 하반기 공공기관 신규 채용 규모를 2만6000명으로 늘리고 청년 체험형 인턴을 30% 확대하기로 했습니다.",
    last: "정부는 다음 달 공공기관 채용정보 사이트 ‘잡알리오’에서 합동 채용설명회를 온라인으로 엽니다.",
    people: ["박성진"],
    furniture: ["홈페이지에서도 보실 수", "세종=뉴스토마토", "관련기사"],
  },
  "10_joongdo_column_cp949.txt": {
    title: "[중도시평] 대전 스타트업의 '수도권 탈출'을 막으려면",
    outlet: "중도일보",
    date: "2025-11-20T17:10:00+09:00",
    reporters: ["김선영"],
    captions: [],
    first:
      "대전에서 창업한 기술기업 열 곳 가운데 네 곳이 시리즈A 투자를 받은 뒤 3년 안에 본사를 수도권으로 옮긴다는 조사 결과가 나왔다. 대덕연구개발특구라는 든든한 기술 기반을 갖고도 기업을 붙잡지 못하는 현실이 씁쓸하다.",
    last: "기업이 머물 이유를 만드는 것, 그것이 지역 창업 정책의 출발점이자 종착점이어야 한다.",
    furniture: ["창업경영학과 교수", "관련기사", "많이 본 뉴스"],
  },
  "11_mtn_correction.txt": {
    title: '셀트리온, 美 뉴저지 공장 증설에 5천억 투입…"관세 리스크 정면 돌파"',
    outlet: "머니투데이방송",
    date: "2025-12-01T09:41:00+09:00",
    reporters: ["유지민"],
    captions: [{ text: "셀트리온 인천 송도 본사 전경", credit: "셀트리온" }],
    first:
      "[앵커멘트] 셀트리온이 미국 뉴저지 생산공장을 증설하는 데 5천억원을 투입합니다. 미국의 의약품 관세 부과에 대비해 현지 생산 비중을 높이겠다는 전략입니다.",
    // The correction notice is the article's own, and stays.
    last: "※ 바로잡습니다: 본 기사 최초 게재 시 증설 투자액을 '5조원'으로 잘못 표기했습니다. '5천억원'이 맞아 바로잡습니다. (12월 1일 14시 05분 수정)",
    people: ["한도윤"],
    furniture: ["MTN 유지민 기자", "관련기사", "3분기 매출 1조 돌파", "5공장 조기 가동"],
  },
  "12_daum_etoday_portal.txt": {
    title: "\"K-뷰티 인디 브랜드 몸값 뛴다\"…아모레퍼시픽, '루미엘' 2800억에 인수",
    outlet: "이투데이",
    date: "2025-09-23T16:02:00+09:00",
    reporters: ["이다인"],
    captions: [{ text: "아모레퍼시픽 서울 용산 본사", credit: "제공=아모레퍼시픽" }],
    first:
      "아모레퍼시픽이 비건 스킨케어 브랜드 '루미엘'을 운영하는 루미엘코리아를 2800억원에 인수한다. 2023년 코스알엑스 인수에 이어 2년 만의 대형 인디 브랜드 인수다.",
    last: "증권가는 이번 인수가 아모레퍼시픽의 해외 매출 비중을 40% 후반대로 끌어올릴 것으로 내다봤다.",
    people: ["박재하"],
    furniture: ["타임톡", "요약보기", "주요 뉴스"],
  },
};

test("each fresh text page reads as its user expected: headline, outlet, date, reporters, deck, captions, body", () => {
  for (const [file, want] of Object.entries(WANT)) assertPageReads(page(file), want, file);
});

test("a column's writer with affiliation and role is its author, with the role, not a deck", () => {
  assert.deepEqual(page("10_joongdo_column_cp949.txt").meta.reporters, [
    { name: "김선영", role: "한밭대 창업경영학과 교수" },
  ]);
});

test("a photo credit on its own line under a caption is that caption's, before the text or inside it; it ends no article and is no copyright", () => {
  const file = "04_ohmynews_tworeporters.txt";
  const lines = readFileSync(
    path.join(projectRoot, "test", "fixtures", "fresh-pages-6", file),
    "utf8",
  ).split("\n");
  const at = lines.findIndex((l) => l.startsWith("▲"));
  const photo = lines.splice(at, 2);
  assert.equal(photo[1], "ⓒ 이도윤");
  // The same photo after the text's second paragraph, its credit once as ⓒ and once as 사진=.
  const second = lines.findIndex((l) => l.startsWith("전국가맹점주협의회는"));
  for (const credit of ["ⓒ 이도윤", "사진=이도윤"]) {
    const text = [...lines.slice(0, second + 1), photo[0], credit, ...lines.slice(second + 1)];
    const c = convertFile(Buffer.from(text.join("\n")), file, ctx);
    assert.ok(!("skip" in c));
    assert.deepEqual(c.article.meta.captions, [
      { text: photo[0].replace(/^▲\s*/, ""), credit: credit.replace("사진=", "") },
    ]);
    assert.equal(c.article.meta.copyright, "Copyright ⓒ 오마이뉴스 All rights reserved.");
    assert.equal(
      c.article.paragraphs.length,
      page(file).paragraphs.length,
      "no paragraph lost or added",
    );
    assert.ok(!c.article.paragraphs.some((p) => p.includes("이도윤")), credit);
  }
});

test("a reaction counter glued to its button is furniture; a headline with a count is not", () => {
  for (const line of ["타임톡5", "공감34", "좋아요 1,204", "추천 7"])
    assert.ok(isFurnitureLine(line, ctx.parse.furniture), line);
  assert.ok(!isFurnitureLine("공감 34% 넘었다", ctx.parse.furniture));
});

test("stamp: a two-digit year only with a dotted day and a clock; a dotted figure stays text", () => {
  const read = (t: string) => {
    const c = convertFile(Buffer.from(t), "x.txt", ctx);
    assert.ok(!("skip" in c), t);
    return c.article.meta.date;
  };
  const body =
    "가나시가 올해 도서관 세 곳을 새로 짓기로 했다고 5일 밝혔다. 사업비는 모두 120억원이다.";
  assert.equal(
    read(`가나시, 도서관 세 곳 짓는다\n25.06.18 17:52l최종 업데이트 25.06.18 18:10l\n${body}`),
    "2025-06-18T17:52:00+09:00",
  );
  assert.equal(read(`가나시, 도서관 세 곳 짓는다\n홍길동 기자\n${body}`), null);
});

test("a bulleted list of the text stays one list, written as a Markdown list and read back as its items", () => {
  const items = [
    "• 서해안 HVDC 1단계 착공: 2조1000억원",
    "• 동해안~수도권 500kV 송전선로 보강: 1조8000억원",
    "• 변전소 신설·증설 32곳: 1조4000억원",
    "• 배전 지능화(ADMS) 확대: 8000억원",
  ];
  const { paragraphs } = page("03_electimes_list.txt");
  assert.equal(paragraphs[2], "주요 투자 내용은 다음과 같다.");
  assert.equal(paragraphs[3], items.join("\n"));
  const md = bodyToMarkdown(paragraphs.slice(2, 5));
  assert.ok(md.includes(`\n\n- 서해안 HVDC 1단계 착공: 2조1000억원\n- 동해안\\~수도권`), md);
  assert.equal(markdownToText(md), paragraphs.slice(2, 5).join("\n\n"));
  // A paragraph that opens with a dash is text, escaped, and reads back as it was.
  assert.equal(markdownToText(bodyToMarkdown(["- 부제 한 줄"])), "- 부제 한 줄");
});

test("discovery: a company after ㈜, one ending in 파트너스, 바이오, 코리아 or a public corporation's 항만공사; a deputy mayor with a glued duty; an interviewee after the segment's mark", () => {
  const discovered = (file: string) => {
    const a = page(file);
    const text = [...a.paragraphs, ...(a.meta.captions ?? []).map((c) => c.text)].join("\n");
    const d = ctx.entities.discover(text);
    return {
      companies: [...new Set(d.companies.map((c) => c.name))],
      people: [...new Set(d.people.map((p) => `${p.name} ${p.role}`))],
    };
  };
  assert.deepEqual(discovered("01_kwangju_regional_cp949.txt"), {
    companies: ["한빛반도체"],
    people: ["오형석 대표", "김태준 부시장"],
  });
  // 남해스마트터미널 by the interviewee's tag (the person a dictionary's namesake, masked).
  assert.deepEqual(discovered("02_knn_broadcast.txt").companies, [
    "남해스마트터미널",
    "부산항만공사",
  ]);
  assert.deepEqual(discovered("02_knn_broadcast.txt").people, ["이수경 본부장"]);
  assert.deepEqual(discovered("05_weeklychosun_interview.txt").companies, ["소담바이오"]);
  assert.deepEqual(discovered("10_joongdo_column_cp949.txt").companies, [
    "이노웨이브",
    "한국투자파트너스",
  ]);
  assert.deepEqual(discovered("12_daum_etoday_portal.txt").companies, ["루미엘코리아"]);
  // The same tails on ordinary words are no company: a team, a construction site.
  const plain = findCompanies("팀코리아가 이겼다. 신항만공사가 늦어진다. 고속철도공사 현장이다.");
  assert.deepEqual(plain, []);
  // A tag's affiliation is a company only with a corporate title: not a national athlete's team,
  // a ministry, or an institute's head (이사장 holds 사장 but is none).
  const tags = findCompanies(
    "[김가나/양궁 국가대표 : 좋아요.] [이다라/가나교섭 이사장] [박마바/기획재정부 실장] [최사아/가나로지스 운영본부장]",
  ).map((c) => c.name);
  assert.deepEqual(tags, ["가나로지스"]);
});
