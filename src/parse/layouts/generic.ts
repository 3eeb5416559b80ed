/**
 * Layout `generic`: a headline and an HTML fragment (the page layout hands it such text; it is
 * no longer in the registry: the page-copy reader is the fallback). Reads the header
 * (./header.ts: outlet line, headline, date and URL lines) and takes every other non-empty line
 * as a paragraph (a line holding runs of 2+ spaces is split at them; a body of HTML is read with
 * the HTML parser). The refine step still
 * removes boilerplate and bylines, so little is lost; the report warns that the layout was not
 * known.
 */
import { nonEmptyLines, splitRuns } from "../text.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";
import { htmlToBlocks, htmlToText, looksLikeHtml } from "../html.ts";
import { captionWithCredit } from "./feed-item.ts";
import { readHeader, readStampLine } from "./header.ts";

/** How many leading HTML blocks may be the header's date lines. */
const HEADER_BLOCKS = 3;

export const generic: Layout = {
  id: "generic",
  description: "fallback: [outlet line] headline, date/URL lines, then paragraphs",
  detect: () => 0.01,
  parse(src: SourceText, ctx: ParseContext): Draft {
    const h = readHeader(nonEmptyLines(src.text), ctx);
    // A body of HTML (a saved fragment): read with the HTML parser, never shown as tags.
    const html = looksLikeHtml(h.rest.join("\n"))
      ? htmlToBlocks(h.rest.join("\n"), ctx.furniture.html)
      : null;
    // A headline in tags (`<h1>…</h1>`) is its text; a date line in tags (`<p>입력 …</p>`) is the date.
    const title = /<[a-z][^>]*>/i.test(h.title) ? htmlToText(h.title).split("\n")[0] : h.title;
    let date = h.date;
    const reporters = [...h.reporters];
    for (let i = 0; html && i < HEADER_BLOCKS && html.blocks.length; i++) {
      const stamp = readStampLine(html.blocks[0].text, ctx.words);
      if (!stamp) break;
      date ??= stamp.date;
      reporters.push(...stamp.reporters);
      html.blocks.shift();
    }
    return {
      title,
      outletHint: h.outletHint,
      date,
      dateSource: date ? "text" : "none",
      reporters,
      paragraphs: html
        ? html.blocks.map((b) => b.text)
        : h.rest.flatMap((l) => splitRuns(l, ctx.words)),
      captions: html
        ? html.captions.map((c) => captionWithCredit(c, ctx.words)).filter((c) => c.text)
        : [],
      copyright: null,
      clues: h.clues,
      warnings: ["형식을 알아보지 못해 제목과 문단으로 읽었습니다"],
      decoded: html !== null,
    };
  },
};
