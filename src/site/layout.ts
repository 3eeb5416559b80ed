/**
 * The one page layout (head, menu, main, footer) as a function, used by Eleventy as the
 * JavaScript layout `_includes/layouts/base.11ty.js`: every page of the site goes through it, and
 * a function costs nothing to compile or interpret per page. Values are escaped as in render.ts;
 * links are written relative to the page (links.ts), the 404 page's with the base path.
 */
import { count, esc } from "./render.ts";
import { linkFor } from "./links.ts";
import type { SiteData } from "./settings.ts";

/** What the layout reads of a page's data (Eleventy's data cascade plus the page's own). */
export interface LayoutData {
  content: string;
  /**
   * The page's markup, when its template leaves it to the layout (article, entity and list
   * pages: Eleventy would otherwise hold each page's markup twice until the build ends).
   */
  body?: (data: LayoutData) => string;
  title?: string;
  description?: string;
  /**
   * The page's title and description made from its data, for the paginated pages (article,
   * entity, /all/): a function the layout calls costs Eleventy nothing, where `eleventyComputed`
   * costs it a computed-data graph per page. They win over `title` and `description`.
   */
  pageTitle?: (data: LayoutData) => string;
  pageDescription?: (data: LayoutData) => string;
  ogType?: string;
  page: { url: string };
  site: SiteData;
  build: { basePath: string; siteUrl: string; absolute: (url: string) => string };
  sections: { label: string; url: string }[];
  archive: { articles: unknown[] };
}

/** The page: `content` inside the site's head, menu and footer. */
export function layout(data: LayoutData): string {
  const { site, build, page } = data;
  const href = linkFor(page.url, build.basePath);
  const title = data.pageTitle ? data.pageTitle(data) : data.title;
  const pageTitle = title ? `${title} · ${site.title}` : site.title;
  const description =
    (data.pageDescription ? data.pageDescription(data) : data.description) || site.description;
  const canonical = build.siteUrl
    ? `\n<meta property="og:url" content="${esc(build.absolute(page.url))}">\n<link rel="canonical" href="${esc(build.absolute(page.url))}">`
    : "";
  const menu = data.sections
    .map((s) => `\n      <li><a href="${esc(href(s.url))}">${esc(s.label)}</a></li>`)
    .join("");
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(pageTitle)}</title>
<meta name="description" content="${esc(description)}">
<meta name="color-scheme" content="light dark">
<meta property="og:site_name" content="${esc(site.title)}">
<meta property="og:title" content="${esc(title || site.title)}">
<meta property="og:description" content="${esc(description)}">
<meta property="og:type" content="${esc(data.ogType || "website")}">
<meta property="og:locale" content="ko_KR">${canonical}
<link rel="icon" href="${esc(href("/favicon.svg"))}" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="${esc(site.title)} 최신 기사" href="${esc(href("/feed.xml"))}">
<link rel="stylesheet" href="${esc(href("/assets/site.css"))}">
<link rel="stylesheet" href="${esc(href("/assets/entities.css"))}">
</head>
<body>
<a class="skip-link" href="#main">본문 바로가기</a>
<header class="site-header">
  <a class="brand" href="${esc(href("/"))}">${esc(site.title)}</a>
  <nav aria-label="주 메뉴">
    <ul>${menu}
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1">
${data.body ? data.body(data) : data.content}
</main>
<footer class="site-footer">
  <p>${esc(site.title)} · 기사 ${count(data.archive.articles.length)}건 · <a href="${esc(href("/feed.xml"))}">Atom 피드</a> · sillok으로 만든 정적 아카이브</p>
</footer>
</body>
</html>
`;
}
