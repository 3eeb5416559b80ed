/**
 * The bulleted lists of the text written with a typed bullet (`- 항목`, `* 항목`, `· 항목`), as
 * pages and editors print a list in plain text. The page's own bullet character (`• 항목`) is read
 * when the lines are split (mark.ts `pageLines`); a typed one is a list only where two or more
 * such lines follow each other, since one line opened by a dash is text (a quote's attribution, a
 * dash-led aside).
 */
import type { ReaderRule } from "./state.ts";

/** A typed bullet opening a line: a hyphen, an asterisk or a middle dot, then a space. */
const TYPED_BULLET = /^[-*·]\s+(?=\S)/;
/** Fewest consecutive lines that make a typed list. */
const LIST_RUN = 2;

/**
 * Runs of {@link LIST_RUN}+ consecutive text lines of the body each opened by one and the same
 * typed bullet become list items (`bullet`, the bullet taken off), which the body keeps as one
 * list (reader/fields.ts, refine's table rows step, the article's Markdown list).
 */
export const markListItems: ReaderRule = {
  name: "list items",
  run(s) {
    if (s.body < 0) return;
    let i = s.body;
    while (i < s.end) {
      const mark = bulletOf(s.lines[i].kind === "text" ? s.lines[i].text : "");
      let j = i + 1;
      while (mark && j < s.end && s.lines[j].kind === "text" && bulletOf(s.lines[j].text) === mark)
        j++;
      if (mark && j - i >= LIST_RUN)
        for (const l of s.lines.slice(i, j)) {
          l.text = l.text.replace(TYPED_BULLET, "");
          l.bullet = true;
        }
      i = j;
    }
  },
};

/** The typed bullet opening `t` (`-`, `*`, `·`), or "" when none does. */
const bulletOf = (t: string): string => (TYPED_BULLET.test(t) ? t[0] : "");
