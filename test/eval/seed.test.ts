/** The golden test: the reference article, field by field (issue: sillok v0). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { convertFile, createImportContext } from "../../src/import/index.ts";
import { serializeArticle, parseArticleFile } from "../../src/core/article.ts";
import { SEEDS, SEED_FILE } from "../helpers.ts";

const bytes = readFileSync(path.join(SEEDS, SEED_FILE));
const conv = convertFile(bytes, SEED_FILE, createImportContext());
if ("skip" in conv) throw new Error(`seed skipped: ${conv.skip}`);
const { meta } = conv.article;
const paragraphs = conv.article.paragraphs;

test("outlet, title and (no) date", () => {
  assert.equal(meta.outlet, "디지털타임스");
  assert.equal(meta.title, "전기차서 AI로…산업계 `글로벌 합종연횡`");
  assert.equal(meta.date, null);
  assert.equal(meta.dateSource, "none");
  assert.match(conv.relPath, /^undated\/dt-[0-9a-f]{10}\.md$/);
});

test("reporter 박정일 with e-mail", () => {
  assert.deepEqual(meta.reporters, [{ name: "박정일", email: "comja77@dt.co.kr" }]);
});

test("body: 13 paragraphs, first and last words, no furniture", () => {
  assert.equal(paragraphs.length, 13);
  assert.ok(paragraphs[0].startsWith("오픈AI의 CEO(최고경영자) 샘 알트만에 이어"), paragraphs[0]);
  assert.ok(paragraphs[12].endsWith("약 33배 성장할 전망이다."), paragraphs[12]);
  const body = paragraphs.join("\n");
  for (const bad of [
    "프린트 페이스북",
    "박정일기자",
    "comja77",
    "저작권자",
    "전기차서 AI로…산업계",
    "마크 저커버그 메타 최고경영자(CEO)가 28일 오후",
  ]) {
    assert.ok(!body.includes(bad), `body contains ${bad}`);
  }
});

test("caption with credit, copyright line", () => {
  assert.equal(meta.captions.length, 1);
  assert.ok(meta.captions[0].text.startsWith("마크 저커버그 메타 최고경영자(CEO)가 28일 오후"));
  assert.ok(meta.captions[0].text.endsWith("비공개 행사를 진행한다."));
  assert.equal(meta.captions[0].credit, "연합뉴스");
  assert.equal(meta.copyright, "저작권자 ⓒ디지털타임스, 무단 전재 및 재배포 금지");
});

test("companies", () => {
  for (const c of [
    "오픈AI",
    "메타",
    "삼성전자",
    "LG전자",
    "LG",
    "애플",
    "테슬라",
    "엔비디아",
    "SK그룹",
    "현대자동차그룹",
    "롯데그룹",
    "포스코",
    "GS칼텍스",
    "HD현대",
    "사피온",
    "NTT도코모",
  ]) {
    assert.ok(meta.companies.includes(c), `missing company ${c}; got ${meta.companies.join(", ")}`);
  }
  assert.ok(!meta.companies.includes("디지털타임스"));
});

test("people: 샘 알트만 and 샘 올트먼 are one person; the reporter is not a person entity", () => {
  for (const p of [
    "마크 저커버그",
    "샘 올트먼",
    "이재용",
    "최태원",
    "정의선",
    "신동빈",
    "권봉석",
    "조주완",
  ]) {
    assert.ok(meta.people.includes(p), `missing person ${p}; got ${meta.people.join(", ")}`);
  }
  assert.ok(!meta.people.includes("샘 알트만"));
  assert.ok(!meta.people.includes("박정일"));
  assert.equal(meta.mentions?.["샘 올트먼"], 2);
});

test("tags", () => {
  for (const t of ["AI", "전기차", "XR", "반도체"])
    assert.ok(meta.tags.includes(t), `missing tag ${t}; got ${meta.tags.join(", ")}`);
});

test("the written file reads back to the same front matter and body", () => {
  const text = serializeArticle(conv.article);
  const back = parseArticleFile(text);
  assert.deepEqual(back.meta, JSON.parse(JSON.stringify(meta)));
  assert.equal(back.body.split("\n\n").length, 13);
  assert.ok(
    text.includes("title: 전기차서 AI로…산업계 `글로벌 합종연횡`") ||
      text.includes('title: "전기차서 AI로…산업계 `글로벌 합종연횡`"'),
  );
});
