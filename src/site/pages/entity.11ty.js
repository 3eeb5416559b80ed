// Every page of every entity (tag, company, person, outlet, month) list: src/site/render.ts,
// in layouts/base.11ty.js (see article.11ty.js).
import { entityPage } from "../render.ts";

export const data = {
  pagination: { data: "archive.entityPages", size: 1, alias: "p", addAllPagesToCollections: false },
  layout: "layouts/base.11ty.js",
  permalink: (data) => data.p.url,
  eleventyComputed: {
    title: (data) =>
      `${data.p.entity.name}${data.p.pageNumber > 1 ? ` (${data.p.pageNumber}쪽)` : ""}`,
  },
};

export const render = (data) => entityPage(data.p);
