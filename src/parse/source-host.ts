/**
 * The web host a clipping's file name carries. Crawlers and "save page" tools name files after
 * the page's URL (`www.example.co.kr_news_1.html`, `123_news.example.com.txt`,
 * `example.com-article-77.txt`), so a host in the name is a clue to the outlet, like a URL in the text.
 */

/** A host: two or more dot-separated labels ending in a letters-only top-level domain. */
const HOST =
  /(?:^|[^A-Za-z0-9.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,6})(?=$|[^A-Za-z0-9.-]|-\d)/g;
/** File extensions, which look like a top-level domain after the last dot. */
const EXTENSION = /\.(?:txt|html?|md|xml|json|csv|eml|mht|mhtml|text)$/i;

/**
 * The first host-shaped part of a file name (folders and the extension left out), lower-cased;
 * null when there is none.
 */
export function hostFromFileName(file: string): string | null {
  const base = file.split(/[\\/]/).pop()!.replace(EXTENSION, "");
  for (const m of base.matchAll(HOST)) {
    const host = m[1].toLowerCase();
    if (host.split(".").length >= 2 && !/^\d+\.\d+$/.test(host)) return host;
  }
  return null;
}
