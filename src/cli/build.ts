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
import { dataLayers, loadDictionaries } from "../core/dictionaries.ts";
import { isInside, projectRoot } from "../core/paths.ts";
import { loadArchive, primeArchive, type EntityType } from "../site/archive.ts";
import { readSettings } from "../site/settings.ts";
import { importSources, type ImportOptions, type ImportReport } from "../import/index.ts";
import { buildSearchIndex } from "../search/index.ts";
import { articleSearchWords, nameMatcher } from "../site/search-data.ts";
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
    [path.resolve(keep.sourcesDir), "the sources folder"],
    [path.resolve(keep.articlesDir), "the articles folder"],
    [projectRoot, "the sillok project"],
    [process.cwd(), "the working directory"],
    [os.homedir(), "your home folder"],
    [path.parse(out).root, "the file system root"],
  ];
  for (const [dir, what] of precious) {
    if (isInside(dir, out))
      throw new BuildRefused(
        `refusing to build into ${out}: it is or contains ${what} (${dir}), which the build would delete`,
      );
  }
  if (isInside(out, path.resolve(keep.sourcesDir)))
    throw new BuildRefused(
      `refusing to build into ${out}: it is inside the sources folder, so the next import would read the site as articles`,
    );
  if (isInside(out, path.resolve(keep.articlesDir)))
    throw new BuildRefused(
      `refusing to build into ${out}: it is inside the articles folder, which holds only articles`,
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
    `refusing to build into ${out}: it is not empty and is not a site sillok built (choose an empty or new folder)`,
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
}

/**
 * Runs Eleventy on `articlesDir` into `outputDir`, through the project's eleventy.config.ts.
 * @returns the number of pages written
 */
export async function runEleventy(
  articlesDir: string,
  outputDir: string,
  onPage?: (written: number) => void,
): Promise<number> {
  process.env.SILLOK_ARTICLES = path.resolve(articlesDir);
  process.env.SILLOK_OUTPUT = path.resolve(outputDir);
  const cwd = process.cwd();
  // Eleventy resolves passthrough copies and its input folder against the working directory.
  process.chdir(projectRoot);
  try {
    const { default: Eleventy } = await import("@11ty/eleventy");
    const elev = new Eleventy("src/site/pages", process.env.SILLOK_OUTPUT, {
      configPath: path.join(projectRoot, "eleventy.config.ts"),
      quietMode: true,
      // Counts pages as Eleventy finishes them (a transform runs once per written page).
      config: (c: unknown) => {
        const cfg = c as { addTransform(name: string, fn: (content: string) => string): void };
        let written = 0;
        if (onPage) cfg.addTransform("sillok-progress", (content) => (onPage(++written), content));
      },
    });
    const out = (await elev.write()) as unknown as
      [unknown, { url: string | false }[]] | { url: string | false }[];
    const results =
      Array.isArray(out) && Array.isArray(out[1])
        ? (out[1] as { url: string | false }[])
        : (out as { url: string | false }[]);
    return results.filter((r) => r && r.url !== false).length;
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

/** {@link buildSite} once its locks are held. */
async function buildLocked(opts: BuildOptions): Promise<BuildResult> {
  const sourcesDir = path.resolve(opts.sourcesDir);
  const articlesDir = path.resolve(opts.articlesDir);
  const outputDir = path.resolve(opts.outputDir);
  checkOutputDir(outputDir, { sourcesDir, articlesDir });
  const progress = opts.progress ?? silentProgress;
  let t = performance.now();
  let report: ImportReport | null = null;
  if (!opts.skipImport) {
    progress.start("import", 0, "files");
    report = importSources({
      ...opts,
      sourcesDir,
      articlesDir,
      onProgress: (done, total, file) => {
        progress.tick(done, file, total);
        opts.onProgress?.(done, total, file);
      },
    });
    progress.end(report.results.length);
  }
  const ms = { import: performance.now() - t, eleventy: 0, pagefind: 0 };
  if (report) opts.onImported?.(report);
  // Settings reach Eleventy's config through the environment (site/settings.ts); they are put
  // back afterwards so one build's options never leak into the next in the same process.
  const savedEnv = {
    SILLOK_BASE: process.env.SILLOK_BASE,
    SILLOK_SITE_URL: process.env.SILLOK_SITE_URL,
    SILLOK_DATA: process.env.SILLOK_DATA,
  };
  if (opts.basePath !== undefined) process.env.SILLOK_BASE = opts.basePath;
  if (opts.siteUrl !== undefined) process.env.SILLOK_SITE_URL = opts.siteUrl;
  if (opts.dataDir !== undefined)
    process.env.SILLOK_DATA = dataLayers(opts.dataDir).join(path.delimiter);
  // Read the articles once, here: the broken ones are reported, and the same archive is handed
  // to the Eleventy run below (site/archive.ts primeArchive) instead of being read again.
  const dicts = loadDictionaries(readSettings().dataDir);
  progress.start("data", 0, "articles");
  const archive = loadArchive(articlesDir, dicts);
  const names = nameMatcher(dicts);
  progress.end(archive.articles.length);
  primeArchive(articlesDir, archive);
  const broken = archive.problems.map((p) => ({ file: p.file, reason: p.reason.split("\n")[0] }));
  // Names in front matter that no dictionary knows (a hand-edit typo, an unknown tag) get pages
  // of their own; say so. People are expected there when discovery is on.
  const discovering = opts.discoverPeople ?? dicts.settings.discoverPeople;
  const types: EntityType[] = [
    "company",
    "tag",
    "outlet",
    ...(discovering ? [] : (["person"] as const)),
  ];
  const unknownNames = types.flatMap((type) =>
    archive.entities[type].filter((e) => e.unknown).map((e) => e.name),
  );
  const misfiled = archive.articles.flatMap((a) => {
    const reason = folderDateProblem(a.file, a.date);
    return reason ? [{ file: a.file, reason }] : [];
  });
  const stage = path.join(path.dirname(outputDir), `.${path.basename(outputDir)}.sillok-building`);
  const onInterrupt = () => {
    rmSync(stage, { recursive: true, force: true });
    process.stderr.write(`\nsillok: build interrupted; ${outputDir} was left as it was\n`);
    process.exit(130);
  };
  // The handler is in place before the temporary folder exists: once it exists, Ctrl+C always
  // removes it (a test waits for the folder, then interrupts).
  process.once("SIGINT", onInterrupt);
  try {
    rmSync(stage, { recursive: true, force: true }); // left by an interrupted build
    mkdirSync(stage, { recursive: true });
    t = performance.now();
    progress.start(
      "eleventy",
      archive.articles.length + archive.entityPages.length + archive.indexes.length,
      "pages",
    );
    const pages = await runEleventy(articlesDir, stage, (n) => progress.tick(n));
    progress.end(pages);
    ms.eleventy = performance.now() - t;
    t = performance.now();
    progress.start("pagefind", archive.articles.length, "pages");
    const { pages: indexedPages } = await buildSearchIndex(stage, {
      articles: archive.articles,
      noArticles: archive.articles.length === 0,
      onProgress: (n) => progress.tick(n),
      searchWords: (a) => articleSearchWords(a, names).words,
    });
    progress.end(indexedPages);
    ms.pagefind = performance.now() - t;
    const files = listFiles(stage);
    writeFileSync(
      path.join(stage, SITE_MARKER),
      `This folder is a site built by sillok; \`sillok build\` rebuilds it and keeps only files you added.\nfiles:\n${files.join("\n")}\n`,
    );
    const carried = swapInto(stage, outputDir);
    return { report, broken, pages, indexedPages, ms, carried, unknownNames, misfiled };
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw e;
  } finally {
    process.removeListener("SIGINT", onInterrupt);
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
