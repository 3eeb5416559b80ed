/** Article identity: a path, once written, never moves (SPEC §5: URLs stable across re-imports). */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { importSources } from "../src/import/index.ts";
import { projectRoot } from "../src/core/paths.ts";
import { SAMPLE_UNDATED, samples, tempDir } from "./helpers.ts";

/** A page copy from a regional outlet no shipped dictionary knows (team-written). */
const REGIONAL = [
  "동해경제",
  "",
  "해안도시 관광객 증가세…숙박업계 봄 예약 크게 늘어",
  "입력 2024.05.10 09:00",
  "",
  "[동해경제 김나래 기자] 올봄 동해안 해안도시를 찾는 관광객이 지난해보다 크게 늘면서 숙박업계의 예약이 빠르게 차고 있다. 업계에서는 연휴를 앞두고 객실 가동률이 더 오를 것으로 본다.",
  "",
  '지역 숙박업협회 관계자는 "주말 예약은 이미 대부분 찼다"며 "평일 수요도 살아나고 있다"고 말했다.',
  "",
  "김나래 기자 nara@donghae-news.example",
  "",
  "저작권자 ⓒ동해경제, 무단 전재 및 재배포 금지",
  "",
].join("\n");

/** Every .md under `dir` (relative, sorted) with its bytes. */
function articles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      if (n.startsWith(".")) continue;
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith(".md")) out.set(path.relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return new Map([...out].sort());
}

/**
 * The shipped dictionaries overlaid by an archive's own folder, before and after the user adds
 * `outlets` to it (two folders: dictionaries are loaded once per folder and process).
 */
function dictionaryChange(root: string, outlets: string): { before: string; after: string } {
  const layered = (name: string) => {
    const mine = path.join(root, name);
    mkdirSync(mine, { recursive: true });
    return { dir: [path.join(projectRoot, "_data"), mine].join(path.delimiter), mine };
  };
  const after = layered("_data_after");
  if (outlets) writeFileSync(path.join(after.mine, "outlets.yaml"), outlets);
  return { before: layered("_data").dir, after: after.dir };
}

const DONGHAE =
  "- {id: donghae, name: 동해경제신문, kind: daily, aliases: [동해경제], domains: [donghae-news.example]}\n";

test("adding an outlet to the dictionary moves no article: every path stays, with or without --force", () => {
  const root = tempDir();
  const sourcesDir = samples(root);
  writeFileSync(path.join(sourcesDir, "regional.txt"), REGIONAL);
  const articlesDir = path.join(root, "articles");
  const data = dictionaryChange(root, DONGHAE);
  const first = importSources({ sourcesDir, articlesDir, dataDir: data.before });
  const regional = first.results.find((r) => r.file === "regional.txt")!;
  assert.match(regional.article!, /^2024\/05\/article-[0-9a-f]{10}\.md$/);
  const before = articles(articlesDir);
  const paths = new Map(first.results.map((r) => [r.file, r.article]));

  for (const force of [false, true]) {
    const again = importSources({ sourcesDir, articlesDir, dataDir: data.after, force });
    assert.deepEqual(
      new Map(again.results.map((r) => [r.file, r.article])),
      paths,
      `every source's article at the same path (force: ${force})`,
    );
    assert.deepEqual(
      [...articles(articlesDir).keys()],
      [...before.keys()],
      "no file moved or added",
    );
  }
  const text = articles(articlesDir).get(regional.article!)!;
  assert.match(text, /^outlet: 동해경제신문$/m, "the article took the new outlet, where it was");
  assert.notEqual(text, before.get(regional.article!));
});

test("a corrected date in another month updates the article where it is (its URL stays)", () => {
  const root = tempDir();
  const sourcesDir = path.join(root, "sources");
  mkdirSync(sourcesDir, { recursive: true });
  writeFileSync(path.join(sourcesDir, "regional.txt"), REGIONAL);
  const articlesDir = path.join(root, "articles");
  const first = importSources({ sourcesDir, articlesDir });
  const at = first.results[0].article!;
  writeFileSync(
    path.join(sourcesDir, "regional.txt"),
    REGIONAL.replace("2024.05.10 09:00", "2024.06.02 09:00"),
  );
  const again = importSources({ sourcesDir, articlesDir });
  assert.deepEqual(
    again.results.map((r) => [r.status, r.article]),
    [["updated", at]],
  );
  assert.deepEqual([...articles(articlesDir).keys()], [at]);
  assert.match(articles(articlesDir).get(at)!, /^date: "?2024-06-02T09:00:00\+09:00"?$/m);
});

test("a corrected copy of an article arriving after a dictionary change replaces it at its path", () => {
  const root = tempDir();
  const sourcesDir = path.join(root, "sources");
  mkdirSync(sourcesDir, { recursive: true });
  writeFileSync(path.join(sourcesDir, "a.txt"), REGIONAL);
  const articlesDir = path.join(root, "articles");
  const data = dictionaryChange(root, DONGHAE);
  const at = importSources({ sourcesDir, articlesDir, dataDir: data.before }).results[0].article!;
  writeFileSync(
    path.join(sourcesDir, "b.txt"),
    REGIONAL.replace("크게 늘면서", "두 배 가까이 늘면서"),
  );
  const later = new Date(Date.now() + 60_000);
  utimesSync(path.join(sourcesDir, "b.txt"), later, later);
  const again = importSources({ sourcesDir, articlesDir, dataDir: data.after });
  assert.deepEqual([...articles(articlesDir).keys()], [at], "one article, at its first path");
  assert.match(articles(articlesDir).get(at)!, /두 배 가까이/);
  assert.equal(again.results.find((r) => r.file === "b.txt")!.article, at);
});

test("a hand-edited article gains the entities a grown dictionary finds in its text; its text stays, a name the user took out is not put back", () => {
  const root = tempDir();
  const sourcesDir = path.join(root, "sources");
  mkdirSync(sourcesDir, { recursive: true });
  cpSync(
    path.join(projectRoot, "test", "fixtures", "sources", SAMPLE_UNDATED),
    path.join(sourcesDir, SAMPLE_UNDATED),
  );
  const articlesDir = path.join(root, "articles");
  const data = dictionaryChange(root, "");
  writeFileSync(
    path.join(data.after.split(path.delimiter)[1], "companies.yaml"),
    "- {id: hanbit-elec, name: 한빛전자, kind: company}\n",
  );
  const rel = importSources({ sourcesDir, articlesDir, dataDir: data.before }).results[0].article!;
  const abs = path.join(articlesDir, rel);
  const written = readFileSync(abs, "utf8");
  assert.match(written, /^companies:\n {2}- 메타\n(?: {2}- .*\n)*? {2}- LG전자\n/m);
  // The user adds a paragraph naming a company no dictionary knows yet, and takes LG전자 out.
  const edited = written
    .replace(/^ {2}- LG전자\n/m, "")
    .replace(/\n$/, "\n\n한빛전자도 협력 논의에 참여할 것으로 알려졌다.\n");
  writeFileSync(abs, edited);
  const again = importSources({ sourcesDir, articlesDir, dataDir: data.after });
  const r = again.results[0];
  assert.equal(r.status, "kept");
  assert.match(
    r.warnings.join("\n"),
    /손으로 고친 기사에 항목을 더했습니다.*: companies 한빛전자$/m,
  );
  const now = readFileSync(abs, "utf8");
  const body = (t: string) => t.slice(t.indexOf("\n---\n"));
  assert.equal(body(now), body(edited), "the body is the user's, byte for byte");
  assert.match(now, /^ {2}- 한빛전자$/m);
  assert.doesNotMatch(now, /^ {2}- LG전자$/m, "a name the user took out stays out");
  assert.match(now, /^ {2}한빛전자: 1$/m, "its mentions counted");
  const third = importSources({ sourcesDir, articlesDir, dataDir: data.after });
  assert.deepEqual(
    [third.results[0].status, third.results[0].warnings],
    ["kept", ["손으로 고친 기사: 그대로 둡니다(덮어쓰려면 --force)"]],
  );
  assert.equal(readFileSync(abs, "utf8"), now, "nothing added twice");
});
