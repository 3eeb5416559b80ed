/**
 * Relative links: every link a page prints to another page of the site (`/tags/ai/`) is written
 * relative to that page (`../../tags/ai/index.html`) when the page is rendered, so one build works
 * at `/`, under a GitHub Pages project sub-path (`/<repo>/`) and from `file://`, where a folder URL
 * would not open its `index.html`. Templates and views hold root-absolute URLs; the render
 * functions (render.ts) and the layout (`build.href`) turn them into this page's links, so no
 * pass over the finished HTML is needed.
 */

/** Turns root-absolute `url` into a path relative to the page at `pageUrl` (both start with `/`). */
export function relativeUrl(url: string, pageUrl: string): string {
  const [pathPart, rest = ""] = splitSuffix(url);
  const fromDir = pageUrl.endsWith("/") ? pageUrl : pageUrl.replace(/[^/]*$/, "");
  const from = fromDir.split("/").filter(Boolean);
  let target = pathPart;
  if (target.endsWith("/")) target += "index.html";
  const to = target.split("/").filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const rel = [...Array(from.length - common).fill(".."), ...to.slice(common)].join("/");
  return (rel || "index.html") + rest;
}

function splitSuffix(url: string): [string, string] {
  const i = url.search(/[?#]/);
  return i < 0 ? [url, ""] : [url.slice(0, i), url.slice(i)];
}

/**
 * The link writer of one page: root-absolute `url` → the `href` that page prints. Every page
 * links relatively; only the 404 page, which a server shows at whatever depth was asked for,
 * prefixes the base path (`/repo/`) instead, since relative links would resolve against the
 * wrong folder there.
 */
export function linkFor(pageUrl: string, basePath = "/"): (url: string) => string {
  if (pageUrl === NOT_FOUND_URL)
    return (url) => (url.startsWith("/") ? basePath + url.slice(1) : url);
  return (url) => (url.startsWith("/") && !url.startsWith("//") ? relativeUrl(url, pageUrl) : url);
}

/** URL of the page a server shows for an unknown address. */
export const NOT_FOUND_URL = "/404.html";
