// Per-page values of src/site/pages/all.njk as functions, not template strings: Eleventy 3
// compiles a front matter template string once per paginated page (200 pages at 10,000
// articles), a function costs nothing to prepare. Plain JavaScript: Eleventy loads data files itself.
export default {
  permalink: (data) =>
    `/all/${data.pagination.pageNumber > 0 ? `${data.pagination.pageNumber + 1}/` : ""}`,
  eleventyComputed: {
    title: (data) =>
      `전체 기사${data.pagination.pageNumber > 0 ? ` (${data.pagination.pageNumber + 1}쪽)` : ""}`,
  },
};
