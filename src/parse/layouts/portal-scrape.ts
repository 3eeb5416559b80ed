/**
 * Layout `portal-scrape` (corpus L4: Naver/portal and broadcast scrapes, one file per article):
 * the headline on the first line (or glued to the body when the scraper lost every line break:
 * `…첫 배출[KBS 부산]…`, `…대기발령【 앵커멘트 】…`), then the body on one or two lines,
 * paragraphs joined by runs of spaces or glued with none (`했습니다.제주`).
 */
import { nonEmptyLines, splitGlued, splitRuns } from "../text.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";

/** Where a headline glued to the body ends: before a bracket tag or a transcript marker. */
const GLUED_TITLE = /^(.{6,160}?)(?=\[[^\]]{1,15}\]|◀|【)/;
const SENTENCE_END = /[가-힣][.!?]["”’']?(?:\s|[가-힣])/g;

export const portalScrape: Layout = {
  id: "portal-scrape",
  description:
    "portal/broadcast scrape: headline line (or glued headline), body on a few long lines",
  detect(src: SourceText, ctx: ParseContext): number {
    const lines = nonEmptyLines(src.text);
    if (!lines.length || lines.length > 4) return 0;
    const body = lines.length === 1 ? lines[0] : lines.slice(1).join(" ");
    if (body.length < 200 || (lines.length > 1 && ctx.words.dates.parseDateLine(lines[1])))
      return 0;
    const sentences = (body.match(SENTENCE_END) ?? []).length;
    if (sentences < 3) return 0;
    if (lines.length === 1) return GLUED_TITLE.test(lines[0]) ? 0.5 : 0;
    return 0.5;
  },
  parse(src, ctx): Draft {
    const lines = nonEmptyLines(src.text);
    let title: string;
    let body: string[];
    if (lines.length === 1) {
      const m = GLUED_TITLE.exec(lines[0]);
      title = m ? m[1].trim() : "";
      body = [m ? lines[0].slice(m[1].length) : lines[0]];
    } else {
      title = lines[0];
      body = lines.slice(1);
    }
    const paragraphs = body
      .flatMap((l) => splitRuns(l, ctx.words))
      .flatMap((p) => splitGlued(p, ctx.words));
    return {
      title,
      date: null,
      dateSource: "none",
      reporters: [],
      paragraphs,
      captions: [],
      copyright: null,
      clues: [],
      warnings: [],
    };
  },
};
