/** `sillok build` on the command line: it never deletes what it did not make, and says what it left out. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { projectRoot } from "../src/core/paths.ts";
import { importSources } from "../src/import/index.ts";
import { SITE_MARKER } from "../src/cli/build.ts";
import { runCli, seedAndSamples, tempDir } from "./helpers.ts";

test("a non-empty folder sillok did not build is refused as output (exit 2) and left as it was", async () => {
  const root = tempDir();
  const sources = seedAndSamples(root);
  const out = path.join(root, "mine");
  mkdirSync(out);
  writeFileSync(path.join(out, "thesis.docx"), "keep me");
  const r = await runCli("build", "--sources", sources, "--articles", path.join(root, "articles"), "--output", out);
  assert.equal(r.code, 2);
  assert.match(r.err, /refusing to build into .*mine: it is not empty and is not a site sillok built/);
  assert.equal(readFileSync(path.join(out, "thesis.docx"), "utf8"), "keep me");
  assert.ok(!existsSync(path.join(root, "articles")), "nothing was imported either");
});

test("the sources or articles folder, or a folder holding them, is refused as output", async () => {
  const root = tempDir();
  const sources = seedAndSamples(root);
  for (const out of [sources, root, path.join(root, "articles")]) {
    const r = await runCli("build", "--sources", sources, "--articles", path.join(root, "articles"), "--output", out);
    assert.equal(r.code, 2, out);
    assert.match(r.err, /refusing to build into .*: it is or contains the (sources|articles) folder/);
  }
  assert.ok(existsSync(path.join(sources, "000_e17bb6c05f271ade.txt")));
});

test("an article whose front matter a hand edit broke is named, the rest still builds, exit 1; a rebuild reuses the folder", async () => {
  const root = tempDir();
  const articles = path.join(root, "articles");
  const report = importSources({ sourcesDir: seedAndSamples(root), articlesDir: articles });
  const victim = report.results.find((r) => r.file.startsWith("sample-03"))!.article!;
  const file = path.join(articles, victim);
  writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, "title: 삼성전자: 신제품: 공개"));
  const out = path.join(root, "site");
  const r = await runCli("build", "--no-import", "--articles", articles, "--output", out);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out, new RegExp(`Articles left out of the site[^]*${victim.replace(/[.]/g, "\\.")}: front matter is not valid YAML`));
  assert.ok(existsSync(path.join(out, SITE_MARKER)));
  assert.ok(existsSync(path.join(out, "index.html")));
  const again = await runCli("build", "--no-import", "--articles", articles, "--output", out);
  assert.equal(again.code, 1);
});

test("--version prints the package version; bad usage exits 2", async () => {
  // commander prints the version on stdout itself: run the real command.
  const v = spawnSync(process.execPath, [path.join(projectRoot, "bin", "sillok.js"), "--version"], { encoding: "utf8" });
  assert.equal(v.status, 0, v.stderr);
  assert.equal(v.stdout.trim(), JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")).version);
  assert.equal((await runCli("build", "--no-such-flag")).code, 2);
  assert.equal((await runCli("import", "--sources", "/etc/hostname")).code, 2);
});
