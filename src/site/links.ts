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
  return relativeTo(pageFolders(pageUrl))(url);
}

/** The folders of the page at `pageUrl`, from the root (`/tags/ai/` → tags, ai). */
function pageFolders(pageUrl: string): string[] {
  const fromDir = pageUrl.endsWith("/") ? pageUrl : pageUrl.replace(/[^/]*$/, "");
  return fromDir.split("/").filter(Boolean);
}

/**
 * The link writer for a page in the folders `from`: one page prints hundreds of links, so its
 * folders are split once, not once per link.
 */
function relativeTo(from: string[]): (url: string) => string {
  // A link out of the page's top folder (most of a page's links: an article's to tags, people,
  // months) shares no folder with it: all the way up, then down the URL as it is.
  const up = "../".repeat(from.length);
  const inTop = from.length ? `/${from[0]}/` : "";
  return (url) => {
    if (inTop && plainFolder(url) && !url.startsWith(inTop))
      return `${up}${url.slice(1)}index.html`;
    const [pathPart, rest] = splitSuffix(url);
    const target = pathPart.endsWith("/") ? `${pathPart}index.html` : pathPart;
    const to = target.split("/").filter(Boolean);
    let common = 0;
    while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
    const rel = "../".repeat(from.length - common) + to.slice(common).join("/");
    return (rel || "index.html") + rest;
  };
}

/** A root-absolute folder URL with no query, fragment or empty folder (`/tags/ai/`). */
const plainFolder = (url: string) =>
  url.startsWith("/") &&
  url.endsWith("/") &&
  !url.includes("//") &&
  !url.includes("?") &&
  !url.includes("#");

function splitSuffix(url: string): [string, string] {
  const q = url.indexOf("?"),
    h = url.indexOf("#");
  const i = q < 0 ? h : h < 0 ? q : Math.min(q, h);
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
  const relative = relativeTo(pageFolders(pageUrl));
  return (url) => (url.startsWith("/") && !url.startsWith("//") ? relative(url) : url);
}

/** URL of the page a server shows for an unknown address. */
export const NOT_FOUND_URL = "/404.html";
