/**
 * Page copies from 14 outlets new to the corpus, written by our tester in their pages' shapes
 * (test/fixtures/fresh-pages-4/, invented text; 02 and 14 are CP949, 07 a saved HTML page), each
 * read as the user wrote down before any run: a site's whole top menu on one line above the
 * headline, a magazine's kicker alone in brackets and its issue line, a short lead sentence under
 * the byline, two bylines on one line, a bureau's place before the reporter's name, broadcast
 * transcripts with a sign-on and crew credits, caption credits in brackets and after a slash, an
 * uncredited caption above the text, footnotes on where the article ran, a font-size menu's sample
 * text. Each file goes through the importer's own conversion.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { implausibleFields } from "../src/import/guards.ts";
import { createImportContext } from "../src/import/index.ts";
import { assertPageReads, fixturePages, type PageWant } from "./helpers.ts";
import { isFurnitureLine } from "../src/parse/reader/furniture.ts";

const ctx = createImportContext();
const page = fixturePages("fresh-pages-4", ctx);

const WANT: Record<string, PageWant> = {
  "01_busan.txt": {
    title: '해운대 리조트 개발에 3000억 투입…동백건설 "2028년 준공"',
    outlet: "부산일보",
    date: "2026-11-24T17:42:10+09:00",
    reporters: ["김수진"],
    deck: '"부산 관광 지도 바꿀 것"…지역 금융권 PF 참여',
    captions: [
      {
        text: "24일 부산 해운대구청에서 열린 협약식에서 박영철 동백건설 대표(왼쪽)와 해운대구 관계자가 기념촬영을 하고 있다.",
        credit: "동백건설",
      },
    ],
    first: "부산 향토 건설사 동백건설이 해운대 미포 일대에 3000억 원 규모의 복합 리조트를 짓는다.",
    last: "다만 환경단체는 해안 경관 훼손을 우려하고 있다. 해운대구는 내년 1월 주민설명회를 열어 의견을 듣기로 했다.",
    furniture: ["가나다라", "글자크기", "URL복사"],
  },
  "02_maeil.txt": {
    title: "구미 부품사 한빛정밀, 2차전지 장비 수주 1200억…창사 이래 최대",
    outlet: "매일신문",
    date: "2026-11-30T14:20:00+09:00",
    reporters: ["이정훈"],
    deck: "미국 배터리 공장에 전극 공정 장비 공급",
    captions: [{ text: "경북 구미국가산업단지 한빛정밀 공장 전경.", credit: "한빛정밀" }],
    first: "경북 구미의 자동화 장비 제조사 한빛정밀이 창사 이래 최대 규모의 수주를 따냈다.",
    last: "구미시는 이번 수주로 300명 안팎의 신규 고용이 생길 것으로 기대하고 있다.",
    furniture: [],
    people: ["정상우"],
  },
  "03_daejeon.txt": {
    title: "대덕특구 스타트업 '큐빗랩', 양자센서로 시리즈B 450억 유치",
    outlet: "대전일보",
    date: "2026-12-01T18:30:00+09:00",
    reporters: ["김민재", "박소연"],
    captions: [
      {
        text: "큐빗랩 연구원이 대전 본사 실험실에서 양자센서 시제품을 점검하고 있다.",
        credit: "큐빗랩",
      },
    ],
    first:
      "대덕연구개발특구에 본사를 둔 양자기술 스타트업 큐빗랩이 450억원 규모의 시리즈B 투자를 유치했다.",
    last: "대전시는 큐빗랩을 '대전형 유니콘' 후보 기업으로 지정하고 공공 실증 사업을 지원할 방침이다.",
    furniture: ["김민재 기자 · 박소연 기자", "관련기사"],
  },
  "04_kyeongin.txt": {
    // The correction notice above the headline opens the text and its note closes it: a
    // reader's information, kept (the user expected it kept, never taken as the headline).
    title: "송도 바이오 공장 증설 3500억 투자…인천 바이오클러스터 고용 1천명 늘어",
    outlet: "경인일보",
    date: "2026-11-27T12:31:00+09:00",
    reporters: ["김태우"],
    captions: [{ text: "셀리온바이오로직스 송도 제3공장 조감도.", credit: "셀리온바이오로직스" }],
    first:
      "[바로잡습니다] 본지 11월 27일자 6면 '송도 바이오 공장 증설' 기사에서 투자 규모를 '5000억원'으로 보도했으나 '3500억원'이기에 바로잡습니다.",
    last: "※ 이 기사는 11월 28일 오전 10시 투자 규모를 바로잡았습니다.",
    furniture: ["조감도", "셀리온바이오로직스 제공"],
    people: ["한경수"],
  },
  "05_zdnet.txt": {
    title: "누리반도체, 3분기 영업익 흑자전환…HBM 검사장비 매출 2배",
    outlet: "지디넷코리아",
    date: "2026-11-12T10:15:00+09:00",
    reporters: ["정다은"],
    deck: '장비 3종 분기 매출 표로 보니…"내년 설비투자 회복 기대"',
    captions: [{ text: "누리반도체 경기 화성 본사.", credit: "누리반도체" }],
    first: "반도체 검사장비 업체 누리반도체가 3분기 흑자 전환에 성공했다.",
    last: '이정민 누리반도체 대표는 "내년에는 고객사 설비투자가 회복될 것으로 본다"고 말했다.',
    furniture: ["홈&모바일", "카테고리", "관련기사", "이시각 헤드라인"],
  },
  "06_bloter.txt": {
    title: "'카톡 대항마' 노리던 톡톡플러스, 서비스 종료…이용자 데이터 내년 1월 삭제",
    outlet: "블로터",
    date: "2026-10-08T09:03:00+09:00",
    reporters: ["황지원"],
    deck: '출시 3년 만에 철수…모회사 다온소프트 "B2B 메신저 집중"',
    captions: [{ text: "톡톡플러스 앱 종료 안내 화면.", credit: "다온소프트" }],
    first: "메신저 앱 톡톡플러스가 출시 3년 만에 문을 닫는다.",
    last: "업계에서는 국내 메신저 시장에서 카카오톡의 점유율이 90%를 넘는 구조가 굳어졌다는 분석이 나온다.",
    furniture: [],
  },
  "07_thebell.html": {
    title: "[IPO 모니터]에이치마린, 코스닥 상장 예비심사 청구…몸값 5000억 노린다",
    outlet: "더벨",
    date: "2026-11-18T08:05:00+09:00",
    reporters: ["최윤서"],
    deck: "선박 친환경 설비 전문…대표주관 미래에셋증권",
    captions: [
      {
        text: "에이치마린 거제 공장에서 선박용 배기가스 정화장치를 조립하고 있다.",
        credit: "출처: 에이치마린 홈페이지",
      },
    ],
    first:
      "선박용 친환경 설비 업체 에이치마린이 코스닥 상장 예비심사를 청구했다. 시장에서 거론되는 기업가치는 5000억원 안팎이다.",
    last: "회사는 공모 자금을 암모니아 추진선 설비 개발에 쓸 계획이다.",
    furniture: ["표출된 기사"],
  },
  "08_bizwatch.txt": {
    // The outlet dictionary's name for 비즈니스워치.
    title: '한결생명 3분기 순익 31% 급감…"IFRS17 가정 변경 탓"',
    outlet: "비즈워치",
    date: "2026-11-14T11:20:00+09:00",
    reporters: ["조현석"],
    deck: 'CSM은 늘어…"본업 경쟁력은 유지"',
    captions: [],
    first: "한결생명의 3분기 순이익이 크게 줄었다.",
    last: '금융감독원 관계자는 "보험사들의 가정 변경이 실적 변동을 키우고 있어 점검하고 있다"고 말했다.',
    furniture: ["[보험 리포트]", "많이 본 기사"],
  },
  "09_newspim.txt": {
    title:
      "[단독] \"배터리 재활용으로 니켈 40% 자급\"…그린사이클, 울산에 2조 규모 리튬·니켈 통합 회수 단지 짓는다, 2030년 연 10만톤 처리 목표에 현대차·포스코 공급계약 검토까지 '전방위'",
    outlet: "뉴스핌",
    date: "2026-11-20T06:00:00+09:00",
    reporters: ["배성민"],
    captions: [],
    first: "배터리 재활용 업체 그린사이클이 울산에 2조원을 들여 리튬·니켈 통합 회수 단지를 짓는다.",
    last: '강도윤 그린사이클 대표는 "원료를 수입에 의존하는 구조를 바꾸겠다"고 말했다.',
    furniture: [],
  },
  "10_jtbc.txt": {
    // A page copy keeps a transcript's speaker marks as written (the web gold's rule).
    title: '"새벽배송 기사 과로사"…쿠팡식 물류 경쟁에 택배노조 파업 예고',
    outlet: "JTBC",
    date: "2026-12-01T20:14:00+09:00",
    reporters: ["이수민"],
    captions: [],
    first: "[앵커] 새벽배송을 하던 택배기사가 숨진 채 발견되면서 택배노조가 파업을 예고했습니다.",
    last: '빠른날개로지스는 "유족과 협의하고 있으며 근무 체계를 점검하겠다"고 했습니다.',
    furniture: ["이수민 기자입니다", "영상디자인", "기사 더보기"],
    people: ["최정식"],
  },
  "11_obs.txt": {
    title: "판교 게임사 별빛엔터, 신작 흥행에 시가총액 1조 돌파",
    outlet: "OBS",
    date: "2026-11-26T19:45:00+09:00",
    reporters: ["한재희"],
    captions: [],
    first: "<앵커> 판교의 중견 게임사가 신작 흥행에 힘입어 시가총액 1조 원을 넘어섰습니다.",
    last: "증권가는 이 게임의 연 매출이 2천억 원을 넘을 것으로 보고 있습니다.",
    furniture: ["영상취재", "박준영", "한재희입니다", "[OBS 뉴스]"],
    people: ["문지호"],
  },
  "12_economist.txt": {
    title: "식품 기업 '해담푸드'는 어떻게 라면 수출 1위가 됐나",
    outlet: "이코노미스트",
    date: "2026-11-21T07:00:00+09:00",
    reporters: ["송예린"],
    deck: "K-라면 열풍 뒤의 숨은 강자…매출 70%가 해외서",
    captions: [
      {
        text: "충북 음성의 라면 공장. 해담푸드는 이곳에서 생산하는 라면의 70%를 50개국에 수출한다.",
      },
      { text: "해담푸드 유재형 회장.", credit: "해담푸드" },
    ],
    first: "라면 시장의 강자는 흔히 대형 식품사로 꼽히지만, 수출 통계를 보면 이야기가 다르다.",
    last: "해담푸드는 내년 미국 텍사스에 첫 해외 공장을 세운다.",
    furniture: ["1862호", "[사진 해담푸드]", "실렸습니다", "Company Focus", "유재형 회장."],
    people: ["유재형"],
  },
  "13_theguru.txt": {
    title: "[단독] 태양에너지, 베트남 해상풍력 하부구조물 3억 달러 수주 임박",
    outlet: "더구루",
    date: "2026-11-10T10:20:00+09:00",
    reporters: ["하민준"],
    captions: [],
    first: "태양에너지가 베트남 해상풍력 사업의 하부구조물 공급 계약을 눈앞에 뒀다.",
    last: '김성호 태양에너지 부사장은 현지 언론에 "아시아 해상풍력 시장의 교두보가 될 것"이라고 말했다.',
    furniture: [],
  },
  "14_yakup.txt": {
    title: '동명제약, 비만치료제 임상 2상 성공…"체중 14% 감소"',
    outlet: "약업신문",
    date: "2026-11-05T10:34:00+09:00",
    reporters: ["이유진"],
    deck: "주사 아닌 먹는 약…내년 3상 진입",
    captions: [{ text: "DM-301 임상 2상 결과 그래프.", credit: "동명제약" }],
    first: "동명제약이 개발 중인 먹는 비만치료제가 임상 2상에서 체중 감소 효과를 확인했다.",
    last: "동명제약은 내년 상반기 글로벌 3상에 들어갈 계획이다.",
    furniture: [],
  },
};

test("each fresh page reads as its user expected: headline, outlet, date, reporters, deck, captions, body", () => {
  for (const [file, want] of Object.entries(WANT)) assertPageReads(page(file), want, file);
});

test("a site's whole top menu on one line is furniture, and the import warns when it is the headline", () => {
  const { furniture } = ctx.parse;
  const bar = "홈 IT 홈&가전 카테고리 인터넷 반도체ㆍ소재 게임 중기&벤처 유통 금융 과학 방송·통신";
  assert.ok(isFurnitureLine(bar, furniture));
  assert.match(
    implausibleFields({ title: bar, reporters: [] }, ctx.parse)[0] ?? "",
    /메뉴나 버튼 줄처럼 보입니다/,
  );
  // A long headline has figures or punctuation; a sentence of section words is no menu.
  for (const line of [
    "정부 금융 유통 과학 게임 산업 지원 2조 투입",
    "금융 유통 과학 게임 업계가 함께 만든 상생 협의체 출범했다.",
  ])
    assert.ok(!isFurnitureLine(line, furniture), line);
});

test("bylines: two whole bylines on one line name both; a bureau's place before the name is no reporter", () => {
  const { bylines } = ctx.parse.words;
  for (const line of ["홍길동 기자 · 김영희 기자", "홍길동 기자, 김영희 기자"]) {
    assert.ok(bylines.isBylineLine(line), line);
    assert.deepEqual(bylines.cutTrailingByline(line).reporters, [
      { name: "홍길동" },
      { name: "김영희" },
    ]);
  }
  assert.deepEqual(bylines.cutTrailingByline("안동 홍길동 기자").reporters, [{ name: "홍길동" }]);
  // The places are the lexicon's, of any length, before a name of any length.
  for (const [line, name] of [
    ["서울 정욱 특파원", "정욱"],
    ["도쿄 정욱 특파원", "정욱"],
    ["전주시 홍길동 기자", "홍길동"],
    ["경기도 홍길동 기자", "홍길동"],
    ["워싱턴 김영희 특파원", "김영희"],
  ])
    assert.deepEqual(
      bylines.cutTrailingByline(line).reporters.map((r) => r.name),
      [name],
      line,
    );
  // A reporter's two-syllable name before another's is no place: both reporters stay.
  assert.deepEqual(bylines.cutTrailingByline("정욱 이진명 기자").reporters, [
    { name: "정욱" },
    { name: "이진명" },
  ]);
  // Two reporters of one byline, no place: both stay.
  assert.deepEqual(bylines.cutTrailingByline("홍길동·김영희 기자").reporters, [
    { name: "홍길동" },
    { name: "김영희" },
  ]);
});

test("furniture: a kicker alone in brackets, an issue line, a font-size sample, footnotes and crew credits", () => {
  const { furniture } = ctx.parse;
  for (const line of ["가나위클리 1862호 (2026.11.23)", "제917호", "가나다라"])
    assert.ok(isFurnitureLine(line, furniture), line);
  assert.ok(!isFurnitureLine("가나다라 순으로 정렬했다.", furniture));
  // The kicker is the headline's label, never the headline; the issue line is no deck.
  assert.equal(
    page("12_economist.txt").meta.title,
    "식품 기업 '해담푸드'는 어떻게 라면 수출 1위가 됐나",
  );
});
