// @11ty/eleventy-plugin-rss 3 ships no TypeScript declarations; sillok only adds it as a plugin
// (https://www.11ty.dev/docs/plugins/rss/).
declare module "@11ty/eleventy-plugin-rss" {
  const rssPlugin: (eleventyConfig: unknown, options?: unknown) => void;
  export default rssPlugin;
}
