/**
 * The page-copy reader's state: the page's lines, each with the kind a rule gave it, and the
 * fields found so far. Rules (./rules.ts) run in order over one state, like markdown-it's core
 * rule chain (https://github.com/markdown-it/markdown-it/blob/master/lib/parser_core.mjs).
 */
import type { Caption, Reporter } from "../../core/article.ts";
import type { ParseContext } from "../types.ts";

/**
 * What a line of the page is. `text` may be article text; the others are not body text except
 * `byline` and `copyright`, which the body keeps for the refine step to read. `photo` is a photo
 * block's caption after the text (read as a caption, never as body).
 */
export type LineKind =
  | "text"
  | "furniture"
  | "summary"
  | "end"
  | "stamp"
  | "label"
  | "byline"
  | "outlet"
  | "url"
  | "copyright"
  | "caption"
  | "photo";

/** A date found on a stamp line. */
export interface Stamp {
  /** ISO 8601 in Korea time, or the day alone (`2024-03-05`) when the stamp prints no time. */
  date: string;
  /** `publication` for 입력/승인/등록/송고/… labels, `modified` for 수정/업데이트, `none` unlabelled. */
  label: "publication" | "modified" | "none";
  /** True when the stamp printed a time of day (`08:30`), false for a bare day. */
  timed: boolean;
  /** Reporters the stamp line names (`홍길동 기자(x@y.kr) 2024. 1. 11. 16:15`). */
  reporters: Reporter[];
}

/** One non-empty line of the page, trimmed. */
export interface PageLine {
  text: string;
  kind: LineKind;
  /** Set on `stamp` lines. */
  stamp?: Stamp;
  /** True when a blank line came before it in the copy. */
  gap?: boolean;
  /** A list bullet opened the line (`• 항목`). */
  bullet?: boolean;
  /** Set on a `caption` line whose credit stood on the line under it (`ⓒ 홍길동`): that credit. */
  credit?: string;
}

/** Everything the rules read and write. Indexes are into `lines`; -1 when not found. */
export interface ReaderState {
  file: string;
  ctx: ParseContext;
  lines: PageLine[];
  /** First line of the article body. */
  body: number;
  /** Line after the body's last (a box of other stories, a footer), or `lines.length`. */
  end: number;
  /** The headline's line. */
  title: number;
  /** The headline of a second article pasted after this one's sign-off, or -1. */
  next: number;
  date: string | null;
  reporters: Reporter[];
  outletHint: string | null;
  clues: string[];
  decks: string[];
  captions: Caption[];
  warnings: string[];
}

/** A named step of the reader. */
export interface ReaderRule {
  name: string;
  run(state: ReaderState): void;
}

/** A fresh state over `lines` (all `text`, but the items of a menu row: `furniture`). */
export function createState(
  file: string,
  lines: { text: string; gap?: boolean; menu?: boolean; bullet?: boolean }[],
  ctx: ParseContext,
): ReaderState {
  return {
    file,
    ctx,
    lines: lines.map(({ text, gap, menu, bullet }) => ({
      text,
      kind: menu ? "furniture" : "text",
      gap,
      ...(bullet ? { bullet } : {}),
    })),
    body: -1,
    end: lines.length,
    title: -1,
    next: -1,
    date: null,
    reporters: [],
    outletHint: null,
    clues: [],
    decks: [],
    captions: [],
    warnings: [],
  };
}
