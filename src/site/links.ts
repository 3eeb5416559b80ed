/**
 * Relative links: every root-absolute `href`/`src` in a page (`/tags/ai/`) becomes relative to
 * that page (`../../tags/ai/index.html`), so one build works at `/`, under a GitHub Pages
 * project sub-path (`/<repo>/`) and from `file://`, where a folder URL would not open its
 * `index.html`. Templates keep writing root-absolute URLs; this transform runs last.
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

const ROOT_ABSOLUTE = /\b(href|src|action)=(["'])(\/(?!\/)[^"']*)\2/g;

/** Rewrites root-absolute `href`, `src` and `action` attributes in HTML relative to `pageUrl`. */
export function relativizeHtml(html: string, pageUrl: string): string {
  return html.replace(
    ROOT_ABSOLUTE,
    (_, attr, q, url) => `${attr}=${q}${relativeUrl(url, pageUrl)}${q}`,
  );
}

/**
 * Prefixes root-absolute `href`, `src` and `action` attributes with `basePath` (`/repo/`), for
 * the 404 page: a server shows it at whatever depth was asked for, so relative links would
 * resolve against the wrong folder.
 */
export function prefixHtml(html: string, basePath: string): string {
  return html.replace(
    ROOT_ABSOLUTE,
    (_, attr, q, url: string) => `${attr}=${q}${basePath}${url.slice(1)}${q}`,
  );
}
