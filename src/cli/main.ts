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

class UsageError extends Error {}
/** A command that refused to run for a reason the user can fix (the build's refusal): exit 2. */
class Refused extends Error {}

const VERSION: string = JSON.parse(
  readFileSync(path.join(projectRoot, "package.json"), "utf8"),
).version;

function requireDir(dir: string, what: string): string {
  const abs = path.resolve(dir);
  if (!existsSync(abs)) throw new UsageError(`${what} folder not found: ${dir}`);
  if (!statSync(abs).isDirectory())
    throw new UsageError(`${what} must be a folder, but ${dir} is a file`);
  return abs;
}

/** Refuses a sources and an articles folder that are the same or inside one another (an import would read its own output). */
function requireApart(sourcesDir: string, articlesDir: string): void {
  const a = path.resolve(sourcesDir);
  const b = path.resolve(articlesDir);
  if (isInside(a, b) || isInside(b, a))
    throw new UsageError(
      `--sources (${sourcesDir}) and --articles (${articlesDir}) must be separate folders, neither inside the other`,
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
  if (dir !== undefined) return warnPartialData(requireDir(dir, "dictionaries (--data)"), dir);
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
  "dictionaries folder used instead of sillok's shipped _data (a complete set: a file missing there is an empty list); without it, in an archive, its _data/ is merged over the shipped ones";

/** A positive whole number option, or a usage error naming the option. */
function positiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${option} must be a whole number of 1 or more, not "${value}"`);
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
      format: "importing [{bar}] {value}/{total} {file}",
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
    .argument("<dir>", "new or empty folder for the archive")
    .description(
      "start an archive: a git repository with articles/, sources/, sillok.yaml, your dictionary additions (_data/) and the GitHub Pages workflow",
    )
    .option(
      "--from <dir>",
      "carry over an archive of the previous layout (a sillok checkout with edited _data/*.yaml): articles, sources, your dictionary entries",
    )
    .option(
      "--sillok <spec>",
      "npm dependency spec of sillok for package.json (default: this checkout as file:…)",
    )
    .action((dir: string, o) => {
      const report = initArchive({ dir, from: o.from, sillokSpec: o.sillok });
      console.log(formatInit(report, dir));
    });
}

/** The options import and build share. */
function importOptions(cmd: Command, ctx: CliContext): Command {
  return cmd
    .option("--sources <dir>", "raw input folder", ctx.folders.sources)
    .option("--articles <dir>", "articles folder (Markdown + front matter)", ctx.folders.articles)
    .option("--data <dir>", DATA_HELP)
    .option("--force", "overwrite articles edited, moved or deleted by hand", false)
    .option(
      "--discover-people",
      "also add people found by their role (김민지 한빛대 교수) though no dictionary lists them (the default; overrides discover.people in _data/entities.yaml for this run)",
    )
    .option("--no-discover-people", "add dictionary people only, whatever _data/entities.yaml says")
    .option(
      "--only-new",
      "import only sources the articles' manifest does not know yet (never convert a known one again)",
      false,
    )
    .option(
      "--jobs <n>",
      "threads converting sources at once, for 2,000 files or more (each thread loads the dictionaries first; on a machine whose cores are busy, more threads are slower)",
      (v: string) => positiveInt(v, "--jobs"),
      1,
    )
    .option(
      "--no-wait",
      "when another sillok run is using the articles or site folder, stop (exit 2) instead of waiting for it",
    );
}

function importCommand(program: Command, ctx: CliContext): void {
  importOptions(
    program
      .command("import")
      .description("decode, clean and parse sources/* into articles/YYYY/MM/<slug>.md"),
    ctx,
  )
    .option("--json", "print the report as JSON", false)
    .action(async (o) => {
      const sourcesDir = requireDir(o.sources, "sources");
      requireApart(sourcesDir, o.articles);
      const dataDir = dataOption(o.data, ctx.archive);
      await requireSoundDictionaries(dataDir);
      const lock = lockOptions(ctx, o.wait);
      const { importSourcesOnThreads } = await import("../import/index.ts");
      const { formatReport, reportJson } = await import("./report.ts");
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
      });
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
      .description("import, then build the site with Eleventy and index it with Pagefind"),
    ctx,
  )
    .option("--output <dir>", "site output folder", ctx.folders.output)
    .option("--no-import", "build from the articles folder as it is")
    .option(
      "--base <path>",
      "URL path the site is served under, e.g. /my-repo/ (default: $SILLOK_BASE or /)",
    )
    .option(
      "--site-url <url>",
      "absolute URL of the published site, for feed, sitemap and OpenGraph (default: $SILLOK_SITE_URL or site.yaml url)",
    )
    .action(async (o) => {
      if (o.import) requireApart(requireDir(o.sources, "sources"), o.articles);
      else requireDir(o.articles, "articles");
      const dataDir = dataOption(o.data, ctx.archive);
      await requireSoundDictionaries(dataDir);
      if (o.siteUrl !== undefined && !URL.canParse(o.siteUrl))
        throw new UsageError(
          `--site-url must be an absolute URL such as https://example.github.io/archive/, not "${o.siteUrl}"`,
        );
      const { BuildRefused, buildSite } = await import("./build.ts");
      const { stageProgress } = await import("./progress.ts");
      const { formatReport } = await import("./report.ts");
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
      }).catch((e) => {
        throw e instanceof BuildRefused ? new Refused(e.message) : e;
      });
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
    .description("serve the built site on 127.0.0.1 (offline; Ctrl+C stops)")
    .addHelpText(
      "after",
      "\nExit codes: 0 stopped (Ctrl+C, or the process that started it ended), 1 the server failed,\n2 bad usage (a missing site folder, a bad port, a port in use).",
    )
    .option("--dir <dir>", "site folder", ctx.folders.output)
    .option("--port <n>", "port", "8080")
    .option("--base <path>", "serve under a sub-path, e.g. /archive/", "/")
    .action(async (o) => {
      const dir = requireDir(o.dir, "site");
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`bad port: ${o.port}`);
      const base = normalizeBase(o.base);
      const { serveSite } = await import("./serve.ts");
      let server: Awaited<ReturnType<typeof serveSite>>;
      try {
        server = await serveSite(dir, port, "127.0.0.1", base);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EADDRINUSE")
          throw new UsageError(
            `port ${port} is already in use on 127.0.0.1: choose another with --port`,
          );
        throw e;
      }
      const addr = server.address();
      const actual = addr && typeof addr === "object" ? addr.port : port; // --port 0 lets the system choose
      console.log(`serving ${dir} at http://127.0.0.1:${actual}${base}  (Ctrl+C to stop)`);
      await untilStopped(server);
    });
}

/** Discovery of unknown names. */
function entitiesCommand(program: Command, ctx: CliContext): void {
  program
    .command("entities")
    .description(
      "list people and companies the articles name but the dictionaries do not know, with YAML to paste",
    )
    .option("--articles <dir>", "articles folder", ctx.folders.articles)
    .option("--data <dir>", DATA_HELP)
    .option("--limit <n>", "show at most n names per list", "50")
    .option("--json", "print the report as JSON", false)
    .action(async (o) => {
      const limit = positiveInt(o.limit, "--limit");
      const { discoverEntities, formatEntities } = await import("./entities.ts");
      const report = discoverEntities(
        requireDir(o.articles, "articles"),
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
      "report dictionary, lexicon and front matter problems (each with its file, field and fix), names no dictionary knows, duplicate ids and aliases; exit 1 if any",
    )
    .addHelpText(
      "after",
      "\nAn outlet no dictionary knows is a note, not a problem: the articles give it, the site gives it\na page, and the note prints the line to paste into _data/outlets.yaml to name it.\n\nExit codes: 0 no problems (notes may be printed), 1 problems found, 2 bad usage (a missing folder).",
    )
    .option("--articles <dir>", "articles folder", ctx.folders.articles)
    .option("--data <dir>", DATA_HELP)
    .option(
      "--discover-people",
      "people found by their role are expected though no dictionary lists them (the default)",
    )
    .option(
      "--no-discover-people",
      "the articles were imported with --no-discover-people: every person must be in a dictionary",
    )
    .action(async (o) => {
      const dataDir = dataOption(o.data, ctx.archive);
      const { checkArchive, formatCheck } = await import("./check.ts");
      const report = checkArchive(requireDir(o.articles, "articles"), {
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
    .description(
      "실록 — 한국어 뉴스 스크랩을 검색 가능한 정적 아카이브 사이트로 만듭니다.\nTurns raw Korean news article files into a searchable static archive site.",
    )
    .version(VERSION, "-V, --version")
    .exitOverride()
    .showHelpAfterError()
    .addHelpText(
      "after",
      "\nExit codes: 0 success (bad input files are skipped with a reason), 1 the importer or a build stage failed\n(or an article file is unreadable), 2 bad usage.",
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
  const ctx = cliContext(argv);
  try {
    await sillokProgram(ctx).parseAsync(argv);
    return ctx.exit.code;
  } catch (e) {
    return errorExit(e);
  }
}
