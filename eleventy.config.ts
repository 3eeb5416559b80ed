/**
 * Eleventy configuration (Eleventy 3, run through tsx on Node 20:
 * `node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=eleventy.config.ts`).
 * Page templates live in src/site/pages; layouts and partials in _includes/; the dictionaries
 * and site settings in _data/. Articles are not Eleventy templates: src/site/archive.ts reads
 * them as data, so article text is never run as a template.
 */
import YAML from "yaml";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import sitePlugin from "./src/site/plugin.ts";
import { readSettings } from "./src/site/settings.ts";

export default function (eleventyConfig: any) {
  const settings = readSettings();
  // https://www.11ty.dev/docs/data-custom/ — YAML data files in _data/
  eleventyConfig.addDataExtension("yaml", (contents: string) => YAML.parse(contents));
  eleventyConfig.addPlugin(sitePlugin, settings);
  // https://www.11ty.dev/docs/plugins/rss/ — dateToRfc3339 and friends for the Atom feed
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPassthroughCopy({
    "src/site/assets": "assets",
    "src/site/assets/favicon.svg": "favicon.svg",
  });
  eleventyConfig.setQuietMode(true);
  return {
    dir: {
      input: "src/site/pages",
      includes: "../../../_includes",
      data: "../../../_data",
      output: settings.outputDir,
    },
    templateFormats: ["njk", "11ty.js"],
    htmlTemplateEngine: "njk",
    // Article bodies never reach a template engine, and Markdown templates are not used at all.
    markdownTemplateEngine: false,
  };
}
