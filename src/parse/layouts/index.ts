/**
 * The layout registry. A new layout is a new module here plus one line in {@link LAYOUTS};
 * `detect` scores decide, `page` (the general page-copy reader) is the fallback.
 */
import type { Layout, ParseContext, SourceText } from "../types.ts";
import { daumScrape } from "./daum-scrape.ts";
import { email } from "./email.ts";
import { feedItem } from "./feed-item.ts";
import { fixture } from "./fixture.ts";
import { htmlPage } from "./html-page.ts";
import { naverOneline } from "./naver-oneline.ts";
import { page } from "./page.ts";
import { portalScrape } from "./portal-scrape.ts";
import { xmlFeed } from "./xml-feed.ts";

/** All layouts, most specific first; ties go to the earlier one. */
export const LAYOUTS: Layout[] = [
  xmlFeed,
  htmlPage,
  email,
  feedItem,
  naverOneline,
  daumScrape,
  fixture,
  portalScrape,
  page,
];

/** The layout that fits `src` best (never null: `page`, the page-copy reader, is the fallback). */
export function detectLayout(src: SourceText, ctx: ParseContext): Layout {
  let best = page;
  let bestScore = 0;
  for (const layout of LAYOUTS) {
    const score = layout.detect(src, ctx);
    if (score > bestScore) [best, bestScore] = [layout, score];
  }
  return bestScore >= 0.3 ? best : page;
}
