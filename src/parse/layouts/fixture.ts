/**
 * Layout `fixture` (corpus L7, flairNLP/fundus parser fixtures; any export laid out the same):
 * headline; authors joined by ", "; the publishing date (ISO 8601, with or without an offset);
 * a blank line; summary lines; section headlines and paragraphs separated by blank lines; one
 * line per image at the end, `caption / credit`.
 */
import type { Caption } from "../../core/article.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";
import { captionWithCredit } from "./feed-item.ts";

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
/** A line that ends a sentence (Korean or Latin), possibly inside closing quotes. */
const SENTENCE = /[.!?。…][\s"”’')\]]*$|다$/;
const isHeadline = (block: string[]) => block.every((l) => l.length <= 80 && !SENTENCE.test(l));

function blocksOf(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((b) => b.length);
}

export const fixture: Layout = {
  id: "fixture",
  description:
    "parser fixture: headline, authors, ISO date, blank, summary, sections, 'caption / credit' lines",
  detect(src: SourceText, ctx: ParseContext): number {
    const l = src.text.split("\n");
    return l.length > 4 &&
      l[0].trim() &&
      ISO_LIKE.test(l[2].trim()) &&
      ctx.words.dates.parseDateLine(l[2]) &&
      !l[3].trim()
      ? 0.8
      : 0;
  },
  parse(src: SourceText, ctx: ParseContext): Draft {
    const l = src.text.split("\n");
    const date = ctx.words.dates.parseDateLine(l[2]);
    const blocks = blocksOf(l.slice(4).join("\n"));
    // Trailing image lines: every line of the last block reads `caption / credit`.
    let captions: Caption[] = [];
    const last = blocks[blocks.length - 1];
    if (last && last.every((x) => x.includes(" / ")))
      captions = blocks.pop()!.map((c) => captionWithCredit(c, ctx.words));
    const summary: string[] = [];
    while (blocks.length > 1 && isHeadline(blocks[0])) summary.push(...blocks.shift()!);
    // Section headlines inside the body stay, as their own paragraphs: nothing the article says is
    // lost. A headline-shaped `caption / credit` line (an image line out of place) is not one.
    const paragraphs = blocks
      .filter((b) => !(isHeadline(b) && b.some((x) => x.includes(" / "))))
      .flatMap((b) => b);
    return {
      title: l[0].trim(),
      subtitle: summary.length ? summary.join("\n") : undefined,
      date,
      dateSource: date ? "text" : "none",
      reporters: ctx.words.bylines.parseAuthorLine(l[1], (s) => ctx.outlets.lookup(s) !== null),
      paragraphs,
      captions,
      copyright: null,
      clues: [],
      warnings: [],
    };
  },
};
