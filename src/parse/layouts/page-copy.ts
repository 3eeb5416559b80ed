/**
 * Layout `page-copy`: a news page selected and copied from a browser, as in the reference
 * article. Shape: outlet name line; headline; optional date and URL lines (./header.ts);
 * share-button line; paragraphs; glued byline; the headline repeated above a photo caption;
 * copyright footer.
 */
import type { Caption } from "../../core/article.ts";
import { classifyLine, copyrightText } from "../boilerplate.ts";
import { parseCaption } from "../caption.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";
import { readHeader } from "./header.ts";
import { splitRuns } from "../text.ts";

const nonEmpty = (lines: string[]) => lines.map((l) => l.trim()).filter(Boolean);

export const pageCopy: Layout = {
  id: "page-copy",
  description: "browser page copy: outlet line, headline, share buttons, body, caption, footer",
  detect(src: SourceText, ctx: ParseContext): number {
    const lines = nonEmpty(src.text.split("\n"));
    if (lines.length < 3) return 0;
    // The outlet line opens every page copy; without it the shape is someone else's.
    if (!ctx.outlets.lookup(lines[0])) return 0;
    let score = 0.5;
    if (lines.some((l) => classifyLine(l, ctx.boilerplate) === "furniture")) score += 0.2;
    if (lines.slice(2).includes(lines[1])) score += 0.2;
    if (lines.some((l) => classifyLine(l, ctx.boilerplate) === "copyright")) score += 0.1;
    return score;
  },
  parse(src: SourceText, ctx: ParseContext): Draft {
    const h = readHeader(nonEmpty(src.text.split("\n")), ctx);
    const { title, outletHint, date } = h;
    const warnings: string[] = [];
    const rest = h.rest;

    // The headline repeated after the body opens the photo-caption block (page copies print
    // the headline again as the image's alt text).
    const repeat = rest.lastIndexOf(title);
    const bodyLines = repeat >= 0 ? rest.slice(0, repeat) : rest;
    const tailLines = repeat >= 0 ? rest.slice(repeat + 1) : [];
    const captions: Caption[] = [];
    let copyright: string | null = null;
    const paragraphs: string[] = [];
    for (const line of bodyLines) if (line) paragraphs.push(...splitRuns(line));
    for (const line of tailLines) {
      if (!line) continue;
      const cls = classifyLine(line, ctx.boilerplate);
      if (cls === "copyright") copyright ??= copyrightText(line);
      else if (cls === null) captions.push(parseCaption(line));
    }
    return { title, outletHint, date, dateSource: date ? "text" : "none", reporters: h.reporters, paragraphs, captions, copyright, clues: h.clues, warnings };
  },
};
