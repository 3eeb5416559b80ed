/**
 * The settings of one site build: folders, base path, site URL and the site's own data
 * (site.yaml). `sillok build` resolves them once from its options (the environment only fills
 * what an option leaves out) and hands them to Eleventy as plugin options (plugin.ts); a bare
 * `eleventy --config=eleventy.config.ts` resolves them from the environment in the config file.
 */
import path from "node:path";
import { projectRoot } from "../core/paths.ts";
import { dataLayers } from "../core/dictionaries.ts";
import { readPageData } from "../core/page-data-schema.ts";

/** The settings of one site build. */
export interface SiteSettings {
  /** Absolute folder of the `.md` articles (`SILLOK_ARTICLES`, default `<project>/articles`). */
  articlesDir: string;
  /** Absolute output folder (`SILLOK_OUTPUT`, default `<project>/_site`). */
  outputDir: string;
  /** Absolute dictionaries folder (`SILLOK_DATA`, default `<project>/_data`; several overlay each other, core/dictionaries.ts dataLayers). */
  dataDir: string;
  /**
   * URL path the site is served under, with both slashes: `/` (default) or `/<repo>/` for a
   * GitHub Pages project site (`SILLOK_BASE`, else the path of `siteUrl`). Pages link to each
   * other relatively, so only what cannot be relative uses it: the 404 page, served at any depth.
   */
  basePath: string;
  /**
   * Absolute URL of the site root with a trailing slash (`https://me.github.io/repo/`), for the
   * feed, the sitemap and OpenGraph (`SILLOK_SITE_URL`, else `url` in _data/site.yaml), or "" when
   * unknown: then those files use URLs relative to the site root.
   */
  siteUrl: string;
  /** The site's own data: `site.yaml` of the dictionaries folders, later folders over earlier. */
  site: SiteData;
}

/** `site.yaml`: what every page says about the archive itself. */
export interface SiteData {
  title: string;
  description: string;
  language: string;
  /** Absolute URL the site is published at, or "". */
  url: string;
}

/** What a build may set; anything left out comes from the environment, then the defaults. */
export interface SettingsInput {
  articlesDir?: string;
  outputDir?: string;
  dataDir?: string;
  basePath?: string;
  siteUrl?: string;
}

/** `repo`, `/repo`, `/repo/` → `/repo/`; "" → `/`. */
export function normalizeBase(base: string): string {
  const inner = base.trim().replace(/^\/+|\/+$/g, "");
  return inner ? `/${inner}/` : "/";
}

/**
 * Reads site.yaml of the dictionaries folders, later folders' keys over earlier ones', through its
 * schema (core/page-data-schema.ts).
 * @throws DictionaryError naming the file, field and fix when a site.yaml breaks the schema
 */
export function readSiteData(dataDir: string): SiteData {
  const site: SiteData = { title: "실록", description: "", language: "ko", url: "" };
  for (const data of readPageData(dataDir, "site.yaml"))
    for (const key of ["title", "description", "language", "url"] as const) {
      const value = data[key];
      if (typeof value === "string" && value.trim()) site[key] = value.trim();
    }
  return site;
}

/**
 * Joins a site URL and a base path: the URL's own path wins when it has one
 * (`https://me.github.io/repo` + `/` → `https://me.github.io/repo/`), else the base is appended.
 * @throws Error when `url` is not an absolute http(s) URL
 */
export function resolveSiteUrl(url: string, basePath: string): string {
  if (!url) return "";
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) throw new Error(`site URL must be http(s): ${url}`);
  const own = normalizeBase(u.pathname);
  u.pathname = own === "/" ? basePath : own;
  u.search = "";
  u.hash = "";
  return u.href;
}

/**
 * The settings of a build: each of `given` when set, else the environment's `SILLOK_ARTICLES`,
 * `SILLOK_OUTPUT`, `SILLOK_DATA`, `SILLOK_BASE`, `SILLOK_SITE_URL`, else the project's folders
 * and site.yaml. Folders come back absolute.
 * @throws Error when the site URL is not an absolute http(s) URL
 */
export function resolveSettings(
  given: SettingsInput = {},
  env: NodeJS.ProcessEnv = process.env,
): SiteSettings {
  const dataDir = dataLayers(
    given.dataDir ?? env.SILLOK_DATA ?? path.join(projectRoot, "_data"),
  ).join(path.delimiter);
  const site = readSiteData(dataDir);
  const rawUrl = given.siteUrl ?? (env.SILLOK_SITE_URL || site.url);
  const base = given.basePath ?? env.SILLOK_BASE;
  const basePath = base
    ? normalizeBase(base)
    : rawUrl
      ? normalizeBase(new URL(rawUrl).pathname)
      : "/";
  return {
    articlesDir: path.resolve(
      given.articlesDir ?? env.SILLOK_ARTICLES ?? path.join(projectRoot, "articles"),
    ),
    outputDir: path.resolve(
      given.outputDir ?? env.SILLOK_OUTPUT ?? path.join(projectRoot, "_site"),
    ),
    dataDir,
    basePath,
    siteUrl: resolveSiteUrl(rawUrl, basePath),
    site,
  };
}

/** The settings from the environment alone (a bare `eleventy` run); see {@link resolveSettings}. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return resolveSettings({}, env);
}
