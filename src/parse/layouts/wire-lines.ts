/**
 * Layout `wire-lines` (corpus L2, a Yonhap scrape; any file shaped like it): the headline on the
 * first line, optional deck lines, then one paragraph per line, the first opening with a wire
 * dateline `(베이징=연합뉴스) 김진방 특파원 =`. Deck lines before the dateline become `subtitle`.
 */
import { nonEmptyLines } from "../text.ts";
import type { Draft, Layout, SourceText } from "../types.ts";
import { readHeader } from "./header.ts";

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
  parse(src, ctx): Draft {
    // The shared header reader takes outlet, URL and date lines around the headline
    // (`연합뉴스` / headline / `2024/03/05 15:45 송고`); what is left before the dateline is deck.
    const h = readHeader(nonEmptyLines(src.text), ctx);
    const at = datelineIndex(["", ...h.rest]) - 1;
    const decks = at > 0 ? h.rest.slice(0, at) : [];
    return {
      title: h.title, outletHint: h.outletHint, subtitle: decks.length ? decks.join("\n") : undefined, date: h.date,
      dateSource: h.date ? "text" : "none", reporters: h.reporters, paragraphs: at >= 0 ? h.rest.slice(at) : h.rest,
      captions: [], copyright: null, clues: h.clues, warnings: [],
    };
  },
};
