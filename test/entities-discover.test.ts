/** Discovery (src/entities/discover.ts): people by role, company-shaped words, and the opt-in. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findCompanies, findPeople, isNameShaped, sentenceSpans } from "../src/entities/discover.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { EntityExtractor } from "../src/entities/extract.ts";
import { romanizeId } from "../src/entities/romanize.ts";

const people = (s: string) => findPeople(s).map((p) => `${p.name}/${p.role}`);

test("a name followed by a role, with organisation words between", () => {
  assert.deepEqual(people("김민지 한빛대 경영학과 교수는 말했다."), ["김민지/교수"]);
  assert.deepEqual(people("우융밍 알리바바 최고경영자(CEO)는 밝혔다."), ["우융밍/최고경영자"]);
  assert.deepEqual(people("박합수 KB국민은행 수석부동산전문위원은 분석했다."), ["박합수/전문위원"]);
  assert.deepEqual(people("연태준 미국 변호사는 말했다."), ["연태준/변호사"]);
  assert.deepEqual(people("블라디미르 테네브 로빈후드 공동창업자 겸 CEO는"), ["블라디미르 테네브/공동창업자"]);
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
  assert.deepEqual(people("우준(吳俊) 배우가 참석했다."), [], "two syllables need a known company after them");
  assert.deepEqual(people("이주헌(민주) 의원이 말했다."), ["이주헌/의원"]);
  assert.deepEqual(people("김다온 한빛 반도체 설계 사업부 책임자가 말했다."), ["김다온/책임자"], "up to four organisation words");
});

test("a two-syllable name counts only right before a known company and a role", () => {
  const dicts = loadDictionaries();
  const ex = new EntityExtractor(dicts);
  const names = (t: string) => ex.discover(t).people.map((p) => p.name);
  assert.deepEqual(names("선후 바이두 클라우드 사업부 책임자는 말했다."), ["선후"]);
  assert.deepEqual(names("류밍 텐센트 부사장이 말했다."), ["류밍"]);
  assert.deepEqual(names("오늘 바이두 대표는 말했다."), []);
  assert.deepEqual(names("우선 바이두 대표는 말했다."), [], "우, 장, 마 … begin too many Korean words");
  assert.deepEqual(names("선후 한빛대 교수는 말했다."), []);
});

test("not people: compounds after a title, verb forms, plural roles, a group in parentheses", () => {
  for (const s of ["변호사 사무실에서 만났다.", "좋은 기운을 주셔서 배우들이 편했다.", "카리브 공동체(CARICOM) 사무국 장관급 인사", "유럽의 맹주인 영국과 프랑스의 총리는",
    "온양박물관은 계몽사 창업주인 구정 선생이 세웠다.", "한국인 어머니(고 김모씨)를 떠나보냈다.", "후보로 지명돼 당시 민주당 대표와 겨뤘다.",
    "구로다 후미코 배우가 왔다."]) {
    assert.deepEqual(people(s), [], s);
  }
});

test("words shaped like names are not people: 정부 대변인, 이날 회장은, 주요 기업 대표, 노동자 대표", () => {
  for (const s of ["정부 대변인은 말했다.", "이날 회장은 떠났다.", "주요 기업 대표들이 모였다.", "노동자 대표가 참석했다.",
    "현안은 대통령이 챙긴다.", "모친인 구씨 여사", "김 부총리는 말했다.", "이들은 대통령을 만났다."]) {
    assert.deepEqual(people(s), [], s);
  }
  assert.equal(isNameShaped("정다은"), true);
  assert.equal(isNameShaped("여론과"), false);
  assert.equal(isNameShaped("부산대"), false);
});

test("a reporter's byline is not an apposition: 조진영 기자 = 김동연 부총리", () => {
  assert.deepEqual(people("조진영 기자 = 부총리가 말했다."), []);
});

test("company-shaped words: ㈜X, …그룹, …전자, …증권; generic words are not companies", () => {
  const names = (s: string) => findCompanies(s).map((c) => c.name);
  assert.deepEqual(names("㈜구츠가 표창을 받았다. 한빛전자와 다온증권이 합병한다."), ["구츠", "한빛전자", "다온증권"]);
  assert.deepEqual(names("중앙은행과 시중은행, 석유화학 업계, 금융그룹 규제"), []);
});

test("sentences split at glued periods but not inside numbers", () => {
  const t = "풀이된다.박합수 위원은 3.5% 올랐다고 했다. 끝";
  assert.deepEqual(sentenceSpans(t).map(([a, b]) => t.slice(a, b)), ["풀이된다.", "박합수 위원은 3.5% 올랐다고 했다.", "끝"]);
});

test("the extractor offers only names no dictionary knows, and adds them only with the opt-in", () => {
  const dicts = loadDictionaries();
  const text = "이재용 삼성전자 회장과 김민지 한빛대 교수가 만났다. 김민지 교수는 말했다.";
  const input = { title: "", paragraphs: [text], captions: [] };
  const off = new EntityExtractor(dicts);
  assert.deepEqual(off.discover(text).people.map((p) => p.name), ["김민지", "김민지"], "in text order, with repeats");
  assert.deepEqual(off.extract(input).people, ["이재용"]);
  const on = new EntityExtractor({ ...dicts, settings: { discoverPeople: true } });
  const e = on.extract(input);
  assert.deepEqual(e.people.sort(), ["김민지", "이재용"].sort());
  assert.equal(e.mentions["김민지"], 2);
});

test("romanized ids are ASCII", () => {
  assert.equal(romanizeId("김민지", true), "kim-min-ji");
  assert.equal(romanizeId("SK재팬"), "sk-jae-paen");
  assert.match(romanizeId("블라디미르 테네브", true), /^[a-z0-9-]+$/);
});
