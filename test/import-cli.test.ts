/** `sillok import` on the command line: the report, `--json`, and exit codes 0 / 1 / 2. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli as run, samples, tempDir } from "./helpers.ts";

test("exit 0 when every file imported or was skipped for the input's fault; the table names them", async () => {
  const root = tempDir();
  const sources = samples(root);
  writeFileSync(path.join(sources, "empty.txt"), "");
  const r = await run("import", "--sources", sources, "--articles", path.join(root, "articles"));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /새로 가져옴\s+9/);
  assert.match(r.out, /건너뜀\s+1/);
  assert.match(r.out, /empty\.txt: 빈 파일/);
});

test("--json prints the whole report for machines", async () => {
  const root = tempDir();
  const sources = samples(root);
  const r = await run(
    "import",
    "--sources",
    sources,
    "--articles",
    path.join(root, "articles"),
    "--json",
  );
  assert.equal(r.code, 0);
  const report = JSON.parse(r.out);
  assert.equal(report.counts.imported, 9);
  assert.equal(report.results.length, 9);
  assert.ok(report.results.every((x: { layout: string }) => typeof x.layout === "string"));
});

test("exit 1 when the importer itself fails on a file (the articles folder cannot be written)", async () => {
  const root = tempDir();
  const sources = samples(root);
  const blocked = path.join(root, "articles-is-a-file");
  writeFileSync(blocked, "not a folder");
  const r = await run("import", "--sources", sources, "--articles", blocked);
  assert.equal(r.code, 1);
  assert.match(r.out, /실패 — sillok 내부 오류/);
});

test("exit 2 for bad usage: an unknown option or a missing sources folder", async () => {
  assert.equal((await run("import", "--bogus")).code, 2);
  const missing = await run("import", "--sources", "/nonexistent/sillok-sources");
  assert.equal(missing.code, 2);
  assert.match(
    missing.err,
    /^sillok: 원본 폴더\(--sources\)가 없습니다: \/nonexistent\/sillok-sources$/,
  );
});
