/**
 * Layout `generic`: the fallback for text that fits no known layout. The first non-empty line is
 * the headline, a date line right after it is the date, every other non-empty line a paragraph.
 * The refine step still removes boilerplate and bylines, so little is lost; the report warns.
 */
import { parseDateLine } from "../dates.ts";
import type { Draft, Layout } from "../types.ts";

export const generic: Layout = {
  id: "generic",
  description: "fallback: first line headline, then paragraphs",
  detect: () => 0.01,
  parse(src): Draft {
    const lines = src.text.split("\n").map((l) => l.trim()).filter(Boolean);
    const title = lines.shift() ?? "";
    let date: string | null = null;
    if (lines.length && (date = parseDateLine(lines[0]))) lines.shift();
    return {
      title, date, dateSource: date ? "text" : "none", reporters: [], paragraphs: lines, captions: [],
      copyright: null, clues: [], warnings: ["layout not recognised: read as headline + paragraphs"],
    };
  },
};
