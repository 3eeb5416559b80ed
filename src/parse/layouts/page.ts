/**
 * Layout `page`: the text of a news web page copied or saved from a browser or a portal, with the
 * page's furniture around the article — read by the general page-copy reader (../reader/), which
 * finds the article by the evidence all news pages share. It is also the fallback for text that
 * fits no other layout (a bare headline and paragraphs is a page with no furniture).
 */
import { looksLikeHtml } from "../html.ts";
import { readPage } from "../reader/index.ts";
import type { Layout } from "../types.ts";
import { generic } from "./generic.ts";

/** Fewest tags that make a page's text an HTML fragment (a stray `<br>` in a deck does not). */
const MIN_TAGS = 3;

export const page: Layout = {
  id: "page",
  description:
    "news page copy (browser, portal, AMP, print view): article found among the page's furniture",
  detect: () => 0.2,
  parse(src, ctx) {
    // A saved fragment whose body is HTML: the HTML reader of the generic layout.
    const rest = src.text.split("\n").slice(1).join("\n");
    if (looksLikeHtml(rest) && (rest.match(/<\/?[a-z][^>]*>/gi)?.length ?? 0) >= MIN_TAGS)
      return generic.parse(src, ctx);
    return readPage(src, ctx);
  },
};
