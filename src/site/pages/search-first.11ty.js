// The first page of each name's search (src/site/search-first.ts): one small JSON file per
// company or person with articles, which the search page loads when the words name it.
import { FIRST_DIR } from "../search-first.ts";

export const data = {
  pagination: {
    data: "archive.articles",
    size: 1,
    alias: "first",
    addAllPagesToCollections: false,
    // Eleventy's `before` hands the pagination every page to write (https://www.11ty.dev/docs/pagination/#the-before-callback).
    before: (_articles, data) => data.searchFirstPages(data.archive),
  },
  eleventyExcludeFromCollections: true,
  permalink: (data) => `/${FIRST_DIR}/${data.first.file}.json`,
};

export const render = (data) => JSON.stringify(data.first.rows);
