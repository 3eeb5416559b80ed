/**
 * The command line as a fresh user met it (team-written inputs): import and build stop on the
 * dictionary problems `sillok check` reports; `--data` says what a partial folder leaves out;
 * `check` counts the article files it read; `serve --help` gives its exit codes; every message
 * and help text a user sees is Korean (commander's own too), with the near command for a typo.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import net from "node:net";
import { koreanError } from "../src/cli/korean.ts";
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
  assert.match(
    r.out,
    /^sillok check: 기사 2건\([^)]*\) 중 1건은 읽지 못함\(아래\), 사전 기본 사전$/m,
  );
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
  assert.match(r.stdout, /종료 코드: 0 멈춤\(.*\), 1 서버 실패,\n2 잘못된 사용/);
});

/** The `sillok` command as a user runs it (a process of its own): exit code, stdout, stderr. */
const sillok = (...args: string[]) => {
  const r = spawnSync(process.execPath, [path.join(projectRoot, "bin", "sillok.js"), ...args], {
    encoding: "utf8",
    cwd: tempDir(),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** English words commander writes in its help and errors, none of which a user should see. */
const COMMANDER_ENGLISH =
  /Usage:|Options:|Commands:|Arguments:|\(default:|display help|output the version|error:|Did you mean|\[options\]/;

test("every --help is Korean: headings, descriptions, defaults; option and command names unchanged", () => {
  for (const command of [[], ["init"], ["import"], ["build"], ["serve"], ["entities"], ["check"]]) {
    const r = sillok(...command, "--help");
    assert.equal(r.code, 0, command.join(" "));
    assert.doesNotMatch(r.out, COMMANDER_ENGLISH, command.join(" "));
    assert.match(r.out, /^사용법: sillok/);
    assert.match(r.out, /\n옵션:\n/);
    assert.match(r.out, /-h, --help +도움말을 보여 줍니다/);
    // A description line in English (a word of 4+ Latin letters and no Hangul) is one left over.
    const english = r.out
      .split("\n")
      .filter((l) => /\s{2}[a-z]{4,}/i.test(l) && !/[가-힣]/.test(l));
    assert.deepEqual(english, [], command.join(" "));
  }
  const top = sillok("--help").out;
  assert.match(top, /\n명령:\n {2}init \[옵션\] <dir> +보관소 시작/);
  assert.match(top, /help \[명령\] +명령의 도움말을 보여 줍니다/);
  assert.match(
    sillok("build", "--help").out,
    /--output <dir> +사이트를 만들 폴더 \(기본값: "_site"\)/,
  );
  assert.match(sillok("serve", "--help").out, /--port <n> +포트 \(기본값: "8080"\)/);
});

test("commander's errors are Korean with the near command or option, and keep exit 2", () => {
  const option = sillok("import", "--bogus");
  assert.equal(option.code, 2);
  assert.match(option.err, /^sillok: 모르는 옵션입니다: --bogus\n/);
  const typo = sillok("import", "--jbos", "2");
  assert.equal(typo.code, 2);
  assert.match(typo.err, /^sillok: 모르는 옵션입니다: --jbos\n\(비슷한 옵션: --jobs\)\n/);
  const command = sillok("frobnicate");
  assert.equal(command.code, 2);
  assert.match(command.err, /^sillok: 모르는 명령입니다: frobnicate\n/);
  const near = sillok("imprt");
  assert.equal(near.code, 2);
  assert.match(near.err, /^sillok: 모르는 명령입니다: imprt\n\(비슷한 명령: import\)\n/);
  const missing = sillok("init");
  assert.equal(missing.code, 2);
  assert.match(missing.err, /^sillok: <dir>을\(를\) 주어야 합니다\n/);
  const value = sillok("serve", "--port");
  assert.equal(value.code, 2);
  assert.match(value.err, /^sillok: --port <n> 옵션에 값을 주어야 합니다\n/);
  for (const r of [option, typo, command, near, missing, value]) {
    assert.doesNotMatch(r.err, COMMANDER_ENGLISH);
    assert.match(r.err, /\n사용법: sillok/, "the help follows, in Korean");
  }
  // The messages commander has that these commands cannot reach.
  assert.equal(
    koreanError("error: too many arguments for 'init'. Expected 1 argument but got 2.\n"),
    "sillok: init 명령의 인자가 너무 많습니다: 1개를 받는데 2개를 주었습니다\n",
  );
  assert.equal(
    koreanError("error: unknown command 'biuld'\n(Did you mean one of build, init?)\n"),
    "sillok: 모르는 명령입니다: biuld\n(비슷한 명령: build, init)\n",
  );
});

test("sillok's own refusals are Korean and say what to do: a port in use, a folder that is not a site, a missing folder", async () => {
  const busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  const port = (busy.address() as net.AddressInfo).port;
  try {
    const r = await runCli("serve", "--dir", tempDir(), "--port", String(port));
    assert.equal(r.code, 2);
    assert.equal(
      r.err,
      `sillok: 127.0.0.1의 ${port}번 포트는 이미 다른 프로그램이 쓰고 있습니다: --port로 다른 포트를 고르세요`,
    );
  } finally {
    busy.close();
  }
  const { root, sourcesDir, articlesDir } = sourcesWith({
    "a.txt": wire("가나다테크, 새 공장 착공", "05", "가나다테크가 5일 새 공장을 착공했다."),
  });
  const mine = path.join(root, "mine");
  mkdirSync(mine);
  writeFileSync(path.join(mine, "thesis.txt"), "keep me");
  const notSite = await runCli(
    "build",
    "--sources",
    sourcesDir,
    "--articles",
    articlesDir,
    "--output",
    mine,
  );
  assert.equal(notSite.code, 2);
  assert.match(
    notSite.err,
    /mine에는 사이트를 만들지 않습니다: 비어 있지 않고 sillok이 만든 사이트도 아니어서/,
  );
  const intoSources = await runCli(
    "build",
    "--sources",
    sourcesDir,
    "--articles",
    articlesDir,
    "--output",
    sourcesDir,
  );
  assert.equal(intoSources.code, 2);
  assert.match(
    intoSources.err,
    /sources에는 사이트를 만들지 않습니다: 원본 폴더\(.*\)이거나 그것을 담고 있어, 사이트를 만들면 지워집니다\. --output으로 다른 폴더를 고르세요/,
  );
  const nope = await runCli(
    "import",
    "--sources",
    path.join(root, "nope"),
    "--articles",
    articlesDir,
  );
  assert.equal(nope.code, 2);
  assert.equal(nope.err, `sillok: 원본 폴더(--sources)가 없습니다: ${path.join(root, "nope")}`);
  assert.equal(readFileSync(path.join(mine, "thesis.txt"), "utf8"), "keep me");
});

test("sillok init says the site's name and where to change it; --title sets it", async () => {
  const root = tempDir();
  const r = await runCli("init", path.join(root, "archive"));
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^sillok init: .*archive에 보관소를 만들었습니다/);
  assert.match(
    r.out,
    /\n {2}사이트 이름: "archive"\(폴더 이름\)\. 바꾸려면 .*archive\/_data\/site\.yaml의 title을 고치세요/,
  );
  const named = await runCli("init", path.join(root, "two"), "--title", "반도체 기사 모음");
  assert.equal(named.code, 0, named.err);
  assert.match(named.out, /사이트 이름: "반도체 기사 모음"\. 바꾸려면/);
  assert.match(
    readFileSync(path.join(root, "two", "_data", "site.yaml"), "utf8"),
    /^title: 반도체 기사 모음$/m,
  );
  const again = await runCli("init", path.join(root, "two"));
  assert.equal(again.code, 2);
  assert.match(
    again.err,
    /two는 비어 있지 않습니다: sillok init은 새 폴더나 빈 폴더에 보관소를 만듭니다/,
  );
});
