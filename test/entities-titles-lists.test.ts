/**
 * People and companies that news writes in a short form: a mayor's title glued to the city
 * (src/entities/qualifiers.ts `placeTitle`), a broadcast transcript's speaker tag
 * (src/entities/find-people.ts), and a middle-dot list of company names that share the head noun
 * after it (src/entities/match.ts `expandListHead`). Sentences are invented.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { EntityExtractor } from "../src/entities/extract.ts";
import { findPeople } from "../src/entities/find-people.ts";
import { placeTitle, qualifierAfter } from "../src/entities/qualifiers.ts";
import { wordsFor } from "../src/entities/words.ts";

const words = wordsFor();
const ex = new EntityExtractor(loadDictionaries());
const run = (...paragraphs: string[]) => ex.extract({ title: "", paragraphs, captions: [] });
const found = (s: string) => findPeople(s).map((p) => `${p.name}/${p.role}`);

test("<name> <city>시장 is a mayor when the text names the city: 조다온 한빛시장", () => {
  const story = [
    "한빛시는 하천변 산책로 출입을 통제했다.",
    '조다온 한빛시장은 대책회의를 열고 "저지대 주민은 대피해 달라"고 당부했다.',
  ];
  assert.deepEqual(found(story.join(" ")), ["조다온/시장"]);
  assert.deepEqual(run(...story).people, ["조다온"]);
  // A city hall or the city's name with a particle names the place as well as 한빛시가 does.
  assert.equal(placeTitle("한빛시장은", "한빛시청 앞 광장", words), "시장");
  assert.equal(placeTitle("한빛시장의", "한빛시와 협약", words), "시장");
  // Past the name: 전 한빛시장 is a former mayor.
  assert.equal(qualifierAfter("김하람 전 한빛시장은 한빛시에", 3, { words })?.former, true);
});

test("시장 stays a market: spaced, a market compound, or a city the text never names", () => {
  assert.equal(placeTitle("한빛시장은", "조다온 한빛시장은 말했다.", words), null);
  assert.equal(placeTitle("전통시장", "전통시장 상인들이 모였다.", words), null);
  assert.equal(placeTitle("주식시장은", "주식시장은 약세였다.", words), null);
  assert.equal(placeTitle("시장은", "서울시는 밝혔다.", words), null);
  assert.deepEqual(found("조다온 한빛시장은 회의를 열었다."), []);
  assert.deepEqual(found("한빛시는 밝혔다. 조다온 서울 시장은 말했다."), []);
  assert.deepEqual(run("국내 주식시장은 약세였다.", "고령층 소비시장이 커졌다.").people, []);
  // A press title's apposition never reads a place title (최다온 KBS 기자).
  assert.equal(
    qualifierAfter("최다온 한빛시장 한빛시", 3, {
      words,
      roles: words.pressTitles,
      placeTitles: false,
    }),
    null,
  );
});

test("every place title opens with a unit of place_endings (시 + 장)", () => {
  for (const t of words.placeTitles) assert.ok(words.data.place_endings.includes(t[0]), t);
});

test("a broadcast speaker tag [name/affiliation role : …] names a person; an anonymous one or a crew credit does not", () => {
  const transcript = [
    "[앵커]",
    "경매로 넘어간 피해 주택이 한 달 새 300건을 넘었습니다.",
    "[최다온/한빛도시연구소 소장 : 경매 속도를 공공 매입이 따라가지 못하는 구조입니다.]",
    "[김모 씨/전세사기 피해자 : 하루아침에 집이 넘어갔습니다.]",
    "[박모/세입자 : 연락이 안 됩니다.]",
    "[영상취재 박하람 / 영상편집 이서우 / 영상디자인 정가온]",
  ];
  assert.deepEqual(found(transcript.join("\n")), ["최다온/소장"]);
  assert.deepEqual(run(...transcript).people, ["최다온"]);
  assert.deepEqual(found("[조하람 / 가나대 경제학과 교수] 금리가 내려도 집값은 안 오릅니다."), [
    "조하람/교수",
  ]);
});

test("KB국민·신한·하나·우리·NH농협 등 5대 은행 names five banks: each item + the shared head noun", () => {
  assert.deepEqual(
    run("KB국민·신한·하나·우리·NH농협 등 5대 은행이 가계대출 증가폭을 관리하기로 했다.").companies,
    ["KB국민은행", "신한은행", "하나은행", "우리은행", "NH농협은행"],
  );
  // Without a count, with a generic prefix (시중은행), with a spaced head.
  assert.deepEqual(run("신한·하나 등 시중은행은 금리를 내렸다.").companies, [
    "신한은행",
    "하나은행",
  ]);
  assert.deepEqual(run("KB국민·우리 은행도 뒤따랐다.").companies, ["KB국민은행", "우리은행"]);
  // Mentions are counted once per item, and the suffix carried by the last item still works.
  assert.deepEqual(run("신한·하나 등 4대 은행. 신한은행 관계자는 말했다.").mentions, {
    신한은행: 2,
    하나은행: 1,
  });
  assert.deepEqual(run("삼성·LG전자가 나섰다.").companies, ["삼성전자", "LG전자"]);
});

test("a dotted list with no company head, or an item no known name, names nothing new", () => {
  assert.deepEqual(run("한국·미국·일본 등 3개국이 합의했다.").companies, []);
  assert.deepEqual(run("하나·둘·셋 등 구호에 맞춰 대출 창구가 열렸다.").companies, []);
  assert.deepEqual(run("가나·다라 등 2대 은행이 합병했다.").companies, []);
  assert.deepEqual(run("신한·하나 등 주요 기업이 참여했다.").companies, []);
});

test("ranks of banks, regulators and co-operatives after a name make a person: 조사역, 검사역, 행장, 조합장", () => {
  assert.deepEqual(found('한빛상공회의소 최다온 조사역은 "지역 자본의 선순환"이라고 평가했다.'), [
    "최다온/조사역",
  ]);
  assert.deepEqual(found("금융감독원 이하람 선임검사역은 밝혔다."), ["이하람/검사역"]);
  assert.deepEqual(found("한빛은행 박다온 행장은 취임사에서 말했다."), ["박다온/행장"]);
  assert.deepEqual(found("한빛농협 정하람 조합장은 수매가를 올렸다."), ["정하람/조합장"]);
  // A rank word with no name before it stays a word.
  assert.deepEqual(found("조사역 채용 공고가 나왔다. 지점장 회의가 열렸다."), []);
});
