/** Import runs: idempotence, hand edits, bad input, the report. */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  readFileSync,
  writeFileSync,
  readdirSync,
  statSync,
  mkdirSync,
  symlinkSync,
  renameSync,
  unlinkSync,
  existsSync,
} from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { importSources } from "../src/import/index.ts";
import { folderDateProblem } from "../src/core/dates.ts";
import { SAMPLE_UNDATED, samples, tempDir } from "./helpers.ts";

/** Every file under `dir` with its bytes, for byte-for-byte comparison. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p).toString("base64") + statSync(p).mtimeMs);
    }
  };
  walk(dir);
  return out;
}

test("sources in subfolders are imported and named by their relative path; link loops and hidden folders are not read", () => {
  const root = tempDir();
  const sourcesDir = path.join(root, "sources");
  mkdirSync(path.join(sourcesDir, "2024", "03"), { recursive: true });
  const item = (n: number) =>
    `[인사] 기획부\n2024-03-0${n} 08:30\n(서울=연합뉴스) ◇국장급 전보 ▲홍길${n}\n`;
  writeFileSync(path.join(sourcesDir, "top.txt"), item(1));
  writeFileSync(path.join(sourcesDir, "2024", "03", "deep.txt"), item(2));
  mkdirSync(path.join(sourcesDir, ".git"));
  writeFileSync(path.join(sourcesDir, ".git", "x.txt"), item(3));
  symlinkSync(sourcesDir, path.join(sourcesDir, "2024", "loop"));
  const report = importSources({ sourcesDir, articlesDir: path.join(root, "articles") });
  assert.deepEqual(
    report.results.map((r) => [r.file, r.status]),
    [
      ["2024/03/deep.txt", "imported"],
      ["top.txt", "imported"],
    ],
  );
  const deep = report.results.find((r) => r.file === "2024/03/deep.txt")!;
  assert.match(
    readFileSync(path.join(root, "articles", deep.article!), "utf8"),
    /file: 2024\/03\/deep\.txt/,
  );
});

test("a second import changes no byte (and touches no file)", () => {
  const root = tempDir();
  const sourcesDir = samples(root);
  const articlesDir = path.join(root, "articles");
  const first = importSources({ sourcesDir, articlesDir });
  assert.equal(
    first.counts.imported,
    9,
    JSON.stringify(first.results.filter((r) => r.status !== "imported")),
  );
  const before = snapshot(articlesDir);
  const second = importSources({ sourcesDir, articlesDir });
  assert.equal(second.counts.unchanged, 9);
  assert.equal(second.counts.imported, 0);
  assert.deepEqual(snapshot(articlesDir), before);
});

test("a hand-edited article is kept on re-import, and --force overwrites it", () => {
  const root = tempDir();
  const sourcesDir = samples(root);
  const articlesDir = path.join(root, "articles");
  const first = importSources({ sourcesDir, articlesDir });
  const target = first.results.find((r) => r.file.startsWith("000-"))!;
  const file = path.join(articlesDir, target.article!);
  const edited = readFileSync(file, "utf8").replace("dateSource: none", "dateSource: manual");
  writeFileSync(file, edited);
  const second = importSources({ sourcesDir, articlesDir });
  const r = second.results.find((x) => x.file === target.file)!;
  assert.equal(r.status, "kept");
  assert.equal(readFileSync(file, "utf8"), edited);
  const forced = importSources({ sourcesDir, articlesDir, force: true });
  assert.equal(forced.results.find((x) => x.file === target.file)!.status, "updated");
  assert.notEqual(readFileSync(file, "utf8"), edited);
});

test("bad input: each file gets a one-line reason and the others still import", () => {
  const root = tempDir();
  const sourcesDir = samples(root);
  writeFileSync(path.join(sourcesDir, "empty.txt"), "");
  writeFileSync(path.join(sourcesDir, "blank.txt"), "  \n\t\n ");
  writeFileSync(
    path.join(sourcesDir, "image.png"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  writeFileSync(
    path.join(sourcesDir, "nul.bin"),
    Buffer.from("a\u0000b\u0000c\u0000d\u0000e\u0000f\u0000g\u0000h\u0000i\u0000뭔가", "utf8"),
  );
  mkdirSync(path.join(sourcesDir, "subfolder"));
  mkdirSync(path.join(sourcesDir, ".hidden"));
  writeFileSync(path.join(sourcesDir, ".hidden", "note.txt"), "숨김 폴더의 파일\n");
  symlinkSync(path.join(root, "nowhere.txt"), path.join(sourcesDir, "dangling.txt"));
  symlinkSync("loop.txt", path.join(sourcesDir, "loop.txt"));
  symlinkSync(sourcesDir, path.join(sourcesDir, "subfolder", "back-to-top"));
  const report = importSources({ sourcesDir, articlesDir: path.join(root, "articles") });
  const reason = (f: string) => report.results.find((r) => r.file === f)?.reason ?? "";
  assert.equal(report.counts.imported, 9);
  assert.equal(report.counts.failed, 0);
  assert.match(reason("empty.txt"), /빈 파일/);
  assert.match(reason("blank.txt"), /공백뿐인 파일/);
  assert.match(reason("image.png"), /텍스트가 아닌 파일\(PNG 이미지\)/);
  assert.match(reason("nul.bin"), /^텍스트가 아닌 파일/);
  assert.match(reason("dangling.txt"), /가리키는 파일이 없는 심볼릭 링크/);
  assert.match(reason("loop.txt"), /순환 링크/);
  // Folders are read (a link back to a folder already read is not followed again); hidden ones are not.
  assert.deepEqual(
    report.results.map((r) => r.file).filter((f) => f.includes("/") || f.startsWith(".")),
    [],
  );
});

test("the same article twice becomes one article, reported as a duplicate", () => {
  const root = tempDir();
  const sourcesDir = samples(root);
  const seed = readFileSync(path.join(sourcesDir, SAMPLE_UNDATED));
  writeFileSync(path.join(sourcesDir, "zz-copy.txt"), seed);
  writeFileSync(path.join(sourcesDir, "zz-crlf.txt"), seed.toString("utf8").replace(/\n/g, "\r\n"));
  const report = importSources({ sourcesDir, articlesDir: path.join(root, "articles") });
  assert.match(
    report.results.find((r) => r.file === "zz-copy.txt")!.reason!,
    /^000-undated-page-copy\.txt의 중복\(바이트가 같음\)$/,
  );
  assert.match(
    report.results.find((r) => r.file === "zz-crlf.txt")!.reason!,
    /^000-undated-page-copy\.txt의 중복\(같은 매체·제목·본문, 날짜 없음\)$/,
  );
});

test("same outlet, title and date is one article; undated articles with one headline but other text stay two", () => {
  const root = tempDir();
  const sourcesDir = samples(root);
  const item = (date: string, body: string) => `[인사] 외교부\n${date}\n(서울=연합뉴스) ${body}\n`;
  writeFileSync(path.join(sourcesDir, "p1.txt"), item("2024-03-05 08:30", "◇국장급 전보 ▲홍길동"));
  writeFileSync(
    path.join(sourcesDir, "p2.txt"),
    item("2024-03-05 08:30", "◇국장급 전보 ▲홍길동 ▲김철수"),
  );
  writeFileSync(path.join(sourcesDir, "u1.txt"), item("", "◇과장급 전보 ▲이영희"));
  writeFileSync(path.join(sourcesDir, "u2.txt"), item("", "◇과장급 전보 ▲박민수"));
  const report = importSources({ sourcesDir, articlesDir: path.join(root, "articles") });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  // p2 has other text: a corrected version (newer: written after p1), so it is the article.
  assert.equal(r("p1.txt").status, "imported");
  assert.equal(r("p2.txt").status, "updated");
  assert.equal(r("p2.txt").article, r("p1.txt").article, "one article");
  assert.match(r("p2.txt").warnings.join("\n"), /^p1\.txt의 고친 판/m);
  assert.equal(r("u1.txt").status, "imported");
  assert.equal(r("u2.txt").status, "imported");
  assert.notEqual(r("u1.txt").article, r("u2.txt").article);
});

/** Imports the seed and samples once; returns the folders and the seed's result. */
function importedOnce() {
  const root = tempDir();
  const sourcesDir = samples(root);
  const articlesDir = path.join(root, "articles");
  const first = importSources({ sourcesDir, articlesDir });
  const seed = first.results.find((r) => r.file.startsWith("000-"))!;
  return { sourcesDir, articlesDir, seed, count: first.counts.imported };
}

/** Every .md under `dir`, relative. */
const mdFiles = (dir: string) => [...snapshot(dir).keys()].filter((f) => f.endsWith(".md")).sort();

test("an article the user moved to another folder is found there and not recreated; --force writes it there (never two copies)", () => {
  const { sourcesDir, articlesDir, seed } = importedOnce();
  const from = path.join(articlesDir, seed.article!);
  const to = path.join(articlesDir, "favourites", path.basename(from));
  mkdirSync(path.dirname(to), { recursive: true });
  renameSync(from, to);
  const edited = readFileSync(to, "utf8").replace("dateSource: none", "dateSource: manual");
  writeFileSync(to, edited);
  const files = mdFiles(articlesDir);
  const again = importSources({ sourcesDir, articlesDir });
  const r = again.results.find((x) => x.file === seed.file)!;
  assert.equal(r.status, "kept");
  assert.equal(r.article, `favourites/${path.basename(from)}`);
  assert.match(r.warnings.join("\n"), /손으로 favourites\/.*\(으\)로 옮긴 기사: 그 자리에 둡니다/);
  assert.deepEqual(mdFiles(articlesDir), files, "no second copy written");
  const forced = importSources({ sourcesDir, articlesDir, force: true });
  const f = forced.results.find((x) => x.file === seed.file)!;
  assert.deepEqual([f.status, f.article], ["updated", `favourites/${path.basename(from)}`]);
  assert.equal(existsSync(from), false, "--force writes sillok's version where the user put it");
  assert.notEqual(readFileSync(to, "utf8"), edited);
  assert.match(
    f.warnings.join("\n"),
    /고친 글은 \.sillok\/backup\/.*favourites\/.*에 백업했습니다/,
  );
  assert.deepEqual(
    mdFiles(articlesDir).filter((x) => !x.startsWith(".sillok/")),
    files,
    "the article is never there twice",
  );
  const third = importSources({ sourcesDir, articlesDir });
  assert.deepEqual(
    third.results.filter((x) => x.file === seed.file).map((x) => [x.status, x.article]),
    [["unchanged", `favourites/${path.basename(from)}`]],
    "the manifest follows the user's move",
  );
});

test("--force on an undated article the user dated by hand and moved to its month: sillok's version keeps the user's date there, and check has nothing to say", () => {
  const { sourcesDir, articlesDir, seed } = importedOnce();
  assert.match(seed.article!, /^undated\//);
  const from = path.join(articlesDir, seed.article!);
  const rel = `2025/06/${path.basename(from)}`;
  const to = path.join(articlesDir, rel);
  mkdirSync(path.dirname(to), { recursive: true });
  const dated = readFileSync(from, "utf8")
    .replace("date: null", "date: 2025-06-18T17:52:00+09:00")
    .replace("dateSource: none", "dateSource: manual");
  assert.notEqual(dated, readFileSync(from, "utf8"));
  writeFileSync(to, dated.replace(/^title: .*$/m, "title: 손으로 고친 제목"));
  unlinkSync(from);
  const forced = importSources({ sourcesDir, articlesDir, force: true });
  const f = forced.results.find((x) => x.file === seed.file)!;
  assert.deepEqual([f.status, f.article], ["updated", rel]);
  const text = readFileSync(to, "utf8");
  assert.match(text, /^date: 2025-06-18T17:52:00\+09:00$/m, "the user's date is kept");
  assert.match(text, /^dateSource: manual$/m);
  assert.doesNotMatch(text, /손으로 고친 제목/, "the rest is sillok's version");
  assert.equal(folderDateProblem(rel, "2025-06-18T17:52:00+09:00"), null);
  assert.match(
    f.warnings.join("\n"),
    /손으로 적은 날짜 2025-06-18T17:52:00\+09:00를 그대로 두었습니다/,
  );
  assert.match(f.warnings.join("\n"), /고친 글은 \.sillok\/backup\/.*에 백업했습니다/);
  assert.equal(existsSync(from), false, "never two copies");
  const again = importSources({ sourcesDir, articlesDir });
  assert.deepEqual(
    again.results.filter((x) => x.file === seed.file).map((x) => [x.status, x.article]),
    [["unchanged", rel]],
  );
});

test("--force on an undated article the user moved into a month folder without dating it: sillok's version goes back to undated/, the moved file is backed up and removed", () => {
  const { sourcesDir, articlesDir, seed } = importedOnce();
  const from = path.join(articlesDir, seed.article!);
  const rel = `2025/06/${path.basename(from)}`;
  const to = path.join(articlesDir, rel);
  mkdirSync(path.dirname(to), { recursive: true });
  renameSync(from, to);
  const forced = importSources({ sourcesDir, articlesDir, force: true });
  const f = forced.results.find((x) => x.file === seed.file)!;
  assert.deepEqual([f.status, f.article], ["updated", seed.article]);
  assert.equal(existsSync(to), false, "the moved copy is gone from the month folder");
  assert.match(readFileSync(from, "utf8"), /^date: null$/m);
  const backup = f.warnings.join("\n").match(/(\.sillok\/backup\/\S+?\.md)에 백업하고 지웠습니다/);
  assert.ok(backup, f.warnings.join("\n"));
  assert.ok(
    existsSync(path.join(articlesDir, backup[1])),
    "nothing lost: the moved file is backed up",
  );
  assert.match(f.warnings.join("\n"), /날짜와 폴더가 맞지 않아 undated\/.*에 썼습니다/);
  const again = importSources({ sourcesDir, articlesDir });
  assert.deepEqual(
    again.results.filter((x) => x.file === seed.file).map((x) => [x.status, x.article]),
    [["unchanged", seed.article]],
  );
});

test("an article the user deleted is not recreated on re-import; --force restores it", () => {
  const { sourcesDir, articlesDir, seed, count } = importedOnce();
  const file = path.join(articlesDir, seed.article!);
  unlinkSync(file);
  const again = importSources({ sourcesDir, articlesDir });
  const r = again.results.find((x) => x.file === seed.file)!;
  assert.equal(r.status, "kept");
  assert.match(r.warnings.join("\n"), /^손으로 지운 기사 .*: 다시 만들지 않습니다/m);
  assert.equal(existsSync(file), false);
  assert.equal(mdFiles(articlesDir).length, count - 1);
  const forced = importSources({ sourcesDir, articlesDir, force: true });
  assert.equal(forced.results.find((x) => x.file === seed.file)!.status, "imported");
  assert.ok(existsSync(file));
});

test("when a source now yields another path, sillok's own earlier file is updated where it is (no second copy); a hand-edited one stays", () => {
  const { sourcesDir, articlesDir, seed } = importedOnce();
  // Simulate an older importer that put the article elsewhere: move the file and its manifest record.
  const manifestPath = path.join(articlesDir, ".sillok", "manifest.json");
  const oldRel = "2000/01/old-place.md";
  const oldAbs = path.join(articlesDir, oldRel);
  const m = JSON.parse(readFileSync(manifestPath, "utf8"));
  m.files[oldRel] = m.files[seed.article!];
  delete m.files[seed.article!];
  writeFileSync(manifestPath, JSON.stringify(m));
  mkdirSync(path.join(articlesDir, "2000/01"), { recursive: true });
  renameSync(path.join(articlesDir, seed.article!), oldAbs);
  writeFileSync(
    oldAbs,
    readFileSync(oldAbs, "utf8").replace("dateSource: none", "dateSource: manual"),
  );
  const files = mdFiles(articlesDir);
  // Edited by hand since sillok wrote it: kept where it is.
  const kept = importSources({ sourcesDir, articlesDir });
  const k = kept.results.find((x) => x.file === seed.file)!;
  assert.deepEqual([k.status, k.article], ["kept", oldRel]);
  assert.match(k.warnings.join("\n"), /손으로 고친 기사: 그대로 둡니다/);
  assert.deepEqual(mdFiles(articlesDir), files, "no copy written at the new path");
  // sillok's own file (the manifest's bytes): updated where it is, its URL kept.
  const m2 = JSON.parse(readFileSync(manifestPath, "utf8"));
  writeFileSync(oldAbs, readFileSync(oldAbs, "utf8").replace(/^title: .*$/m, "title: 옛 제목"));
  m2.files[oldRel].sha256 = createHash("sha256").update(readFileSync(oldAbs)).digest("hex");
  writeFileSync(manifestPath, JSON.stringify(m2));
  const again = importSources({ sourcesDir, articlesDir });
  const r = again.results.find((x) => x.file === seed.file)!;
  assert.deepEqual([r.status, r.article], ["updated", oldRel]);
  assert.doesNotMatch(readFileSync(oldAbs, "utf8"), /옛 제목/);
  assert.deepEqual(mdFiles(articlesDir), files);
});

test("editing a source's headline updates its article in place: same file, same URL, never a second copy", () => {
  const { sourcesDir, articlesDir, seed } = importedOnce();
  const files = mdFiles(articlesDir).length;
  const src = path.join(sourcesDir, seed.file);
  // The headline as the first import read it, edited wherever the page prints it.
  const title = /^title: (.*)$/m.exec(
    readFileSync(path.join(articlesDir, seed.article!), "utf8"),
  )![1];
  writeFileSync(src, readFileSync(src, "utf8").replaceAll(title, `${title} (종합)`));
  const again = importSources({ sourcesDir, articlesDir });
  const r = again.results.find((x) => x.file === seed.file)!;
  assert.equal(r.status, "updated");
  assert.equal(r.article, seed.article, "the article keeps its file, so its URL and links stay");
  assert.equal(mdFiles(articlesDir).length, files, "one article, not two");
  assert.match(readFileSync(path.join(articlesDir, r.article!), "utf8"), /\(종합\)/);
  const third = importSources({ sourcesDir, articlesDir });
  assert.deepEqual(
    third.results.filter((x) => x.file === seed.file).map((x) => [x.status, x.article]),
    [["unchanged", seed.article]],
  );
});

test("an article whose source file is gone is kept and named in the report", async () => {
  const { sourcesDir, articlesDir, seed } = importedOnce();
  unlinkSync(path.join(sourcesDir, seed.file));
  const again = importSources({ sourcesDir, articlesDir });
  assert.deepEqual(again.orphans, [seed.article]);
  assert.ok(existsSync(path.join(articlesDir, seed.article!)), "kept");
  const { formatReport } = await import("../src/cli/report.ts");
  assert.match(
    formatReport(again),
    new RegExp(
      `원본 파일이 .*에서 사라진 기사\\(그대로 둡니다\\. 필요 없으면 직접 지우세요\\): 1개\\n  ${seed.article!.replace(/[.]/g, "\\.")}`,
    ),
  );
});

test("a re-import reports only new warnings; unchanged files' old warnings are counted, not repeated", async () => {
  const { sourcesDir, articlesDir } = importedOnce();
  writeFileSync(
    path.join(sourcesDir, "zz-old.txt"),
    "예전 기사 제목\n\n본문 첫 문장이다. 둘째 문장이다.\n",
  );
  importSources({ sourcesDir, articlesDir });
  writeFileSync(
    path.join(sourcesDir, "zz-new.txt"),
    "새 기사 제목\n\n본문 첫 문장이다. 셋째 문장이다.\n",
  );
  const again = importSources({ sourcesDir, articlesDir });
  const { formatReport } = await import("../src/cli/report.ts");
  const text = formatReport(again);
  const warnedUnchanged = again.results.filter(
    (r) => r.status === "unchanged" && r.warnings.length,
  );
  assert.ok(warnedUnchanged.length > 0, "some samples carry warnings");
  assert.match(
    text,
    new RegExp(
      `\\(변경 없는 파일 ${warnedUnchanged.length}개에는 처음 가져올 때 낸 경고가 있습니다`,
    ),
  );
  for (const r of warnedUnchanged)
    assert.ok(!text.includes(`  ${r.file}: ${r.warnings[0]}`), `${r.file}'s old warning repeated`);
  assert.match(text, /zz-new\.txt: /, "the new file's warnings are shown");
});
