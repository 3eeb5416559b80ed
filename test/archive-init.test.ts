/**
 * An archive is its own repository (`sillok init`): the owner's files only, dictionary additions
 * that overlay the shipped dictionaries, a .gitignore that keeps articles/, the Pages workflow;
 * and an archive of the previous layout (a sillok checkout with edited _data/*.yaml and ignored
 * articles/) carried over by `sillok init --from`. Builds run as real processes in the archive.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
  readdirSync,
} from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { projectRoot, listMarkdown } from "../src/core/paths.ts";
import { archiveDataDir, defaultDataDir, loadDictionaries } from "../src/core/dictionaries.ts";
import { importSources } from "../src/import/index.ts";
import { parseArticleFile } from "../src/core/article.ts";
import { initArchive } from "../src/cli/init.ts";
import { readSiteData } from "../src/site/settings.ts";
import { runCli, tempDir } from "./helpers.ts";

const BIN = path.join(projectRoot, "bin", "sillok.js");
const hasGit = spawnSync("git", ["--version"]).status === 0;

/** An invented article naming a company no shipped dictionary has (한빛소재). */
const ARTICLE = [
  "한빛소재, 새 배터리 소재 공개",
  "2024-03-05 10:00",
  "",
  "한빛소재는 5일 새 배터리 소재를 공개했다. 한빛소재 관계자는 양산을 준비하고 있다고 말했다.",
  "",
].join("\n");
const COMPANY = "- {id: hanbit-materials, name: 한빛소재, aliases: [Hanbit Materials]}\n";

/** Runs `sillok args…` as a process in `cwd` (as `npx sillok` would in the archive). */
function sillokIn(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
}

/** `npm install` stand-in (no network in tests): node_modules/sillok is this checkout. */
function installSillok(archive: string): void {
  mkdirSync(path.join(archive, "node_modules"), { recursive: true });
  symlinkSync(projectRoot, path.join(archive, "node_modules", "sillok"), "dir");
}

const companiesOf = (articles: string) =>
  listMarkdown(articles).flatMap(
    (f) => parseArticleFile(readFileSync(path.join(articles, f), "utf8")).meta.companies,
  );

test("sillok init makes an archive of the owner's files; its dictionary additions overlay the shipped ones; build works there", async () => {
  const dir = path.join(tempDir(), "my-archive");
  const r = await runCli("init", dir);
  assert.equal(r.code, 0, r.err);
  for (const f of [
    "package.json",
    "sillok.yaml",
    ".gitignore",
    "README.md",
    ".github/workflows/pages.yml",
    "articles/.gitkeep",
    "sources/.gitkeep",
    "_data/companies.yaml",
    "_data/people.yaml",
    "_data/tags.yaml",
    "_data/outlets.yaml",
  ]) {
    assert.ok(existsSync(path.join(dir, f)), f);
  }
  assert.equal(
    JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).dependencies.sillok.startsWith(
      "file:",
    ),
    true,
  );
  // The workflow builds from committed articles and imports only new sources.
  assert.match(
    readFileSync(path.join(dir, ".github/workflows/pages.yml"), "utf8"),
    /npx sillok build --only-new/,
  );
  // A second init into the same folder is refused (exit 2): nothing is overwritten.
  assert.equal((await runCli("init", dir)).code, 2);

  appendFileSync(path.join(dir, "_data", "companies.yaml"), COMPANY);
  writeFileSync(path.join(dir, "sources", "hanbit.txt"), ARTICLE);
  installSillok(dir);
  const b = sillokIn(dir, "build");
  assert.equal(b.status, 0, b.stdout + b.stderr);
  assert.ok(existsSync(path.join(dir, "_site", "index.html")));
  assert.ok(
    existsSync(path.join(dir, "_site", "companies", "hanbit-materials", "index.html")),
    "the owner's company has its page",
  );
  assert.deepEqual(companiesOf(path.join(dir, "articles")), ["한빛소재"]);
  assert.ok(existsSync(path.join(dir, "articles", ".sillok", "manifest.json")));
  if (hasGit) {
    // articles/ and its manifest are committed; the site, node_modules and locks are not.
    const ignored = (f: string) =>
      spawnSync("git", ["-C", dir, "check-ignore", "-q", f]).status === 0;
    assert.equal(ignored("articles/2024/03/x.md"), false);
    assert.equal(ignored("articles/.sillok/manifest.json"), false);
    assert.equal(ignored("_data/companies.yaml"), false);
    assert.equal(ignored("_site/index.html"), true);
    assert.equal(ignored("node_modules/sillok"), true);
    assert.equal(ignored("articles/.sillok/lock.json"), true);
    assert.equal(ignored("articles/.sillok/backup/2024-03-05T00-00-00-000Z/2024/03/x.md"), true);
    assert.equal(ignored("articles/.sillok/incoming/2024/03/x.md"), true);
    // The Pages workflow deploys pushes to main, so the repository starts on main.
    assert.equal(
      spawnSync("git", ["-C", dir, "branch", "--show-current"], { encoding: "utf8" }).stdout.trim(),
      "main",
    );
  }
});

test("a newer sillok's shipped dictionaries and the owner's additions merge: no file of the owner changes", () => {
  const dir = path.join(tempDir(), "a");
  mkdirSync(dir);
  writeFileSync(
    path.join(dir, "companies.yaml"),
    `${COMPANY}- {id: meta, name: 메타, kind: global, aliases: [Meta, 메타플랫폼스, 페북회사]}\n`,
  );
  // "Newer sillok": the shipped companies plus one it did not have.
  const shipped = path.join(tempDir(), "_data");
  cpSync(defaultDataDir(), shipped, { recursive: true });
  appendFileSync(
    path.join(shipped, "companies.yaml"),
    "- {id: shipped-new-co, name: 새회사전자, aliases: []}\n",
  );
  const merged = loadDictionaries([shipped, dir].join(path.delimiter)).companies;
  const ids = merged.map((c) => c.id);
  assert.ok(ids.includes("shipped-new-co"), "the newer shipped entry");
  assert.ok(ids.includes("hanbit-materials"), "the owner's entry");
  assert.deepEqual(
    merged.find((c) => c.id === "meta")!.aliases,
    ["Meta", "메타플랫폼스", "페북회사"],
    "the owner's version of a shipped entry wins",
  );
  assert.equal(ids.filter((i) => i === "meta").length, 1);
  assert.equal(merged.length, loadDictionaries().companies.length + 2);
  assert.equal(
    loadDictionaries(archiveDataDir(dir)).companies.length,
    loadDictionaries().companies.length + 1,
  );
});

test("an archive of the previous layout (sillok checkout, edited _data/*.yaml, ignored articles/) is carried over by init --from", async () => {
  const old = path.join(tempDir(), "old-archive");
  mkdirSync(old);
  cpSync(path.join(projectRoot, "_data"), path.join(old, "_data"), { recursive: true });
  writeFileSync(path.join(old, ".gitignore"), "node_modules\n_site/\n/articles/\n");
  // The owner added a company and an alias to a shipped person, inside the shipped files.
  appendFileSync(path.join(old, "_data", "companies.yaml"), COMPANY);
  const people = readFileSync(path.join(old, "_data", "people.yaml"), "utf8");
  writeFileSync(
    path.join(old, "_data", "people.yaml"),
    people.replace(
      "aliases: [Lee Jae-yong, Jay Y. Lee, 李在鎔]}",
      "aliases: [Lee Jae-yong, Jay Y. Lee, 李在鎔, JY]}",
    ),
  );
  mkdirSync(path.join(old, "sources"));
  writeFileSync(path.join(old, "sources", "hanbit.txt"), ARTICLE);
  importSources({
    sourcesDir: path.join(old, "sources"),
    articlesDir: path.join(old, "articles"),
    dataDir: path.join(old, "_data"),
  });
  // …and then edited the article by hand.
  const [rel] = listMarkdown(path.join(old, "articles"));
  const abs = path.join(old, "articles", rel);
  writeFileSync(
    abs,
    readFileSync(abs, "utf8").replace(
      "새 배터리 소재를 공개했다.",
      "새 배터리 소재를 공개했다(손으로 고침).",
    ),
  );

  const dir = path.join(tempDir(), "new-archive");
  const r = await runCli("init", dir, "--from", old);
  assert.equal(r.code, 0, r.err);
  assert.match(
    r.out,
    /옮겨 온 것: 기사 파일 1개, 원본 파일 1개, 내 사전 항목: companies 1, people 1/,
  );
  const own = (f: string) =>
    YAML.parse(readFileSync(path.join(dir, "_data", f), "utf8")) as {
      id: string;
      aliases: string[];
    }[];
  assert.deepEqual(
    own("companies.yaml").map((e) => e.id),
    ["hanbit-materials"],
  );
  assert.deepEqual(
    own("people.yaml").map((e) => [e.id, e.aliases.at(-1)]),
    [["lee-jae-yong", "JY"]],
  );
  assert.ok(
    existsSync(path.join(dir, "articles", ".sillok", "manifest.json")),
    "the manifest comes along",
  );
  assert.match(readFileSync(path.join(dir, "articles", rel), "utf8"), /손으로 고침/);
  assert.doesNotMatch(readFileSync(path.join(dir, ".gitignore"), "utf8"), /^\/?articles\/?$/m);

  // Rebuilt in the new archive: the hand edit is kept (not re-imported over), the owner's entries apply.
  installSillok(dir);
  const b = sillokIn(dir, "build");
  assert.equal(b.status, 0, b.stdout + b.stderr);
  assert.match(b.stdout, /손대지 않음\(손으로 고친 기사\) +1\n/, "the hand-edited article is kept");
  assert.match(readFileSync(path.join(dir, "articles", rel), "utf8"), /손으로 고침/);
  assert.ok(existsSync(path.join(dir, "_site", "companies", "hanbit-materials", "index.html")));
  assert.equal(
    readdirSync(path.join(dir, "_site", "articles"), { recursive: true }).filter((f) =>
      String(f).endsWith("index.html"),
    ).length,
    1,
  );
});

test("sillok init gives the archive a title of its own in _data/site.yaml (its folder's name), which the site uses", () => {
  const dir = path.join(tempDir(), "my-clippings");
  initArchive({ dir });
  const site = YAML.parse(readFileSync(path.join(dir, "_data", "site.yaml"), "utf8"));
  assert.equal(site.title, "my-clippings");
  assert.equal(site.url, "");
  assert.equal(readSiteData(archiveDataDir(path.join(dir, "_data"))).title, "my-clippings");
});
