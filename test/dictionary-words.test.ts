/**
 * The shipped dictionaries against the two ways a name entry goes wrong in ordinary text
 * (_data/people.yaml and companies.yaml headers): a name or alias that is an ordinary word, an
 * inflected word or a place, and a class of public figures or former company names the
 * dictionaries are meant to cover. Every sentence here is invented for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { EntityExtractor } from "../src/entities/extract.ts";

const dicts = loadDictionaries();
// The dictionaries alone: this file tests their words (discovery, on by default, would rightly add 고영인 씨).
const ex = new EntityExtractor({
  ...dicts,
  settings: { ...dicts.settings, discoverPeople: false },
});
const run = (text: string) => ex.extract({ title: "", paragraphs: [text], captions: [] });

/**
 * Korean cities (시) and counties (군), without the 시/군 suffix (행정안전부 행정구역 list). A
 * company or person form equal to one links every article about the place (보령 the city is not
 * 보령 the drug maker), unless the entry marks it `ambiguous` (business context only).
 */
const PLACES = (
  "서울 부산 대구 인천 광주 대전 울산 세종 수원 성남 고양 용인 부천 안산 안양 남양주 화성 평택 의정부 시흥 파주 " +
  "김포 광명 군포 하남 오산 이천 안성 의왕 양주 구리 포천 동두천 과천 여주 춘천 원주 강릉 동해 태백 속초 삼척 " +
  "청주 충주 제천 천안 공주 보령 아산 서산 논산 계룡 당진 전주 군산 익산 정읍 남원 김제 목포 여수 순천 나주 " +
  "광양 포항 경주 김천 안동 구미 영주 영천 상주 문경 경산 창원 진주 통영 사천 김해 밀양 거제 양산 제주 서귀포 " +
  "양평 가평 연천 홍천 횡성 영월 평창 정선 철원 화천 양구 인제 고성 양양 보은 옥천 영동 증평 진천 괴산 음성 " +
  "단양 금산 부여 서천 청양 홍성 예산 태안 완주 진안 무주 장수 임실 순창 고창 부안 담양 곡성 구례 고흥 보성 " +
  "화순 장흥 강진 해남 영암 무안 함평 영광 장성 완도 진도 신안 군위 의성 청송 영양 영덕 청도 고령 성주 칠곡 " +
  "예천 봉화 울진 울릉 의령 함안 창녕 남해 하동 산청 함양 거창 합천 강화 옹진 기장 달성"
).split(" ");

test("no company or person name or alias is a Korean city or county (unless marked ambiguous)", () => {
  const places = new Set(PLACES);
  const clashes: string[] = [];
  for (const e of [...dicts.companies, ...dicts.people]) {
    const ambiguous = new Set((e as { ambiguous?: string[] }).ambiguous ?? []);
    for (const f of [e.name, ...(e.aliases ?? [])])
      if (places.has(f) && !ambiguous.has(f)) clashes.push(`${e.id}: ${f}`);
  }
  assert.deepEqual(clashes, []);
});

test("ordinary words, inflected forms and places shaped like names link nothing", () => {
  const sentences = [
    "그것이 유일한 방법이었다는 평가다.", // 유일한 (the only), not a person
    "정부의 늦은 대처가 도마에 올랐다.", // 대처 (response)
    "한정 판매 물량이 하루 만에 동났다.", // 한정 (limited)
    "정국이 급랭하면서 예산안 처리가 늦어졌다.", // 정국 (political situation)
    "지수는 사흘째 하락했다.", // 지수 (index)
    "조국을 떠난 지 30년 만에 돌아왔다.", // 조국 (fatherland)
    "그는 왕이 되고 싶었다.", // 왕이 (the king + particle)
    "그 장면이 오래 기억에 남았다.", // 장면 (scene)
    "진로 상담을 받은 학생이 늘었다.", // 진로 (career path)
    "태양이 뜨기 전에 출발했다.", // 태양 (the sun)
    "보령의 한 노래방에서 적발됐다.", // 보령 (the city)
    "고영인 씨가 소감을 밝혔다.", // 고영 inside a longer name
    "율곡 사업 예산이 삭감됐다.", // 율곡 (the defence procurement programme)
    "토탈 솔루션을 제공한다는 구상이다.", // 토탈 (total)
    "비자 발급이 지연되고 있다.", // 비자 (visa)
    "기준금리를 25bp 내렸다.", // bp (basis points)
    "제조업 PMI가 50을 밑돌았다.", // PMI (purchasing managers' index)
    "로제 파스타와 샤프 한 자루를 샀다.", // 로제 (rosé), 샤프 (mechanical pencil)
    "디스코 음악에 맞춰 춤을 췄다.", // 디스코 (disco)
    "다이빙 대회가 열렸다.", // 다이빙 (diving)
    "무역수지 흑자 폭이 줄었다. 수지 개선이 시급하다.", // 수지 (balance)
  ];
  for (const s of sentences) {
    const e = run(s);
    assert.deepEqual([...e.companies, ...e.people], [], s);
  }
});

test("classes of public figures are covered: Chinese, Japanese and US leaders, heads of institutions", () => {
  assert.deepEqual(run("덩샤오핑과 장쩌민, 후진타오를 거쳐 시진핑까지").people, [
    "덩샤오핑",
    "장쩌민",
    "후진타오",
    "시진핑",
  ]);
  assert.deepEqual(run("나카소네 야스히로 전 총리와 고이즈미 준이치로 전 총리").people, [
    "나카소네 야스히로",
    "고이즈미 준이치로",
  ]);
  assert.deepEqual(run("로널드 레이건 전 대통령과 앨런 그린스펀 전 의장").people, [
    "로널드 레이건",
    "앨런 그린스펀",
  ]);
  assert.deepEqual(run("코피 아난 전 유엔 사무총장은 김일성 주석을 만나지 않았다").people, [
    "코피 아난",
    "김일성",
  ]);
  assert.deepEqual(run("전두환, 노태우, 김영삼 전 대통령").people, ["전두환", "노태우", "김영삼"]);
});

test("transliteration variants are one entry", () => {
  for (const s of ["룰라 다 실바 대통령은", "루이스 이나시우 룰라 다시우바 대통령은"])
    assert.deepEqual(run(s).people, ["루이스 이나시우 룰라 다시우바"], s);
  for (const s of ["장클로드 융커 위원장은", "장 클로드 융커 위원장은"])
    assert.deepEqual(run(s).people, ["장클로드 융커"], s);
  for (const s of ["렁춘잉 행정장관은", "량전잉 행정장관은"])
    assert.deepEqual(run(s).people, ["렁춘잉"], s);
});

test("a former name of a company that continues links the company of today", () => {
  const cases: [string, string][] = [
    ["다음카카오는 합병 법인을 출범시켰다", "카카오"],
    ["LG텔레콤이 요금제를 내놨다", "LG유플러스"],
    ["카카오M이 드라마를 제작한다", "카카오엔터테인먼트"],
    ["이베이코리아를 인수했다", "G마켓"],
    ["신일철주금을 상대로 소송을 냈다", "일본제철"],
    ["한국통신이 민영화됐다", "KT"],
    ["한화케미칼이 태양광 사업을 키운다", "한화솔루션"],
  ];
  for (const [s, name] of cases) assert.deepEqual(run(s).companies, [name], s);
});

test("defunct companies still in the news have their own entries", () => {
  assert.deepEqual(run("한진해운이 파산한 뒤 해운업 재편이 이어졌다").companies, ["한진해운"]);
  assert.deepEqual(run("대우그룹 해체 이후 계열사들이 흩어졌다").companies, ["대우그룹"]);
});
