/** Discovery (src/entities/discover.ts): people by role, company-shaped words, and the opt-in. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findCompanies } from "../src/entities/find-companies.ts";
import { findPeople } from "../src/entities/find-people.ts";
import { isNameShaped } from "../src/entities/names.ts";
import { sentenceSpans } from "../src/entities/sentences.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { EntityExtractor } from "../src/entities/extract.ts";
import { romanizeId, romanizePersonId } from "../src/entities/romanize.ts";

const people = (s: string) => findPeople(s).map((p) => `${p.name}/${p.role}`);

test("a name followed by a role, with organisation words between", () => {
  assert.deepEqual(people("김민지 한빛대 경영학과 교수는 말했다."), ["김민지/교수"]);
  assert.deepEqual(people("우융밍 알리바바 최고경영자(CEO)는 밝혔다."), ["우융밍/최고경영자"]);
  assert.deepEqual(people("박합수 KB국민은행 수석부동산전문위원은 분석했다."), ["박합수/전문위원"]);
  assert.deepEqual(people("연태준 미국 변호사는 말했다."), ["연태준/변호사"]);
  assert.deepEqual(people("블라디미르 테네브 로빈후드 공동창업자 겸 CEO는"), [
    "블라디미르 테네브/공동창업자",
  ]);
  assert.deepEqual(people("김문희(50·사법연수원 34기) 변호사"), ["김문희/"]);
});

test("more cues that a word is a person: 씨, a role before with 인 or quotes, a sports noun, a quoted headline speaker", () => {
  assert.deepEqual(people("회사원 한다온 씨는 출근길에 사고를 봤다."), ["한다온/씨"]);
  assert.deepEqual(people("가게를 지킨 한다온씨는 웃었다."), ["한다온/씨"]);
  assert.deepEqual(people("다온랩스의 회장인 마이크 로와 함께 무대에 올랐다."), ["마이크 로/회장"]);
  assert.deepEqual(people("다온랩스의 대표인 에릭 한스콤은 말했다."), ["에릭 한스콤/대표"]);
  assert.deepEqual(people("‘특급 기대주’ 송하이가 정상에 올랐다."), ["송하이/기대주"]);
  assert.deepEqual(people("투수 백다온은 7이닝을 던졌다."), ["백다온/투수"]);
  assert.deepEqual(people("-한다온 “올해는 꼭 우승”"), ["한다온/"]);
  assert.deepEqual(
    people("우준(吳俊) 배우가 참석했다."),
    ["우준/배우"],
    "two syllables with their Chinese characters and a role",
  );
  assert.deepEqual(people("국무(國務) 장관이 참석했다."), [], "국 is no Chinese surname");
  assert.deepEqual(people("이주헌(민주) 의원이 말했다."), ["이주헌/의원"]);
  assert.deepEqual(
    people("김다온 한빛 반도체 설계 사업부 책임자가 말했다."),
    ["김다온/책임자"],
    "up to four organisation words",
  );
});

test("a two-syllable name counts only right before a known company and a role", () => {
  const dicts = loadDictionaries();
  const ex = new EntityExtractor(dicts);
  const names = (t: string) => ex.discover(t).people.map((p) => p.name);
  assert.deepEqual(names("선후 바이두 클라우드 사업부 책임자는 말했다."), ["선후"]);
  assert.deepEqual(names("류밍 텐센트 부사장이 말했다."), ["류밍"]);
  assert.deepEqual(names("오늘 바이두 대표는 말했다."), []);
  assert.deepEqual(
    names("우선 바이두 대표는 말했다."),
    [],
    "우, 장, 마 … begin too many Korean words",
  );
  assert.deepEqual(names("선후 한빛대 교수는 말했다."), []);
});

test("not people: compounds after a title, verb forms, plural roles, a group in parentheses", () => {
  for (const s of [
    "변호사 사무실에서 만났다.",
    "좋은 기운을 주셔서 배우들이 편했다.",
    "카리브 공동체(CARICOM) 사무국 장관급 인사",
    "유럽의 맹주인 영국과 프랑스의 총리는",
    "온양박물관은 계몽사 창업주인 구정 선생이 세웠다.",
    "한국인 어머니(고 김모씨)를 떠나보냈다.",
    "후보로 지명돼 당시 민주당 대표와 겨뤘다.",
  ]) {
    assert.deepEqual(people(s), [], s);
  }
  assert.deepEqual(
    people("구로다 후미코 배우가 왔다."),
    ["구로다 후미코/배우"],
    "a Japanese name, family name first",
  );
});

test("words shaped like names are not people: 정부 대변인, 이날 회장은, 주요 기업 대표, 노동자 대표", () => {
  for (const s of [
    "정부 대변인은 말했다.",
    "이날 회장은 떠났다.",
    "주요 기업 대표들이 모였다.",
    "노동자 대표가 참석했다.",
    "현안은 대통령이 챙긴다.",
    "모친인 구씨 여사",
    "김 부총리는 말했다.",
    "이들은 대통령을 만났다.",
  ]) {
    assert.deepEqual(people(s), [], s);
  }
  assert.equal(isNameShaped("정다은"), true);
  assert.equal(isNameShaped("여론과"), false);
  assert.equal(isNameShaped("부산대"), false);
});

test("a common noun that opens with a surname syllable is no name, even before a role: 반도체 사업부장", () => {
  // Lexicon words of another kind (industry suffix, role, business word) are not names; nor are
  // time nouns and words ending in a noun suffix (-체, -감, -객) or an adnominal -ㄹ.
  for (const s of [
    "한빛전자 반도체 사업부장은 투자를 늘린다고 말했다.",
    "반도체 부문장이 실적을 설명했다.",
    "메모리 반도체 연구원은 수율이 올랐다고 했다.",
    "다온일보 편집인 겸 주필은 축사를 했다.",
    "연말 기대감 확산, 하람증권 수석 연구원",
    "주말 방문객 담당 팀장은 바빴다.",
    "곧 이어질 김 위원장의 답방이 관심이다.",
    "다음 계열사 대표는 누구인가.",
    "국내 조선업 담당 연구원은 수주를 낙관했다.",
    "다온역 일대 철도 조차장은 신항으로 옮겨진다.",
    "한 민간 연구소 연구위원은 관리가 필요하다고 말했다.",
  ]) {
    assert.deepEqual(people(s), [], s);
  }
  // The name after a time noun keeps its role; the time noun does not take it.
  assert.deepEqual(people("매주 금요일 박다온 목사가 상담을 맡는다."), ["박다온/목사"]);
  assert.deepEqual(people("반하람 한빛대 교수는 말했다."), ["반하람/교수"]);
  for (const w of [
    "반도체",
    "편집인",
    "부문장",
    "계열사",
    "기대감",
    "방문객",
    "이어질",
    "금요일",
    "다온역",
    "연구소",
  ])
    assert.equal(isNameShaped(w), false, w);
});

test("a reporter's byline is not an apposition: 조진영 기자 = 김동연 부총리", () => {
  assert.deepEqual(people("조진영 기자 = 부총리가 말했다."), []);
});

test("company-shaped words: ㈜X, …그룹, …전자, …증권; generic words are not companies", () => {
  const names = (s: string) => findCompanies(s).map((c) => c.name);
  assert.deepEqual(names("㈜구츠가 표창을 받았다. 한빛전자와 다온증권이 합병한다."), [
    "구츠",
    "한빛전자",
    "다온증권",
  ]);
  assert.deepEqual(names("중앙은행과 시중은행, 석유화학 업계, 금융그룹 규제"), []);
  assert.deepEqual(names("첨단바이오 분야에 벤처캐피털과 신약바이오 자금이 몰렸다."), []);
});

test("sentences split at glued periods but not inside numbers", () => {
  const t = "풀이된다.박합수 위원은 3.5% 올랐다고 했다. 끝";
  assert.deepEqual(
    sentenceSpans(t).map(([a, b]) => t.slice(a, b)),
    ["풀이된다.", "박합수 위원은 3.5% 올랐다고 했다.", "끝"],
  );
});

test("the extractor offers only names no dictionary knows, and adds them unless discover.people is false", () => {
  const dicts = loadDictionaries();
  const text = "이재용 삼성전자 회장과 김민지 한빛대 교수가 만났다. 김민지 교수는 말했다.";
  const input = { title: "", paragraphs: [text], captions: [] };
  assert.equal(dicts.settings.discoverPeople, true, "on by default");
  const off = new EntityExtractor({ ...dicts, settings: { discoverPeople: false } });
  assert.deepEqual(
    off.discover(text).people.map((p) => p.name),
    ["김민지", "김민지"],
    "in text order, with repeats",
  );
  assert.deepEqual(off.extract(input).people, ["이재용"]);
  const on = new EntityExtractor(dicts);
  const e = on.extract(input);
  assert.deepEqual(e.people.sort(), ["김민지", "이재용"].sort());
  assert.equal(e.mentions["김민지"], 2);
});

test("romanized ids are ASCII", () => {
  assert.equal(romanizePersonId("김민지"), "kim-min-ji");
  assert.equal(romanizeId("SK재팬"), "sk-jae-paen");
  assert.match(romanizePersonId("블라디미르 테네브"), /^[a-z0-9-]+$/);
});

// Kinds of named people that discovery missed on the corpus (all sentences below are invented).

test("foreign names written family name first, and Western names with think-tank and diplomatic titles", () => {
  assert.deepEqual(
    people("위원은 하야마 겐지 교토대 정치학과 교수와 모리노 사치코 도요신문 외신부장이다."),
    ["하야마 겐지/교수", "모리노 사치코/부장"],
  );
  assert.deepEqual(
    people(
      "수미 하트 선임연구원과 브루스 해머 헤리티지재단 연구위원, 에드워드 롱 한국 석좌가 말했다.",
    ),
    ["수미 하트/연구원", "브루스 해머/연구위원", "에드워드 롱/석좌"],
  );
  assert.deepEqual(people("조너선 베일 주한 대사와 앨리슨 포드 대북 특사가 만났다."), [
    "조너선 베일/대사",
    "앨리슨 포드/특사",
  ]);
  // Near misses: Korean words of the same syllables, a Korean name before its organisation,
  // a place before an organisation.
  for (const s of [
    "후보 지지 의사를 밝혔다.",
    "자주 눈에 띈 노동당 국제부 부부장",
    "만난 사이 조사 결과 담당관이 밝혔다.",
    "도쿄 소니 사장이 왔다.",
    "이번 주지 이사장이 왔다.",
  ]) {
    assert.deepEqual(people(s), [], s);
  }
  assert.deepEqual(
    people("유다온 구츠 대표는 말했다."),
    ["유다온/대표"],
    "a Korean name and an unknown company, not one Japanese name",
  );
});

test("people in lists of members and appointees", () => {
  assert.deepEqual(people("위원으로는 최하람 KBS 기자, 김다온 한빛M 뉴미디어 그룹장이 참여한다."), [
    "최하람/기자",
    "김다온/그룹장",
  ]);
  assert.deepEqual(people("▲주 가나 대사 백다온 ▲주 페루대사 남하람▲상하이총영사 편서우"), [
    "백다온/대사",
    "남하람/대사",
    "편서우/총영사",
  ]);
  assert.deepEqual(people("▷기획조정실장 석다온▷홍보부장 인하람"), ["석다온/실장", "인하람/부장"]);
  assert.deepEqual(
    people("주가나 대사에 백다온 전 국방부 국제정책관, 주시안 총영사에 편서우 현 공사가 임명됐다."),
    ["백다온/정책관", "편서우/총영사"],
    "the post's place (주시안) is not a name",
  );
  assert.deepEqual(people("▲한다온(한빛대 교수) ▲백하람 (다온전자 사장)"), [
    "한다온/교수",
    "백하람/사장",
  ]);
  assert.deepEqual(people("남하람(45) 씨는 말했다."), ["남하람/"]);
  assert.deepEqual(people("김다온(45·30기)·백하람(52·28기) 변호사가 맡았다."), [
    "김다온/",
    "백하람/",
  ]);
  assert.deepEqual(people("남하람·편서우 의원은 반대했다."), ["남하람/의원", "편서우/의원"]);
  assert.deepEqual(people("이하람·석다온·편서우 전 의원, 노다온 교수"), [
    "이하람/의원",
    "석다온/의원",
    "편서우/의원",
    "노다온/교수",
  ]);
  assert.deepEqual(people("한다온 대표와 노하람 석다온 의원과 편서우 지역위원장이 참석했다."), [
    "한다온/대표",
    "노하람/의원",
    "석다온/의원",
    "편서우/위원장",
  ]);
  assert.deepEqual(people("(사진 왼쪽부터) 한다온 대표, 석하람 사장"), [
    "한다온/대표",
    "석하람/사장",
  ]);
  assert.deepEqual(people("당대표 후보 편서우(왼쪽부터) 전 총리, 석하람 의원이 앉아 있다."), [
    "편서우/총리",
    "석하람/의원",
  ]);
  assert.deepEqual(people("한빛구(구청장 석다온)가 모집한다."), ["석다온/구청장"]);
  // Near misses: committees and places joined by dots, a list item without a name, a byline.
  for (const s of [
    "금융위·공정위 위원장이 만났다.",
    "▲주 가나 대사관 이전 ▲인사",
    "한빛일보 석다온 기자 = 정부는",
    "석다온 기자 dawn@example.com",
  ]) {
    assert.deepEqual(people(s), [], s);
  }
});

test("lawmakers named with their party", () => {
  assert.deepEqual(people("더불어민주당 편서우 의원은 말했다."), ["편서우/의원"]);
  assert.deepEqual(people("국민의힘 석하람 의원과 조국혁신당 노다온 원내대표가 만났다."), [
    "석하람/의원",
    "노다온/원내대표",
  ]);
  assert.deepEqual(people("한빛당 원내대표가 말했다."), [], "a party and a title, no name");
});

test("people in entertainment and sports news: the occupation before or after the name", () => {
  assert.deepEqual(people("배우 한다온이 상을 받았다."), ["한다온/배우"]);
  assert.deepEqual(people("가수 백하람은 무대에 올랐다."), ["백하람/가수"]);
  assert.deepEqual(people("함께 출연한 배우 석다온, 편서우, 노하람에게도 감사를 전했다."), [
    "석다온/배우",
    "편서우/배우",
    "노하람/배우",
  ]);
  assert.deepEqual(people("감독 석다온이 말했다."), ["석다온/감독"]);
  assert.deepEqual(people("편서우 감독은 웃었다."), ["편서우/감독"]);
  assert.deepEqual(people("노하람 선수가 골을 넣었다."), ["노하람/선수"]);
  assert.deepEqual(people("한다온 작가님과 석하람 감독님께 감사드립니다."), [
    "한다온/작가",
    "석하람/감독",
  ]);
  // Near misses: 감독 as a verb noun or in a compound, words after 씨, an ordinary word after 화가.
  for (const s of [
    "금융당국의 관리 감독 기관인 금융감독원은",
    "감독 강화를 주문했다.",
    "감독 소홀로 징계했다.",
    "전통 씨름 대회가 열렸다.",
    "나머지 씨앗은 심었다.",
    "큰 변화가 정착되면 좋겠다.",
    "혐의를 시인 했다.",
    "감독님이 웃었다.",
  ]) {
    assert.deepEqual(people(s), [], s);
  }
});

test("Chinese and other foreign names written in Hangul, by their role", () => {
  assert.deepEqual(people("최측근 쑨하오(孫浩) 전인대 상무위원장이 주재했다."), ["쑨하오/위원장"]);
  assert.deepEqual(people("쑨하오 전인대 상무위원장이 주재했다."), ["쑨하오/위원장"]);
  assert.deepEqual(people("국가주석인 탕윈(唐雲), 궈밍(郭明) 전 주석"), ["탕윈/주석", "궈밍/주석"]);
  assert.deepEqual(people("자오러린 국무위원 겸 공안부장이 말했다."), ["자오러린/위원"]);
  // Near misses: places with their characters, loanwords that start like a Chinese surname.
  for (const s of [
    "창춘(長春) 시에는 어록이 걸렸다.",
    "후난성(湖南省) 성장은 말했다.",
    "리스크 관리 위원장은 말했다.",
    "리더십 교육 센터장이 말했다.",
  ]) {
    assert.deepEqual(people(s), [], s);
  }
});

test("the extractor reads a role through a tag keyword (경찰청장) but not through a known company", () => {
  const ex = new EntityExtractor(loadDictionaries());
  const names = (t: string) => ex.discover(t).people.map((p) => `${p.name}/${p.role}`);
  assert.deepEqual(names("석다온 경찰청장은 사과했다."), ["석다온/청장"]);
  assert.deepEqual(names("편서우 삼성전자 부사장은 말했다."), ["편서우/부사장"]);
});

test("with the opt-in, a person only ever written with 씨 glued on is added and counted", () => {
  const dicts = loadDictionaries();
  const on = new EntityExtractor({ ...dicts, settings: { discoverPeople: true } });
  const e = on.extract({
    title: "",
    paragraphs: ["음식 평론가 석다온씨는 말했다. 석다온씨가 웃었다."],
    captions: [],
  });
  assert.deepEqual(e.people, ["석다온"]);
  assert.equal(e.mentions["석다온"], 2);
});
