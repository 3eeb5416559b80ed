/** The body sketches that tell two stories under one headline from two copies of one story. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { containment, resemblance, textSketch } from "../src/import/resemblance.ts";

const STORY = [
  "가람정밀이 5일 창원에 감속기 공장을 준공했다. 연간 생산능력은 12만 대다.",
  "회사는 공장 가동으로 협력사 매출이 늘 것으로 내다봤다. 채용은 연말까지 이어진다.",
  "가람정밀 관계자는 수출 물량의 절반을 이 공장에서 맡게 된다고 말했다.",
];

test("a copy, a correction and a cut copy resemble the story; another story does not", () => {
  const story = textSketch(STORY);
  assert.equal(resemblance(story, textSketch([...STORY])), 1);
  const corrected = STORY.map((p) => p.replace("12만 대다", "15만 대다(바로잡음)"));
  assert.ok(resemblance(story, textSketch(corrected)) > 0.6);
  assert.ok(resemblance(story, textSketch(STORY.slice(0, 2))) > 0.4);
  assert.ok(containment(story, textSketch(STORY.slice(0, 1))) > 0.8, "a cut copy is inside");
  assert.ok(containment(story, textSketch(corrected)) > 0.6);
  const other = [
    "누리식품이 5일 이천 물류센터를 열었다. 하루 처리 물량은 3만 상자다.",
    "센터는 냉장 설비를 갖췄다.",
  ];
  assert.ok(resemblance(story, textSketch(other)) < 0.05);
  assert.ok(containment(story, textSketch(other)) < 0.1);
});

test("a sketch keeps at most 64 hashes, ascending, and an empty body resembles an empty one", () => {
  const long = Array.from({ length: 300 }, (_, i) => `문단 ${i} 에서 나온 낱말 ${i * 7}`);
  const s = textSketch(long);
  assert.equal(s.hashes.length, 64);
  assert.ok(s.size > 1000);
  assert.ok(s.hashes.every((h, i) => i === 0 || s.hashes[i - 1] < h));
  assert.equal(resemblance(textSketch([]), textSketch([""])), 1);
  assert.equal(containment(textSketch([]), textSketch(STORY)), 1);
});
