/**
 * The site as Eleventy configuration: directories, the site plugin's data and filters, and the
 * assets. Every setting arrives as an argument (`SiteOptions`), so two builds in one process
 * with different folders each get their own. `eleventy.config.ts` (a bare `eleventy` run) and
 * `sillok build` (cli/build.ts, through Eleventy's `config` option) both call
 * {@link configureSite}.
 * Eleventy API: https://www.11ty.dev/docs/config/ , https://www.11ty.dev/docs/data-global-custom/ ,
 * https://www.11ty.dev/docs/filters/ , https://www.11ty.dev/docs/plugins/
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadDictionaries, type Dictionaries } from "../core/dictionaries.ts";
import { ENTITY_TYPES, loadArchive, UNKNOWN_OUTLET_ID, type Archive } from "./archive.ts";
import { isoDay, isoInstant } from "./dates.ts";
import { linkFor, relativeUrl } from "./links.ts";
import { articleList } from "./render.ts";
import { buildSearchData } from "./search-data.ts";
import { writeFirstPages } from "./search-first.ts";
import type { SiteSettings } from "./settings.ts";

/** The part of Eleventy's config object sillok uses (Eleventy ships no TypeScript types for it). */
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addTransform(name: string, fn: (content: string) => string): void;
  on(event: "eleventy.before" | "eleventy.after", fn: () => void): void;
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void, options: T): void;
  addPassthroughCopy(copies: Record<string, string>): void;
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setDataDirectory(dir: string): void;
  setOutputDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  setQuietMode(quiet: boolean): void;
  ignores: Set<string>;
}

/** What one site build hands Eleventy. */
export interface SiteOptions {
  settings: SiteSettings;
  /** The dictionaries of `settings.dataDir`, when the caller has them loaded (else loaded here). */
  dicts?: Dictionaries;
  /** The archive of `settings.articlesDir`, when the caller has it loaded (else loaded here). */
  archive?: Archive;
  /** Called as each page is written, with the count so far. */
  onPage?: (written: number) => void;
  /**
   * The plugin writes each page itself, from its last transform, and hands Eleventy a
   * placeholder instead of the markup: for an Eleventy run in dry-run mode (cli/build.ts
   * runEleventy), which then keeps no page's markup (see {@link writePage}).
   */
  writePages?: boolean;
}

/** Page templates, relative to the project root (Eleventy's working directory). */
export const PAGES_DIR = "src/site/pages";

/** Files copied into the site as they are: source (relative to the project root) → output path. */
export const PASSTHROUGH: Record<string, string> = {
  "src/site/assets": "assets",
  "src/site/assets/favicon.svg": "favicon.svg",
};

/**
 * Configures Eleventy for one site build: directories (relative to the project root, which is
 * Eleventy's working directory), the site plugin and the assets.
 */
export function configureSite(eleventyConfig: EleventyConfig, options: SiteOptions): void {
  eleventyConfig.setInputDirectory(PAGES_DIR);
  eleventyConfig.setIncludesDirectory("../../../_includes");
  // Site data only (navigation): the dictionaries are the build's, passed in as options.
  eleventyConfig.setDataDirectory("../data");
  eleventyConfig.setOutputDirectory(options.settings.outputDir);
  // Article bodies never reach a template engine, and Markdown templates are not used at all.
  eleventyConfig.setTemplateFormats(["njk", "11ty.js"]);
  eleventyConfig.addPlugin(sitePlugin, options);
  eleventyConfig.addPassthroughCopy(PASSTHROUGH);
  eleventyConfig.setQuietMode(true);
}

/** Registers sillok's global data and filters. */
export default function sitePlugin(eleventyConfig: EleventyConfig, options: SiteOptions): void {
  const { settings } = options;
  let dicts = options.dicts;
  const dictionaries = () => (dicts ??= loadDictionaries(settings.dataDir));
  // `absolute` and `href` are data, not filters, for the shared layout: Eleventy caches a layout
  // for the whole process with the filters of the build that first used it, so a second build in
  // the same process (tests, watch) would print the first one's links.
  const absolute = (url: string) =>
    settings.siteUrl
      ? new URL(url.replace(/^\//, ""), settings.siteUrl).href
      : url.replace(/^\//, "");
  eleventyConfig.addGlobalData("build", {
    basePath: settings.basePath,
    siteUrl: settings.siteUrl,
    absolute,
    /** The link page `pageUrl` prints for root-absolute `url` (links.ts). */
    href: (url: string, pageUrl: string) => linkFor(pageUrl, settings.basePath)(url),
  });
  eleventyConfig.addGlobalData("site", settings.site);
  // One archive per build: the pages' data and the first pages below read the same one.
  let loaded: Archive | undefined;
  const archive = () =>
    (loaded ??= options.archive ?? loadArchive(settings.articlesDir, dictionaries()));
  eleventyConfig.addGlobalData("archive", archive);
  eleventyConfig.addGlobalData("sections", sections());
  eleventyConfig.addFilter("isoDay", isoDay);
  eleventyConfig.addFilter("isoInstant", isoInstant);
  eleventyConfig.addFilter("searchData", (archive: Archive) =>
    buildSearchData(archive, dictionaries()),
  );
  // The search's first pages are JSON files Eleventy would write unchanged: written here, with
  // the file system, before the pages render (https://www.11ty.dev/docs/events/).
  eleventyConfig.on("eleventy.before", () => {
    writeFirstPages(settings.outputDir, archive(), dictionaries());
  });
  eleventyConfig.on("eleventy.after", () => (loaded = undefined));
  // Absolute URL of a root-absolute path when the site URL is known, else the path relative to the
  // site root (feed and sitemap live at the root, so readers resolve it against their own URL).
  eleventyConfig.addFilter("siteUrl", absolute);
  eleventyConfig.addFilter("take", (list: unknown[], n: number) => (list ?? []).slice(0, n));
  eleventyConfig.addFilter("dated", (list: { date: string | null }[]) =>
    (list ?? []).filter((a) => a.date),
  );
  eleventyConfig.addFilter("count", (n: number) => Number(n ?? 0).toLocaleString("ko-KR"));
  // The article list of render.ts, its links relative to the page at `pageUrl` (a pure function).
  eleventyConfig.addFilter("articleList", (list: Archive["articles"], pageUrl: string) =>
    articleList(list ?? [], (url) => relativeUrl(url, pageUrl)),
  );
  // A sitemap needs absolute URLs (sitemaps.org): without a site URL there is none to write.
  if (!settings.siteUrl) eleventyConfig.ignores.add(`${PAGES_DIR}/sitemap.njk`);
  if (options.onPage || options.writePages) {
    // Registered last, so it sees each page's final markup; a transform runs once per page.
    let written = 0;
    const { onPage, writePages } = options;
    const dirs = new Set<string>();
    eleventyConfig.addTransform(
      "sillok-write",
      function (this: { outputPath?: string | false }, content) {
        if (writePages && this.outputPath) content = writePage(this.outputPath, content, dirs);
        onPage?.(++written);
        return content;
      },
    );
  }
}

/** What Eleventy keeps of a page {@link writePage} wrote (non-empty: Eleventy warns on an empty transform result). */
const WRITTEN = " ";

/**
 * Writes a page's markup to `outputPath` (its folder made once, remembered in `dirs`) and
 * returns a placeholder for Eleventy to keep instead. Eleventy 3 keeps every page's final markup
 * until the build ends (its template caches the rendered promise, and `write()` returns every
 * page with its content: @11ty/eleventy src/Template.js), which grows the heap, and the garbage
 * collector's work, with the archive; in dry-run mode it writes nothing, so this is the write.
 */
export function writePage(outputPath: string, content: string, dirs: Set<string>): string {
  const dir = path.dirname(outputPath);
  if (!dirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    dirs.add(dir);
  }
  writeFileSync(outputPath, content);
  return WRITTEN;
}

/**
 * The site's sections, in menu order: the four browse lists, the months and search, each with
 * its Korean label, root-absolute URL and (for the lists) entity type and `count` of an archive's
 * entities — the one table the menu, the home page's figures and the sitemap read (from archive.ts
 * ENTITY_TYPES). 매체 미상 (articles naming no outlet) has a page but is no outlet: not counted.
 */
export function sections(): {
  type: string | null;
  label: string;
  url: string;
  count?: (archive: Archive) => number;
}[] {
  const list = (["tag", "company", "person", "outlet", "month"] as const).map((type) => ({
    type,
    label: ENTITY_TYPES[type].label,
    url: `/${ENTITY_TYPES[type].folder}/`,
    count: (archive: Archive) =>
      archive.entities[type].filter((e) => !(type === "outlet" && e.id === UNKNOWN_OUTLET_ID))
        .length,
  }));
  return [...list, { type: null, label: "검색", url: "/search/" }];
}
