/**
 * Page copies from outlets in neither corpus, written by our team in their pages' shapes
 * (test/fixtures/fresh-pages-3/, invented text; the `c1_`…`t1_` files are one-change variants):
 * a broadcaster's programme menu above the headline and its video player, a share-button row,
 * a relative time, an issue number and a magazine's `글=`/`사진=` credit line under the header, an
 * uncredited archive photo's caption, a photo item signed by its photographer, a wire's sign-off
 * with the outlet's name, and a table with its source line. Each file goes through the
 * importer's own conversion (a CP949 file is decoded as `sillok import` decodes it).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { implausibleFields } from "../src/import/guards.ts";
import { createImportContext } from "../src/import/index.ts";
import { assertPageReads, fixturePages, type FixtureRead, type PageWant } from "./helpers.ts";
import { isFurnitureLine, isMenuRow } from "../src/parse/reader/furniture.ts";

const ctx = createImportContext();
const page = fixturePages("fresh-pages-3", ctx);
type Read = FixtureRead;
const names = (a: Read) => a.meta.reporters.map((r) => r.name);

const WANT: Record<string, PageWant> = {
  "01_daehan_economic_table.txt": {
    title: "10대 건설사 3분기 수주잔고 312조…현대건설 1위 지켜",
    outlet: "대한경제",
    date: "2026-11-30T15:12:08+09:00",
    reporters: ["박서연"],
    deck: "해외 플랜트가 주택 공백 메워…4분기 신규 수주는 둔화 전망",
    captions: [],
    first: "국내 10대 건설사의 3분기 말 수주잔고가 312조원을 넘어선 것으로 집계됐다.",
    last: "다만 4분기에는 고금리 여파로 신규 수주가 둔화할 가능성이 크다는 전망도 나온다.",
    furniture: ["글자크기", "스크랩", "관련기사", "많이 본 뉴스", "회사소개", "대우건설, 이라크"],
  },
  "02_isplus_entertainment.txt": {
    title: "배우 윤서하, 넷플릭스 '겨울의 기록'으로 2년 만에 복귀",
    outlet: "일간스포츠",
    date: "2026-11-29T21:05:00+09:00",
    reporters: ["정다운"],
    captions: [
      {
        text: "배우 윤서하가 29일 서울 용산구 한 호텔에서 열린 넷플릭스 시리즈 '겨울의 기록' 제작발표회에서 포즈를 취하고 있다.",
        credit: "넷플릭스",
      },
    ],
    first: "배우 윤서하가 넷플릭스 새 시리즈 '겨울의 기록'으로 2년 만에 시청자 곁에 돌아온다.",
    last: "'겨울의 기록'은 다음 달 19일 공개된다.",
    furniture: ["관련 기사", "많이 본 기사", "오타니", "ⓒ"],
  },
  "03_yeongnam_regional_cp949.txt": {
    title: "대구 신서혁신도시에 AI 데이터센터…2029년 가동 목표",
    outlet: "영남일보",
    date: "2026-11-28",
    reporters: ["권태훈"],
    deck: '"지역 첫 하이퍼스케일급"…일자리 400개 기대',
    captions: [],
    first: "대구시가 동구 신서혁신도시에 대규모 AI 데이터센터를 유치했다.",
    last: "시는 협약에 따라 부지 조성과 인허가를 지원하고, SK텔레콤은 입주 기업 유치를 맡는다.",
    furniture: ["관련뉴스", "등록번호"],
  },
  "04_channela_broadcast.txt": {
    title: '[뉴스A]美 반도체 관세 유예 석 달 연장…삼성·SK "한숨 돌려"',
    outlet: "채널A",
    date: "2026-11-30T19:42:00+09:00",
    reporters: ["유승호"],
    captions: [],
    first: "[앵커] 미국 정부가 한국산 반도체에 대한 관세 유예를 석 달 더 연장했습니다.",
    last: "워싱턴에서 채널A 뉴스 유승호입니다.",
    furniture: [
      "재생",
      "00:00",
      "02:14",
      "영상취재",
      "영상편집",
      "Copyright",
      "트럼프",
      "뉴스TOP10",
    ],
  },
  "05_nsp_wire.txt": {
    title: "롯데마트, 연말 '땡큐 페스타' 돌입…신선식품 최대 50% 할인",
    outlet: "NSP통신",
    date: "2026-11-30T14:05:00+09:00",
    reporters: ["김다은"],
    captions: [],
    first: "롯데마트가 다음 달 1일부터 24일까지 연말 할인행사 '땡큐 페스타'를 연다.",
    last: "경쟁사 이마트도 같은 기간 '쓱데이 앵콜' 행사를 열 예정이어서 대형마트 간 연말 가격 경쟁이 치열해질 전망이다.",
    furniture: ["관련기사", "홈플러스", "좋아요", "화나요", "kde@nspna.com"],
  },
  "06_nongmin_trade_list.txt": {
    title: "김장철 배춧값 '안정세'…10㎏ 상품 1만2000원대",
    outlet: "농민신문",
    date: "2026-11-30T15:12:00+09:00",
    reporters: ["유건우"],
    captions: [{ text: "가락시장 배추 경매 현장.", credit: "농민신문 자료사진" }],
    first:
      "김장철 배춧값이 안정세를 보이고 있다. 가을배추 작황이 회복되면서 출하량이 평년 수준을 되찾았기 때문이다.",
    last: '최민규 한국농촌경제연구원 연구위원은 "12월 초 한파가 변수지만 저장 물량이 충분해 급등 가능성은 낮다"고 내다봤다.',
    furniture: ["핫클릭", "겨울 딸기", "자료사진"],
  },
  "07_mediaus_internet_tworeporters.txt": {
    title: '공영방송 이사 선임 공청회…"추천 절차 공개해야"',
    outlet: "미디어스",
    date: "2026-11-28T10:21:00+09:00",
    reporters: ["윤수진", "고성민"],
    deck: '학계 "밀실 추천 반복되면 독립성 훼손"',
    captions: [],
    first: "공영방송 이사 선임 절차를 둘러싼 공청회가 27일 국회에서 열렸다.",
    last: "공청회를 주최한 시민단체들은 다음 달 관련 법 개정 청원을 제출할 계획이다.",
    furniture: ["다른 기사 보기", "관련기사", "글씨키우기", "페이스북"],
  },
  "08_thelec_englishname_emailonly.txt": {
    title: "삼성디스플레이, 8.6세대 IT OLED 라인 양산 앞당긴다",
    outlet: "디일렉",
    date: "2026-11-27T09:30:00+09:00",
    reporters: [],
    deck: "내년 1분기 가동…애플 맥북 패널 첫 공급 유력",
    captions: [],
    first:
      "삼성디스플레이가 충남 아산 8.6세대 IT용 OLED 라인 양산 시점을 내년 2분기에서 1분기로 앞당긴다.",
    last: '업계 관계자는 "노트북용 OLED 시장을 먼저 잡는 쪽이 향후 3년간 단가 협상력을 쥔다"고 말했다.',
    furniture: ["LG이노텍", "인기기사"],
  },
  "09_naver_moneys_portal.txt": {
    title: "카카오뱅크, 3분기 순이익 1400억…역대 최대",
    outlet: "머니S",
    date: "2026-11-30T15:12:00+09:00",
    reporters: ["이한빛"],
    captions: [{ text: "카카오뱅크 판교 오피스 전경.", credit: "카카오뱅크" }],
    first: "카카오뱅크가 올해 3분기 역대 최대 분기 순이익을 냈다.",
    last: "토스뱅크와 케이뱅크도 이번 주 3분기 실적을 발표한다.",
    furniture: ["요약봇", "구독", "쏠쏠정보", "기자 프로필"],
  },
  "10_cctoday_mobile.txt": {
    title: "세종시, 2027년 행정수도 완성 로드맵 발표",
    outlet: "충청투데이",
    date: "2026-11-30T11:05:00+09:00",
    reporters: ["이경섭"],
    deck: "대통령 세종집무실·국회 세종의사당 연계 교통망 구축",
    captions: [],
    first: "세종시가 2027년까지 행정수도 기능을 완성하기 위한 로드맵을 30일 발표했다.",
    last: "시는 내년 상반기 중 세부 실행계획을 확정할 예정이다.",
    furniture: ["3시간 전", "앱으로 보기", "맨위로", "많이 본 뉴스"],
  },
  "11_joongboo_saved.html": {
    title: '용인 반도체 클러스터 협력사 120곳 입주 확정…"2028년 첫 팹 가동"',
    outlet: "중부일보",
    date: "2026-11-29T08:30:00+09:00",
    reporters: ["최하나"],
    captions: [
      { text: "경기도 용인시 처인구 원삼면 반도체 국가산업단지 부지 전경.", credit: "용인시" },
    ],
    first: "용인 반도체 국가산업단지에 들어설 소재·부품·장비 협력사 120곳의 입주가 확정됐다.",
    last: "도는 입주 기업에 최대 50억원의 설비 투자 보조금을 지원할 방침이다.",
    furniture: ["광고", "관련기사", "많이 본 기사", "function"],
  },
  "12_sisajournal_interview.txt": {
    title: '[인터뷰] 이소영 한빛로보틱스 대표 "협동로봇, 3년 안에 식당 주방 절반 바꾼다"',
    outlet: "시사저널",
    date: "2026-11-27T10:00:00+09:00",
    reporters: ["배수민"],
    deck: '"인건비보다 무서운 건 구인난…로봇은 사람을 대체하는 게 아니라 빈자리를 메운다"',
    captions: [
      {
        text: "이소영 한빛로보틱스 대표가 11월20일 경기 성남시 판교 사무실에서 시사저널과 인터뷰하고 있다.",
        credit: "ⓒ시사저널 오승환",
      },
    ],
    first:
      "협동로봇 스타트업 한빛로보틱스가 올해 매출 300억원을 넘어섰다. 조리용 로봇팔을 앞세워 2년 만에 전국 외식 매장 1200곳에 로봇을 공급했다. 이소영 대표를 만나 외식업 자동화의 앞날을 물었다.",
    last: '"내년 상반기 일본 외식 프랜차이즈 두 곳과 공급 계약을 앞두고 있다. 3년 안에 해외 매출 비중을 30%로 올리겠다."',
    furniture: ["1834호", "글=", "사진=", "관련기사"],
  },
  "13_kyongbuk_photo.txt": {
    title: "[포토] 포항 영일대해수욕장 '겨울 불빛축제' 개막",
    outlet: "경북일보",
    date: "2026-11-29T19:40:00+09:00",
    reporters: ["이민수"],
    captions: [],
    first:
      "29일 경북 포항시 북구 영일대해수욕장에서 '겨울 불빛축제' 개막식이 열려 시민들이 빛 조형물 사이를 걷고 있다. 축제는 내년 1월 31일까지 이어진다.",
    last: "축제장 입구에 설치된 높이 12m 크리스마스트리. 올해 축제는 포스코가 후원했다.",
    furniture: ["포토뉴스 더보기", "보문단지", "사진=", "lms@"],
  },
  "14_daejeon_correction.txt": {
    title: "[반론보도] '대덕구 한빛복지관 보조금 부정수급 의혹' 관련",
    outlet: "대전일보",
    date: "2026-11-26T17:20:00+09:00",
    reporters: [],
    captions: [],
    first:
      "본보는 지난 10월 14일자 6면 '대덕구 한빛복지관 보조금 부정수급 의혹' 제하의 기사에서 한빛복지관이 인건비 보조금을 부풀려 청구했다는 의혹이 있다고 보도한 바 있습니다.",
    last: "이 보도는 언론중재위원회의 조정에 따른 것입니다.",
    furniture: ["많이 본 뉴스"],
  },
};

test("each fresh page reads as its user expected: headline, outlet, date, reporters, deck, captions, body", () => {
  for (const [file, want] of Object.entries(WANT)) assertPageReads(page(file), want, file);
});

test("a broadcaster's programme menu row is never the headline, whatever its programmes are called", () => {
  const a = page("c1_othermenu.txt");
  assert.equal(a.meta.title, page("04_channela_broadcast.txt").meta.title);
  assert.equal(a.meta.subtitle, undefined);
  assert.deepEqual(a.meta.captions, []);
  const { furniture } = ctx.parse;
  assert.ok(isMenuRow(["뉴스9", "8뉴스", "시사기획 창", "정치", "경제"], furniture));
  // A row of a headline's words is no menu, nor two items.
  assert.ok(!isMenuRow(["삼성전자", "3분기", "영업이익", "발표", "정치"], furniture));
  assert.ok(!isMenuRow(["정치", "경제"], furniture));
  // If a programme's name still wins, the import says so.
  const warn = (title: string) => implausibleFields({ title, reporters: [] }, ctx.parse);
  for (const t of ["뉴스TOP10", "뉴스A", "8뉴스"])
    assert.match(warn(t)[0] ?? "", /메뉴나 버튼 줄처럼 보입니다/, t);
  assert.deepEqual(warn("뉴스A 앵커 교체…새 얼굴은 누구"), []);
});

test("a relative time, an issue number, glued share buttons and a player's time display are furniture", () => {
  const { furniture } = ctx.parse;
  for (const line of [
    "3시간 전",
    "방금 전",
    "15분 전",
    "1834호",
    "제917호",
    "00:00 / 02:14",
    "재생",
    "페이스북 트위터 기사공유하기 글씨키우기 글씨줄이기 스크랩",
  ])
    assert.ok(isFurnitureLine(line, furniture), line);
  // A sentence about time or an issue stays text.
  for (const line of [
    "3시간 전 불이 났다.",
    "이번 호에서는 1834호 특집을 다룬다",
    "12시 30분 / 오후",
  ])
    assert.ok(!isFurnitureLine(line, furniture), line);
  const a = page("m1_justnow.txt");
  assert.equal(a.meta.subtitle, page("10_cctoday_mobile.txt").meta.subtitle);
  assert.equal(a.meta.date, "2026-11-30T11:05:00+09:00");
});

test("a credit line (`글=… 기자 · 사진=… 기자`, `사진=… 기자 e-mail`) names the writer, else the photographer", () => {
  // Joined with a slash, the issue number written `제1834호`: the same reading.
  const s = page("s1_slash.txt");
  assert.deepEqual(names(s), ["배수민"]);
  assert.equal(s.meta.subtitle, page("12_sisajournal_interview.txt").meta.subtitle);
  assert.deepEqual(page("13_kyongbuk_photo.txt").meta.reporters, [
    { name: "이민수", email: "lms@kyongbuk.com" },
  ]);
  const { bylines } = ctx.parse.words;
  assert.deepEqual(bylines.writtenByLine("글=홍길동 기자 · 사진=김철수 객원기자"), [
    { name: "홍길동" },
  ]);
  assert.deepEqual(bylines.writtenByLine("사진=김철수 객원기자"), [
    { name: "김철수", role: "객원기자" },
  ]);
  // A source or an agency after `=` is no person.
  for (const line of ["자료=통계청", "사진=가나뉴스", "사진=가나시 제공"])
    assert.equal(bylines.writtenByLine(line), null, line);
});

test("a wire's sign-off `<outlet> 홍길동 기자(e-mail)` leaves no outlet name at the body's end", () => {
  const a = page("05_nsp_wire.txt");
  assert.ok(!a.paragraphs.includes("NSP통신"));
  assert.deepEqual(a.meta.reporters, [{ name: "김다은", email: "kde@nspna.com" }]);
});

test("a table's rows stay one table and its source line stays under it", () => {
  for (const [file, source] of [
    ["01_daehan_economic_table.txt", "(자료: 각 사 분기보고서)"],
    ["t1_sourceeq.txt", "자료=각 사 분기보고서"],
  ]) {
    const a = page(file);
    const at = a.paragraphs.findIndex((p) => p.startsWith("회사 | 수주잔고"));
    assert.equal(a.paragraphs[at].split("\n").length, 6, file);
    assert.equal(a.paragraphs[at + 1], source, file);
    assert.equal(a.paragraphs.length, 6, file);
  }
});
