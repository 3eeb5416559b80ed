/**
 * The site as Eleventy configuration: directories, the site plugin's data and filters, and the
 * assets. Every setting arrives as an argument (`SiteOptions`), so two builds in one process
 * with different folders each get their own. `eleventy.config.ts` (a bare `eleventy` run) and
 * `sillok build` (cli/build.ts, through Eleventy's `config` option) both call
 * {@link configureSite}.
 * Eleventy API: https://www.11ty.dev/docs/config/ , https://www.11ty.dev/docs/data-global-custom/ ,
 * https://www.11ty.dev/docs/filters/ , https://www.11ty.dev/docs/plugins/
 */
import { loadDictionaries, type Dictionaries } from "../core/dictionaries.ts";
import { ENTITY_TYPES, loadArchive, UNKNOWN_OUTLET_ID, type Archive } from "./archive.ts";
import { isoDay, isoInstant } from "./dates.ts";
import { linkFor, relativeUrl } from "./links.ts";
import { articleList } from "./render.ts";
import { buildSearchData } from "./search-data.ts";
import { buildFirstPages } from "./search-first.ts";
import type { SiteSettings } from "./settings.ts";

/** The part of Eleventy's config object sillok uses (Eleventy ships no TypeScript types for it). */
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addTransform(name: string, fn: (content: string) => string): void;
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
}

/** Page templates, relative to the project root (Eleventy's working directory). */
export const PAGES_DIR = "src/site/pages";

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
  eleventyConfig.addPassthroughCopy({
    "src/site/assets": "assets",
    "src/site/assets/favicon.svg": "favicon.svg",
  });
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
  eleventyConfig.addGlobalData(
    "archive",
    () => options.archive ?? loadArchive(settings.articlesDir, dictionaries()),
  );
  eleventyConfig.addGlobalData("sections", sections());
  eleventyConfig.addFilter("isoDay", isoDay);
  eleventyConfig.addFilter("isoInstant", isoInstant);
  eleventyConfig.addFilter("searchData", (archive: Archive) =>
    buildSearchData(archive, dictionaries()),
  );
  // A function as data (Eleventy calls a global data function once and keeps what it returns):
  // the first pages' template (search-first.11ty.js) calls it on the archive it paginates.
  eleventyConfig.addGlobalData(
    "searchFirstPages",
    () => (archive: Archive) =>
      buildFirstPages(archive, dictionaries(), buildSearchData(archive, dictionaries())),
  );
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
  if (options.onPage) {
    // Counts pages as Eleventy finishes them (a transform runs once per written page).
    let written = 0;
    const onPage = options.onPage;
    eleventyConfig.addTransform("sillok-progress", (content) => (onPage(++written), content));
  }
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
