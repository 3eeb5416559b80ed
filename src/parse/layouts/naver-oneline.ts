/**
 * Layout `naver-oneline` (corpus L1, lovit/naver_news_search_scraper): a Naver News scrape with
 * the article flattened to one line. Shape: headline (may be empty); a date line from the
 * scraper's `.index` (`2018-10-28 17:34`, `기사입력2018.01.01 오후 5:51`); a blank line; the body
 * on one line, paragraphs joined by two spaces, HTML entities (`&amp;`) left in.
 */
import { decodeEntities } from "../../decode/clean.ts";
import { splitRuns } from "../text.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";

/** The three header lines and the one body line, or null when the text has another shape. */
function shape(
  src: SourceText,
  ctx: ParseContext,
): { title: string; date: string; body: string } | null {
  const lines = src.text.replace(/\n+$/, "").split("\n");
  if (lines.length !== 4 || lines[2].trim() !== "" || !lines[3].trim()) return null;
  const date = ctx.words.dates.parseDateLine(lines[1]);
  return date ? { title: lines[0].trim(), date, body: lines[3] } : null;
}

export const naverOneline: Layout = {
  id: "naver-oneline",
  description:
    "Naver scrape: headline, date line, blank, body on one line (paragraphs joined by 2+ spaces)",
  detect: (src, ctx) => (shape(src, ctx) ? 0.9 : 0),
  parse(src, ctx): Draft {
    const s = shape(src, ctx)!;
    return {
      title: s.title,
      date: s.date,
      dateSource: "text",
      reporters: [],
      paragraphs: splitRuns(decodeEntities(s.body), ctx.words),
      captions: [],
      copyright: null,
      clues: [],
      warnings: [],
      decoded: true,
    };
  },
};
