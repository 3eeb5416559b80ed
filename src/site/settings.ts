/**
 * Build settings passed from the CLI to Eleventy through the environment (Eleventy loads its
 * config file itself, so the environment is the one channel both `sillok build` and a plain
 * `eleventy --config=eleventy.config.ts` share).
 */
import path from "node:path";
import { projectRoot } from "../core/paths.ts";

/** The settings of one site build. */
export interface SiteSettings {
  /** Absolute folder of the `.md` articles (`SILLOK_ARTICLES`, default `<project>/articles`). */
  articlesDir: string;
  /** Absolute output folder (`SILLOK_OUTPUT`, default `<project>/_site`). */
  outputDir: string;
  /** Absolute dictionaries folder (`SILLOK_DATA`, default `<project>/_data`). */
  dataDir: string;
}

/** Reads the settings from `env` (default `process.env`). */
export function readSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return {
    articlesDir: path.resolve(env.SILLOK_ARTICLES ?? path.join(projectRoot, "articles")),
    outputDir: path.resolve(env.SILLOK_OUTPUT ?? path.join(projectRoot, "_site")),
    dataDir: path.resolve(env.SILLOK_DATA ?? path.join(projectRoot, "_data")),
  };
}
