/**
 * `sillok build`: import → Eleventy → Pagefind (SPEC §2). Each stage's input and output are
 * folders; this module only runs them in order and times them.
 */
import { articlesLockFile, siteLockFile, withLocks } from "../core/lock.ts";
import { folderDateProblem } from "../core/dates.ts";
import path from "node:path";
import os from "node:os";
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { loadDictionaries, type Dictionaries } from "../core/dictionaries.ts";
import { isInside, projectRoot } from "../core/paths.ts";
import { loadArchive, type Archive, type EntityType } from "../site/archive.ts";
import { resolveSettings, type SiteSettings } from "../site/settings.ts";
import {
  configureSite,
  PAGES_DIR,
  PASSTHROUGH,
  type EleventyConfig,
  type SiteOptions,
} from "../site/plugin.ts";
import { importSourcesOnThreads, type ImportOptions, type ImportReport } from "../import/index.ts";
import { finishSearchBundle, indexArticles } from "../search/index.ts";
import { articleSearchWords, nameMatcher } from "../site/search-data.ts";
import { loadLexicon } from "../core/lexicon.ts";
import { searchGrammar } from "../core/search-grammar.ts";
import { silentProgress, type StageProgress } from "./progress.ts";

/** Options of {@link buildSite}; folders are absolute or relative to the working directory. */
export interface BuildOptions extends Omit<ImportOptions, "sourcesDir" | "articlesDir"> {
  sourcesDir: string;
  articlesDir: string;
  outputDir: string;
  /** Skip the import stage (build the site from articles/ as they are). */
  skipImport?: boolean;
  /** URL path the site will be served under (`/repo/`); default `SILLOK_BASE`, else `/`. See site/settings.ts. */
  basePath?: string;
  /** Called with the import report as soon as the import stage ends (before Eleventy logs anything). */
  onImported?: (report: ImportReport) => void;
  /** Absolute URL of the published site, for feed, sitemap and OpenGraph; default `SILLOK_SITE_URL`, else _data/site.yaml. */
  siteUrl?: string;
  /**
   * Another run holding the articles or site folder (core/lock.ts): wait for it (default), or
   * `wait: false` to throw LockBusy at once. `command` names this run in the other's message;
   * `onMessage` is told when this run waits or takes over a stale lock.
   */
  lock?: { command?: string; wait?: boolean; onMessage?: (message: string) => void };
  /** Stage-by-stage progress (import, data, eleventy, pagefind); default none. */
  progress?: StageProgress;
}

/** A build refused before it touched anything, with the reason (the CLI exits 2). */
export class BuildRefused extends Error {}

/** Marker file sillok writes into every site it builds, so a rebuild knows the folder is its own. */
export const SITE_MARKER = ".sillok-site";

/**
 * Checks that `outputDir` may be emptied and rebuilt: it must not be (or hold) the sources, the
 * articles, the project, the working directory, the home folder or `/`, and when it exists and
 * is not empty it must be a site sillok built (marker file, or a Pagefind bundle inside).
 * @throws BuildRefused naming the folder and the reason
 */
export function checkOutputDir(
  outputDir: string,
  keep: { sourcesDir: string; articlesDir: string },
): void {
  const out = path.resolve(outputDir);
  const precious: [string, string][] = [
    [path.resolve(keep.sourcesDir), "원본 폴더"],
    [path.resolve(keep.articlesDir), "기사 폴더"],
    [projectRoot, "sillok 프로젝트 폴더"],
    [process.cwd(), "지금 작업 중인 폴더"],
    [os.homedir(), "홈 폴더"],
    [path.parse(out).root, "파일 시스템의 루트"],
  ];
  for (const [dir, what] of precious) {
    if (isInside(dir, out))
      throw new BuildRefused(
        `${out}에는 사이트를 만들지 않습니다: ${what}(${dir})이거나 그것을 담고 있어, 사이트를 만들면 지워집니다. --output으로 다른 폴더를 고르세요`,
      );
  }
  if (isInside(out, path.resolve(keep.sourcesDir)))
    throw new BuildRefused(
      `${out}에는 사이트를 만들지 않습니다: 원본 폴더 안에 있어, 다음 가져오기가 사이트를 기사로 읽습니다. --output으로 다른 폴더를 고르세요`,
    );
  if (isInside(out, path.resolve(keep.articlesDir)))
    throw new BuildRefused(
      `${out}에는 사이트를 만들지 않습니다: 기사 폴더 안에 있습니다(기사 폴더에는 기사만 둡니다). --output으로 다른 폴더를 고르세요`,
    );
  if (!existsSync(out)) return;
  const entries = readdirSync(out);
  if (
    entries.length === 0 ||
    entries.includes(SITE_MARKER) ||
    existsSync(path.join(out, "pagefind", "pagefind-entry.json"))
  )
    return;
  throw new BuildRefused(
    `${out}에는 사이트를 만들지 않습니다: 비어 있지 않고 sillok이 만든 사이트도 아니어서, 사이트를 만들면 그 안의 파일이 지워집니다. --output으로 빈 폴더나 새 폴더를 고르세요`,
  );
}

/** Figures of a build: the import report and each stage's wall time in milliseconds. */
export interface BuildResult {
  report: ImportReport | null;
  /** Articles left out of the site because their file is not a readable article (a bad hand edit). */
  broken: { file: string; reason: string }[];
  pages: number;
  indexedPages: number;
  ms: { import: number; eleventy: number; pagefind: number };
  /** Files the user had added to the output folder (a CNAME, say), carried over into the new site. */
  carried: string[];
  /** Company, tag, outlet (and, without discovery, person) names in front matter that no dictionary knows. */
  unknownNames: string[];
  /** Articles whose month folder and front matter date disagree (a hand-edited date), with why. */
  misfiled: { file: string; reason: string }[];
  /** Article files from the same source as another (a hand-made copy: on the site twice). */
  copies: Archive["copies"];
}

/**
 * Silences Eleventy's timing warnings (`[11ty] Benchmark … (Configuration) … Filter`): they are
 * for Eleventy's developers, and quietMode does not reach them, since Eleventy makes its
 * `Configuration` benchmark group before it reads quietMode (@11ty/eleventy
 * src/UserConfig.js). `config` is Eleventy's UserConfig, as a config function receives it.
 */
export function quietEleventy(config: unknown): void {
  type Group = { setIsVerbose(v: boolean): void };
  const manager = (
    config as {
      benchmarkManager?: {
        setVerboseOutput(v: boolean): void;
        getAll(): Record<string, Group>;
      };
    }
  ).benchmarkManager;
  if (!manager) return;
  manager.setVerboseOutput(false);
  for (const group of Object.values(manager.getAll())) group.setIsVerbose(false);
}

/**
 * Runs Eleventy for one site build (site/plugin.ts configureSite) with `options`: settings,
 * and the dictionaries and archive when the caller has them loaded.
 * @returns the number of pages written
 */
export async function runEleventy(options: SiteOptions): Promise<number> {
  const cwd = process.cwd();
  // Eleventy resolves its input, includes and passthrough copies against the working directory,
  // and ignores every path under a node_modules folder (where an installed sillok lives), so it
  // runs from the project root; the settings themselves travel as options.
  process.chdir(projectRoot);
  try {
    const { default: Eleventy } = await import("@11ty/eleventy");
    let pages = 0;
    // Dry run: the plugin writes each page and Eleventy keeps none of them (plugin.ts writePage),
    // so the passthrough copies, which a dry run skips too, are made here.
    const elev = new Eleventy(PAGES_DIR, options.settings.outputDir, {
      configPath: false, // no config file: configureSite below is the whole config
      quietMode: true,
      dryRun: true,
      config: (c: unknown) => {
        quietEleventy(c);
        configureSite(c as EleventyConfig, {
          ...options,
          writePages: true,
          onPage: (n) => {
            pages = n;
            options.onPage?.(n);
          },
        });
      },
    });
    // Eleventy's closing line counts the files it wrote itself: none in a dry run.
    (elev as unknown as { logFinished: () => string }).logFinished = () =>
      `파일 ${pages}개를 썼습니다`;
    await elev.write();
    for (const [from, to] of Object.entries(PASSTHROUGH))
      cpSync(from, path.join(options.settings.outputDir, to), { recursive: true });
    return pages;
  } finally {
    process.chdir(cwd);
  }
}

/** Every file under `dir`, relative with `/`, sorted. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) =>
      path
        .relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

/** The files a previous build recorded in its marker (the marker's lines after `files:`). */
function builtFiles(outputDir: string): Set<string> {
  const marker = path.join(outputDir, SITE_MARKER);
  if (!existsSync(marker)) return new Set();
  const lines = readFileSync(marker, "utf8").split("\n");
  const at = lines.indexOf("files:");
  return new Set(at < 0 ? [] : lines.slice(at + 1).filter(Boolean));
}

/**
 * Replaces `outputDir` by the freshly built `stage` folder. Files the user added to the old site
 * (not recorded in its marker as built by sillok, e.g. a `CNAME`) are carried over and returned.
 * The swap is two renames, so a reader sees the old site or the new one; when the output folder
 * cannot be renamed (a mount point), its contents are replaced instead.
 */
function swapInto(stage: string, outputDir: string): string[] {
  const carried: string[] = [];
  if (existsSync(outputDir)) {
    const ours = builtFiles(outputDir);
    for (const f of listFiles(outputDir)) {
      if (f === SITE_MARKER || ours.has(f) || existsSync(path.join(stage, f))) continue;
      if (
        ours.size === 0 &&
        !f.split("/")[0].match(/^(CNAME|\.well-known|googl\w+\.html|naver\w+\.html)$/)
      )
        continue; // a site from before markers listed files: keep only well-known hosting files
      mkdirSync(path.dirname(path.join(stage, f)), { recursive: true });
      cpSync(path.join(outputDir, f), path.join(stage, f));
      carried.push(f);
    }
  }
  const old = path.join(path.dirname(outputDir), `.${path.basename(outputDir)}.sillok-old`);
  rmSync(old, { recursive: true, force: true });
  try {
    if (existsSync(outputDir)) renameSync(outputDir, old);
    renameSync(stage, outputDir);
  } catch {
    mkdirSync(outputDir, { recursive: true });
    for (const e of readdirSync(outputDir))
      rmSync(path.join(outputDir, e), { recursive: true, force: true });
    cpSync(stage, outputDir, { recursive: true });
    rmSync(stage, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  return carried;
}

/**
 * Runs the whole pipeline. The site is built into a temporary sibling folder and then swapped in,
 * so an interrupted or failed build leaves the previous site as it was (Ctrl+C removes the
 * temporary folder). Throws only when a stage as a whole fails (not for a bad input file).
 */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  // Two builds into one site folder, or a build and an import into one articles folder, never
  // interleave: the articles folder is locked, then the site folder (core/lock.ts).
  // A refused output folder is refused before any lock (a lock file would create the articles folder).
  checkOutputDir(path.resolve(opts.outputDir), {
    sourcesDir: path.resolve(opts.sourcesDir),
    articlesDir: path.resolve(opts.articlesDir),
  });
  const locks = [articlesLockFile(opts.articlesDir), siteLockFile(opts.outputDir)];
  const lock = {
    command: opts.lock?.command ?? `sillok build --output ${opts.outputDir}`,
    wait: opts.lock?.wait,
    onMessage: opts.lock?.onMessage,
  };
  return withLocks(locks, lock, () => buildLocked(opts));
}

/** {@link buildSite} once its locks are held: import, then the site from the articles. */
async function buildLocked(opts: BuildOptions): Promise<BuildResult> {
  const articlesDir = path.resolve(opts.articlesDir);
  const outputDir = path.resolve(opts.outputDir);
  checkOutputDir(outputDir, { sourcesDir: path.resolve(opts.sourcesDir), articlesDir });
  const progress = opts.progress ?? silentProgress;
  const t = performance.now();
  const report = opts.skipImport ? null : await runImport(opts, progress);
  const importMs = performance.now() - t;
  if (report) opts.onImported?.(report);
  // Settings are resolved once, here (an option, else the environment, else the defaults), and
  // handed to Eleventy as options: nothing of one build stays behind for the next.
  const settings = resolveSettings({
    articlesDir,
    outputDir,
    dataDir: opts.dataDir,
    basePath: opts.basePath,
    siteUrl: opts.siteUrl,
  });
  const read = readSite(settings, progress, opts.discoverPeople);
  const built = await withStageFolder(outputDir, (stage) =>
    renderSite({ ...settings, outputDir: stage }, read, progress),
  );
  return { report, ...read.findings, ...built, ms: { import: importMs, ...built.ms } };
}

/** The import stage, with its progress. */
async function runImport(opts: BuildOptions, progress: StageProgress): Promise<ImportReport> {
  progress.start("import", 0, "파일");
  const report = await importSourcesOnThreads({
    ...opts,
    sourcesDir: path.resolve(opts.sourcesDir),
    articlesDir: path.resolve(opts.articlesDir),
    onProgress: (done, total, file) => {
      progress.tick(done, file, total);
      opts.onProgress?.(done, total, file);
    },
  });
  progress.end(report.results.length);
  return report;
}

/** The articles read once for the whole site build, and what the build reports about them. */
interface SiteInput {
  dicts: Dictionaries;
  archive: Archive;
  findings: Pick<BuildResult, "broken" | "unknownNames" | "misfiled" | "copies">;
}

/**
 * The data stage: reads the dictionaries and the articles once; the same archive goes to Eleventy
 * and Pagefind. Broken files, names no dictionary knows and misfiled dates are reported.
 */
function readSite(
  settings: SiteSettings,
  progress: StageProgress,
  discoverPeople: boolean | undefined,
): SiteInput {
  const dicts = loadDictionaries(settings.dataDir);
  progress.start("data", 0, "기사");
  const archive = loadArchive(settings.articlesDir, dicts);
  progress.end(archive.articles.length);
  const broken = archive.problems.map((p) => ({ file: p.file, reason: p.reason.split("\n")[0] }));
  // Names in front matter that no dictionary knows (a hand-edit typo, an unknown tag) get pages
  // of their own; say so. People are expected there when discovery is on, and outlets always
  // (the articles name them; `sillok check` notes them with the line that adds one): no typo.
  const discovering = discoverPeople ?? dicts.settings.discoverPeople;
  const types: EntityType[] = ["company", "tag", ...(discovering ? [] : (["person"] as const))];
  const unknownNames = types.flatMap((type) =>
    archive.entities[type].filter((e) => e.unknown).map((e) => e.name),
  );
  const misfiled = archive.articles.flatMap((a) => {
    const reason = folderDateProblem(a.file, a.date);
    return reason ? [{ file: a.file, reason }] : [];
  });
  return { dicts, archive, findings: { broken, unknownNames, misfiled, copies: archive.copies } };
}

/**
 * Builds into a temporary sibling folder of `outputDir` and swaps it in when `build` succeeds,
 * so an interrupted or failed build leaves the previous site as it was (Ctrl+C removes the
 * temporary folder).
 */
async function withStageFolder<T>(
  outputDir: string,
  build: (stage: string) => Promise<T>,
): Promise<T & { carried: string[] }> {
  const stage = path.join(path.dirname(outputDir), `.${path.basename(outputDir)}.sillok-building`);
  // Removed also when the process exits mid-build (Ctrl+C: cli/interrupt.ts), before the locks
  // are released (their listeners came first): no other run may find it half written.
  const removeStage = () => rmSync(stage, { recursive: true, force: true });
  process.prependListener("exit", removeStage);
  try {
    rmSync(stage, { recursive: true, force: true }); // left by an interrupted build
    mkdirSync(stage, { recursive: true });
    const result = await build(stage);
    const files = listFiles(stage);
    writeFileSync(
      path.join(stage, SITE_MARKER),
      `This folder is a site built by sillok; \`sillok build\` rebuilds it and keeps only files you added.\nfiles:\n${files.join("\n")}\n`,
    );
    return { ...result, carried: swapInto(stage, outputDir) };
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw e;
  } finally {
    process.removeListener("exit", removeStage);
  }
}

/**
 * The Eleventy and Pagefind stages into `settings.outputDir`, side by side, each timed. The
 * search records come from the archive, not from the pages, so Pagefind indexes them in its own
 * process while Eleventy renders in this one (two cores at work instead of one after the other);
 * the search bundle is completed from Eleventy's output (the entity index, search.js) once both
 * have ended. A third line, `site`, times the two together.
 */
async function renderSite(
  settings: SiteSettings,
  { dicts, archive }: SiteInput,
  progress: StageProgress,
): Promise<{ pages: number; indexedPages: number; ms: { eleventy: number; pagefind: number } }> {
  const t = performance.now();
  const site = progress.begin("site", 0, "쪽", { bar: false });
  const search = progress.begin("pagefind", archive.articles.length, "쪽");
  const names = nameMatcher(dicts);
  const grammar = searchGrammar(dicts.lexicon ?? loadLexicon());
  // Eleventy's rendering leaves the event loop no turn, so Pagefind's answers are read at each
  // page it renders: Pagefind gets its next records without waiting for Eleventy to end.
  let pollSearch = () => {};
  const indexing = indexArticles(settings.outputDir, {
    articles: archive.articles,
    noArticles: archive.articles.length === 0,
    onProgress: (n) => search.tick(n),
    searchWords: (a) => articleSearchWords(a, names).words,
    // One shard at a time, beside Eleventy: a second lane would save time once Eleventy ends but
    // adds a whole shard's index to the peak (about 0.17 GB per 1,000 pages with Pagefind 1.6).
    lanes: 1,
    onPoll: (poll) => (pollSearch = poll),
  }).then((list) => {
    search.end(list.pages);
    return { list, ms: performance.now() - t };
  });
  // Eleventy's failure must not leave the indexing's failure unheard (an unhandled rejection).
  indexing.catch(() => {});
  const total = archive.articles.length + archive.entityPages.length + archive.indexes.length;
  const render = progress.begin("eleventy", total, "쪽");
  let pages: number;
  try {
    const onPage = (n: number) => {
      render.tick(n);
      pollSearch();
    };
    pages = await runEleventy({ settings, dicts, archive, onPage });
  } catch (e) {
    // The stage folder is removed on failure: Pagefind must have stopped writing into it first.
    await indexing.catch(() => {});
    throw e;
  }
  render.end(pages);
  const eleventy = performance.now() - t;
  const { list, ms: pagefindMs } = await indexing;
  const { pages: indexedPages } = await finishSearchBundle(settings.outputDir, list, grammar);
  site.end(pages);
  return { pages, indexedPages, ms: { eleventy, pagefind: pagefindMs } };
}
