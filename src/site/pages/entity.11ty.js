// Every page of every entity (tag, company, person, outlet, month) list: src/site/render.ts,
// in layouts/base.11ty.js (see article.11ty.js).
import { entityPage } from "../render.ts";

export const data = {
  pagination: { data: "archive.entityPages", size: 1, alias: "p", addAllPagesToCollections: false },
  layout: "layouts/base.11ty.js",
  body: (data) => entityPage(data.p),
  permalink: (data) => data.p.url,
  // The title is a function the layout calls (layout.ts), not `eleventyComputed`: for a page with
  // computed data Eleventy 3 builds a ComputedData graph, works out its URL and output path again
  // and resolves the values through proxies of the page's data (@11ty/eleventy src/Template.js
  // addComputedData); without, a paginated page's URL and path are those pagination set.
  pageTitle: (data) =>
    `${data.p.entity.name}${data.p.pageNumber > 1 ? ` (${data.p.pageNumber}쪽)` : ""}`,
};

// The page's markup is made by the layout (`body`), not here: Eleventy keeps what a template
// renders (its templateContent) for every page until the build ends, and the layout's output too;
// rendered here, every page's markup would be held twice.
export const render = () => "";
