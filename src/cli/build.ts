/**
 * `sillok build`: import → Eleventy → Pagefind (SPEC §2). Each stage's input and output are
 * folders; this module only runs them in order and times them.
 */
import path from "node:path";
import { rmSync } from "node:fs";
import { projectRoot } from "../core/paths.ts";
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
  /** Absolute URL of the published site, for feed, sitemap and OpenGraph; default `SILLOK_SITE_URL`, else _data/site.yaml. */
  siteUrl?: string;
}

/** Figures of a build: the import report and each stage's wall time in milliseconds. */
export interface BuildResult {
  report: ImportReport | null;
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
  let t = performance.now();
  const report = opts.skipImport ? null : importSources({ ...opts, sourcesDir, articlesDir });
  const ms = { import: performance.now() - t, eleventy: 0, pagefind: 0 };
  if (opts.basePath !== undefined) process.env.SILLOK_BASE = opts.basePath;
  if (opts.siteUrl !== undefined) process.env.SILLOK_SITE_URL = opts.siteUrl;
  rmSync(outputDir, { recursive: true, force: true });
  t = performance.now();
  const pages = await runEleventy(articlesDir, outputDir);
  ms.eleventy = performance.now() - t;
  t = performance.now();
  const { pages: indexedPages } = await buildSearchIndex(outputDir);
  ms.pagefind = performance.now() - t;
  return { report, pages, indexedPages, ms };
}
