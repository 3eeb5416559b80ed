/**
 * The tag rules (src/entities/tag-rule.ts `decideTag`, `_data/tags.yaml` strong/weak/not lists),
 * each kind of misfire found on the tag gold set as a test on invented text: a generic word
 * repeated (개정안, 항공기, 이동통신), a keyword inside a longer phrase (야구 글러브), an aside
 * paragraph, a long article; and what must still assign a tag (title, lede, strong words).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { EntityExtractor } from "../src/entities/extract.ts";
import { decideTag, TAG_MIN_SCORE, type TagEvidence } from "../src/entities/tag-rule.ts";

const dicts = loadDictionaries();
const ex = new EntityExtractor(dicts);
const tags = (title: string, paragraphs: string[], subtitle?: string) =>
  ex.extract({ title, subtitle, paragraphs, captions: [] }).tags;

test("a generic word repeated is not the topic: 개정안 in an army story is not 국회", () => {
  const army = [
    "중국군이 내무 조례 개정안을 공개했다.",
    "이번 개정안에는 훈련 기준이 담겼다.",
    "개정안은 다음 달부터 시행된다.",
  ];
  assert.deepEqual(tags("군 조례 바뀐다", army).includes("국회"), false);
  const assembly = [
    "국회는 본회의에서 상법 개정안을 처리했다.",
    "여야는 개정안을 두고 맞섰다.",
    "본회의 표결은 저녁에 끝났다.",
  ];
  assert.ok(tags("상법 바뀐다", assembly).includes("국회"));
});

test("항공기 and 이동통신 in passing give neither 항공 nor 통신", () => {
  const parade = [
    "공군 항공기 20대가 광장 위를 날았다.",
    "항공기 편대가 두 차례 지나갔다.",
    "행사장에는 이동통신 기지국 차량이 배치됐다.",
    "5G 이동통신 장비도 전시됐다.",
  ];
  const got = tags("건국 기념 열병식", parade);
  assert.ok(!got.includes("항공") && !got.includes("통신"), got.join(","));
  assert.ok(got.includes("안보"), `열병식 is a strong 안보 word: ${got.join(",")}`);
  const airline = ["항공사들이 임시 항공편을 띄운다.", "항공업계는 운항 일정을 조정했다."];
  assert.ok(tags("귀국편 늘린다", airline).includes("항공"));
});

test("야구 글러브 is not 스포츠; a weak sport word alone is not either; 프로야구 is", () => {
  const bio = [
    "그는 어린 시절 야구 글러브 공장에서 일했다.",
    "야구 글러브를 만드는 기계에 손을 다쳤다.",
    "그 뒤 야구를 즐겨 봤다고 한다.",
  ];
  assert.ok(!tags("어느 정치인의 어린 시절", bio).includes("스포츠"));
  // In the title a weak word plus one more mention would assign the tag: `not` drops the phrase.
  assert.ok(
    !tags("야구 글러브 공장 화재", [
      "야구 글러브 공장에서 불이 났다.",
      "야구 글러브 재고가 탔다.",
    ]).includes("스포츠"),
  );
  const game = [
    "프로야구 개막전이 열렸다.",
    "야구장에는 관중 2만 명이 모였다.",
    "KBO는 흥행을 기대했다.",
  ];
  assert.ok(tags("봄 개막", game).includes("스포츠"));
});

test("two mentions inside one aside paragraph of a longer article are not its topic", () => {
  const story = [
    "북한 청진 거리에 경제 구호가 늘었다.",
    "주민들은 가을걷이에 한창이다.",
    "북한 최대 제철소로 가는 수송관이 낡아 제철소가 멈춰 섰다고 한다.",
    "북한 당국은 경제 건설을 강조했다.",
  ];
  const got = tags("북 거리 풍경", story);
  assert.ok(got.includes("북한"));
  assert.ok(!got.includes("철강"), got.join(","));
  // The same two mentions in a one-paragraph article are the article.
  assert.ok(
    tags("", ["제철소 두 곳이 새 전기로를 들였다. 제철소 가동률도 올랐다."]).includes("철강"),
  );
});

test("a strong keyword in the title assigns the tag; a weak one needs one more mention", () => {
  assert.deepEqual(tags("내일 날씨", ["전국이 맑겠다."]), ["날씨"]);
  assert.deepEqual(tags("외교부 인사", ["다음 달 발령 예정이다."]), []);
  assert.deepEqual(tags("외교부 인사", ["주 상하이 총영사에 김모 씨를 임명했다."]), ["외교"]);
});

test("the deck is part of the lede: its mentions count", () => {
  const body = ["정부는 관련 제도를 손보기로 했다.", "양도세 부담이 커진다."];
  assert.ok(!tags("제도 손본다", body).includes("세금"));
  assert.ok(tags("제도 손본다", body, "증권거래세 인하 검토").includes("세금"));
});

test("decideTag: weights, spread and length", () => {
  const ev = (
    mentions: TagEvidence["mentions"],
    units: number,
    title: [number, number] = [0, 0],
  ): TagEvidence => ({ titleStrong: title[0], titleWeak: title[1], mentions, units });
  const m = (strong: boolean, unit: number, lede = false) => ({ strong, unit, lede });
  assert.equal(decideTag(ev([m(true, 1), m(true, 2)], 5)).assigned, true);
  assert.equal(decideTag(ev([m(true, 1), m(true, 1)], 5)).assigned, false, "one unit only");
  assert.equal(
    decideTag(ev([m(false, 1), m(false, 2), m(false, 3), m(false, 4), m(false, 5)], 5)).assigned,
    false,
    "weak only",
  );
  assert.equal(
    decideTag(ev([m(true, 1), m(false, 2), m(false, 3)], 5)).assigned,
    true,
    "1 + 0.5 + 0.5",
  );
  assert.equal(decideTag(ev([m(true, 0, true), m(false, 2)], 5)).assigned, true, "lede 1.5 + 0.5");
  assert.equal(decideTag(ev([m(true, 0, true)], 5)).assigned, false, "one lede mention alone");
  assert.equal(
    decideTag(ev([m(true, 1), m(true, 9), m(true, 30)], 72)).assigned,
    false,
    "3 < 72/12",
  );
  assert.equal(decideTag(ev([], 5, [1, 0])).assigned, true, "strong title");
  assert.equal(decideTag(ev([], 5, [0, 1])).assigned, false, "weak title alone");
  assert.equal(decideTag(ev([m(false, 3)], 5, [0, 1])).assigned, true, "weak title + a mention");
  assert.equal(decideTag(ev([], 5)).score, 0);
  assert.ok(decideTag(ev([m(true, 1), m(true, 2)], 5)).score >= TAG_MIN_SCORE);
});

test("tags.yaml: at least 40 tags, each word in one list of one tag, weak words never alone", () => {
  assert.ok(dicts.tags.length >= 40, `${dicts.tags.length} tags`);
  const owner = new Map<string, string>();
  for (const t of dicts.tags) {
    assert.ok(t.keywords.length > 0, `${t.id} has no strong keyword`);
    for (const w of [...t.keywords, ...(t.weak ?? []), ...(t.not ?? [])]) {
      const prev = owner.get(w);
      assert.ok(prev === undefined, `${w} is in ${prev} and ${t.id}`);
      owner.set(w, t.id);
    }
  }
  const sports = dicts.tags.find((t) => t.id === "sports");
  assert.ok(sports?.weak?.includes("야구") && sports.not?.includes("야구 글러브"));
});

test("an old-style entry (keywords only) still loads, all its words strong", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sillok-tags-"));
  try {
    writeFileSync(
      path.join(dir, "tags.yaml"),
      "- id: quantum\n  name: 양자기술\n  keywords: [양자컴퓨터, 양자암호]\n",
    );
    const d = loadDictionaries(dir);
    assert.deepEqual(
      d.tags.map((t) => [t.id, t.keywords, t.weak]),
      [["quantum", ["양자컴퓨터", "양자암호"], undefined]],
    );
    const e = new EntityExtractor(d);
    assert.deepEqual(
      e.extract({
        title: "",
        paragraphs: ["양자컴퓨터 개발이 빨라진다.", "양자암호 통신도 시험했다."],
        captions: [],
      }).tags,
      ["양자기술"],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a flood or a dam opening its gates is 날씨; a treated-water release or a 홍수 of products is not", () => {
  const flood = [
    "나흘째 쏟아진 집중호우로 한빛강댐 수위가 빠르게 오르고 있다.",
    "수자원 당국은 내일 오전 수문을 열기로 했다. 한빛강댐 수문 개방은 3년 만이다.",
    "군청은 하류 야영장 이용객에게 대피를 권고했다.",
    "기상청은 주말까지 비가 더 내릴 것으로 내다봤다.",
  ];
  assert.ok(tags("한빛강댐 수문 개방 앞두고 하류 대피 권고", flood).includes("날씨"));
  const release = [
    "정화 시설은 처리수를 바다로 방류하기 시작했다.",
    "업체는 하루 500톤씩 방류한다고 밝혔다.",
    "신제품 홍수 속에 소비자의 선택은 더 어려워졌다.",
  ];
  assert.ok(!tags("처리수 방류 시작", release).includes("날씨"));
});

test("an airport-construction story is 건설; a runway in passing is no 항공", () => {
  const column = [
    "가나만 신공항 부지 공사를 맡은 건설사 컨소시엄이 공기 연장을 요구하며 빠진 지 1년이 지났다.",
    "정부는 새 시공사를 찾았지만 개항 목표는 바꾸지 않았다.",
    "바다를 메워 활주로를 만드는 공사 기간은 줄일 수 없다.",
  ];
  assert.ok(tags("[칼럼] 가나만 신공항, 속도보다 안전", column).includes("건설"));
  // The title's 신공항 alone is the building project: 건설 without the rest of the story.
  assert.ok(tags("가나만 신공항 착공 늦어진다", ["정부는 일정을 다시 짠다."]).includes("건설"));
  const park = ["옛 활주로 터가 시민 공원으로 바뀌었다.", "개장 기념 음악회가 열렸다."];
  assert.ok(!tags("옛 비행장, 시민 공원으로", park).includes("항공"));
});
