// Per-page values of src/site/pages/article.njk as functions, not template strings: Eleventy 3
// compiles a front matter template string once per paginated page (1,000 articles: 3,000
// compiles), a function costs nothing to prepare. Plain JavaScript: Eleventy loads data files itself.
export default {
  permalink: (data) => data.a.url,
  eleventyComputed: {
    title: (data) => data.a.title,
    description: (data) => data.a.excerpt,
  },
};
