/** The matcher traps of issue 4 (SPEC §5 boundaries), each a test, through the entity stage. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SHIPPED_GRAMMAR } from "./helpers.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { EntityExtractor } from "../src/entities/extract.ts";

const ex = new EntityExtractor(loadDictionaries());
const run = (text: string) => ex.extract({ title: "", paragraphs: [text], captions: [] });

test("메타버스 is not 메타; 메타코리아 counts as 메타", () => {
  assert.deepEqual(run("국내 메타버스 플랫폼의 메타버스 서비스").companies, []);
  assert.deepEqual(run("메타코리아는 12일 간담회를 열었다").companies, ["메타"]);
  assert.deepEqual(run("메타는, 메타의, 메타와").mentions, { 메타: 3 });
});

test("애플카 and 애플워치 alone do not mention 애플", () => {
  assert.deepEqual(run("애플워치 비중은 30%대. 애플카 관련 부품 수주 기대감").companies, []);
  assert.deepEqual(run("애플이 아이폰을 내놨다").companies, ["애플"]);
});

test("LG트윈타워 is not LG", () => {
  assert.deepEqual(run("LG전자는 서울 여의도 LG트윈타워에서 설명회를 열었다").companies, [
    "LG전자",
  ]);
});

test("삼성 alone is the group, 삼성전자 is Samsung Electronics", () => {
  assert.deepEqual(run("삼성은 계열사별로 지원서를 받는다").companies, ["삼성"]);
  assert.deepEqual(run("삼성전자는 실적을 발표했다").companies, ["삼성전자"]);
  assert.deepEqual(
    run("삼성·LG전자가 참여했다").companies,
    ["삼성전자", "LG전자"],
    "elided suffix: 삼성·LG전자",
  );
  assert.deepEqual(run("삼성ㆍSKㆍ현대자동차그룹이").companies, [
    "삼성",
    "SK그룹",
    "현대자동차그룹",
  ]);
});

test("SK하이닉스 is not SK그룹, and its dictionary entry names SK그룹 as parent", () => {
  assert.deepEqual(run("SK하이닉스가 HBM을 공급한다").companies, ["SK하이닉스"]);
  const hynix = loadDictionaries().companies.find((c) => c.name === "SK하이닉스");
  assert.equal(hynix?.parent, "sk-group");
});

test("`마크 저커버그(Mark Zuckerberg)` is one mention", () => {
  assert.deepEqual(run("마크 저커버그(Mark Zuckerberg) 최고경영자").mentions, {
    "마크 저커버그": 1,
  });
});

test("저커버그에게, 이재용과의, 엔비디아로부터 are mentions", () => {
  assert.deepEqual(run("저커버그에게 전달").people, ["마크 저커버그"]);
  assert.deepEqual(run("이재용과의 회동").people, ["이재용"]);
  assert.deepEqual(run("엔비디아로부터 요청을 받았다").companies, ["엔비디아"]);
  assert.deepEqual(
    run("문재인정부 들어, 최순실씨 국정농단").people.sort(),
    ["문재인", "최순실"].sort(),
  );
});

test("`삼성전자·SK하이닉스·LG전자` is three", () => {
  const e = run("삼성전자·SK하이닉스·LG전자 등 국내 전자 업체들");
  assert.deepEqual(e.companies, ["삼성전자", "SK하이닉스", "LG전자"]);
  assert.deepEqual(e.mentions, { 삼성전자: 1, SK하이닉스: 1, LG전자: 1 });
});

test("names inside ordinary words do not match (한은 in 권한은, 리창 in 유리창, EV in EVENT)", () => {
  for (const s of ["권한은 없다", "유리창이 깨졌다", "EVENT 행사", "Translated by kakao i"]) {
    const e = run(s);
    assert.deepEqual([...e.companies, ...e.people, ...e.tags], [], s);
  }
});

test("ambiguous names (기아, 농심, 알파벳) need business context", () => {
  assert.deepEqual(run("기아를 벗어나 알파벳을 외웠다. 농심이 떠났다").companies, []);
  assert.deepEqual(
    run("현대차는 늘리고, 기아는 공고를 낸다").companies.sort(),
    ["기아", "현대자동차"].sort(),
  );
  assert.deepEqual(run("농심은 3분기 매출이 늘었다").companies, ["농심"]);
});

test("spacing variants and glued vs: 아시아나 항공, KB 캐피탈, 구글vs아마존", () => {
  assert.deepEqual(
    run("아시아나 항공이 KB 캐피탈과").companies.sort(),
    ["KB캐피탈", "아시아나항공"].sort(),
  );
  assert.deepEqual(run("구글vs아마존 IT융합시대").companies, ["구글", "아마존"]);
});

test("the matcher stays linear: 10× the text takes about 10× the time, not 100× (ratio, not seconds)", () => {
  const para =
    "삼성전자·SK하이닉스·LG전자 등 메타버스 업체와 저커버그에게 엔비디아로부터 받은 요청을 전했다. ";
  const text = (chars: number) => para.repeat(Math.ceil(chars / para.length));
  // Fastest of three runs each: a busy machine slows single runs, rarely all three.
  const time = (t: string) =>
    Math.min(
      ...[0, 1, 2].map(() => {
        const start = performance.now();
        const e = ex.extract({ title: "", paragraphs: [t], captions: [] });
        assert.ok(e.companies.includes("엔비디아"));
        return performance.now() - start;
      }),
    );
  const small = time(text(100_000));
  const large = time(text(1_000_000));
  const ratio = large / small;
  console.log(
    `# matcher: 100 kB ${small.toFixed(0)} ms, 1 MB ${large.toFixed(0)} ms, ratio ${ratio.toFixed(1)}`,
  );
  assert.ok(ratio < 30, `1 MB took ${ratio.toFixed(1)}× as long as 100 kB (linear is about 10×)`);
});

test("tag keyword 칩 and two-letter Latin keywords match only as whole words", () => {
  const tags = (s: string) => ex.extract({ title: "", paragraphs: [s], captions: [] }).tags;
  assert.deepEqual(tags("포테이토칩을 먹었다. 칩거 중이다. 칩셋이라는 말"), []);
  assert.deepEqual(tags("AI 칩을 만든다. 칩 수요가 늘었다"), ["반도체"]);
  assert.deepEqual(tags("EVENT 행사와 EVERY 날, EV용 부품"), []);
  assert.deepEqual(tags("EV는 전기차다. EV 보급"), ["전기차"]);
});

test("a name in a byline left in the text is not a person mention (박진영 기자), 기자회견 is not a byline", () => {
  assert.deepEqual(run("김예진·박진영 기자 ⓒ 세상을 보는 눈").people, []);
  assert.deepEqual(run("이재용 기자는 전했다").people, []);
  assert.deepEqual(run("박진영 기자회견에서").people, ["박진영"]);
});

test("a Latin prefix may be spaced from the Hangul rest: KB 캐피탈, SK 하이닉스", () => {
  assert.deepEqual(
    run("SK 하이닉스와 KB 캐피탈이").companies.sort(),
    ["KB캐피탈", "SK하이닉스"].sort(),
  );
});

test("`not` phrases in the dictionary: places, teams and spaced products are not the company", () => {
  assert.deepEqual(run("삼성 디지털시티에서 열린 삼성전자 시무식").companies, ["삼성전자"]);
  assert.deepEqual(run("LG 트윈스와 기아 타이거즈가 맞붙었다").companies, []);
  assert.deepEqual(run("애플 워치와 애플의 아이폰").mentions, { 애플: 1 });
  assert.deepEqual(
    ex.extract({ title: "LG 트윈스 우승", paragraphs: ["경기 결과"], captions: [] }).companies,
    [],
    "titles too",
  );
});

test("headline contractions after a name are mentions (국감서, 삼성전자서, LG엔, 업계선); words ending in 서 are not cut in search", async () => {
  const e = ex.extract({
    title: "",
    paragraphs: ["최태원 회장이 국감서 답했다. 삼성전자서 나온 말이다. LG엔 호재다."],
    captions: [],
  });
  assert.deepEqual(e.people, ["최태원"]);
  assert.deepEqual([...e.companies].sort(), ["LG", "삼성전자"]);
  assert.deepEqual(
    ex.extract({ title: "", paragraphs: ["메타서버와 삼성서비스센터 이야기."], captions: [] })
      .companies,
    [],
    "서 that starts a word is no particle",
  );
  const { stemWord } = await import("../src/search/query.ts");
  assert.equal(
    stemWord("보고서", () => false, SHIPPED_GRAMMAR),
    "보고서",
  );
  assert.equal(
    stemWord("계약서를", () => false, SHIPPED_GRAMMAR),
    "계약서",
  );
  assert.equal(
    stemWord("삼성전자서", (s) => s === "삼성전자", SHIPPED_GRAMMAR),
    "삼성전자",
  );
});

test("a country pair matches with or without a middle dot (한일 관계 = 한·일관계 = 한ㆍ일 관계)", async () => {
  const { formVariants } = await import("../src/entities/match.ts");
  assert.deepEqual(
    formVariants("한일 관계").sort(),
    ["한·일 관계", "한·일관계", "한ㆍ일 관계", "한ㆍ일관계", "한일 관계", "한일관계"].sort(),
  );
  assert.deepEqual(
    formVariants("한국전력"),
    ["한국전력"],
    "only a pair of one-syllable country names",
  );
  assert.deepEqual(formVariants("삼성"), ["삼성"]);
});

test("a social service named as where someone posted is not the company; with a business cue it is", () => {
  assert.deepEqual(run("그는 자신의 페이스북에 글을 올렸다. 틱톡에 영상도 올렸다.").companies, []);
  assert.deepEqual(run("페이스북 수석부사장이 방한했다.").companies, ["페이스북"]);
  assert.deepEqual(run("틱톡의 미국 사업 매각이 논의된다.").companies, ["바이트댄스"]);
});

test("a service a person posted on is not the company even with a business word nearby (정진석 공관위원장은 페이스북에 … 대표측이)", () => {
  assert.deepEqual(
    run('정진석 위원장은 페이스북에 "안 대표측이 선호해 온 방식과 다르지 않다"고 밝혔다.')
      .companies,
    [],
  );
  assert.deepEqual(run("그는 틱톡 계정에 영상을 올려 사장 시절을 회고했다.").companies, []);
});

test("a two-syllable name followed by 인 that makes a personal name is not a mention (한샘 in 한샘인 씨), the copula after a longer name is", () => {
  assert.deepEqual(run("한샘인 씨는 이렇게 말했다.").companies, []);
  assert.deepEqual(run("최대 고객은 삼성전자인 것으로 알려졌다.").companies, ["삼성전자"]);
});

test("a place named after a company is not a mention (한국은행 사거리, 국민은행 역); the company next to it is", () => {
  assert.deepEqual(run("집회는 한국은행 사거리에서 열렸다.").companies, []);
  assert.deepEqual(run("한국은행 사거리 인근에서 한국은행은 금리를 동결했다.").companies, [
    "한국은행",
  ]);
});
