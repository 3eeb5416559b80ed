/**
 * Layout `xml-feed`: a saved RSS or Atom file (RSS 2.0 https://www.rssboard.org/rss-specification,
 * RSS 1.0 `rdf:RDF`, Atom RFC 4287), read with htmlparser2's XML mode. A feed holds many articles
 * and a layout reads one: {@link feedEntries} cuts a feed into one document per item (the feed's
 * own head and tail around it) for the importer, and the layout reads the one item of such a
 * document — also a feed saved with a single item.
 *
 * Fields: `title`; the link (RSS `link`, Atom `link` rel=alternate) is an outlet clue; the date
 * is `pubDate` / `dc:date` (RSS) or `published`, else `updated` (Atom), read in Korea time unless
 * it carries an offset (src/parse/dates.ts) — never the channel's date; reporters from
 * `dc:creator`, RSS `author` (`mail (Name)`) or Atom `author`; the body from `content:encoded` or
 * Atom `content`, else `description` / `summary`, HTML read with the HTML reader (../html.ts).
 */
import { DomUtils, parseDocument } from "htmlparser2";
import type { Document, Element } from "domhandler";
import type { Reporter } from "../../core/article.ts";
import type { Bylines } from "../byline.ts";
import type { DateLines } from "../dates.ts";
import { htmlToBlocks, htmlToText, looksLikeHtml } from "../html.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";
import { captionWithCredit } from "./feed-item.ts";

/** A feed document: an optional prolog, comments or doctype, then an RSS, RSS 1.0 or Atom root. */
const FEED_START =
  /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[^]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b/i;
const isItem = (name: string) => name === "item" || name === "entry";

/** True when `text` is an RSS or Atom document. */
export const isFeed = (text: string) => FEED_START.test(text);

function parseXml(text: string, indices = false): Document {
  return parseDocument(text, {
    xmlMode: true,
    ...(indices ? { withStartIndices: true, withEndIndices: true } : {}),
  });
}

const items = (doc: Document): Element[] =>
  DomUtils.getElementsByTagName((n) => isItem(n.toLowerCase()), doc.children, true);

/** The first child element of `el` with one of these names (lower-case; RSS, Atom), in that order. */
function child(el: Element, names: string[]): Element | null {
  const kids = el.children.filter((c): c is Element => c.type === "tag");
  for (const n of names) {
    const hit = kids.find((k) => k.name.toLowerCase() === n);
    if (hit) return hit;
  }
  return null;
}

const textOf = (el: Element | null) => (el ? DomUtils.textContent(el).trim() : "");

/**
 * The outlet a feed's channel title names: its first part (`가나일보 : 경제`, `가나일보 - 전체기사`,
 * `가나일보 | 산업` → 가나일보), or the whole title when it has no parts; null for an empty one.
 */
function channelSite(title: string): string | null {
  const first = title.split(/\s+(?:[|\-–—:>]|::)\s+/)[0].trim();
  return first && first.length <= 30 ? first : null;
}

/** One item of a feed file: a stable key (from its id, link or title) and its own feed document. */
export interface FeedEntry {
  key: string;
  text: string;
}

/**
 * The items of a feed with two or more, each as a feed document of its own (the feed's text
 * before the first item and after the last around the item's text); [] for a feed with none;
 * null for any other text, and for a feed of one item (the layout reads it as it is).
 * `key` names the item stably across re-saves of the feed: its guid / id, else link, else title.
 */
export function feedEntries(text: string): FeedEntry[] | null {
  if (!isFeed(text)) return null;
  const found = items(parseXml(text, true));
  if (found.length === 1) return null;
  if (!found.length) return [];
  const head = text.slice(0, found[0].startIndex!);
  const tail = text.slice(found.at(-1)!.endIndex! + 1);
  return found.map((it) => ({
    key: textOf(child(it, ["guid", "id", "link"])) || itemLink(it) || textOf(child(it, ["title"])),
    text: head + text.slice(it.startIndex!, it.endIndex! + 1) + tail,
  }));
}

/** The item's web address: RSS `<link>` text, or the Atom `<link href>` for the page itself. */
function itemLink(it: Element): string {
  const links = it.children.filter((c): c is Element => c.type === "tag" && c.name === "link");
  const page = links.find((l) => !l.attribs.rel || l.attribs.rel === "alternate") ?? links[0];
  return (page?.attribs.href ?? textOf(page ?? null)).trim();
}

/** The item's reporters: `dc:creator`, RSS `author` (`mail@x (이름)`) or Atom `<author><name>`. */
function itemReporters(
  it: Element,
  isOutlet: (s: string) => boolean,
  bylines: Bylines,
): Reporter[] {
  const atom = child(it, ["author"]);
  if (atom && child(atom, ["name"])) {
    const email = textOf(child(atom, ["email"]));
    return bylines
      .parseAuthorLine(textOf(child(atom, ["name"])), isOutlet)
      .map((r) => (email ? { ...r, email } : r));
  }
  const line = textOf(child(it, ["dc:creator", "author"]));
  const mailName = /^(\S+@\S+)\s*\(([^)]+)\)$/.exec(line);
  if (mailName)
    return bylines
      .parseAuthorLine(mailName[2], isOutlet)
      .map((r) => ({ ...r, email: mailName[1] }));
  return bylines.parseAuthorLine(line, isOutlet);
}

/** The item's body as HTML or text: full content first, the summary only when there is none. */
function itemBody(it: Element): string {
  const el = child(it, ["content:encoded", "content", "description", "summary"]);
  if (!el) return "";
  // Atom `type="xhtml"` content is markup inside the feed, not escaped text.
  return el.attribs.type === "xhtml" ? DomUtils.getInnerHTML(el) : textOf(el);
}

/** The item's date: RSS `pubDate`, Dublin Core `dc:date`, Atom `published`, then `updated`. */
function itemDate(it: Element, dates: DateLines): string | null {
  for (const n of ["pubdate", "dc:date", "published", "updated"]) {
    const date = dates.parseDateLine(textOf(child(it, [n])));
    if (date) return date;
  }
  return null;
}

export const xmlFeed: Layout = {
  id: "xml-feed",
  description:
    "a saved RSS or Atom file: each item (title, link, date, author, content) an article",
  detect: (src: SourceText) => (isFeed(src.text) ? 0.99 : 0),
  parse(src: SourceText, ctx: ParseContext): Draft {
    const doc = parseXml(src.text);
    const it = items(doc)[0];
    const channel = DomUtils.findOne((e) => /^(channel|feed)$/.test(e.name), doc.children);
    const rawTitle = it ? textOf(child(it, ["title"])) : "";
    const body = it ? itemBody(it) : "";
    const content = looksLikeHtml(body) ? htmlToBlocks(body, ctx.furniture.html) : null;
    const paragraphs = content
      ? [...content.blocks.map((b) => b.text), ...content.endMatter]
      : body
          .split(/\n+/)
          .map((l) => l.trim())
          .filter(Boolean);
    const date = it ? itemDate(it, ctx.words.dates) : null;
    const isOutlet = (s: string) => ctx.outlets.lookup(s) !== null;
    return {
      title:
        looksLikeHtml(rawTitle) || /<\/?[a-z][^>]*>/i.test(rawTitle)
          ? htmlToText(rawTitle)
          : rawTitle,
      outletHint: null,
      siteName: channel ? channelSite(textOf(child(channel, ["title"]))) : null,
      date,
      dateSource: date ? "text" : "none",
      reporters: it ? itemReporters(it, isOutlet, ctx.words.bylines) : [],
      paragraphs,
      captions: (content?.captions ?? [])
        .map((c) => captionWithCredit(c, ctx.words))
        .filter((c) => c.text),
      copyright: null,
      findDecks: false,
      // The item's link, then the feed's own link and title (`한국경제 산업`): outlet clues.
      clues: [
        it ? itemLink(it) : "",
        channel ? itemLink(channel) : "",
        channel ? textOf(child(channel, ["title"])) : "",
      ].filter(Boolean),
      warnings: it ? [] : ["항목이 없는 피드"],
      decoded: true,
    };
  },
};
