/**
 * The command line as a fresh user met it (team-written inputs): import and build stop on the
 * dictionary problems `sillok check` reports; `--data` says what a partial folder leaves out;
 * `check` counts the article files it read; `serve --help` gives its exit codes.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { listMarkdown, projectRoot } from "../src/core/paths.ts";
import { runCli, sourcesWith, tempDir } from "./helpers.ts";

const wire = (title: string, day: string, text: string) =>
  `${title}\n2026-03-${day} 08:30\n(서울=연합뉴스) ${text}\n`;

test("import and build stop (exit 1, nothing written) on an alias claimed twice, an unknown parent and an unknown kind, naming each", async () => {
  const { root, sourcesDir, articlesDir } = sourcesWith({
    "a.txt": wire("가나다테크, 새 공장 착공", "05", "가나다테크가 5일 새 공장을 착공했다."),
  });
  const data = path.join(root, "data");
  cpSync(path.join(projectRoot, "_data"), data, { recursive: true });
  writeFileSync(
    path.join(data, "companies.yaml"),
    [
      readFileSync(path.join(projectRoot, "_data", "companies.yaml"), "utf8"),
      "- {id: ganada-tech, name: 가나다테크, kind: globl, aliases: [가나다]}",
      "- {id: ganada-steel, name: 가나다철강, kind: company, aliases: [가나다], parent: no-such-group}",
      "",
    ].join("\n"),
  );
  for (const command of ["import", "build"]) {
    const output = command === "build" ? ["--output", path.join(root, "site")] : [];
    const r = await runCli(
      command,
      ...["--sources", sourcesDir, "--articles", articlesDir, "--data", data, ...output],
    );
    assert.equal(r.code, 1, `${command}: ${r.out}`);
    assert.match(r.err, /사전 파일에 고칠 곳이 있습니다/);
    assert.match(r.err, /"가나다"는 ganada-tech, ganada-steel 두 항목이 함께 씁니다/);
    assert.match(r.err, /ganada-tech: kind "globl" — 모르는 종류입니다/);
    assert.match(r.err, /ganada-steel: parent "no-such-group"은\(는\) 어느 기업의 id도 아닙니다/);
    assert.deepEqual(listMarkdown(articlesDir), [], `${command} wrote no article`);
    assert.equal(existsSync(path.join(root, "site")), false);
  }
});

test("--data with only a companies.yaml says which dictionaries it leaves empty (it replaces the shipped ones)", async () => {
  const root = tempDir();
  const data = path.join(root, "mine");
  const articles = path.join(root, "articles");
  const shipped = path.join(projectRoot, "_data");
  cpSync(shipped, data, {
    recursive: true,
    filter: (f) => !/(people|tags|outlets)\.yaml$/.test(f),
  });
  mkdirSync(articles);
  const r = await runCli("check", "--articles", articles, "--data", data);
  assert.match(r.err, /people\.yaml, tags\.yaml, outlets\.yaml 파일이 없어 빈 목록으로 읽습니다/);
  const full = await runCli("check", "--articles", articles, "--data", shipped);
  assert.doesNotMatch(full.err, /빈 목록/);
});

test("check counts every article file it read, a hand edit that broke one's date included", async () => {
  const { sourcesDir, articlesDir } = sourcesWith({
    "a.txt": wire("가나다테크, 새 공장 착공", "05", "가나다테크가 5일 새 공장을 착공했다."),
    "b.txt": wire("라마바물산, 수출 늘어", "06", "라마바물산의 수출이 6일 늘었다."),
  });
  assert.equal(
    (await runCli("import", "--sources", sourcesDir, "--articles", articlesDir)).code,
    0,
  );
  const [first] = listMarkdown(articlesDir);
  const file = path.join(articlesDir, first);
  writeFileSync(file, readFileSync(file, "utf8").replace(/^date: .*$/m, "date: 2026-03-5 8시"));
  const r = await runCli("check", "--articles", articlesDir);
  assert.match(r.out, /^sillok check: 기사 2건\([^)]*\) 중 1건은 읽지 못함\(아래\), 사전/);
  assert.match(r.out, new RegExp(`${first.replace(/[.]/g, "\\.")}: date`));
});

test("serve --help lists its exit codes, as the other commands do", () => {
  const r = spawnSync(
    process.execPath,
    [path.join(projectRoot, "bin", "sillok.js"), "serve", "--help"],
    {
      encoding: "utf8",
    },
  );
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Exit codes: 0 stopped .*, 1 the server failed,\n2 bad usage/);
});
