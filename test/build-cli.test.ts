/** `sillok build` on the command line: it never deletes what it did not make, and says what it left out. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { projectRoot } from "../src/core/paths.ts";
import { importSources } from "../src/import/index.ts";
import { SITE_MARKER } from "../src/cli/build.ts";
import { articlesLockFile, siteLockFile } from "../src/core/lock.ts";
import { runCli, SAMPLE_UNDATED, samples, tempDir } from "./helpers.ts";

test("a non-empty folder sillok did not build is refused as output (exit 2) and left as it was", async () => {
  const root = tempDir();
  const sources = samples(root);
  const out = path.join(root, "mine");
  mkdirSync(out);
  writeFileSync(path.join(out, "thesis.docx"), "keep me");
  const r = await runCli(
    "build",
    "--sources",
    sources,
    "--articles",
    path.join(root, "articles"),
    "--output",
    out,
  );
  assert.equal(r.code, 2);
  assert.match(
    r.err,
    /^sillok: .*mine에는 사이트를 만들지 않습니다: 비어 있지 않고 sillok이 만든 사이트도 아니어서, 사이트를 만들면 그 안의 파일이 지워집니다\. --output으로 빈 폴더나 새 폴더를 고르세요$/,
  );
  assert.equal(readFileSync(path.join(out, "thesis.docx"), "utf8"), "keep me");
  assert.ok(!existsSync(path.join(root, "articles")), "nothing was imported either");
});

test("the sources or articles folder, or a folder holding them, is refused as output", async () => {
  const root = tempDir();
  const sources = samples(root);
  for (const out of [sources, root, path.join(root, "articles")]) {
    const r = await runCli(
      "build",
      "--sources",
      sources,
      "--articles",
      path.join(root, "articles"),
      "--output",
      out,
    );
    assert.equal(r.code, 2, out);
    assert.match(
      r.err,
      /에는 사이트를 만들지 않습니다: (원본|기사) 폴더\(.*\)이거나 그것을 담고 있어, 사이트를 만들면 지워집니다/,
    );
  }
  assert.ok(existsSync(path.join(sources, SAMPLE_UNDATED)));
});

test("an article whose front matter a hand edit broke is named, the rest still builds, exit 1; a rebuild reuses the folder", async () => {
  const root = tempDir();
  const articles = path.join(root, "articles");
  const report = importSources({ sourcesDir: samples(root), articlesDir: articles });
  const victim = report.results.find((r) => r.file.startsWith("sample-03"))!.article!;
  const file = path.join(articles, victim);
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(/^title: .*$/m, "title: 삼성전자: 신제품: 공개"),
  );
  const out = path.join(root, "site");
  const r = await runCli("build", "--no-import", "--articles", articles, "--output", out);
  assert.equal(r.code, 1, r.err);
  assert.match(
    r.out,
    new RegExp(
      `사이트에서 빠진 기사[^]*${victim.replace(/[.]/g, "\\.")}: front matter의 YAML을 읽을 수 없습니다: \\d+번째 줄`,
    ),
  );
  assert.ok(existsSync(path.join(out, SITE_MARKER)));
  assert.ok(existsSync(path.join(out, "index.html")));
  const again = await runCli("build", "--no-import", "--articles", articles, "--output", out);
  assert.equal(again.code, 1);
});

test("--version prints the package version; bad usage exits 2", async () => {
  // commander prints the version on stdout itself: run the real command.
  const v = spawnSync(process.execPath, [path.join(projectRoot, "bin", "sillok.js"), "--version"], {
    encoding: "utf8",
  });
  assert.equal(v.status, 0, v.stderr);
  assert.equal(
    v.stdout.trim(),
    JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")).version,
  );
  assert.equal((await runCli("build", "--no-such-flag")).code, 2);
  assert.equal((await runCli("import", "--sources", "/etc/hostname")).code, 2);
});

test("usage mistakes exit 2 with a message naming the option or folder, before anything is written", async () => {
  const root = tempDir();
  const sources = samples(root);
  const articles = path.join(root, "articles");
  const cases: [string[], RegExp][] = [
    [
      [
        "build",
        "--no-import",
        "--articles",
        path.join(root, "nope"),
        "--output",
        path.join(root, "s1"),
      ],
      /^sillok: 기사 폴더\(--articles\)가 없습니다: .*nope$/,
    ],
    [
      ["check", "--articles", sources, "--data", path.join(root, "nope")],
      /^sillok: 사전 폴더\(--data\)가 없습니다: .*nope$/,
    ],
    [
      ["import", "--sources", sources, "--articles", path.join(sources, "out")],
      /--sources\(.*\)와 --articles\(.*\)는 따로 떨어진 폴더여야 합니다/,
    ],
    [["import", "--sources", sources, "--articles", sources], /따로 떨어진 폴더여야 합니다/],
    [
      [
        "build",
        "--sources",
        sources,
        "--articles",
        articles,
        "--output",
        path.join(sources, "site"),
      ],
      /원본 폴더 안에 있어, 다음 가져오기가 사이트를 기사로 읽습니다/,
    ],
    [
      [
        "build",
        "--sources",
        sources,
        "--articles",
        articles,
        "--output",
        path.join(root, "s2"),
        "--site-url",
        "notaurl",
      ],
      /--site-url에는 https:\/\/example\.github\.io\/archive\/ 같은 절대 URL을 주세요\. 받은 값: "notaurl"/,
    ],
    [
      ["entities", "--articles", sources, "--limit", "abc"],
      /--limit에는 1 이상의 정수를 주세요\. 받은 값: "abc"/,
    ],
    [["entities", "--articles", sources, "--limit", "-3"], /--limit에는 1 이상의 정수를 주세요/],
  ];
  for (const [args, message] of cases) {
    const r = await runCli(...args);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.err}`);
    assert.match(r.err, message, args.join(" "));
  }
  for (const made of ["s1", "s2", "articles"])
    assert.equal(existsSync(path.join(root, made)), false, `${made} was not created`);
  assert.equal(existsSync(path.join(sources, "out")), false);
  assert.equal(existsSync(path.join(sources, "site")), false);
});

test("--data points import, build and check at another dictionaries folder", async () => {
  const root = tempDir();
  const sources = path.join(root, "sources");
  mkdirSync(sources);
  writeFileSync(
    path.join(sources, "a.txt"),
    "[단독] 가나다테크, 새 공장 착공\n2024-03-05 08:30\n(서울=연합뉴스) 가나다테크가 5일 새 공장을 착공했다. 가나다테크는 내년 가동을 목표로 한다.\n",
  );
  const data = path.join(root, "data");
  mkdirSync(data);
  writeFileSync(
    path.join(data, "people.yaml"),
    "- {id: hong-gil-dong, name: 홍길동, kind: business}\n",
  );
  for (const f of ["tags.yaml", "outlets.yaml", "boilerplate.yaml", "site.yaml", "entities.yaml"]) {
    writeFileSync(path.join(data, f), readFileSync(path.join(projectRoot, "_data", f)));
  }
  writeFileSync(
    path.join(data, "companies.yaml"),
    "- {id: ganada-tech, name: 가나다테크, kind: company}\n",
  );
  const articles = path.join(root, "articles");
  const r = await runCli(
    "build",
    "--sources",
    sources,
    "--articles",
    articles,
    "--output",
    path.join(root, "site"),
    "--data",
    data,
  );
  assert.equal(r.code, 0, r.err);
  assert.ok(
    existsSync(path.join(root, "site", "companies", "ganada-tech", "index.html")),
    "the company page comes from --data",
  );
  const c = await runCli("check", "--articles", articles, "--data", data);
  assert.equal(c.code, 0, c.out);
  assert.match(c.out, new RegExp(`사전 ${data.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`));
  assert.equal(
    (await runCli("check", "--articles", articles)).code,
    1,
    "the project's own dictionaries do not know 가나다테크",
  );
});

test("a rebuild keeps files the user added to the site (CNAME) and replaces the rest; Ctrl+C mid-build leaves the old site whole", async () => {
  const root = tempDir();
  const sources = samples(root);
  const articles = path.join(root, "articles");
  const out = path.join(root, "site");
  assert.equal(
    (await runCli("build", "--sources", sources, "--articles", articles, "--output", out)).code,
    0,
  );
  writeFileSync(path.join(out, "CNAME"), "archive.example.org\n");
  writeFileSync(path.join(out, "articles", "stale.html"), "a page a former build wrote");
  const marker = readFileSync(path.join(out, SITE_MARKER), "utf8");
  writeFileSync(path.join(out, SITE_MARKER), `${marker}articles/stale.html\n`);
  const again = await runCli("build", "--no-import", "--articles", articles, "--output", out);
  assert.equal(again.code, 0, again.err);
  assert.match(again.out, /사이트 폴더에 직접 넣은 파일 1개는 그대로 두었습니다: CNAME/);
  assert.equal(readFileSync(path.join(out, "CNAME"), "utf8"), "archive.example.org\n");
  assert.equal(
    existsSync(path.join(out, "articles", "stale.html")),
    false,
    "a file an earlier build made is not kept",
  );
  const before = readFileSync(path.join(out, "index.html"), "utf8");
  // Interrupt a real build as soon as it starts writing its temporary folder.
  const stage = path.join(root, ".site.sillok-building");
  const child = spawn(
    process.execPath,
    [
      path.join(projectRoot, "bin", "sillok.js"),
      "build",
      "--no-import",
      "--articles",
      articles,
      "--output",
      out,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  while (!existsSync(stage) && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
  child.kill("SIGINT");
  const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  assert.equal(code, 130, err);
  assert.match(err, /sillok: 중단했습니다\(SIGINT\)\. 사이트 .*site는 전과 같습니다\./);
  // Ctrl+C releases the locks (no later run has to take them over).
  assert.equal(existsSync(siteLockFile(out)), false, "the site lock is released");
  assert.equal(existsSync(articlesLockFile(articles)), false, "the articles lock is released");
  assert.equal(readFileSync(path.join(out, "index.html"), "utf8"), before);
  assert.ok(existsSync(path.join(out, "pagefind", "pagefind-entry.json")));
  assert.equal(existsSync(stage), false, "the temporary folder is removed");
});

test("build names an article file copied by hand (one source, two files: the site shows it twice), and still builds", async () => {
  const root = tempDir();
  const articles = path.join(root, "articles");
  const report = importSources({ sourcesDir: samples(root), articlesDir: articles });
  const seed = report.results.find((r) => r.file.startsWith("000-"))!.article!;
  const copy = path.posix.join(path.posix.dirname(seed), "my-copy.md");
  writeFileSync(path.join(articles, copy), readFileSync(path.join(articles, seed), "utf8"));
  const out = path.join(root, "site");
  const r = await runCli("build", "--no-import", "--articles", articles, "--output", out);
  assert.equal(r.code, 0, r.err);
  // The copy sorts after the seed's article-… name: the first file read is the original.
  assert.match(
    r.out,
    new RegExp(
      `같은 원본에서 나온 기사 파일\\(사이트에 두 번 나옵니다\\. 한 파일을 지우세요\\):\\n  ${copy}: ${seed}와 같은 원본\\n`,
    ),
  );
  const again = await runCli("build", "--no-import", "--articles", articles, "--output", out);
  assert.match(again.out, /같은 원본에서 나온 기사 파일/);
  rmSync(path.join(articles, copy));
  const clean = await runCli("build", "--no-import", "--articles", articles, "--output", out);
  assert.doesNotMatch(clean.out, /같은 원본에서 나온 기사 파일/);
});

test("build names front matter names no dictionary knows (a typo after a hand edit), and still builds; an unknown outlet is no typo", async () => {
  const root = tempDir();
  const articles = path.join(root, "articles");
  const report = importSources({ sourcesDir: samples(root), articlesDir: articles });
  const seed = path.join(articles, report.results.find((r) => r.file.startsWith("000-"))!.article!);
  writeFileSync(
    seed,
    readFileSync(seed, "utf8")
      .replace(/^people:\n/m, "people:\n  - 윤석렬\n")
      .replace(/^tags:\n/m, "tags:\n  - 집회\n")
      .replace(/^outlet: .*$/m, "outlet: 동해경제"),
  );
  const r = await runCli(
    "build",
    "--no-import",
    "--articles",
    articles,
    "--output",
    path.join(root, "site"),
    "--no-discover-people",
  );
  assert.equal(r.code, 0, r.err);
  assert.match(
    r.out,
    /사전에 없는 이름\(손으로 고친 오타일 수 있습니다\. 어느 기사인지는 `sillok check`\): .*(집회.*윤석렬|윤석렬.*집회)/,
  );
  // With people discovery on (the default) a person in no dictionary is expected at build time;
  // `sillok check` tells a typo from a discovered person (test/discover-cli.test.ts).
  const d = await runCli(
    "build",
    "--no-import",
    "--articles",
    articles,
    "--output",
    path.join(root, "site"),
  );
  assert.equal(d.code, 0, d.err);
  assert.match(
    d.out,
    /사전에 없는 이름\(손으로 고친 오타일 수 있습니다\. 어느 기사인지는 `sillok check`\): 집회\n/,
  );
  assert.doesNotMatch(
    d.out,
    /오타[^\n]*동해경제/,
    "an outlet no dictionary knows is named by check, not called a typo",
  );
});
