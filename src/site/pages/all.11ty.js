// Every article, newest first, 50 a page: the one list that reaches undated articles too (they
// are on no month page). https://www.11ty.dev/docs/pagination/ — the markup is render.ts, and
// per-page values are functions: Eleventy 3 compiles a front matter template string once per
// paginated page, a function costs nothing to prepare.
import { allPage } from "../render.ts";

/** The URL of page `n` (0-based) of the list. */
const urlOf = (n) => `/all/${n > 0 ? `${n + 1}/` : ""}`;

/** The page's markup, made by the layout (see article.11ty.js). */
const body = (data) => {
  const n = data.pagination.pageNumber;
  const total = data.pagination.pages.length;
  return allPage(data.list, data.archive.articles.length, {
    url: urlOf(n),
    pageNumber: n + 1,
    totalPages: total,
    prevUrl: n > 0 ? urlOf(n - 1) : null,
    nextUrl: n + 1 < total ? urlOf(n + 1) : null,
  });
};

export const data = {
  pagination: {
    data: "archive.articles",
    size: 50,
    alias: "list",
    addAllPagesToCollections: false,
  },
  layout: "layouts/base.11ty.js",
  body,
  description: "아카이브의 모든 기사, 최신순(날짜 미상 기사는 끝에).",
  permalink: (data) => urlOf(data.pagination.pageNumber),
  // A function the layout calls, not `eleventyComputed` (see entity.11ty.js).
  pageTitle: (data) =>
    `전체 기사${data.pagination.pageNumber > 0 ? ` (${data.pagination.pageNumber + 1}쪽)` : ""}`,
};

export const render = () => "";
