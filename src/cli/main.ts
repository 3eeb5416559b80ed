/**
 * The `sillok` command line (commander). Exit codes: 0 success (every file imported, or skipped
 * for a reason that is the input's fault and reported); 1 the importer or a build stage failed;
 * 2 bad usage.
 */
import {
  formatInit,
  initArchive,
  InitRefused,
  readArchiveSettings,
  type ArchiveSettings,
} from "./init.ts";
import { articlesLockFile, LockBusy, withLocks } from "../core/lock.ts";
import { exitOnInterrupt } from "./interrupt.ts";
import path from "node:path";
import { existsSync, readFileSync, statSync } from "node:fs";
import { Command, CommanderError } from "commander";
import cliProgress from "cli-progress";
// Each command loads its own stage modules when it runs (`await import`): `init`, `serve` and
// `--help` never load the importer, Eleventy or Pagefind (loading them all took most of a
// second of CPU, and several seconds on a busy machine, before any command started).
import type { ImportReport } from "../import/index.ts";
import type { buildSite } from "./build.ts";
import type { serveSite } from "./serve.ts";
import { archiveDataDir, loadDictionaries } from "../core/dictionaries.ts";
import { isInside, projectRoot } from "../core/paths.ts";
import { DictionaryError } from "../core/problems.ts";
import { normalizeBase } from "../site/settings.ts";
import { koreanHelp, koreanOutput } from "./korean.ts";

class UsageError extends Error {}
/** A command that refused to run for a reason the user can fix (the build's refusal): exit 2. */
class Refused extends Error {}

const VERSION: string = JSON.parse(
  readFileSync(path.join(projectRoot, "package.json"), "utf8"),
).version;

/**
 * `dir` as an absolute path, or a usage error naming it.
 * @param what the folder's role as the message names it ("원본 폴더(--sources)")
 */
function requireDir(dir: string, what: string): string {
  const abs = path.resolve(dir);
  if (!existsSync(abs)) throw new UsageError(`${what}가 없습니다: ${dir}`);
  if (!statSync(abs).isDirectory())
    throw new UsageError(`${what}는 폴더여야 하는데 파일입니다: ${dir}`);
  return abs;
}

/** The folders' roles as the messages name them. */
const FOLDER = {
  sources: "원본 폴더(--sources)",
  articles: "기사 폴더(--articles)",
  data: "사전 폴더(--data)",
  site: "사이트 폴더(--dir)",
};

/** Refuses a sources and an articles folder that are the same or inside one another (an import would read its own output). */
function requireApart(sourcesDir: string, articlesDir: string): void {
  const a = path.resolve(sourcesDir);
  const b = path.resolve(articlesDir);
  if (isInside(a, b) || isInside(b, a))
    throw new UsageError(
      `--sources(${sourcesDir})와 --articles(${articlesDir})는 따로 떨어진 폴더여야 합니다: 한쪽이 다른 쪽 안에 있으면 가져오기가 자기 결과를 다시 읽습니다`,
    );
}

/**
 * `--data DIR` checked; without it, in an archive (`sillok.yaml` here), the shipped dictionaries
 * overlaid by the archive's own; else undefined for the project's `_data/`.
 */
function dataOption(
  dir: string | undefined,
  archive: ArchiveSettings | null = null,
): string | undefined {
  if (dir !== undefined) return warnPartialData(requireDir(dir, FOLDER.data), dir);
  return archive ? archiveDataDir(archive.dictionaries) : undefined;
}

/** The entity dictionaries a `--data` folder is expected to hold: it replaces the shipped ones. */
const DICTIONARY_FILES = ["companies.yaml", "people.yaml", "tags.yaml", "outlets.yaml"];

/**
 * Says on stderr which entity dictionaries a `--data` folder lacks (each reads as an empty list,
 * since the folder replaces sillok's shipped `_data/`), so a folder of additions alone is not
 * taken for an overlay. Returns `abs`.
 */
function warnPartialData(abs: string, given: string): string {
  const missing = DICTIONARY_FILES.filter((f) => !existsSync(path.join(abs, f)));
  if (missing.length)
    console.error(
      `sillok: --data ${given}에 ${missing.join(", ")} 파일이 없어 빈 목록으로 읽습니다. --data 폴더는 sillok의 사전(_data/)을 대신합니다. 내 항목을 sillok의 사전에 더하려면 보관소(sillok init)의 _data/에 두세요`,
    );
  return abs;
}

/**
 * Stops an import or a build whose dictionaries have a problem `sillok check` finds across
 * entries (a name or alias claimed by two entries, a `parent` or `kind` no entry has, an id used
 * twice): the articles would get their companies and people from a dictionary other than the
 * one the user wrote, and a committed article keeps them. Same stop, same exit code (1), as a
 * file its schema refuses (the loader's DictionaryError); the message lists the problems in
 * Korean and `sillok check` names them all.
 * @throws DictionaryError when any is found
 */
async function requireSoundDictionaries(dataDir: string | undefined): Promise<void> {
  const { checkDictionaries } = await import("./check.ts");
  const problems = checkDictionaries(loadDictionaries(dataDir));
  if (problems.length)
    throw new DictionaryError(
      problems.map((p) => ({ file: p.where, field: "", message: p.message })),
    );
}

/**
 * `--data` as `--help` explains it: the folder replaces sillok's shipped dictionaries (a folder
 * holding only companies.yaml leaves no tags, people or outlets), while an archive's own `_data/`
 * (sillok.yaml `dictionaries`) is laid over them.
 */
const DATA_HELP =
  "sillok에 딸린 사전(_data/) 대신 쓸 사전 폴더(전부 갖춰야 합니다: 없는 파일은 빈 목록). 주지 않으면 보관소에서는 그 _data/를 sillok의 사전 위에 겹쳐 씁니다";

/** A positive whole number option, or a usage error naming the option. */
function positiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${option}에는 1 이상의 정수를 주세요. 받은 값: "${value}"`);
  return n;
}

/** A progress bar on a terminal; nothing when stderr is not a TTY (CI, pipes). */
function progress(): {
  update: (done: number, total: number, file: string) => void;
  stop: () => void;
} {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: "가져오는 중 [{bar}] {value}/{total} {file}",
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, file) {
      if (!started) {
        bar.start(total, 0, { file: "" });
        started = true;
      }
      bar.update(done, { file: file.length > 40 ? `${file.slice(0, 39)}…` : file });
    },
    stop: () => started && bar.stop(),
  };
}

/** `sillok build --output _site`: how this run was started, for another run's lock message. */
function commandLine(argv: string[]): string {
  return ["sillok", ...argv.slice(2)].join(" ");
}

function importExit(report: ImportReport | null): number {
  return report && report.counts.failed > 0 ? 1 : 0;
}

/**
 * What every command's action reads: how this run was started, the archive it runs in (or
 * null), the default folders, and where an action leaves its exit code.
 */
interface CliContext {
  argv: string[];
  archive: ArchiveSettings | null;
  folders: { sources: string; articles: string; output: string };
  exit: { code: number };
}

/** In an archive (sillok.yaml in the working folder) its folders are the defaults. */
function cliContext(argv: string[]): CliContext {
  const archive = readArchiveSettings(process.cwd());
  const folders = archive
    ? {
        sources: path.relative(".", archive.sources) || ".",
        articles: path.relative(".", archive.articles) || ".",
        output: path.relative(".", archive.output) || ".",
      }
    : { sources: "sources", articles: "articles", output: "_site" };
  return { argv, archive, folders, exit: { code: 0 } };
}

/** The lock settings of a run: who we are in another run's message, and whether to wait. */
function lockOptions(ctx: CliContext, wait: boolean) {
  return {
    command: commandLine(ctx.argv),
    wait,
    onMessage: (m: string) => console.error(`sillok: ${m}`),
  };
}

function initCommand(program: Command): void {
  program
    .command("init")
    .argument("<dir>", "보관소를 만들 새 폴더나 빈 폴더")
    .description(
      "보관소 시작: articles/, sources/, sillok.yaml, 내 사전 항목(_data/), GitHub Pages 워크플로가 든 git 저장소를 만듭니다",
    )
    .option(
      "--from <dir>",
      "예전 방식의 보관소(_data/*.yaml을 고친 sillok 체크아웃)에서 기사, 원본, 내 사전 항목을 옮겨 옵니다",
    )
    .option(
      "--sillok <spec>",
      "package.json에 적을 sillok의 npm 의존성 지정(기본값: 이 체크아웃을 file:…로)",
    )
    .option(
      "--title <name>",
      "사이트 이름(모든 쪽의 제목과 머리글; 기본값: 폴더 이름). 나중에 _data/site.yaml의 title에서 바꿀 수 있습니다",
    )
    .action((dir: string, o) => {
      const report = initArchive({ dir, from: o.from, sillokSpec: o.sillok, title: o.title });
      console.log(formatInit(report, dir));
    });
}

/** The options import and build share. */
function importOptions(cmd: Command, ctx: CliContext): Command {
  return cmd
    .option("--sources <dir>", "원본 스크랩 폴더", ctx.folders.sources)
    .option("--articles <dir>", "기사 폴더(Markdown + front matter)", ctx.folders.articles)
    .option("--data <dir>", DATA_HELP)
    .option("--force", "손으로 고치거나 옮기거나 지운 기사도 덮어씁니다(먼저 백업)", false)
    .option(
      "--discover-people",
      "사전에 없어도 직함으로 찾은 인물(김민지 한빛대 교수)을 더합니다(기본; 이번 실행에서 _data/entities.yaml의 discover.people보다 우선)",
    )
    .option("--no-discover-people", "_data/entities.yaml과 상관없이 사전의 인물만 더합니다")
    .option(
      "--only-new",
      "기사 목록(manifest)이 아직 모르는 원본만 가져옵니다(아는 원본은 다시 변환하지 않음)",
      false,
    )
    .option(
      "--jobs <n>",
      "원본을 동시에 변환할 스레드 수(주 스레드 포함; 기본: 이 컴퓨터의 코어 수). 스레드 하나에 파일 2,000개 이상일 때만 늘립니다. 다른 작업으로 코어가 바쁘면 --jobs 1이 덜 씁니다",
      (v: string) => positiveInt(v, "--jobs"),
    )
    .option(
      "--no-wait",
      "다른 sillok 실행이 기사나 사이트 폴더를 쓰고 있으면 기다리지 않고 멈춥니다(종료 코드 2)",
    );
}

function importCommand(program: Command, ctx: CliContext): void {
  importOptions(
    program
      .command("import")
      .description(
        "원본 폴더의 파일을 읽어(인코딩, 정리, 분석) articles/YYYY/MM/<slug>.md로 씁니다",
      ),
    ctx,
  )
    .option("--json", "보고서를 JSON으로 출력합니다", false)
    .action(async (o) => {
      const sourcesDir = requireDir(o.sources, FOLDER.sources);
      requireApart(sourcesDir, o.articles);
      const dataDir = dataOption(o.data, ctx.archive);
      await requireSoundDictionaries(dataDir);
      const lock = lockOptions(ctx, o.wait);
      const { importSourcesOnThreads } = await import("../import/index.ts");
      const { formatReport, reportJson } = await import("./report.ts");
      const stopHandling = exitOnInterrupt(
        `가져온 기사는 ${o.articles}에 그대로 있습니다. 같은 명령을 다시 실행하면 나머지를 가져옵니다.`,
      );
      const report = await withLocks([articlesLockFile(o.articles)], lock, async () => {
        const bar = o.json ? { update: () => {}, stop: () => {} } : progress();
        const r = await importSourcesOnThreads({
          sourcesDir,
          articlesDir: path.resolve(o.articles),
          dataDir,
          force: o.force,
          discoverPeople: o.discoverPeople,
          onlyNew: o.onlyNew,
          jobs: o.jobs,
          onProgress: bar.update,
        });
        bar.stop();
        return r;
      }).finally(stopHandling);
      console.log(o.json ? reportJson(report) : formatReport(report));
      ctx.exit.code = importExit(report);
    });
}

/** What a build reports after the import's own report: files left out or misfiled, pages, how to serve. */
async function printBuild(
  result: Awaited<ReturnType<typeof buildSite>>,
  o: Record<string, string>,
): Promise<void> {
  if (result.broken.length) {
    console.log(`\n사이트에서 빠진 기사(파일을 고치거나 --force로 다시 가져오세요):`);
    for (const b of result.broken) console.log(`  ${b.file}: ${b.reason}`);
  }
  if (result.unknownNames.length) {
    const shown = result.unknownNames.slice(0, 8).join(", ");
    console.log(
      `\n사전에 없는 이름(손으로 고친 오타일 수 있습니다. 어느 기사인지는 \`sillok check\`): ${shown}${result.unknownNames.length > 8 ? `, … (${result.unknownNames.length}개)` : ""}`,
    );
  }
  if (result.misfiled.length) {
    console.log(
      `\n폴더와 날짜가 맞지 않는 기사(사이트는 날짜로 분류합니다. \`sillok check\`에도 나옵니다):`,
    );
    for (const m of result.misfiled) console.log(`  ${m.file}: ${m.reason}`);
  }
  if (result.copies.length) {
    console.log(`\n같은 원본에서 나온 기사 파일(사이트에 두 번 나옵니다. 한 파일을 지우세요):`);
    for (const c of result.copies) console.log(`  ${c.file}: ${c.of}와 같은 원본`);
  }
  if (result.carried.length) {
    console.log(
      `\n사이트 폴더에 직접 넣은 파일 ${result.carried.length}개는 그대로 두었습니다: ${result.carried.slice(0, 5).join(", ")}${result.carried.length > 5 ? ", …" : ""}`,
    );
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(1)}초`;
  console.log(
    `\n사이트: ${result.pages}쪽 → ${path.resolve(o.output)} (eleventy ${s(result.ms.eleventy)}); 검색: 기사 ${result.indexedPages}쪽 색인 (pagefind ${s(result.ms.pagefind)})`,
  );
  console.log(
    `미리 보기: npx sillok serve --dir ${o.output}${o.base && normalizeBase(o.base) !== "/" ? ` --base ${normalizeBase(o.base)}` : ""}`,
  );
}

function buildCommand(program: Command, ctx: CliContext): void {
  importOptions(
    program
      .command("build")
      .description("가져온 다음 Eleventy로 사이트를 만들고 Pagefind로 검색 색인을 만듭니다"),
    ctx,
  )
    .option("--output <dir>", "사이트를 만들 폴더", ctx.folders.output)
    .option("--no-import", "가져오지 않고 기사 폴더 그대로 사이트를 만듭니다")
    .option("--base <path>", "사이트를 올릴 URL 경로, 예: /my-repo/(기본값: $SILLOK_BASE 또는 /)")
    .option(
      "--site-url <url>",
      "게시할 사이트의 절대 URL, 피드·사이트맵·OpenGraph용(기본값: $SILLOK_SITE_URL 또는 site.yaml의 url)",
    )
    .action(async (o) => {
      if (o.import) requireApart(requireDir(o.sources, FOLDER.sources), o.articles);
      else requireDir(o.articles, FOLDER.articles);
      const dataDir = dataOption(o.data, ctx.archive);
      await requireSoundDictionaries(dataDir);
      if (o.siteUrl !== undefined && !URL.canParse(o.siteUrl))
        throw new UsageError(
          `--site-url에는 https://example.github.io/archive/ 같은 절대 URL을 주세요. 받은 값: "${o.siteUrl}"`,
        );
      const { BuildRefused, buildSite } = await import("./build.ts");
      const { stageProgress } = await import("./progress.ts");
      const { formatReport } = await import("./report.ts");
      const stopHandling = exitOnInterrupt(
        `사이트 ${o.output}는 전과 같습니다${o.import ? `; 가져온 기사는 ${o.articles}에 그대로 있습니다` : ""}.`,
      );
      const result = await buildSite({
        sourcesDir: o.sources,
        articlesDir: o.articles,
        outputDir: o.output,
        dataDir,
        lock: lockOptions(ctx, o.wait),
        force: o.force,
        discoverPeople: o.discoverPeople,
        onlyNew: o.onlyNew,
        jobs: o.jobs,
        skipImport: !o.import,
        progress: stageProgress(),
        basePath: o.base === undefined ? undefined : normalizeBase(o.base),
        siteUrl: o.siteUrl,
        onImported: (report) => {
          console.log(formatReport(report));
        },
      })
        .catch((e) => {
          throw e instanceof BuildRefused ? new Refused(e.message) : e;
        })
        .finally(stopHandling);
      await printBuild(result, o);
      ctx.exit.code = importExit(result.report) || (result.broken.length ? 1 : 0);
    });
}

/**
 * Resolves when the server should stop: on SIGTERM, SIGINT or SIGHUP, or when the process that
 * started us is gone (npx killed without passing the signal on); the port is closed first.
 */
function untilStopped(server: Awaited<ReturnType<typeof serveSite>>): Promise<void> {
  return new Promise<void>((resolve) => {
    const parent = process.ppid;
    const watch = setInterval(() => process.ppid !== parent && stop(), 500);
    const stop = () => {
      clearInterval(watch);
      for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.removeListener(sig, stop);
      server.closeAllConnections();
      server.close(() => resolve());
    };
    for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.once(sig, stop);
  });
}

function serveCommand(program: Command, ctx: CliContext): void {
  program
    .command("serve")
    .description("만든 사이트를 127.0.0.1에서 보여 줍니다(네트워크 없이; Ctrl+C로 멈춤)")
    .addHelpText(
      "after",
      "\n종료 코드: 0 멈춤(Ctrl+C, 또는 실행한 프로세스가 끝남), 1 서버 실패,\n2 잘못된 사용(사이트 폴더 없음, 잘못된 포트, 이미 쓰는 포트).",
    )
    .option("--dir <dir>", "사이트 폴더", ctx.folders.output)
    .option("--port <n>", "포트", "8080")
    .option("--base <path>", "하위 경로에서 보여 줍니다, 예: /archive/", "/")
    .action(async (o) => {
      const dir = requireDir(o.dir, FOLDER.site);
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`--port에는 0에서 65535 사이의 정수를 주세요. 받은 값: "${o.port}"`);
      const base = normalizeBase(o.base);
      const { serveSite } = await import("./serve.ts");
      let server: Awaited<ReturnType<typeof serveSite>>;
      try {
        server = await serveSite(dir, port, "127.0.0.1", base);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EADDRINUSE")
          throw new UsageError(
            `127.0.0.1의 ${port}번 포트는 이미 다른 프로그램이 쓰고 있습니다: --port로 다른 포트를 고르세요`,
          );
        throw e;
      }
      const addr = server.address();
      const actual = addr && typeof addr === "object" ? addr.port : port; // --port 0 lets the system choose
      // Ready to stop before saying where it serves: whoever reads the address may signal at once.
      const stopped = untilStopped(server);
      console.log(
        `사이트 ${dir}: http://127.0.0.1:${actual}${base} 에서 보여 줍니다  (멈추려면 Ctrl+C)`,
      );
      await stopped;
    });
}

/** Discovery of unknown names. */
function entitiesCommand(program: Command, ctx: CliContext): void {
  program
    .command("entities")
    .description(
      "기사에 나오지만 사전에 없는 인물과 회사를, 붙여 넣을 YAML과 함께 보여 줍니다(바꾸는 것 없음)",
    )
    .option("--articles <dir>", "기사 폴더", ctx.folders.articles)
    .option("--data <dir>", DATA_HELP)
    .option("--limit <n>", "목록마다 보여 줄 이름 수(최대)", "50")
    .option("--json", "보고서를 JSON으로 출력합니다", false)
    .action(async (o) => {
      const limit = positiveInt(o.limit, "--limit");
      const { discoverEntities, formatEntities } = await import("./entities.ts");
      const report = discoverEntities(
        requireDir(o.articles, FOLDER.articles),
        loadDictionaries(dataOption(o.data, ctx.archive)),
      );
      console.log(o.json ? JSON.stringify(report, null, 2) : formatEntities(report, limit));
    });
}

/**
 * The consistency check of dictionaries, lexicon and front matter: exit 0 when it finds no
 * problem (notes, such as an outlet no dictionary knows, are printed but do not fail it), 1 when
 * it finds one, 2 for bad usage (a missing folder).
 */
function checkCommand(program: Command, ctx: CliContext): void {
  program
    .command("check")
    .description(
      "사전, 어휘집, front matter의 문제(파일, 필드, 고칠 방법), 사전에 없는 이름, 겹치는 id와 별칭을 알려 줍니다. 문제가 있으면 종료 코드 1",
    )
    .addHelpText(
      "after",
      "\n사전에 없는 매체는 문제가 아니라 참고입니다: 기사가 매체를 밝히고 사이트는 그 쪽을 만듭니다.\n참고에는 이름을 붙이려면 _data/outlets.yaml에 붙여 넣을 줄이 나옵니다.\n\n종료 코드: 0 문제 없음(참고는 나올 수 있음), 1 문제 있음, 2 잘못된 사용(폴더 없음).",
    )
    .option("--articles <dir>", "기사 폴더", ctx.folders.articles)
    .option("--data <dir>", DATA_HELP)
    .option("--discover-people", "사전에 없어도 직함으로 찾은 인물이 기사에 있을 수 있습니다(기본)")
    .option(
      "--no-discover-people",
      "기사를 --no-discover-people로 가져왔습니다: 모든 인물이 사전에 있어야 합니다",
    )
    .action(async (o) => {
      const dataDir = dataOption(o.data, ctx.archive);
      const { checkArchive, formatCheck } = await import("./check.ts");
      const report = checkArchive(requireDir(o.articles, FOLDER.articles), {
        dataDir,
        discoverPeople: o.discoverPeople,
      });
      console.log(formatCheck(report, o.articles, dataDir));
      ctx.exit.code = report.problems.length ? 1 : 0;
    });
}

/** The `sillok` program: its name, help and every command. */
function sillokProgram(ctx: CliContext): Command {
  const program = new Command();
  program
    .name("sillok")
    .description("실록 — 한국어 뉴스 스크랩을 검색 가능한 정적 아카이브 사이트로 만듭니다.")
    .version(VERSION, "-V, --version", "버전을 보여 줍니다")
    .helpOption("-h, --help", "도움말을 보여 줍니다")
    .helpCommand("help [command]", "명령의 도움말을 보여 줍니다")
    // Set before the commands are added: each command copies them (commander's copyInheritedSettings).
    .configureHelp(koreanHelp)
    .configureOutput(koreanOutput)
    .exitOverride()
    .showHelpAfterError()
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      "\n종료 코드: 0 성공(가져올 수 없는 파일은 이유와 함께 건너뜀), 1 가져오기나 사이트 만들기 실패\n(또는 읽을 수 없는 기사 파일), 2 잘못된 사용.",
    );
  for (const command of [
    initCommand,
    importCommand,
    buildCommand,
    serveCommand,
    entitiesCommand,
    checkCommand,
  ])
    command(program, ctx);
  return program;
}

/** The exit code of an error that ended a command: 2 for bad usage, a refusal or a busy folder; else 1. */
function errorExit(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (
    e instanceof UsageError ||
    e instanceof Refused ||
    e instanceof LockBusy ||
    e instanceof InitRefused
  ) {
    console.error(`sillok: ${e.message}`);
    return 2;
  }
  // One line for people (a dictionary error: its list of problems); the stack only when asked for (SILLOK_DEBUG=1).
  const message = ((e as Error).message ?? e).toString();
  console.error(
    `sillok: ${process.env.SILLOK_DEBUG ? ((e as Error).stack ?? e) : e instanceof DictionaryError ? message : message.split("\n")[0]}`,
  );
  return 1;
}

/** Runs the CLI with `argv` (as process.argv). Resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    // Inside the try: a sillok.yaml that is no YAML map is a message, not a crash.
    const ctx = cliContext(argv);
    await sillokProgram(ctx).parseAsync(argv);
    return ctx.exit.code;
  } catch (e) {
    return errorExit(e);
  }
}
