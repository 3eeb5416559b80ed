/**
 * The site as an Eleventy plugin: global data, filters and the link transform. The config file
 * only composes this (STYLE.md: the config reads like a table of contents).
 * Eleventy API: https://www.11ty.dev/docs/config/ , https://www.11ty.dev/docs/filters/ ,
 * https://www.11ty.dev/docs/config/#transforms
 */
import { loadDictionaries } from "../core/dictionaries.ts";
import { loadArchive, takeArchive, type Archive } from "./archive.ts";
import { isoDay, isoInstant } from "./dates.ts";
import { prefixHtml, relativizeHtml } from "./links.ts";
import { buildSearchData } from "./search-data.ts";
import type { SiteSettings } from "./settings.ts";

// Eleventy ships no TypeScript types for its config object; this is the part we use.
interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (...args: any[]) => unknown): void;
  addTransform(
    name: string,
    fn: (
      this: { page: { url: string | false; outputPath: string | false } },
      content: string,
    ) => string,
  ): void;
  ignores: Set<string>;
}

/** Registers sillok's data, filters and transforms. */
export default function sitePlugin(eleventyConfig: EleventyConfig, settings: SiteSettings): void {
  // `absolute` is data, not a filter, for the shared layout: Eleventy caches a layout for the
  // whole process with the filters of the build that first used it, so a second build in the
  // same process (tests, watch) would print the first one's site URL.
  const absolute = (url: string) =>
    settings.siteUrl
      ? new URL(url.replace(/^\//, ""), settings.siteUrl).href
      : url.replace(/^\//, "");
  eleventyConfig.addGlobalData("build", {
    basePath: settings.basePath,
    siteUrl: settings.siteUrl,
    absolute,
  });
  eleventyConfig.addGlobalData("archive", () =>
    takeArchive(settings.articlesDir, () =>
      loadArchive(settings.articlesDir, loadDictionaries(settings.dataDir)),
    ),
  );
  eleventyConfig.addFilter("isoDay", isoDay);
  eleventyConfig.addFilter("isoInstant", isoInstant);
  eleventyConfig.addFilter("searchData", (archive: Archive) =>
    buildSearchData(archive, loadDictionaries(settings.dataDir)),
  );
  // Absolute URL of a root-absolute path when the site URL is known, else the path relative to the
  // site root (feed and sitemap live at the root, so readers resolve it against their own URL).
  eleventyConfig.addFilter("siteUrl", absolute);
  eleventyConfig.addFilter("take", (list: unknown[], n: number) => (list ?? []).slice(0, n));
  eleventyConfig.addFilter("dated", (list: { date: string | null }[]) =>
    (list ?? []).filter((a) => a.date),
  );
  // A sitemap needs absolute URLs (sitemaps.org): without a site URL there is none to write.
  if (!settings.siteUrl) eleventyConfig.ignores.add("src/site/pages/sitemap.njk");
  eleventyConfig.addFilter("count", (n: number) => Number(n ?? 0).toLocaleString("ko-KR"));
  eleventyConfig.addTransform("relative-links", function (content) {
    const out = this.page.outputPath;
    if (!out || !String(out).endsWith(".html") || !this.page.url) return content;
    if (this.page.url === "/404.html") return prefixHtml(content, settings.basePath);
    return relativizeHtml(content, String(this.page.url));
  });
}
