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

/** Rewrites `href="/…"`, `src="/…"` and `srcset`-free `content="/…"`-free attributes in HTML. */
export function relativizeHtml(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src|action)=(["'])(\/(?!\/)[^"']*)\2/g, (_, attr, q, url) => `${attr}=${q}${relativeUrl(url, pageUrl)}${q}`);
}
