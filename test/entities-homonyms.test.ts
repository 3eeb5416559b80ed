/**
 * The homonym rule (src/entities/person-rule.ts, judgeMention): a dictionary person's name written
 * for a namesake — qualified by an occupation the entry does not have, or by a corporate title
 * at another company — is not that person. Sentences are invented.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDictionaries, type Dictionaries } from "../src/core/dictionaries.ts";
import { EntityExtractor } from "../src/entities/extract.ts";
import { qualifierAfter, qualifierBefore } from "../src/entities/qualifiers.ts";

const dicts = loadDictionaries();
const ex = new EntityExtractor(dicts);
const people = (...paragraphs: string[]) =>
  ex.extract({ title: "", paragraphs, captions: [] }).people;

test("박정호 SK하이닉스 부회장 is the dictionary's 박정호; 박정호 부장판사 is not", () => {
  assert.deepEqual(people("박정호 SK하이닉스 부회장은 반도체 투자를 늘리겠다고 말했다."), [
    "박정호",
  ]);
  assert.deepEqual(people("서울중앙지법 박정호 영장전담 부장판사는 구속영장을 발부했다."), []);
  assert.deepEqual(people("부장판사 박정호는 판결문에서 이렇게 적었다."), []);
  // The unqualified repeat of a namesake's name goes with it: one name in one article is one person.
  assert.deepEqual(
    people("박정호 부장판사는 영장을 기각했다.", "박정호는 도주 우려가 없다고 봤다."),
    [],
  );
});

test("occupations the entry does not have: 교수, 변호사, 기자, 선수, 씨", () => {
  for (const s of [
    "박정호 한빛대 경영학과 교수는 전망을 내놨다.",
    "박정호 변호사는 항소하겠다고 밝혔다.",
    "박정호 기자가 현장을 찾았다.",
    "박정호 선수가 결승골을 넣었다.",
    "회사원 박정호 씨는 출근길에 사고를 목격했다.",
    "박정호씨는 가게를 30년째 운영한다.",
    "■ 필자 박정호 다온대 미술사학과를 졸업했다.",
    "미술평론가 박정호는 전시를 호평했다.",
  ])
    assert.deepEqual(people(s), [], s);
});

test("another company's name with a corporate title is a namesake; its own company or group is not", () => {
  assert.deepEqual(
    people("박정호 다온전자 상무는 신제품을 소개했다.", "다온전자는 중소 부품사다."),
    ["박정호"],
    "다온전자 is in no dictionary: no evidence either way",
  );
  assert.deepEqual(
    people("박정호 카카오 부사장은 말했다."),
    [],
    "카카오 is not SK하이닉스's group",
  );
  assert.deepEqual(
    people("박정호 SK텔레콤 사장은 말했다."),
    ["박정호"],
    "SK텔레콤 is in the same group",
  );
  assert.deepEqual(
    people("SK그룹 박정호 부회장이 참석했다."),
    ["박정호"],
    "company written before the name",
  );
  assert.deepEqual(people("삼성전자 박정호 상무가 참석했다."), []);
  assert.deepEqual(
    people("구본준 LG 부회장은 시무식을 주관했다."),
    ["구본준"],
    "orgs: a past company counts",
  );
});

test("a past post is not a contradiction: 전 검사, 검사 출신, 전 삼성전자 사장", () => {
  assert.deepEqual(people("금태섭 전 검사가 출마했다."), ["금태섭"]);
  assert.deepEqual(people("박정호 전 카카오 부사장은 말했다."), ["박정호"]);
});

test("a name inside a quote or a clause is not qualified by the words after it", () => {
  assert.deepEqual(people("‘윤석열 사단’으로 알려진 검사 출신 후보가 나섰다."), ["윤석열"]);
  assert.deepEqual(people("윤석열 대통령과 만난 변호사가 말했다."), ["윤석열"]);
});

test("entries of kind other are judged by occupation family only (최순실씨, 김시우 선수 yes; 김시우 교수 no)", () => {
  assert.deepEqual(people("최순실씨 국정농단 사건 이후 기업들은 몸을 낮췄다."), ["최순실"]);
  assert.deepEqual(people("김시우 선수가 우승했다."), ["김시우"]);
  assert.deepEqual(
    people("김시우 한빛대 교수는 이렇게 분석했다."),
    [],
    "the golfer is no professor",
  );
  assert.deepEqual(people("김시우 변호사는 소송을 맡았다."), []);
});

test("occupation families: sports, arts, law-academia; 감독 is both coach and director", async () => {
  const { occupationFamilies } = await import("../src/entities/person-rule.ts");
  assert.deepEqual([...occupationFamilies("프로골퍼")], ["sports"]);
  assert.deepEqual([...occupationFamilies("배우")], ["arts"]);
  assert.deepEqual([...occupationFamilies("부장판사")], ["law-academia"]);
  assert.deepEqual([...occupationFamilies("감독")].sort(), ["arts", "sports"]);
  assert.deepEqual([...occupationFamilies("아트센터 나비 관장")], []);
});

test("an entry whose role has the occupation keeps it", () => {
  const d: Dictionaries = {
    ...dicts,
    people: [{ id: "han-bit", name: "한빛나", kind: "official", role: "교수", aliases: [] }],
  };
  const e = new EntityExtractor(d);
  assert.deepEqual(
    e.extract({ title: "", paragraphs: ["한빛나 다온대 교수는 말했다."], captions: [] }).people,
    ["한빛나"],
  );
});

test("qualifiers: after the name (up to three words, 씨 glued or spaced), and before it", () => {
  const after = (s: string, name: string) =>
    qualifierAfter(s, s.indexOf(name) + name.length)?.role ?? null;
  assert.equal(after("박정호 영장전담 부장판사는", "박정호"), "부장판사");
  assert.equal(after("최순실씨 사건", "최순실"), "씨");
  assert.equal(after("김민수 씨는 말했다", "김민수"), "씨");
  assert.equal(after("김민수(45) 변호사는", "김민수"), "변호사");
  assert.equal(after("김민수는 변호사다", "김민수"), null);
  assert.equal(
    after("김민수 한빛대 경영대학 경영학과 명예 교수", "김민수"),
    null,
    "more than three words between",
  );
  const before = (s: string, name: string) => qualifierBefore(s, s.indexOf(name))?.role ?? null;
  assert.equal(before("배우 송민국이 출연한다", "송민국"), "배우");
  assert.equal(before("회장인 마이크 호와", "마이크 호"), "회장");
  assert.equal(before("‘특급 유망주’ 최다온이", "최다온"), null);
});
