/**
 * Layout `html-page`: a whole web page saved as a file (`<!doctype html>`, `<html>`). Reads the
 * metadata news sites publish for sharing — Open Graph (https://ogp.me: `og:title`,
 * `og:site_name`, `og:url`, `article:published_time`), `<meta name="author">`, schema.org
 * `datePublished` — and the article body from `<article>`, an `itemprop="articleBody"` element,
 * or an element whose id/class names the article body, else `<body>`, through ../html.ts.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { parseAuthorLine } from "../byline.ts";
import { parseDateLine } from "../dates.ts";
import { htmlToBlocks } from "../html.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";
import { captionWithCredit } from "./feed-item.ts";

/** An element of the parsed document (domhandler's type, reached through htmlparser2's own API). */
type Element = Parameters<Parameters<typeof DomUtils.findOne>[0]>[0];

const PAGE = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i;
/** id/class words of the element that holds the article text on Korean news sites. */
const BODY_HINT = /(?:article|news|view|story)[-_]?(?:body|content|text|txt|view)|articleBody|article_txt|newsct_article|dic_area|harmonyContainer/i;

function meta(doc: ReturnType<typeof parseDocument>, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = DomUtils.findOne((e) => e.name === "meta" && [e.attribs.property, e.attribs.name, e.attribs.itemprop].includes(key), doc.children, true);
    const v = el?.attribs.content?.trim();
    if (v) return v;
  }
  return null;
}

export const htmlPage: Layout = {
  id: "html-page",
  description: "a saved web page: Open Graph / meta tags for the header, <article> for the body",
  detect: (src: SourceText) => (PAGE.test(src.text) ? 0.95 : 0),
  parse(src: SourceText, ctx: ParseContext): Draft {
    const doc = parseDocument(src.text, { decodeEntities: true });
    const find = (test: (e: Element) => boolean) => DomUtils.findOne(test, doc.children, true);
    const h1 = find((e) => e.name === "h1");
    const titleEl = find((e) => e.name === "title");
    const title = meta(doc, "og:title", "twitter:title") ?? (h1 ? DomUtils.textContent(h1) : titleEl ? DomUtils.textContent(titleEl) : "");
    const published = meta(doc, "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publish-date");
    const date = published ? parseDateLine(published) : null;
    const root =
      find((e) => e.attribs.itemprop === "articleBody") ??
      find((e) => BODY_HINT.test(`${e.attribs.id ?? ""} ${e.attribs.class ?? ""}`)) ??
      find((e) => e.name === "article") ??
      find((e) => e.name === "body");
    const content = htmlToBlocks(root ? DomUtils.getOuterHTML(root) : src.text);
    const author = meta(doc, "author", "article:author", "dable:author", "byl");
    const url = meta(doc, "og:url") ?? find((e) => e.name === "link" && e.attribs.rel === "canonical")?.attribs.href ?? null;
    return {
      title: title.replace(/\s+/g, " ").trim(), outletHint: meta(doc, "og:site_name", "application-name"), date,
      dateSource: date ? "text" : "none", reporters: author ? parseAuthorLine(author, (s) => ctx.outlets.lookup(s) !== null) : [],
      paragraphs: content.blocks.filter((b) => !(b.bold && b.text.length <= 80)).map((b) => b.text),
      captions: content.captions.map(captionWithCredit).filter((c) => c.text),
      findDecks: false, copyright: null, clues: url ? [url] : [], warnings: [], decoded: true,
    };
  },
};
