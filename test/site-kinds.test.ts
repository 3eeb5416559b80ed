/**
 * How the site names what an entity is: an organisation of kind `public` (금융감독원) is listed
 * under its kind's label, not under 기업, on article pages and among the names seen alongside; a
 * name no dictionary holds says in plain words where it came from.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serializeArticle, type ArticleMeta } from "../src/core/article.ts";
import { KIND_LABELS } from "../src/core/dictionary-schema.ts";
import { loadArchive } from "../src/site/archive.ts";
import { articlePage, entityPage } from "../src/site/render.ts";
import { tempDir } from "./helpers.ts";

/** One article naming a bank regulator, two businesses and a person no dictionary lists. */
function archive() {
  const dir = path.join(tempDir(), "articles");
  mkdirSync(path.join(dir, "2025", "06"), { recursive: true });
  const meta: ArticleMeta = {
    title: "금감원, 증권사 검사 착수",
    outlet: null,
    date: "2025-06-18T09:00:00+09:00",
    dateSource: "manual",
    reporters: [],
    tags: [],
    companies: ["삼성전자", "금융감독원", "카카오"],
    people: ["김가나"],
    captions: [],
    copyright: null,
    source: { file: "a.txt", sha256: "a".repeat(64), encoding: "utf-8" },
  };
  writeFileSync(
    path.join(dir, "2025", "06", "a.md"),
    serializeArticle({ meta, paragraphs: ["본문."] }),
  );
  return loadArchive(dir);
}

/** The headings of a page's markup with the names listed under each, in order. */
function headed(html: string, tag: "h2" | "h3"): [string, string[]][] {
  const parts = html.split(new RegExp(`<${tag}[^>]*>`)).slice(1);
  return parts.map((p) => {
    const [head, rest] = p.split(`</${tag}>`);
    const list = rest.split(/<h[23][ >]|<p>/)[0];
    return [head, [...list.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1])];
  });
}

test("an article lists a public agency under 공기업·공공기관, apart from the companies", () => {
  const a = archive();
  const html = articlePage(a.articles[0]);
  const groups = headed(html, "h2").filter(([h]) => h !== "사진 설명" && !h.includes("관련"));
  assert.deepEqual(groups.slice(0, 3), [
    ["기업", ["삼성전자", "카카오"]],
    [KIND_LABELS.company.public, ["금융감독원"]],
    ["인물", ["김가나"]],
  ]);
});

test("names seen alongside an entity: the public agency under its kind's label", () => {
  const a = archive();
  const page = a.entityPages.find((p) => p.entity.name === "김가나")!;
  const html = entityPage(page);
  assert.deepEqual(
    headed(html, "h3").filter(([h]) => h !== "인물"),
    [
      ["기업", ["삼성전자", "카카오"]],
      [KIND_LABELS.company.public, ["금융감독원"]],
    ],
  );
});

test("a name no dictionary holds says what it is in plain words, not '(사전에 없는 이름)'", () => {
  const a = archive();
  const html = entityPage(a.entityPages.find((p) => p.entity.name === "김가나")!);
  assert.doesNotMatch(html, /\(사전에 없는 이름\)/);
  assert.match(
    html,
    /사전에 없는 이름: 기사에서 직함\(대표, 부시장 …\)과 함께 나와 찾았거나 기사 파일에 적힌 인물/,
  );
  const known = entityPage(a.entityPages.find((p) => p.entity.name === "금융감독원")!);
  assert.doesNotMatch(known, /사전에 없는/);
  assert.match(known, /<dt>종류<\/dt><dd>공기업·공공기관<\/dd>/);
});
