/**
 * The page-copy reader: reads the article inside any news page's text (a page copied or saved
 * from a browser or a portal) by the evidence every news page shares, as a chain of named rules
 * over one state. In order:
 *
 * 1. `furniture`  menus, skip links, toolbars, notices (`_data/furniture.yaml`), footers;
 * 2. `stamps`     date stamp lines (입력 / 승인 / 등록 / 수정 …), a label with its date on the next line;
 * 3. `bylines`    byline lines, URL lines, outlet lines;
 * 4. `summaries`  a portal's machine summary (its sentences are not the article);
 * 5. `captions`   photo captions, and a credit on its own line under one (`caption credits`);
 * 6. `body`       the first run of sentence text, or the paragraph a dateline opens;
 * 7. `headline`   the line above the stamp and byline lines, often printed twice;
 * 8. `end`        a box of other stories, a paywall or the site footer after the body;
 *    `list items` a list typed with `- ` bullets; `photo run` a photo story's captions after its text;
 * 9. `date`, `header`, `decks`  the fields of the header.
 *
 * Each rule is exported and can be run alone on a state ({@link createState}).
 */
import type { Draft, ParseContext, SourceText } from "../types.ts";
import { readDate, readDecks, readHeader, toDraft } from "./fields.ts";
import { findBody, findEnd, findHeadline } from "./locate.ts";
import {
  markBylines,
  markCaptionCredits,
  markCaptions,
  markFurniture,
  markStamps,
  markSummaries,
  pageLines,
  splitTitleBylines,
  unlabelTitles,
} from "./mark.ts";
import { markListItems } from "./lists.ts";
import { markPhotoRun } from "./photos.ts";
import { createState, type ReaderRule, type ReaderState } from "./state.ts";

/** The rules, in the order they run. */
export const READER_RULES: ReaderRule[] = [
  markFurniture,
  markStamps,
  markBylines,
  markSummaries,
  markCaptions,
  markCaptionCredits,
  findBody,
  findHeadline,
  findEnd,
  markListItems,
  markPhotoRun,
  readDate,
  readHeader,
  readDecks,
];

/** Runs every rule over the page's lines and returns the final state. */
export function readPageState(
  src: SourceText,
  ctx: ParseContext,
  rules: ReaderRule[] = READER_RULES,
): ReaderState {
  const lines = splitTitleBylines(
    unlabelTitles(pageLines(src.text, ctx.words, ctx.furniture), ctx),
    ctx,
  );
  const state = createState(src.file, lines, ctx);
  for (const rule of rules) rule.run(state);
  return state;
}

/** Reads a page copy into a draft for the refine step. */
export function readPage(src: SourceText, ctx: ParseContext): Draft {
  return toDraft(readPageState(src, ctx));
}
