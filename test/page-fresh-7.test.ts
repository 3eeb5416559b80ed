/**
 * Page copies from outlets new to the corpus, written by our tester in their pages' shapes
 * (test/fixtures/fresh-pages-7/, invented text; 01 and 10 are CP949, 05 and 09 saved HTML), each
 * read as the user wrote down before any run: a correction notice above the text (it stays), a
 * phone's mobile view, a financial wire's embargo note above its headline and its terminal and
 * inquiry notes under the text, a list typed with `- ` bullets, two reporters, a magazine
 * interview with its issue note under the text, a broadcast transcript, a photo story whose five
 * captions follow its text, a portal's saved page with its machine summary, an opinion column, a
 * portal copy with a two-part stamp and an internet outlet named in English. Each file goes
 * through the importer's own conversion.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { bodyToMarkdown } from "../src/core/article.ts";
import { convertFile, createImportContext } from "../src/import/index.ts";
import { findCompanies } from "../src/entities/find-companies.ts";
import { isFurnitureLine } from "../src/parse/reader/furniture.ts";
import { assertPageReads, fixturePages, type PageWant } from "./helpers.ts";

const ctx = createImportContext();
const page = fixturePages("fresh-pages-7", ctx);

const WANT: Record<string, PageWant> = {
  "01_saejeonbuk_correction_cp949.txt": {
    title: "전주 탄소소재 기업 '한빛카본', 완주에 2공장 착공",
    outlet: "새전북신문",
    date: "2025-04-17T16:42:00+09:00",
    reporters: ["박정운"],
    deck: "연 3천톤 규모 탄소섬유 생산…지역 인재 120명 채용 계획",
    captions: [
      {
        text: "17일 완주 테크노밸리 제2산업단지에서 열린 한빛카본 2공장 착공식에서 최동수 대표(왼쪽 네 번째)와 내빈들이 시삽을 하고 있다.",
        credit: "한빛카본",
      },
    ],
    // The correction notice is the article's own, and stays.
    first:
      "[바로잡습니다] 4월 17일자 '한빛카본, 완주에 2공장 착공' 기사에서 총 투자 규모를 '1천200억원'으로 보도했으나, 회사 확인 결과 '1천500억원'이어서 바로잡습니다.",
    last: "한편 한빛카본은 지난해 매출 870억원, 영업이익 64억원을 기록했다.",
    people: ["최동수", "정미란"],
    furniture: ["다른기사 보기", "많이 본 뉴스", "글씨크기", "URL복사"],
  },
  "02_jemin_mobile.txt": {
    title: "제주 감귤 스타트업 '귤림', 시리즈A 80억 유치",
    outlet: "제민일보",
    date: "2025-05-08T11:20:00+09:00",
    reporters: ["고수진"],
    captions: [
      {
        text: "귤림 직원들이 제주시 애월읍 공장에서 감귤 부산물로 만든 업사이클 원료를 살펴보고 있다.",
        credit: "귤림",
      },
    ],
    first:
      "감귤 껍질 등 부산물을 화장품·식품 원료로 바꾸는 제주 스타트업 귤림이 80억원 규모의 시리즈A 투자를 유치했다.",
    last: '투자를 주도한 한라벤처파트너스 문재훈 상무는 "원료 조달부터 판로까지 지역 안에서 완결되는 구조가 강점"이라고 평가했다.',
    people: ["양은별", "문재훈"],
    furniture: ["BEST 댓글", "다른기사 보기", "PC버전", "한라산 탐방"],
  },
  "03_infomax_embargo_wire.txt": {
    title: "한울생명, 1분기 신계약 CSM 2천800억…보장성 판매 호조",
    outlet: "연합인포맥스",
    date: "2025-05-21T12:00:00+09:00",
    reporters: ["윤서하"],
    captions: [],
    first:
      "한울생명이 보장성 보험 판매 호조에 힘입어 1분기 신계약 보험계약서비스마진(CSM)을 크게 늘렸다.",
    last: '증권가에서는 한울생명의 올해 연간 순이익이 4천억원을 넘을 것으로 본다. 대신증권 박지후 연구원은 "보장성 중심 체질 개선이 예상보다 빠르다"고 분석했다.',
    people: ["신동우", "박지후"],
    furniture: ["엠바고", "보도 가능", "단말기", "이용 문의", "(끝)", "서울=연합인포맥스"],
  },
  "04_cnews_construction_list.txt": {
    title: "국토부, 스마트 건설기술 실증 현장 12곳 선정…올해 340억 지원",
    outlet: "대한경제",
    date: "2025-06-03T06:00:19+09:00",
    reporters: ["한지원"],
    deck: "BIM·드론 측량·로봇 시공 등 4개 분야",
    captions: [],
    first:
      "국토교통부가 올해 스마트 건설기술을 실제 공사 현장에서 검증할 실증 현장 12곳을 선정했다.",
    last: "업계에서는 지원 규모가 현장당 평균 28억원 수준에 그쳐 장비 구입비를 감당하기에는 부족하다는 지적도 나온다.",
    people: ["오승현"],
    furniture: ["폰트 확대", "다른 기사", "관련기사", "3기 신도시", "대한경제=한지원"],
  },
  "05_idomin_tworeporters_saved.html": {
    title: "창원 방산업체 '남도정밀', 폴란드에 자주포 부품 1900억 수출",
    outlet: "경남도민일보",
    date: "2025-07-09T17:35:00+09:00",
    reporters: ["이창호", "김다솜"],
    deck: "5년간 구동장치 공급…창원 공장 생산라인 2배로",
    captions: [
      {
        text: "남도정밀 창원공장에서 직원들이 자주포 구동장치를 조립하고 있다.",
        credit: "남도정밀",
      },
    ],
    first:
      "창원의 방산 부품업체 남도정밀이 폴란드 국영 방산그룹과 1900억 원 규모의 자주포 구동장치 공급 계약을 맺었다.",
    last: "다만 노동계는 납기를 맞추려는 연장근로가 늘 수 있다며 인력 충원이 먼저라고 지적했다. 금속노조 경남지부는 10일 회사에 교섭을 요구할 계획이다.",
    people: ["장기태", "하동균"],
    furniture: ["다른기사 보기", "기사저장", "관련기사", "후원하기"],
  },
  "06_mkeconomy_interview.txt": {
    title: '[CEO 인터뷰] 권나래 온새미로 대표 "비건 간편식, 편의점 매대부터 바꾼다"',
    outlet: "매경이코노미",
    date: "2025-08-12T06:00:00+09:00",
    reporters: ["홍재민"],
    deck: '창업 4년 만에 매출 600억…"내년 미국 코스트코 입점"',
    captions: [
      {
        text: '권나래 온새미로 대표는 "식물성 단백질 원가를 2년 안에 고기 수준으로 낮추겠다"고 말했다.',
        credit: "윤관식 기자",
      },
    ],
    first:
      "식물성 간편식 브랜드 '온새미로'는 창업 4년 만에 연매출 600억원을 넘긴 푸드테크 기업이다. 편의점 3사에 비건 도시락과 샌드위치 40여종을 납품한다. 권나래 대표를 서울 성수동 본사에서 만났다.",
    last: "권나래 대표는 서울대 식품영양학과를 졸업하고 CJ제일제당 연구원으로 일하다 2021년 온새미로를 창업했다.",
    people: ["권나래"],
    furniture: ["제2321호", "본 기사는", "url 복사", "인기기사", "좋아요"],
  },
  "07_tbc_broadcast.txt": {
    title: "대구 로봇기업 '다온로보틱스', 물류센터 자동화 수주 잇따라",
    outlet: "TBC",
    date: "2025-09-16T20:10:00+09:00",
    reporters: ["김현우"],
    captions: [],
    first: "[앵커] 대구의 로봇 스타트업이 대기업 물류센터의 자동화 설비를 잇따라 따내고 있습니다.",
    last: "다만 핵심 부품인 감속기와 센서는 여전히 수입에 의존하고 있어 국산화가 과제로 꼽힙니다.",
    people: ["서지훈", "배수연"],
    furniture: ["TBC 김현우입니다", "김현우 기자가 보도합니다", "영상취재", "다른 뉴스"],
  },
  "08_autotimes_gallery.txt": {
    title: "[포토]새롬모터스, 전기 픽업 '아르테 T' 공개",
    outlet: "오토타임즈",
    date: "2025-10-02T14:30:00+09:00",
    reporters: ["구기성"],
    // The photos' captions follow the text, before the byline: captions, in order, not body.
    captions: [
      {
        text: "새롬모터스 정하윤 대표가 2일 경기 고양 킨텍스에서 열린 신차 발표회에서 '아르테 T'를 소개하고 있다.",
      },
      { text: "아르테 T의 전면부. 수평형 LED 주간주행등과 닫힌 그릴이 특징이다." },
      { text: "아르테 T의 적재함. 길이 1,650㎜로 동급 내연기관 픽업보다 길다." },
      { text: "아르테 T의 실내. 15.6인치 중앙 디스플레이와 칼럼식 변속 레버를 갖췄다." },
      {
        text: "발표회장을 찾은 관람객들이 아르테 T 측면의 V2L(외부 전력 공급) 단자를 살펴보고 있다.",
      },
    ],
    first: "새롬모터스가 2일 경기 고양 킨텍스에서 전기 픽업트럭 '아르테 T'를 공개했다.",
    last: "새롬모터스는 내년 1월부터 출고를 시작해 첫해 6,000대를 팔겠다는 목표를 세웠다.",
    people: ["정하윤"],
    furniture: ["아르테 T의 전면부", "살펴보고 있다", "관련기사", "공유 스크랩", "kksstudio"],
  },
  "09_daum_wowtv_saved.html": {
    title: '"AI 데이터센터 냉각 수요 폭발"…청우이엔지, 상한가',
    outlet: "한국경제TV",
    date: "2025-11-04T15:52:00+09:00",
    reporters: ["장슬기"],
    captions: [{ text: "청우이엔지가 개발한 액침냉각 시스템.", credit: "청우이엔지" }],
    first: "액침냉각 설비를 만드는 청우이엔지 주가가 대형 수주 소식에 상한가로 치솟았습니다.",
    last: "다만 하루 거래량이 평소의 40배에 이를 만큼 단기 과열 양상을 보이는 만큼 추격 매수는 신중해야 한다는 조언도 나옵니다.",
    people: ["오민석"],
    furniture: ["자동요약", "주가가 상한가를 기록했다", "추천해요", "많이 본 뉴스"],
  },
  "10_chungcheong_column_cp949.txt": {
    title: "[충청논단] 반도체 클러스터, 오창에도 물길을 내야 한다",
    outlet: "충청일보",
    date: "2025-11-20T17:18:00+09:00",
    reporters: ["임태경"],
    captions: [],
    first: "반도체 산업의 경쟁은 이제 공장 하나가 아니라 생태계 전체의 싸움이 됐다.",
    last: "클러스터의 물길은 한 곳에만 흐르지 않는다. 오창에도 물길을 내야 충청권 전체가 반도체 시대의 수혜자가 될 수 있다.",
    people: [],
    furniture: ["경영학부 교수", "관련기사", "많이 본 뉴스", "직지대로"],
  },
  "11_naver_joseilbo_sejong.txt": {
    title: "기재부, 중소기업 R&D 세액공제 한도 30% 확대…내년부터 적용",
    outlet: "조세일보",
    date: "2025-03-04T14:15:00+09:00",
    reporters: ["신보람"],
    captions: [],
    first: "기획재정부가 중소기업 연구개발(R&D) 세액공제 한도를 30% 늘리는 방안을 추진한다.",
    last: '다만 세무업계에서는 공제 대상 비용의 인정 범위를 두고 과세당국과 기업 사이의 분쟁이 늘 수 있다는 우려가 나온다. 세무법인 한결의 최유진 세무사는 "인건비 인정 기준을 시행령에 명확히 적어야 한다"고 말했다.',
    people: ["김도현", "최유진"],
    furniture: ["기사원문", "조세일보 구독", "세종=조세일보"],
  },
  "12_techm_englishname.txt": {
    title: "메타브릭, 초거대 AI 'BRIX-2' 공개…\"한국어 추론 성능 GPT급\"",
    outlet: "테크M",
    date: "2025-12-01T10:03:00+09:00",
    reporters: ["조윤아"],
    deck: "파라미터 700억개…공공기관용 온프레미스 버전 별도 출시",
    captions: [],
    first:
      "AI 스타트업 메타브릭이 1일 서울 강남구 본사에서 자체 개발한 초거대 언어모델 'BRIX-2'를 공개했다.",
    last: "메타브릭은 올해 시리즈B에서 600억원을 투자받았으며, 내년 하반기 기술특례 상장을 추진한다.",
    people: ["류세준"],
    furniture: ["북마크", "관련기사", "많이 본 뉴스", "yuna@techm.kr"],
  },
};

test("each fresh page reads as its user expected: headline, outlet, date, reporters, deck, captions, body", () => {
  for (const [file, want] of Object.entries(WANT)) assertPageReads(page(file), want, file);
});

test("an embargo note is furniture, never a headline; a headline about an embargo is no note", () => {
  for (const line of [
    "<<이 기사는 5월 21일 12시 이후 보도 가능합니다(엠바고)>>",
    "※ 21일 조간부터 보도해 주시기 바랍니다.",
    "[엠바고] 5월 21일(수) 12:00 이후",
    "보도시점: 2025. 5. 21.(수) 12:00",
    "이 자료는 2025. 5. 21.(수) 12:00 이후 보도하여 주시기 바랍니다",
  ])
    assert.ok(isFurnitureLine(line, ctx.parse.furniture), line);
  for (const line of [
    "엠바고 3시간 앞두고 유출",
    "[엠바고] 삼성전자 3분기 실적 공개",
    "정부, 발표 이후 보도 자제 요청",
    "이후 보도 가능성을 열어뒀다",
  ])
    assert.ok(!isFurnitureLine(line, ctx.parse.furniture), line);
});

/** The body paragraphs of a page copy given as text. */
const bodyOf = (text: string): string[] => {
  const c = convertFile(Buffer.from(text), "x.txt", ctx);
  assert.ok(!("skip" in c), text);
  return c.article.paragraphs;
};

test("a wire's terminal note, a service's inquiry line and a magazine's issue note are end furniture", () => {
  const head = "가나생명, 1분기 순이익 1천억\n홍길동 기자\n";
  const text =
    "가나생명은 올해 1분기 순이익이 1천억원으로 작년 같은 기간보다 18% 늘었다고 21일 밝혔다.";
  for (const note of [
    "본 기사는 가나인포 금융정보 단말기에서 2025년 05월 21일 12시 00분에 서비스된 기사입니다.",
    "가나인포 단말기 및 실시간 뉴스 이용 문의 (398-5209)",
    "[본 기사는 가나이코노미 제2321호 (2025.08.13~2025.08.19일자) 기사입니다]",
  ])
    assert.deepEqual(bodyOf(`${head}${text}\n${note}`), [text], note);
});

test("lines typed with '- ' bullets make one list, written as a Markdown list; one such line is text", () => {
  const { paragraphs } = page("04_cnews_construction_list.txt");
  assert.equal(paragraphs[2], "선정된 현장은 다음과 같은 4개 분야에서 기술을 검증한다.");
  assert.equal(
    paragraphs[3],
    [
      "• 설계 전 단계 BIM(건설정보모델링) 적용: 4곳",
      "• 드론·라이다 기반 자동 측량: 3곳",
      "• 철근 배근·용접 로봇 시공: 3곳",
      "• AI 기반 안전관리 플랫폼: 2곳",
    ].join("\n"),
  );
  assert.ok(
    bodyToMarkdown(paragraphs.slice(2, 4)).includes(
      "\n\n- 설계 전 단계 BIM(건설정보모델링) 적용: 4곳\n- 드론",
    ),
  );
  const one = bodyOf(
    "가나시, 도서관 세 곳 짓는다\n홍길동 기자\n가나시가 올해 도서관 세 곳을 새로 짓기로 했다고 5일 밝혔다. 사업비는 모두 120억원이다.\n- 시민 의견은 다음 달까지 받는다.\n시는 내년 상반기 착공할 계획이다.",
  );
  assert.equal(one[1], "- 시민 의견은 다음 달까지 받는다.");
});

test("a paragraph closing on a scene in the progressive stays the text's last when no caption line follows", () => {
  const ps = bodyOf(
    [
      "가나시, 도서관 세 곳 짓는다",
      "홍길동 기자",
      "가나시가 올해 도서관 세 곳을 새로 짓기로 했다고 5일 밝혔다. 사업비는 모두 120억원이다.",
      "시는 주민 설명회를 거쳐 설계를 확정할 계획이다.",
      "시민단체는 도서관 운영 인력 확충이 먼저라고 요구하고 있다.",
      "업계는 이번 사업이 지역 건설 경기에 보탬이 될 것으로 기대하고 있다.",
      "홍길동 기자 hong@gana.example",
    ].join("\n"),
  );
  assert.equal(ps.at(-1), "업계는 이번 사업이 지역 건설 경기에 보탬이 될 것으로 기대하고 있다.");
  assert.equal(ps.length, 4);
});

test("discovery: companies ending in 정밀, 모터스, 케미칼, 이엔지; no company in an industry noun and 그룹", () => {
  const discovered = (file: string) => {
    const a = page(file);
    const text = [...a.paragraphs, ...(a.meta.captions ?? []).map((c) => c.text)].join("\n");
    return [...new Set(ctx.entities.discover(text).companies.map((c) => c.name))];
  };
  assert.deepEqual(discovered("05_idomin_tworeporters_saved.html"), ["남도정밀", "PGZ그룹"]);
  assert.deepEqual(discovered("08_autotimes_gallery.txt"), ["새롬모터스"]);
  assert.deepEqual(discovered("09_daum_wowtv_saved.html"), ["청우이엔지"]);
  assert.deepEqual(discovered("10_chungcheong_column_cp949.txt"), ["세진케미칼", "솔빛머티리얼즈"]);
  const plain = findCompanies(
    "국영 방산그룹과 계약했다. 대형 유통그룹이 나섰다. 의료정밀 기기를 만든다.",
  );
  assert.deepEqual(plain, []);
});

test("photo run: off a photo page a scene sentence before the first caption-shaped line stays text, and one such line alone is no run", () => {
  const read = (tail: string[]) =>
    convertFile(
      Buffer.from(
        [
          "가나시, 도서관 세 곳 짓는다",
          "홍길동 기자",
          "가나시가 올해 도서관 세 곳을 새로 짓기로 했다고 5일 밝혔다. 사업비는 모두 120억원이다.",
          ...tail,
          "홍길동 기자 hong@gana.example",
        ].join("\n"),
      ),
      "x.txt",
      ctx,
    );
  const scene = "주민들이 도서관 부지를 둘러보고 있다.";
  const a = read([
    scene,
    "가나도서관 조감도. 3층 규모로 지어진다.",
    "가나도서관 열람실. 좌석 200석을 갖춘다.",
  ]);
  assert.ok(!("skip" in a));
  assert.equal(a.article.paragraphs.at(-1), scene);
  assert.deepEqual(
    a.article.meta.captions.map((c) => c.text),
    ["가나도서관 조감도. 3층 규모로 지어진다.", "가나도서관 열람실. 좌석 200석을 갖춘다."],
  );
  const b = read([scene, "가나도서관 조감도. 3층 규모로 지어진다."]);
  assert.ok(!("skip" in b));
  assert.equal(b.article.paragraphs.at(-1), "가나도서관 조감도. 3층 규모로 지어진다.");
  assert.deepEqual(b.article.meta.captions, []);
});

test("photo run: a list opened by ▲ after the text (an appointments list) stays in the body", () => {
  const read = (tail: string[]) =>
    convertFile(
      Buffer.from(
        [
          "[인사] 가나정밀",
          "입력 2025-12-05 09:00",
          "가나정밀은 5일 다음과 같이 임원 인사를 단행했다.",
          ...tail,
          "홍길동 기자 hong@gana.example",
        ].join("\n"),
      ),
      "x.txt",
      ctx,
    );
  const list = read(["▲상무 강다온", "▲이사 윤하람", "▲부장 서지후"]);
  assert.ok(!("skip" in list));
  assert.deepEqual(list.article.meta.captions, []);
  assert.deepEqual(list.article.paragraphs.slice(1), [
    "▲상무 강다온",
    "▲이사 윤하람",
    "▲부장 서지후",
  ]);
});
