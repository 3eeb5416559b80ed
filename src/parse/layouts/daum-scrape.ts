/**
 * Layout `daum-scrape` (corpus L3, Daum News saved on Windows in CP949): blank lines, headline,
 * outlet line, the `news.v.daum.net` URL, then the body — often with Daum's AI summary ("요약봇")
 * in front, ending at `Translated by kakao i` (a `summaries` pattern in boilerplate.yaml), and
 * paragraphs glued with no space (`했다.다음`). A bare saved body (summary, marker, paragraphs
 * one per line) fits too; it has no headline.
 */
import { dropSummary } from "../boilerplate.ts";
import { nonEmptyLines, splitGlued, splitRuns } from "../text.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";

const DAUM_URL = /^https?:\/\/(?:news\.)?v\.daum\.net\/\S+$|^https?:\/\/news\.daum\.net\/\S+$/;

export const daumScrape: Layout = {
  id: "daum-scrape",
  description:
    "Daum scrape: headline, outlet line, daum.net URL, AI summary + 'Translated by kakao i', glued body",
  detect(src: SourceText, ctx: ParseContext): number {
    const lines = nonEmptyLines(src.text);
    if (lines.slice(0, 8).some((l) => DAUM_URL.test(l))) return 0.9;
    return dropSummary(src.text, ctx.boilerplate).dropped ? 0.8 : 0;
  },
  parse(src, ctx): Draft {
    const lines = src.text.split("\n").map((l) => l.trim());
    const urlAt = lines.findIndex((l, i) => i < 20 && DAUM_URL.test(l));
    const head = urlAt >= 0 ? lines.slice(0, urlAt).filter(Boolean) : [];
    const bodyText = urlAt >= 0 ? lines.slice(urlAt + 1).join("\n") : src.text;
    const warnings: string[] = [];
    const { text } = dropSummary(bodyText, ctx.boilerplate);
    const paragraphs = nonEmptyLines(text)
      .flatMap((l) => splitRuns(l, ctx.words))
      .flatMap((p) => splitGlued(p, ctx.words));
    return {
      title: head[0] ?? "",
      outletHint: head[1] ?? null,
      date: null,
      dateSource: "none",
      reporters: [],
      paragraphs,
      captions: [],
      copyright: null,
      clues: urlAt >= 0 ? [lines[urlAt]] : [],
      warnings,
    };
  },
};
