/**
 * `sillok build`: import → Eleventy → Pagefind (SPEC §2). Each stage's input and output are
 * folders; this module only runs them in order and times them.
 */
import path from "node:path";
import os from "node:os";
import { existsSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { loadDictionaries } from "../core/dictionaries.ts";
import { projectRoot } from "../core/paths.ts";
import { loadArchive, primeArchive } from "../site/archive.ts";
import { readSettings } from "../site/settings.ts";
import { importSources, type ImportOptions, type ImportReport } from "../import/index.ts";
import { buildSearchIndex } from "../search/index.ts";

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
}

/** A build refused before it touched anything, with the reason (the CLI exits 2). */
export class BuildRefused extends Error {}

/** Marker file sillok writes into every site it builds, so a rebuild knows the folder is its own. */
export const SITE_MARKER = ".sillok-site";

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/**
 * Checks that `outputDir` may be emptied and rebuilt: it must not be (or hold) the sources, the
 * articles, the project, the working directory, the home folder or `/`, and when it exists and
 * is not empty it must be a site sillok built (marker file, or a Pagefind bundle inside).
 * @throws BuildRefused naming the folder and the reason
 */
export function checkOutputDir(outputDir: string, keep: { sourcesDir: string; articlesDir: string }): void {
  const out = path.resolve(outputDir);
  const precious: [string, string][] = [
    [path.resolve(keep.sourcesDir), "the sources folder"], [path.resolve(keep.articlesDir), "the articles folder"],
    [projectRoot, "the sillok project"], [process.cwd(), "the working directory"], [os.homedir(), "your home folder"], [path.parse(out).root, "the file system root"],
  ];
  for (const [dir, what] of precious) {
    if (inside(dir, out)) throw new BuildRefused(`refusing to build into ${out}: it is or contains ${what} (${dir}), which the build would delete`);
  }
  if (inside(out, path.resolve(keep.sourcesDir))) throw new BuildRefused(`refusing to build into ${out}: it is inside the sources folder, so the next import would read the site as articles`);
  if (!existsSync(out)) return;
  const entries = readdirSync(out);
  if (entries.length === 0 || entries.includes(SITE_MARKER) || existsSync(path.join(out, "pagefind", "pagefind-entry.json"))) return;
  throw new BuildRefused(`refusing to build into ${out}: it is not empty and is not a site sillok built (choose an empty or new folder)`);
}

/** Figures of a build: the import report and each stage's wall time in milliseconds. */
export interface BuildResult {
  report: ImportReport | null;
  /** Articles left out of the site because their file is not a readable article (a bad hand edit). */
  broken: { file: string; reason: string }[];
  pages: number;
  indexedPages: number;
  ms: { import: number; eleventy: number; pagefind: number };
}

/**
 * Runs Eleventy on `articlesDir` into `outputDir`, through the project's eleventy.config.ts.
 * @returns the number of pages written
 */
export async function runEleventy(articlesDir: string, outputDir: string): Promise<number> {
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
    });
    const out = (await elev.write()) as unknown as [unknown, { url: string | false }[]] | { url: string | false }[];
    const results = Array.isArray(out) && Array.isArray(out[1]) ? (out[1] as { url: string | false }[]) : (out as { url: string | false }[]);
    return results.filter((r) => r && r.url !== false).length;
  } finally {
    process.chdir(cwd);
  }
}

/** Runs the whole pipeline. Throws only when a stage as a whole fails (not for a bad input file). */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const sourcesDir = path.resolve(opts.sourcesDir);
  const articlesDir = path.resolve(opts.articlesDir);
  const outputDir = path.resolve(opts.outputDir);
  checkOutputDir(outputDir, { sourcesDir, articlesDir });
  let t = performance.now();
  const report = opts.skipImport ? null : importSources({ ...opts, sourcesDir, articlesDir });
  const ms = { import: performance.now() - t, eleventy: 0, pagefind: 0 };
  if (report) opts.onImported?.(report);
  if (opts.basePath !== undefined) process.env.SILLOK_BASE = opts.basePath;
  if (opts.siteUrl !== undefined) process.env.SILLOK_SITE_URL = opts.siteUrl;
  if (opts.dataDir !== undefined) process.env.SILLOK_DATA = path.resolve(opts.dataDir);
  // Read the articles once, here: the broken ones are reported, and the same archive is handed
  // to the Eleventy run below (site/archive.ts primeArchive) instead of being read again.
  const archive = loadArchive(articlesDir, loadDictionaries(readSettings().dataDir));
  primeArchive(articlesDir, archive);
  const broken = archive.problems.map((p) => ({ file: p.file, reason: p.reason.split("\n")[0] }));
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(path.join(outputDir, SITE_MARKER), "This folder is a site built by sillok; `sillok build` empties and rebuilds it.\n");
  t = performance.now();
  const pages = await runEleventy(articlesDir, outputDir);
  ms.eleventy = performance.now() - t;
  t = performance.now();
  const { pages: indexedPages } = await buildSearchIndex(outputDir);
  ms.pagefind = performance.now() - t;
  return { report, broken, pages, indexedPages, ms };
}
