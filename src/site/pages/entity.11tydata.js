// Per-page values of src/site/pages/entity.njk as functions (see article.11tydata.js for why).
export default {
  permalink: (data) => data.p.url,
  eleventyComputed: {
    title: (data) => `${data.p.entity.name}${data.p.pageNumber > 1 ? ` (${data.p.pageNumber}쪽)` : ""}`,
  },
};
