/**
 * Entity misses of the third fresh-user round, as sentences in the style of regional and trade
 * news: a place before a department title is no person, tags need evidence of their own subject,
 * and company-shaped names a role introduces are offered.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findCompanies } from "../src/entities/find-companies.ts";
import { findPeople } from "../src/entities/find-people.ts";
import { isNameShaped } from "../src/entities/names.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { EntityExtractor } from "../src/entities/extract.ts";

const people = (s: string) => findPeople(s).map((p) => `${p.name}/${p.role}`);

test("a place before a department title is the organisation, the person is the name before it", () => {
  assert.deepEqual(people("한다온 용인시 반도체산업과장은 “공급이 늘었다”고 말했다."), [
    "한다온/과장",
  ]);
  assert.deepEqual(people("한다온 용인시 과장은 설명했다."), ["한다온/과장"]);
  assert.deepEqual(people("김하람 성남시 분당구 도시국장은 밝혔다."), ["김하람/국장"]);
  assert.deepEqual(
    people("박서우 안국동 주민자치과장은 밝혔다."),
    ["박서우/과장"],
    "동 ends given names too: the department after it makes it the organisation's",
  );
  assert.deepEqual(people("안성시 대변인은 밝혔다."), []);
  assert.deepEqual(people("용인시 반도체산업과장 한다온은 밝혔다."), []);
});

test("names that run up to their role still share it", () => {
  assert.deepEqual(people("조다온 유하람 김서우 의원과 만났다."), [
    "조다온/의원",
    "유하람/의원",
    "김서우/의원",
  ]);
  assert.deepEqual(people("조다온 김서우 전 의원이 참석했다."), ["조다온/의원", "김서우/의원"]);
});

test("a word ending in an administrative unit no given name ends with is no name", () => {
  for (const place of ["용인시", "안성시", "정선군", "원삼읍", "고삼면"])
    assert.equal(isNameShaped(place), false, place);
  for (const name of ["김재동", "박세리", "한다온"]) assert.equal(isNameShaped(name), true, name);
});

test("discovery and the opt-in never file a place as a person", () => {
  const ex = new EntityExtractor(loadDictionaries());
  const text =
    "경기도와 용인시는 협약을 맺었다. 한다온 용인시 반도체산업과장은 “투자가 빨라졌다”고 설명했다.";
  assert.deepEqual(
    ex.discover(text).people.map((p) => p.name),
    ["한다온"],
  );
});

const ex = new EntityExtractor(loadDictionaries());
const tags = (title: string, paragraphs: string[]) =>
  ex.extract({ title, paragraphs, captions: [] }).tags;

test("a word every industry uses is no tag's evidence: 수주잔고 in a construction story is not 조선", () => {
  const builders = [
    "국내 10대 건설사의 3분기 말 수주잔고가 300조원을 넘었다.",
    "한빛건설의 수주잔고는 90조원으로 1위를 지켰다.",
    "업계는 해외 플랜트 수주가 잔고를 끌어올렸다고 분석했다.",
  ];
  const got = tags("10대 건설사 수주잔고 300조…한빛건설 1위", builders);
  assert.ok(got.includes("건설") && !got.includes("조선"), got.join(","));
  const yards = [
    "국내 조선사 3곳의 수주잔고가 4년치 일감을 넘었다.",
    "LNG 운반선 발주가 이어지면서 조선소 도크가 찼다.",
  ];
  assert.ok(tags("조선 3사 수주잔고 4년치", yards).includes("조선"));
});

test("투자 유치 of a city and 해외수주 of a defence maker, in the title and the text, give neither 스타트업 nor 건설", () => {
  const city = [
    "한빛시는 올해 투자 유치 실적이 2조원을 넘었다고 밝혔다.",
    "시는 반도체 협력사의 투자 유치를 위해 전담팀을 꾸렸다.",
    "투자 유치 설명회는 다음 달 서울에서 열린다.",
  ];
  assert.ok(!tags("한빛시 투자 유치 2조 돌파", city).includes("스타트업"));
  const arms = [
    "방산업체들의 해외수주가 올해 20조원을 넘었다.",
    "K방산 해외수주는 폴란드와 중동에 몰렸다.",
  ];
  assert.ok(!tags("방산 해외수주 20조 돌파", arms).includes("건설"));
});

test("company-shaped suffixes of newer companies are offered (…로보틱스, …모빌리티); plain compounds are not", () => {
  const names = (s: string) => findCompanies(s).map((c) => c.name);
  assert.deepEqual(names("이다온 한빛로보틱스 대표는 “주방 절반을 바꾼다”고 말했다."), [
    "한빛로보틱스",
  ]);
  assert.deepEqual(names("다온바이오로직스와 한빛에너지솔루션이 손잡았다."), [
    "다온바이오로직스",
    "한빛에너지솔루션",
  ]);
  assert.deepEqual(names("한빛모빌리티는 도심항공모빌리티 시장과 미래모빌리티 전환을 노린다."), [
    "한빛모빌리티",
  ]);
});
