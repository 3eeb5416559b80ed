/**
 * Layout `html-page`: a whole web page saved as a file (`<!doctype html>`, `<html>`). Reads the
 * metadata news sites publish for sharing — Open Graph (https://ogp.me: `og:title`,
 * `og:site_name`, `og:url`, `article:published_time`), `<meta name="author">`, schema.org
 * `datePublished` (https://schema.org/datePublished: a `<meta>` or element with
 * `itemprop="datePublished"`, or JSON-LD), the first `<time datetime>` — and the article body
 * from the element of those named for it (`itemprop="articleBody"`, an id/class naming the
 * article body, `<article>`) that holds the most sentence text, else `<body>`, through ../html.ts (which leaves page furniture out: related-article
 * and ad boxes, share bars, `<nav>`, `<aside>`, forms; footers and copyright / reporter boxes are
 * read for the copyright notice and bylines only). The deck is the page's subtitle element under
 * the headline (`<h4 class="news_subtitle">`, `<h2 class="summary">`); a reporter's e-mail printed
 * only below the article element joins the reporter the page named.
 *
 * A page without date metadata is dated by its first date line (`기사전송 2024-03-04 15:30`,
 * `홍길동 기자 입력 …`, anywhere on the page), and warns when it has none. Date lines,
 * navigation lines (`뉴스 홈 | 연예 | 스포츠`) and the headline repeated (`<h1>` inside the body)
 * never reach the body. The page's sentence text is counted (`pageProse`), so refine warns when
 * the article kept is much shorter than the page.
 */
import { DomUtils, parseDocument } from "htmlparser2";
import type { Reporter } from "../../core/article.ts";
import { classifyLine } from "../boilerplate.ts";
import { mergeReporters } from "../byline.ts";
import type { PageWords } from "../page-words.ts";
import { anyMatch } from "../../core/patterns.ts";
import { type HtmlContent, htmlToBlocks, nodesToBlocks } from "../html.ts";
import type { HtmlClassRules } from "../reader/furniture.ts";
import { sameHeadline } from "../text.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";
import { captionWithCredit } from "./feed-item.ts";
import { readStampLine } from "./header.ts";
import { isProse } from "../reader/mark.ts";

/** An element of the parsed document (domhandler's type, reached through htmlparser2's own API). */
type Element = Parameters<Parameters<typeof DomUtils.findOne>[0]>[0];
type Doc = ReturnType<typeof parseDocument>;

const PAGE = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>])/i;
/** `<meta>` names (property, name or itemprop) of the publication time, most specific first. */
const DATE_META = [
  "article:published_time",
  "og:article:published_time",
  "datePublished",
  "pubdate",
  "publish-date",
  "article.published",
  "dc.date.issued",
  "dcterms.issued",
];
/**
 * A navigation or breadcrumb line: three or more short items parted by `|`, or by `·`, `•`,
 * `>`, `›` with spaces around them (`뉴스 홈 | 연예 | 스포츠`, `홈 > 경제 > 산업`); never a
 * sentence, so `삼성·LG·SK` or a list in the text stays.
 */
const NAV_SEPARATOR = /\s*[|｜]\s*|\s+[·•ㆍ>›»]\s+/;
const NAV_ITEM_MAX = 12;

/** True when a block is a navigation line (see {@link NAV_SEPARATOR}). */
export function isNavLine(text: string): boolean {
  const items = text.split(NAV_SEPARATOR).map((s) => s.trim());
  return (
    items.length >= 3 &&
    items.every(
      (s) => s.length > 0 && s.length <= NAV_ITEM_MAX && !/(?:다|요)[.!?]?$|[.!?]$/.test(s),
    )
  );
}

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = DomUtils.findOne(
      (e) =>
        e.name === "meta" &&
        [e.attribs.property, e.attribs.name, e.attribs.itemprop].some(
          (v) => v?.toLowerCase() === key.toLowerCase(),
        ),
      doc.children,
      true,
    );
    const v = el?.attribs.content?.trim();
    if (v) return v;
  }
  return null;
}

/** `datePublished` anywhere in a JSON-LD value (a NewsArticle, an `@graph`, a list). */
function jsonLdDate(v: unknown): string | null {
  if (Array.isArray(v)) return v.map(jsonLdDate).find(Boolean) ?? null;
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (typeof o.datePublished === "string") return o.datePublished;
  return jsonLdDate(Object.values(o).filter((x) => x && typeof x === "object"));
}

/**
 * The publication date the page's markup states, Korea time: `<meta>` (Open Graph, schema.org,
 * Dublin Core), an element with `itemprop="datePublished"`, JSON-LD `datePublished`, then the
 * first `<time datetime>` (inside the article first). Null when none parses.
 */
function markupDate(doc: Doc, root: Element | null, words: PageWords): string | null {
  const all = (test: (e: Element) => boolean, under: Doc["children"] = doc.children) =>
    DomUtils.findAll(test, under);
  const candidates: (string | null | undefined)[] = [meta(doc, ...DATE_META)];
  for (const e of all((x) => x.attribs.itemprop === "datePublished"))
    candidates.push(e.attribs.content ?? e.attribs.datetime ?? DomUtils.textContent(e));
  for (const e of all((x) => x.name === "script" && /ld\+json/i.test(x.attribs.type ?? ""))) {
    try {
      candidates.push(jsonLdDate(JSON.parse(DomUtils.textContent(e))));
    } catch {
      // A broken JSON-LD block says nothing.
    }
  }
  const times = [
    ...(root ? all((x) => x.name === "time", root.children) : []),
    ...all((x) => x.name === "time"),
  ];
  for (const e of times) candidates.push(e.attribs.datetime ?? DomUtils.textContent(e));
  for (const c of candidates) {
    const d = c ? words.dates.parseDateLine(c.trim()) : null;
    if (d) return d;
  }
  return null;
}

/** A title without the site name a page appends (`제목 | 한겨레`, `제목 - 가나일보`). */
function withoutSiteName(
  title: string,
  siteName: string | null,
  isOutlet: (s: string) => boolean,
): string {
  const m = /^(.+?)\s+[|\-–—:·]\s+([^|\-–—:·]+)$/.exec(title);
  if (!m) return title;
  const tail = m[2].trim();
  return tail === siteName || isOutlet(tail) ? m[1].trim() : title;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The site's name a page's `<title>` ends with (`헤드라인 - 가나일보`, `헤드라인 | 가나일보`,
 * `헤드라인 :: 가나일보`), for a page without `og:site_name`; null when the title has no such part.
 */
function titleSiteName(find: (test: (e: Element) => boolean) => Element | null): string | null {
  const el = find((e) => e.name === "title");
  const m = el
    ? /\s(?:[|\-–—<]|::?)\s+([^|\-–—<:]{2,20})$/.exec(squash(DomUtils.textContent(el)))
    : null;
  return m ? m[1].trim() : null;
}
type Find = (test: (e: Element) => boolean) => Element | null;

/** The headline: og:title, else `<h1>`, else `<title>`, without the site name; and the `<h1>` text. */
function pageTitle(doc: Doc, find: Find, siteName: string | null, ctx: ParseContext) {
  const h1 = find((e) => e.name === "h1");
  const h1Text = h1 ? squash(DomUtils.textContent(h1)) : "";
  const titleEl = find((e) => e.name === "title");
  const rawTitle =
    meta(doc, "og:title", "twitter:title") ??
    (h1Text || (titleEl ? DomUtils.textContent(titleEl) : ""));
  const isOutlet = (s: string) => ctx.outlets.lookup(s) !== null;
  return { title: withoutSiteName(squash(rawTitle), siteName, isOutlet), h1Text };
}

/** Characters of article prose (sentences, not menus, stamps or headings) in blocks of a page. */
function proseChars(blocks: HtmlContent["blocks"], words: PageWords): number {
  return blocks.reduce((n, b) => n + (isProse(b.text, words) ? b.text.length : 0), 0);
}

/**
 * The article's element: of the elements that say they hold it — `itemprop="articleBody"`, then
 * an id/class naming the article body or view (`furniture.yaml` `html_body`), then `<article>`, each in page
 * order — the one with the most sentence text, the first in that order on a tie (and when none
 * holds a sentence); `<body>` when there is none. A page's header box is often named like its
 * body (`article-view-header`, `<article class="info-group">` for the byline) and comes first:
 * it holds the headline and deck, not the text, so the amount of prose decides, not the order.
 */
function articleRoot(doc: Doc, body: Element | null, ctx: ParseContext): ArticleRoot {
  const { words } = ctx;
  const rules = ctx.furniture.html;
  const all = (test: (e: Element) => boolean) => DomUtils.findAll(test, doc.children);
  const ranked = [
    ...all((e) => e.attribs.itemprop === "articleBody"),
    ...all((e) => anyMatch(rules.body, `${e.attribs.id ?? ""} ${e.attribs.class ?? ""}`)),
    ...all((e) => e.name === "article"),
  ];
  const read = new Map<Element, HtmlContent>();
  let best: Element | null = ranked[0] ?? null;
  let most = 0;
  for (const e of new Set(ranked)) {
    // No element holds more prose than text: a shorter one cannot win.
    if (DomUtils.textContent(e).length <= most) continue;
    const content = nodesToBlocks(e.children, rules);
    read.set(e, content);
    const n = proseChars(content.blocks, words);
    if (n > most) [best, most] = [e, n];
  }
  const root = best ?? body;
  return { root, content: (root && read.get(root)) || null };
}

/** The article's element and, when choosing it read it already, its content. */
interface ArticleRoot {
  root: Element | null;
  content: HtmlContent | null;
}

/** Longest deck, in characters. */
const SUBTITLE_MAX = 200;

/**
 * The deck a page prints in its own element under the headline (`<h4 class="news_subtitle">`,
 * `<p class="subtitle">`, `<h2 class="summary">`), one line per `<br>`; never one inside a box
 * of other stories (`<aside>`, `<nav>`, `<li>`), never the headline again.
 */
function pageSubtitle(find: Find, title: string, rules: HtmlClassRules): string | null {
  const el = find((e) => {
    const hint = `${e.attribs.id ?? ""} ${e.attribs.class ?? ""}`;
    const heading = /^h[2-6]$/.test(e.name);
    const named = anyMatch(rules.subtitle, hint) || (heading && anyMatch(rules.summary, hint));
    return named && !hasBoxAncestor(e);
  });
  if (!el) return null;
  // One line per `<br>` or block: `대상<br>내년` is two lines, never `대상내년`.
  const lines = nodesToBlocks(el.children, rules).blocks.map((b) => b.text);
  const text = lines.join("\n");
  return text && text.length <= SUBTITLE_MAX && !sameHeadline(lines.join(" "), title) ? text : null;
}

/** True when an element stands inside a box of other stories or a menu. */
function hasBoxAncestor(e: Element): boolean {
  for (let p = e.parent; p && "name" in p; p = p.parent)
    if (["aside", "nav", "li", "footer"].includes((p as Element).name)) return true;
  return false;
}

/**
 * The reporters' e-mails a page prints only in a byline line outside the article element
 * (`<div class="byline_end">홍길동 기자 x@y.kr</div>`), for reporters the page already named.
 */
function endMatterEmails(lines: string[], named: Reporter[], ctx: ParseContext): Reporter[] {
  const names = new Set(named.map((r) => r.name));
  return lines
    .filter((t) => ctx.words.bylines.isBylineLine(t))
    .flatMap((t) => ctx.words.bylines.cutTrailingByline(t).reporters)
    .filter((r) => r.email && names.has(r.name));
}

/**
 * The body's paragraphs: stamp lines give reporters, short bold lines, navigation lines and the
 * `<h1>` repeated at the top (when it differs from og:title) leave.
 */
function bodyParagraphs(
  content: HtmlContent,
  stamps: ReturnType<typeof readStampLine>[],
  h1Text: string,
): { paragraphs: string[]; reporters: Reporter[] } {
  const paragraphs: string[] = [];
  let reporters: Reporter[] = [];
  content.blocks.forEach((b, i) => {
    const stamp = stamps[i];
    if (stamp) return void (reporters = mergeReporters(reporters, stamp.reporters));
    if (b.bold && b.text.length <= 80) return;
    if (isNavLine(b.text)) return;
    if (!paragraphs.length && h1Text && sameHeadline(b.text, h1Text)) return;
    paragraphs.push(b.text);
  });
  return { paragraphs, reporters };
}

export const htmlPage: Layout = {
  id: "html-page",
  description: "a saved web page: Open Graph / meta tags for the header, <article> for the body",
  detect: (src: SourceText) => (PAGE.test(src.text) ? 0.95 : 0),
  parse(src: SourceText, ctx: ParseContext): Draft {
    const doc = parseDocument(src.text, { decodeEntities: true });
    const find: Find = (test) => DomUtils.findOne(test, doc.children, true);
    const siteName = meta(doc, "og:site_name", "application-name") ?? titleSiteName(find);
    const { title, h1Text } = pageTitle(doc, find, siteName, ctx);
    const body = find((e) => e.name === "body");
    const { root, content: rootContent } = articleRoot(doc, body, ctx);
    const rules = ctx.furniture.html;
    // The root's inner markup: its own class (`news_body ad_wrap`) must not make it furniture.
    const content =
      rootContent ?? (root ? nodesToBlocks(root.children, rules) : htmlToBlocks(src.text, rules));
    // The whole page, for what stands outside the article element: date lines, the footer.
    const page = root !== body && body ? nodesToBlocks(body.children, rules) : content;
    const rootStamps = content.blocks.map((b) => readStampLine(b.text, ctx.words));
    const read = bodyParagraphs(content, rootStamps, h1Text);
    const author = meta(doc, "author", "article:author", "dable:author", "byl");
    const isOutlet = (s: string) => ctx.outlets.lookup(s) !== null;
    let reporters = author ? ctx.words.bylines.parseAuthorLine(author, isOutlet) : [];
    // Date lines stamp the article; the first on the page dates it when the markup did not.
    let date = markupDate(doc, root, ctx.words);
    if (!date) {
      const first = (
        page === content ? rootStamps : page.blocks.map((b) => readStampLine(b.text, ctx.words))
      ).find(Boolean);
      if (first) {
        date = first.date;
        reporters = mergeReporters(reporters, first.reporters);
      }
    }
    reporters = mergeReporters(reporters, read.reporters);
    reporters = mergeReporters(reporters, endMatterEmails(page.endMatter, reporters, ctx));
    const subtitle = pageSubtitle(find, title, rules);
    // Footers and reporter boxes: the copyright notice (the article's own, else the page's), and
    // the article's byline lines for refine's byline rules.
    const isCopyright = (t: string) => classifyLine(t, ctx.boilerplate) === "copyright";
    const copyright =
      content.endMatter.find(isCopyright) ?? page.endMatter.find(isCopyright) ?? null;
    const paragraphs = [
      ...read.paragraphs,
      ...content.endMatter.filter((t) => t !== copyright && ctx.words.bylines.isBylineLine(t)),
    ];
    const url =
      meta(doc, "og:url") ??
      find((e) => e.name === "link" && e.attribs.rel === "canonical")?.attribs.href ??
      null;
    return {
      title,
      ...(subtitle ? { subtitle } : {}),
      outletHint: siteName,
      siteName,
      date,
      dateSource: date ? "text" : "none",
      reporters,
      paragraphs,
      captions: content.captions.map((c) => captionWithCredit(c, ctx.words)).filter((c) => c.text),
      findDecks: false,
      copyright,
      clues: [...(url ? [url] : []), ...new Set([...content.endMatter, ...page.endMatter])],
      warnings: date ? [] : [NO_DATE],
      undatedTold: !date,
      decoded: true,
      pageProse: proseChars(page.blocks, ctx.words),
    };
  },
};

const NO_DATE =
  "쪽에 발행 날짜가 없어(날짜 meta 태그, <time>, JSON-LD, 날짜 줄 모두 없음) 날짜를 비워 둡니다";
