/**
 * Build settings passed from the CLI to Eleventy through the environment (Eleventy loads its
 * config file itself, so the environment is the one channel both `sillok build` and a plain
 * `eleventy --config=eleventy.config.ts` share).
 */
import path from "node:path";
import { existsSync, readFileSync } from "node:fs";
import YAML from "yaml";
import { projectRoot } from "../core/paths.ts";
import { dataLayers } from "../core/dictionaries.ts";

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
}

/** `repo`, `/repo`, `/repo/` → `/repo/`; "" → `/`. */
export function normalizeBase(base: string): string {
  const inner = base.trim().replace(/^\/+|\/+$/g, "");
  return inner ? `/${inner}/` : "/";
}

/** Reads `url:` from site.yaml of the dictionaries folders, the last that sets one ("" when none). */
function siteYamlUrl(dataDir: string): string {
  let url = "";
  for (const dir of dataLayers(dataDir)) {
    const file = path.join(dir, "site.yaml");
    const u = existsSync(file) ? (YAML.parse(readFileSync(file, "utf8")) ?? {}).url : undefined;
    if (typeof u === "string" && u.trim()) url = u.trim();
  }
  return url;
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

/** Reads the settings from `env` (default `process.env`). */
export function readSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const dataDir = dataLayers(env.SILLOK_DATA ?? path.join(projectRoot, "_data")).join(
    path.delimiter,
  );
  const rawUrl = env.SILLOK_SITE_URL || siteYamlUrl(dataDir);
  const basePath = env.SILLOK_BASE
    ? normalizeBase(env.SILLOK_BASE)
    : rawUrl
      ? normalizeBase(new URL(rawUrl).pathname)
      : "/";
  return {
    articlesDir: path.resolve(env.SILLOK_ARTICLES ?? path.join(projectRoot, "articles")),
    outputDir: path.resolve(env.SILLOK_OUTPUT ?? path.join(projectRoot, "_site")),
    dataDir,
    basePath,
    siteUrl: resolveSiteUrl(rawUrl, basePath),
  };
}
