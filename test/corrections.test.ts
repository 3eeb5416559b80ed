/**
 * Corrections are never lost: a corrected version of an article (same outlet, title and date,
 * other text) becomes the article and the report says so; a source changed after a hand edit is
 * named with a way to see the difference; --force over a hand edit keeps a backup.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importSources } from "../src/import/index.ts";
import { formatReport } from "../src/cli/report.ts";
import { tempDir } from "./helpers.ts";

const article = (extra: string) =>
  [
    "한빛전자, 새 공장 착공",
    "2024-03-05 10:00",
    "",
    `한빛전자가 5일 새 공장을 착공했다.${extra}`,
    "",
    "회사는 내년 말 가동을 목표로 한다.",
    "",
  ].join("\n");

function folders() {
  const root = tempDir();
  const sourcesDir = path.join(root, "sources");
  mkdirSync(sourcesDir);
  return { sourcesDir, articlesDir: path.join(root, "articles") };
}

test("a corrected version (same outlet, title and date, other text) becomes the article, whichever file name sorts first; the report says which", () => {
  const { sourcesDir, articlesDir } = folders();
  writeFileSync(path.join(sourcesDir, "b-original.txt"), article(""));
  writeFileSync(
    path.join(sourcesDir, "a-corrected.txt"),
    article(" 투자액은 3조원이다(바로잡음)."),
  );
  // The correction is the newer file, though its name sorts first.
  utimesSync(
    path.join(sourcesDir, "b-original.txt"),
    new Date("2024-03-05T01:00:00Z"),
    new Date("2024-03-05T01:00:00Z"),
  );
  utimesSync(
    path.join(sourcesDir, "a-corrected.txt"),
    new Date("2024-03-05T05:00:00Z"),
    new Date("2024-03-05T05:00:00Z"),
  );
  const report = importSources({ sourcesDir, articlesDir });
  const r = (f: string) => report.results.find((x) => x.file === f)!;
  assert.equal(r("a-corrected.txt").status, "imported");
  assert.equal(r("b-original.txt").status, "skipped");
  assert.equal(
    r("b-original.txt").reason,
    "earlier version of a-corrected.txt (same outlet, title and date, other text; a-corrected.txt is newer and is the article)",
  );
  assert.match(
    readFileSync(path.join(articlesDir, r("a-corrected.txt").article!), "utf8"),
    /투자액은 3조원이다\(바로잡음\)/,
  );
  // In name order the other way round: the newer file still wins, and the report says so.
  const second = folders();
  writeFileSync(path.join(second.sourcesDir, "a-original.txt"), article(""));
  writeFileSync(
    path.join(second.sourcesDir, "b-corrected.txt"),
    article(" 투자액은 3조원이다(바로잡음)."),
  );
  utimesSync(
    path.join(second.sourcesDir, "a-original.txt"),
    new Date("2024-03-05T01:00:00Z"),
    new Date("2024-03-05T01:00:00Z"),
  );
  const again = importSources(second);
  const s = (f: string) => again.results.find((x) => x.file === f)!;
  assert.equal(s("b-corrected.txt").status, "updated");
  assert.match(
    s("b-corrected.txt").warnings.join("\n"),
    /corrected version of a-original\.txt .*the article now has this text/,
  );
  assert.match(
    s("a-original.txt").warnings.join("\n"),
    /replaced by its corrected version b-corrected\.txt/,
  );
  assert.match(
    readFileSync(path.join(second.articlesDir, s("b-corrected.txt").article!), "utf8"),
    /바로잡음/,
  );
  assert.match(formatReport(again), /b-corrected\.txt: corrected version of a-original\.txt/);
});

test("source changed after a hand edit: the edit is kept, the report names the file and how to see the difference", () => {
  const { sourcesDir, articlesDir } = folders();
  writeFileSync(path.join(sourcesDir, "a.txt"), article(""));
  const first = importSources({ sourcesDir, articlesDir });
  const rel = first.results[0].article!;
  const abs = path.join(articlesDir, rel);
  writeFileSync(
    abs,
    readFileSync(abs, "utf8").replace("새 공장을 착공했다.", "새 공장을 착공했다(손으로 고침)."),
  );
  writeFileSync(path.join(sourcesDir, "a.txt"), article(" 투자액은 3조원이다."));
  const again = importSources({ sourcesDir, articlesDir });
  const r = again.results[0];
  assert.equal(r.status, "kept");
  const note = r.warnings.join("\n");
  assert.match(
    note,
    new RegExp(
      `its source a\\.txt has changed since: your edit is kept; sillok's version of the new source is in \\.sillok/incoming/${rel.replace(/[./]/g, "\\$&")} \\(see the difference: diff ${rel.replace(/[./]/g, "\\$&")} \\.sillok/incoming/`,
    ),
  );
  assert.match(readFileSync(abs, "utf8"), /손으로 고침/);
  assert.match(
    readFileSync(path.join(articlesDir, ".sillok", "incoming", rel), "utf8"),
    /투자액은 3조원이다/,
  );
  assert.match(
    formatReport(again),
    /a\.txt: article was edited by hand, and its source a\.txt has changed since/,
  );
});

test("--force over a hand edit keeps a backup, and the report says where", () => {
  const { sourcesDir, articlesDir } = folders();
  writeFileSync(path.join(sourcesDir, "a.txt"), article(""));
  const rel = importSources({ sourcesDir, articlesDir }).results[0].article!;
  const abs = path.join(articlesDir, rel);
  const edited = readFileSync(abs, "utf8").replace(
    "새 공장을 착공했다.",
    "새 공장을 착공했다(손으로 고침).",
  );
  writeFileSync(abs, edited);
  const forced = importSources({ sourcesDir, articlesDir, force: true });
  const r = forced.results[0];
  assert.equal(r.status, "updated");
  const m = /your version is backed up at (\.sillok\/backup\/[^ ]+)/.exec(r.warnings.join("\n"));
  assert.ok(m, r.warnings.join("\n"));
  assert.ok(m[1].endsWith(rel));
  assert.equal(
    readFileSync(path.join(articlesDir, m[1]), "utf8"),
    edited,
    "the backup is the hand edit, byte for byte",
  );
  assert.doesNotMatch(readFileSync(abs, "utf8"), /손으로 고침/);
  assert.match(formatReport(forced), /backed up at \.sillok\/backup\//);
  // A --force that overwrites nothing edited makes no backup.
  const quiet = importSources({ sourcesDir, articlesDir, force: true });
  assert.ok(quiet.results[0].warnings.every((w) => !/backed up/.test(w)));
  assert.ok(existsSync(path.join(articlesDir, m[1])));
});
