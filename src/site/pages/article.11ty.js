// One page per article. The markup is src/site/render.ts (a function: nothing to compile per
// page); the page goes into layouts/base.11ty.js. Plain JavaScript: Eleventy loads it itself.
import { articlePage } from "../render.ts";

export const data = {
  pagination: { data: "archive.articles", size: 1, alias: "a", addAllPagesToCollections: false },
  layout: "layouts/base.11ty.js",
  body: (data) => articlePage(data.a),
  ogType: "article",
  permalink: (data) => data.a.url,
  // Read by the layout (layout.ts), not `eleventyComputed`: computed data costs Eleventy a data
  // graph of its own per page (see entity.11ty.js).
  pageTitle: (data) => data.a.title,
  pageDescription: (data) => data.a.excerpt,
};

// The page's markup is made by the layout (`body`), not here: Eleventy keeps what a template
// renders (its templateContent) for every page until the build ends, and the layout's output too;
// rendered here, every page's markup would be held twice.
export const render = () => "";
