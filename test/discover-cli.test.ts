/**
 * People discovery is on by default; `--no-discover-people` / `--discover-people` on `sillok
 * import`, `build` and `check` override `discover.people` of `_data/entities.yaml` for one run,
 * both ways. The article is invented.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArticleFile } from "../src/core/article.ts";
import { projectRoot } from "../src/core/paths.ts";
import { listMarkdown } from "../src/core/paths.ts";
import { runCli, tempDir } from "./helpers.ts";
import { personYaml } from "../src/cli/entities.ts";

const ARTICLE = [
  "한빛대 연구진, 새 전지 소재 개발",
  "2026-03-02 10:00",
  "",
  "김다온 한빛대 화학과 교수는 2일 새 전지 소재를 공개했다.",
  "",
  '이재용 삼성전자 회장도 연구실을 찾았다. 김다온 교수는 "양산까지 3년"이라고 말했다.',
].join("\n");

function sources(root: string): string {
  const dir = path.join(root, "sources");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "battery.txt"), ARTICLE);
  return dir;
}

/** The people of the only article in `articles`. */
function peopleIn(articles: string): string[] {
  const [file] = listMarkdown(articles);
  return parseArticleFile(readFileSync(path.join(articles, file), "utf8")).meta.people;
}

test("import: discovered people by default; --no-discover-people adds dictionary people only", async () => {
  const root = tempDir();
  const src = sources(root);
  let r = await runCli(
    "import",
    "--sources",
    src,
    "--articles",
    path.join(root, "a1"),
    "--no-discover-people",
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(peopleIn(path.join(root, "a1")), ["이재용"]);
  r = await runCli("import", "--sources", src, "--articles", path.join(root, "a2"));
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(peopleIn(path.join(root, "a2")).sort(), ["김다온", "이재용"].sort());
  // check expects discovered people by default; told the import had no discovery, it names them.
  assert.equal((await runCli("check", "--articles", path.join(root, "a2"))).code, 0);
  const strict = await runCli("check", "--articles", path.join(root, "a2"), "--no-discover-people");
  assert.equal(strict.code, 1, strict.out);
  assert.match(strict.out, /인물 "김다온"은 사전\(people\.yaml\)에 없습니다/);
  // A typo added by hand is no discovered person: discovery does not find it in the text.
  const [file] = listMarkdown(path.join(root, "a2"));
  const abs = path.join(root, "a2", file);
  writeFileSync(abs, readFileSync(abs, "utf8").replace(/^people:\n/m, "people:\n  - 이재용씨\n"));
  const typo = await runCli("check", "--articles", path.join(root, "a2"));
  assert.equal(typo.code, 1, typo.out);
  assert.match(typo.out, /인물 "이재용씨"는 사전\(people\.yaml\)에 없습니다/);
});

test("discover: {people: false} in _data/entities.yaml turns discovery off; --discover-people turns it on for one run", async () => {
  const root = tempDir();
  const src = sources(root);
  const data = path.join(root, "_data");
  cpSync(path.join(projectRoot, "_data"), data, { recursive: true });
  writeFileSync(path.join(data, "entities.yaml"), "discover:\n  people: false\n");
  let r = await runCli(
    "import",
    "--sources",
    src,
    "--articles",
    path.join(root, "off"),
    "--data",
    data,
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(peopleIn(path.join(root, "off")), ["이재용"]);
  r = await runCli(
    "import",
    "--sources",
    src,
    "--articles",
    path.join(root, "on"),
    "--data",
    data,
    "--discover-people",
  );
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(peopleIn(path.join(root, "on")).sort(), ["김다온", "이재용"].sort());
});

test("import: discoverPeople false (--no-discover-people) overrides an opt-in in _data/entities.yaml", async () => {
  const root = tempDir();
  const src = sources(root);
  const data = path.join(root, "_data");
  cpSync(path.join(projectRoot, "_data"), data, { recursive: true });
  writeFileSync(path.join(data, "entities.yaml"), "discover:\n  people: true\n");
  // import has no --data: the dictionaries folder reaches it through the import options only,
  // so this checks the option's effect through the library the CLI calls.
  const { importSources } = await import("../src/import/index.ts");
  importSources({ sourcesDir: src, articlesDir: path.join(root, "on"), dataDir: data });
  assert.deepEqual(peopleIn(path.join(root, "on")).sort(), ["김다온", "이재용"].sort());
  importSources({
    sourcesDir: src,
    articlesDir: path.join(root, "off"),
    dataDir: data,
    discoverPeople: false,
  });
  assert.deepEqual(peopleIn(path.join(root, "off")), ["이재용"]);
});

test("--help of import and build shows --discover-people", () => {
  for (const cmd of ["import", "build"]) {
    const r = spawnSync(
      process.execPath,
      [path.join(projectRoot, "bin/sillok.js"), cmd, "--help"],
      { encoding: "utf8" },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /--discover-people\s+사전에 없어도 직함으로 찾은 인물/, cmd);
    assert.match(r.stdout, /--no-discover-people/, cmd);
  }
});

test("build (default): the discovered person gets a person page at a romanized URL", async () => {
  const root = tempDir();
  const out = path.join(root, "_site");
  const r = await runCli(
    "build",
    "--sources",
    sources(root),
    "--articles",
    path.join(root, "articles"),
    "--output",
    out,
  );
  assert.equal(r.code, 0, r.out + r.err);
  assert.deepEqual(peopleIn(path.join(root, "articles")).sort(), ["김다온", "이재용"].sort());
  const page = readFileSync(path.join(out, "people", "kim-da-on", "index.html"), "utf8");
  assert.match(page, /<h1[^>]*>[^<]*김다온/);
  assert.doesNotMatch(r.out, /no dictionary knows/, "discovered people are expected, not reported");
  assert.equal(readdirSync(path.join(out, "people")).filter((f) => f.startsWith("x-")).length, 0);
});

test("`sillok entities` YAML: 씨 is no role; the most frequent real role is proposed", () => {
  const c = { name: "한다온", roles: ["씨"], articles: 1, count: 1, examples: [], id: "han-da-on" };
  assert.equal(personYaml(c), "- {id: han-da-on, name: 한다온, kind: other}");
  assert.equal(
    personYaml({ ...c, roles: ["씨", "교수"] }),
    "- {id: han-da-on, name: 한다온, kind: other, role: 교수}",
  );
});
