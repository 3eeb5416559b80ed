/**
 * Layout `wire-lines` (corpus L2, a Yonhap scrape; any file shaped like it): the headline on the
 * first line, optional deck lines, then one paragraph per line, the first opening with a wire
 * dateline `(베이징=연합뉴스) 김진방 특파원 =`. Deck lines before the dateline become `subtitle`.
 */
import { parseDateLine } from "../dates.ts";
import { nonEmptyLines } from "../text.ts";
import type { Draft, Layout, SourceText } from "../types.ts";

const DATELINE_START = /^\s*[(（【\[][^()（）【】\[\]=]{1,30}[=＝][^()（）【】\[\]]{1,20}[)）】\]]/;

function datelineIndex(lines: string[]): number {
  for (let i = 1; i < Math.min(lines.length, 6); i++) if (DATELINE_START.test(lines[i])) return i;
  return -1;
}

export const wireLines: Layout = {
  id: "wire-lines",
  description: "wire scrape: headline line, deck lines, paragraphs one per line opening with a dateline",
  detect(src: SourceText): number {
    const lines = nonEmptyLines(src.text);
    if (lines.length < 2 || lines[0].length > 200) return 0;
    return datelineIndex(lines) > 0 ? 0.6 : 0;
  },
  parse(src): Draft {
    const lines = nonEmptyLines(src.text);
    const at = datelineIndex(lines);
    const title = lines[0];
    let date: string | null = null;
    let decks = lines.slice(1, at);
    if (decks.length && (date = parseDateLine(decks[0]))) decks = decks.slice(1);
    return {
      title, subtitle: decks.length ? decks.join("\n") : undefined, date, dateSource: date ? "text" : "none",
      reporters: [], paragraphs: lines.slice(at), captions: [], copyright: null, clues: [], warnings: [],
    };
  },
};
