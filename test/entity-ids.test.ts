/**
 * Pages of names no dictionary knows (people found by discovery, hand edits): readable ASCII
 * URLs romanized from the name, stable, and never shared by two names.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serializeArticle, type ArticleMeta } from "../src/core/article.ts";
import { loadArchive } from "../src/site/archive.ts";
import { tempDir } from "./helpers.ts";

/** Writes one article per list of people into a fresh articles folder; returns the folder. */
function archiveOf(peopleLists: string[][], companies: string[] = []): string {
  const dir = path.join(tempDir(), "articles");
  mkdirSync(path.join(dir, "2024", "03"), { recursive: true });
  peopleLists.forEach((people, i) => {
    const meta: ArticleMeta = {
      title: `기사 ${i}`,
      outlet: null,
      date: `2024-03-0${i + 1}T09:00:00+09:00`,
      dateSource: "manual",
      reporters: [],
      tags: [],
      companies,
      people,
      captions: [],
      copyright: null,
      source: { file: `${i}.txt`, sha256: String(i).repeat(64).slice(0, 64), encoding: "utf-8" },
    };
    writeFileSync(
      path.join(dir, "2024", "03", `a${i}.md`),
      serializeArticle({ meta, paragraphs: ["본문."] }),
    );
  });
  return dir;
}

const urlsOf = (dir: string) =>
  Object.fromEntries(loadArchive(dir).entities.person.map((e) => [e.name, e.url]));

test("a person no dictionary lists gets a romanized page (/people/kim-min-ji/), a dictionary person keeps the entry's", () => {
  const urls = urlsOf(
    archiveOf([
      ["김민지", "이재용"],
      ["박하윤", "Sam Example"],
    ]),
  );
  assert.equal(urls["김민지"], "/people/kim-min-ji/");
  assert.equal(urls["박하윤"], "/people/park-ha-yun/");
  assert.equal(urls["Sam Example"], "/people/sam-example/");
  assert.equal(urls["이재용"], "/people/lee-jae-yong/");
  assert.ok(
    Object.values(urls).every((u) => /^\/people\/[a-z0-9-]+\/$/.test(u)),
    JSON.stringify(urls),
  );
});

test("the URL of a name does not depend on the other articles (stable across imports)", () => {
  const alone = urlsOf(archiveOf([["김민지"]]));
  const crowded = urlsOf(archiveOf([["정하늘", "최유리"], ["김민지", "한 지훈"], ["오세영"]]));
  assert.equal(crowded["김민지"], alone["김민지"]);
});

test("collisions: a dictionary id, two names that romanize alike, a name with nothing to romanize", () => {
  // "이 재용" (spaced) romanizes to the dictionary's lee-jae-yong but is not that entry's name or alias.
  // 김민지 and 김 민지 romanize alike; 각 and 갂 share a final in the romanization (k).
  const urls = urlsOf(
    archiveOf([["이재용", "이 재용"], ["김민지", "김 민지"], ["각하늘", "갂하늘"], ["たなか"]]),
  );
  assert.equal(urls["이재용"], "/people/lee-jae-yong/");
  assert.match(urls["이 재용"], /^\/people\/lee-jae-yong-[0-9a-f]{6}\/$/);
  assert.match(urls["김민지"], /^\/people\/kim-min-ji-[0-9a-f]{6}\/$/);
  assert.match(urls["김 민지"], /^\/people\/kim-min-ji-[0-9a-f]{6}\/$/);
  assert.match(urls["각하늘"], /^\/people\/gak-ha-neul-[0-9a-f]{6}\/$/);
  assert.match(urls["たなか"], /^\/people\/x-[0-9a-f]{6}\/$/);
  const all = Object.values(urls);
  assert.equal(new Set(all).size, all.length, "no two names share a page");
});

test("unknown names are marked unknown (build reports them) and link from their articles", () => {
  const archive = loadArchive(archiveOf([["김민지"]], ["없는회사"]));
  const person = archive.entities.person.find((e) => e.name === "김민지")!;
  assert.equal(person.unknown, true);
  assert.deepEqual(archive.articles[0].people, [
    { id: "kim-min-ji", name: "김민지", url: "/people/kim-min-ji/" },
  ]);
  assert.equal(person.count, 1);
  const company = archive.entities.company.find((e) => e.name === "없는회사")!;
  assert.equal(company.unknown, true);
  assert.match(company.url, /^\/companies\/eop-neun-hoe-sa\/$/);
  assert.ok(archive.entityPages.some((p) => p.url === "/people/kim-min-ji/"));
});
