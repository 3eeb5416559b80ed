/**
 * `sillok init <dir>`: starts an archive as a repository of its own. The archive holds only the
 * owner's files — `articles/` (with its manifest), `sources/`, `sillok.yaml` (settings) and
 * `_data/` (dictionary additions that overlay sillok's shipped dictionaries) — and depends on
 * sillok as an npm package, so upgrading sillok (`npm install sillok@…`) changes only
 * package.json and never touches, or conflicts with, a file the owner edits.
 *
 * `--from <old>` also carries over an archive of the previous layout (a copy of the sillok
 * repository whose `_data/*.yaml` the owner edited and whose `articles/` git ignored): its
 * articles and manifest, its sources, and every dictionary entry it added or changed.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import YAML from "yaml";
import { defaultDataDir } from "../core/dictionaries.ts";
import { projectRoot } from "../core/paths.ts";

/** The settings file of an archive, at its root; sillok commands run there read it. */
export const ARCHIVE_SETTINGS = "sillok.yaml";

/** An archive's folders, from its `sillok.yaml` (relative to the archive root in the file). */
export interface ArchiveSettings {
  root: string;
  sources: string;
  articles: string;
  output: string;
  /** The owner's dictionary additions (overlaying the shipped `_data/`). */
  dictionaries: string;
}

/** Thrown when `sillok init` will not write into the folder (the CLI exits 2). */
export class InitRefused extends Error {}

/** The dictionary files an archive may extend; each is a list of entries with an `id`. */
const DICTIONARIES = ["companies", "people", "tags", "outlets"] as const;

/**
 * Reads `sillok.yaml` in `dir`, or null when there is none (not an archive root).
 * @throws Error when the file is not a YAML map
 */
export function readArchiveSettings(dir: string): ArchiveSettings | null {
  const file = path.join(dir, ARCHIVE_SETTINGS);
  if (!existsSync(file)) return null;
  const data = YAML.parse(readFileSync(file, "utf8")) ?? {};
  if (typeof data !== "object" || Array.isArray(data))
    throw new Error(`${file}: 설정은 YAML 맵(키: 값)이어야 합니다`);
  const folder = (key: string, def: string) =>
    path.resolve(dir, typeof data[key] === "string" ? data[key] : def);
  return {
    root: path.resolve(dir),
    sources: folder("sources", "sources"),
    articles: folder("articles", "articles"),
    output: folder("output", "_site"),
    dictionaries: folder("dictionaries", "_data"),
  };
}

export interface InitOptions {
  dir: string;
  /** An archive of the previous layout to carry over. */
  from?: string;
  /** npm dependency spec of sillok written into package.json (default: this checkout, `file:…`). */
  sillokSpec?: string;
  /** The site's name (`_data/site.yaml` title); default the folder's name. */
  title?: string;
}

export interface InitReport {
  dir: string;
  sillokSpec: string;
  /** The site's name written to `_data/site.yaml`, and whether it is the folder's name (no `--title`). */
  title: { name: string; fromFolder: boolean };
  /** What `--from` carried over: article files, source files, dictionary entries per file. */
  carried: { articles: number; sources: number; entries: Record<string, number> } | null;
  /** True when `git init` made the folder a repository. */
  git: boolean;
}

const header = (what: string, example: string) =>
  `# 내 ${what}: sillok에 딸린 사전과 합쳐 읽습니다(같은 id는 내 항목이 sillok의 항목을 대신하고, 새 id는\n` +
  `# 더해집니다). sillok은 이 파일을 싣지 않으므로 sillok을 올려도 이 파일과 부딪치지 않습니다. 예:\n# ${example}\n`;

const HEADERS: Record<string, string> = {
  companies: header(
    "기업",
    "- {id: hanbit-materials, name: 한빛소재, aliases: [Hanbit Materials]}",
  ),
  people: header(
    "인물",
    "- {id: kim-min-ji, name: 김민지, kind: academic, org: 한빛대, role: 교수}",
  ),
  tags: header("태그", "- {id: battery, name: 배터리, keywords: [배터리, 이차전지]}"),
  outlets: header("매체", "- {id: hanbit-ilbo, name: 한빛일보, domains: [hanbit.example]}"),
};

/** The owner's entries of an old-layout dictionary file: added ids, and shipped ids they changed. */
function ownEntries(oldFile: string, shippedFile: string): Record<string, unknown>[] {
  if (!existsSync(oldFile)) return [];
  const old = (YAML.parse(readFileSync(oldFile, "utf8")) ?? []) as Record<string, unknown>[];
  const shipped = new Map(
    ((YAML.parse(readFileSync(shippedFile, "utf8")) ?? []) as Record<string, unknown>[]).map(
      (e) => [String(e.id), JSON.stringify(e)],
    ),
  );
  return old.filter((e) => shipped.get(String(e.id)) !== JSON.stringify(e));
}

/** Old boilerplate patterns the shipped file does not have, per section. */
function ownBoilerplate(oldFile: string, shippedFile: string): Record<string, string[]> {
  if (!existsSync(oldFile)) return {};
  const old = (YAML.parse(readFileSync(oldFile, "utf8")) ?? {}) as Record<string, string[]>;
  const shipped = (YAML.parse(readFileSync(shippedFile, "utf8")) ?? {}) as Record<string, string[]>;
  const out: Record<string, string[]> = {};
  for (const [section, list] of Object.entries(old)) {
    const extra = (Array.isArray(list) ? list : []).filter(
      (p) => !(shipped[section] ?? []).includes(p),
    );
    if (extra.length) out[section] = extra;
  }
  return out;
}

/** Writes the archive's files (never over an existing file). */
function writeSkeleton(dir: string, spec: string, title: string): void {
  for (const d of ["articles", "sources", "_data", ".github/workflows"])
    mkdirSync(path.join(dir, d), { recursive: true });
  const files: Record<string, string> = {
    "package.json": `${JSON.stringify(
      {
        name:
          path
            .basename(dir)
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, "-")
            .replace(/^-|-$/g, "") || "archive",
        private: true,
        type: "module",
        scripts: {
          build: "sillok build",
          start: "sillok serve",
          import: "sillok import",
          check: "sillok check",
          entities: "sillok entities",
        },
        dependencies: { sillok: spec },
      },
      null,
      2,
    )}\n`,
    [ARCHIVE_SETTINGS]: readFileSync(
      path.join(projectRoot, "src/cli/archive-template/sillok.yaml"),
      "utf8",
    ),
    ".gitignore": readFileSync(
      path.join(projectRoot, "src/cli/archive-template/gitignore"),
      "utf8",
    ),
    "README.md": readFileSync(path.join(projectRoot, "src/cli/archive-template/README.md"), "utf8"),
    ".github/workflows/pages.yml": readFileSync(
      path.join(projectRoot, "src/cli/archive-template/pages.yml"),
      "utf8",
    ),
    "articles/.gitkeep": "",
    "sources/.gitkeep": "",
    // The archive's own name (--title, or its folder's until the owner writes another): without
    // it, every page would be titled with the shipped site.yaml's.
    "_data/site.yaml": `# 사이트 이름(title)과 한 줄 소개(description): 모든 쪽의 <title>, 머리글, 메타 태그에 나옵니다.\n${YAML.stringify({ title })}description: ""\n# 이 보관소를 게시할 주소(피드, 사이트맵), 예: https://me.github.io/my-archive/\n# (GitHub Pages 워크플로는 스스로 넘겨 줍니다).\nurl: ""\n`,
    "_data/entities.yaml":
      "# 인물 찾기(직함이 붙은 이름은 사전에 없어도 인물 쪽을 얻습니다): false로 두면 꺼집니다.\ndiscover:\n  people: true\n",
    "_data/boilerplate.yaml":
      "# 내가 더하는 페이지 군더더기 패턴: sillok의 것에 더해집니다(sillok의 boilerplate.yaml과 같은 구역), 예:\n# furniture:\n#   - '^한빛일보 구독하기$'\n",
  };
  for (const kind of DICTIONARIES) files[`_data/${kind}.yaml`] = HEADERS[kind]; // comments only: add "- {…}" lines below
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(dir, rel), text);
}

/** Carries an old-layout archive's articles, sources and own dictionary entries into `dir`. */
function carryOver(from: string, dir: string): NonNullable<InitReport["carried"]> {
  const entries: Record<string, number> = {};
  const shippedDir = defaultDataDir();
  for (const kind of DICTIONARIES) {
    const own = ownEntries(
      path.join(from, "_data", `${kind}.yaml`),
      path.join(shippedDir, `${kind}.yaml`),
    );
    entries[kind] = own.length;
    if (own.length)
      writeFileSync(
        path.join(dir, "_data", `${kind}.yaml`),
        `${HEADERS[kind]}${YAML.stringify(own, { lineWidth: 0 })}`,
      );
  }
  const boiler = ownBoilerplate(
    path.join(from, "_data", "boilerplate.yaml"),
    path.join(shippedDir, "boilerplate.yaml"),
  );
  entries.boilerplate = Object.values(boiler).reduce((n, l) => n + l.length, 0);
  if (entries.boilerplate)
    writeFileSync(
      path.join(dir, "_data", "boilerplate.yaml"),
      `# 내가 더한 페이지 군더더기 패턴: sillok의 것에 더해집니다.\n${YAML.stringify(boiler)}`,
    );
  for (const file of ["entities.yaml", "site.yaml"]) {
    const old = path.join(from, "_data", file);
    if (
      existsSync(old) &&
      readFileSync(old, "utf8") !== readFileSync(path.join(shippedDir, file), "utf8")
    )
      cpSync(old, path.join(dir, "_data", file));
  }
  const copy = (sub: string) => {
    const src = path.join(from, sub);
    if (!existsSync(src)) return 0;
    cpSync(src, path.join(dir, sub), {
      recursive: true,
      filter: (f) => !f.endsWith(`${path.sep}lock.json`),
    });
    // Files the importer reads or the site shows: hidden files and folders (.sillok/) not counted.
    return (readdirSync(src, { recursive: true }) as string[]).filter(
      (f) =>
        !f.split(path.sep).some((p) => p.startsWith(".")) && statSync(path.join(src, f)).isFile(),
    ).length;
  };
  return { articles: copy("articles"), sources: copy("sources"), entries };
}

/**
 * Creates the archive `opts.dir` (a new or empty folder), optionally carrying over an old one,
 * and makes it a git repository when git is installed.
 * @throws InitRefused when the folder has files in it, or `from` is no folder
 */
export function initArchive(opts: InitOptions): InitReport {
  const dir = path.resolve(opts.dir);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new InitRefused(
      `${opts.dir}는 비어 있지 않습니다: sillok init은 새 폴더나 빈 폴더에 보관소를 만듭니다`,
    );
  if (opts.from !== undefined && !existsSync(path.join(opts.from, "_data")))
    throw new InitRefused(
      `--from ${opts.from}: 그 안에 _data/ 폴더가 없어 sillok 보관소가 아닙니다`,
    );
  mkdirSync(dir, { recursive: true });
  const spec = opts.sillokSpec ?? `file:${path.relative(dir, projectRoot) || "."}`;
  const title = opts.title?.trim() || path.basename(dir);
  writeSkeleton(dir, spec, title);
  const carried = opts.from === undefined ? null : carryOver(path.resolve(opts.from), dir);
  const git =
    spawnSync("git", ["init", "-q", "-b", "main", dir], { encoding: "utf8" }).status === 0;
  if (git) spawnSync("git", ["-C", dir, "add", "-A"], { encoding: "utf8" });
  return {
    dir,
    sillokSpec: spec,
    title: { name: title, fromFolder: !opts.title?.trim() },
    carried,
    git,
  };
}

/** What `sillok init` prints: what was made, the site's name and where to change it, and the next steps. */
export function formatInit(r: InitReport, shown: string): string {
  const lines = [
    `sillok init: ${r.dir}에 보관소를 만들었습니다${r.git ? "(git 저장소, 파일은 git add 해 둠)" : ""}`,
  ];
  if (r.carried) {
    const e =
      Object.entries(r.carried.entries)
        .filter(([, n]) => n)
        .map(([k, n]) => `${k} ${n}`)
        .join(", ") || "없음";
    lines.push(
      `  옮겨 온 것: 기사 파일 ${r.carried.articles}개, 원본 파일 ${r.carried.sources}개, 내 사전 항목: ${e} (_data/에)`,
    );
  }
  lines.push(
    `  사이트 이름: "${r.title.name}"${r.title.fromFolder ? "(폴더 이름)" : ""}. 바꾸려면 ${path.join(shown, "_data", "site.yaml")}의 title을 고치세요(한 줄 소개는 description)`,
    `  sillok 의존성: ${r.sillokSpec} (GitHub Pages에서는 러너가 받을 수 있는 지정을 쓰세요: --sillok github:<owner>/sillok)`,
  );
  lines.push(
    "다음 단계:",
    `  cd ${shown}`,
    "  npm install",
    "  npx sillok build      # sources/를 articles/로 가져오고 _site/를 만듭니다",
    `  git add -A && git commit -m "archive"`,
  );
  return lines.join("\n");
}
