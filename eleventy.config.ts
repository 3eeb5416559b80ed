/**
 * Eleventy configuration for a bare `eleventy` run (Eleventy 3, through tsx on Node 20:
 * `node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=eleventy.config.ts`), with the
 * settings of the environment (`SILLOK_ARTICLES`, `SILLOK_OUTPUT`, `SILLOK_DATA`, `SILLOK_BASE`,
 * `SILLOK_SITE_URL`; site/settings.ts) or the project's folders. `sillok build` does not read this
 * file: it calls the same {@link configureSite} with its own settings. Page templates live in
 * src/site/pages, layouts in _includes/. Articles are not Eleventy templates: src/site/archive.ts
 * reads them as data, so article text is never run as a template.
 */
import { configureSite, type EleventyConfig } from "./src/site/plugin.ts";
import { readSettings } from "./src/site/settings.ts";

export default function (eleventyConfig: EleventyConfig): void {
  configureSite(eleventyConfig, { settings: readSettings() });
}
