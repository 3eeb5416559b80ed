/**
 * Layout `feed-item` (corpus L5 Chosun RSS and L6 lawtimes CMS; any RSS item saved as text):
 * the `title` (may span lines, may carry `<br>` and a deck after ` - `), the `dc:creator` line
 * (may be empty or name the outlet), the `pubDate` (RFC 822, RFC 2822 §3.3), the `link`, a blank
 * line, then the body as HTML (`content:encoded`), read with a real HTML parser (../html.ts);
 * the body's footer and copyright / reporter boxes come last, where refine reads footers and bylines.
 */
import type { Caption } from "../../core/article.ts";
import { decodeEntities } from "../../decode/clean.ts";
import { mergeReporters } from "../byline.ts";
import { parseCaption } from "../caption.ts";
import type { PageWords } from "../page-words.ts";
import { htmlToBlocks, htmlToText, looksLikeHtml } from "../html.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";

const RFC822 =
  /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC|Z)$/;
const URL_LINE = /^https?:\/\/\S+$/;

/** Index of the pubDate line (followed by the link line) in the first lines, or -1. */
function pubDateAt(lines: string[]): number {
  for (let i = 1; i < Math.min(lines.length - 1, 40); i++) {
    if (RFC822.test(lines[i].trim()) && URL_LINE.test(lines[i + 1].trim())) return i;
  }
  return -1;
}

/** Splits a feed title into headline and deck: `series : headline - deck line<br>deck line`. */
function splitTitle(raw: string): { title: string; subtitle?: string } {
  const text = looksLikeHtml(raw) ? htmlToText(raw.replace(/\n/g, "<br>")) : decodeEntities(raw);
  const lines = text.split("\n").map((l) => l.replace(/\s+/g, " ").trim());
  const first = lines.findIndex(Boolean);
  const head = lines[first] ?? "";
  const dash = head.indexOf(" - ");
  if (dash < 0) return { title: lines.filter(Boolean).join(" ") };
  const deck = [head.slice(dash + 3), ...lines.slice(first + 1)]
    .map((l) => l.trim())
    .filter(Boolean);
  return { title: head.slice(0, dash).trim(), subtitle: deck.length ? deck.join("\n") : undefined };
}

/** A caption with its credit: `… / 이건송 영상미디어 기자`, `[연합뉴스]`; `text` is "" for a bare credit. */
export function captionWithCredit(text: string, words: PageWords): Caption {
  const s = text.replace(/\s+/g, " ").trim();
  const slash = s.lastIndexOf(" / ");
  if (slash > 0)
    return { text: s.slice(0, slash).trim(), credit: s.slice(slash + 3).trim() || undefined };
  // A credit alone (`《사진=어도비스톡》`, `그래픽=송윤혜`) is no caption: its text is empty.
  const angle = /^《\s*(?:사진\s*[=:]\s*)?([^《》]+?)\s*》$/.exec(s) ?? words.creditAlone.exec(s);
  if (angle) return { text: "", credit: angle[1] };
  return parseCaption(s, words);
}

export const feedItem: Layout = {
  id: "feed-item",
  description: "RSS item: title, creator, RFC 822 pubDate, link, blank line, HTML body",
  detect: (src: SourceText) => (pubDateAt(src.text.split("\n")) > 0 ? 0.95 : 0),
  parse(src: SourceText, ctx: ParseContext): Draft {
    const lines = src.text.split("\n");
    const at = pubDateAt(lines);
    const creator = at >= 2 ? lines[at - 1].trim() : "";
    const { title, subtitle } = splitTitle(lines.slice(0, Math.max(1, at - 1)).join("\n"));
    const { bylines: read, dates } = ctx.words;
    const date = dates.parseDateLine(lines[at]);
    const link = lines[at + 1].trim();
    const html = lines.slice(at + 2).join("\n");
    const isOutlet = (s: string) => ctx.outlets.lookup(s) !== null;
    const content = htmlToBlocks(html, ctx.furniture.html);
    const paragraphs: string[] = [];
    const reporters = read.parseAuthorLine(creator, isOutlet);
    const bylines: string[] = [];
    // Short bold blocks after the last plain one are the sign-off (`박수연 기자 x@y.kr`,
    // `천경훈 교수(서울대 로스쿨)`): bylines go to the end where the byline rules read them, the rest
    // is an author's signature, not article text. Bold blocks before that are intertitles: kept,
    // as their own paragraphs, so nothing the article says is lost.
    let lastPlain = -1;
    content.blocks.forEach((b, i) => {
      if (!(b.bold && b.text.length <= 80)) lastPlain = i;
    });
    let signed = reporters;
    content.blocks.forEach((b, i) => {
      if (i > lastPlain) {
        if (read.isBylineLine(b.text)) bylines.push(b.text);
        // A signature with a role (`천경훈 교수(서울대 로스쿨)`) still says who wrote it and as what.
        else signed = mergeReporters(signed, read.signatureReporters(b.text, isOutlet));
        return;
      }
      if (b.bold && b.text.length <= 80 && read.isBylineLine(b.text)) bylines.push(b.text);
      else paragraphs.push(b.text);
    });
    const captions = content.captions
      .map((c) => captionWithCredit(c, ctx.words))
      .filter((c) => c.text);
    return {
      title,
      subtitle,
      date,
      dateSource: date ? "text" : "none",
      reporters: signed,
      paragraphs: [...paragraphs, ...bylines, ...content.endMatter],
      captions,
      findDecks: false,
      copyright: null,
      clues: [link, ...(isOutlet(creator) ? [creator] : [])],
      warnings: [],
      decoded: true,
    };
  },
};
