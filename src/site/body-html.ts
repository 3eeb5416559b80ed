/**
 * The HTML of an article body made of plain paragraphs, without markdown-it's parser: a body as
 * `bodyToMarkdown` (core/article.ts) writes most of them — one-line paragraphs between blank
 * lines, markup characters backslash-escaped — renders in CommonMark (markdown-it 15, `html:
 * false`, no linkify or typographer) as `<p>text</p>\n` per paragraph, the text unescaped and
 * HTML-escaped. Anything else — a list, a table's rows, a line markdown-it could read as a
 * block (heading, quote, list item, fence, rule…), an unescaped `*` `_` `~` `` ` `` `[` `]`, an
 * entity other than `&amp;`, a `<` that may open an autolink, a backslash before anything but
 * ASCII punctuation — is left to markdown-it (null), so the page is the same either way.
 *
 * Rules read from the CommonMark spec 0.31 (§2.4 backslash escapes, §4.8 paragraphs: leading
 * and trailing whitespace stripped; §6.2 entities; §6.5 autolinks) and markdown-it's own
 * inline rules (escape, entity, autolink; html_inline and html_block are off without `html`).
 */

/** ASCII punctuation a backslash escapes (CommonMark §2.4; markdown-it's `ESCAPED`). */
const ESCAPABLE = new Set("\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-");

/**
 * A paragraph's opening that a block rule may read: whitespace (indented code, or stripped),
 * heading, quote, list marker, thematic break, setext underline, fence, table row, link
 * reference, HTML block.
 */
const BLOCK_START = /^(?:[\s#>+*=_`~<[|-]|\d+[.)])/;

/** What needs a look in a paragraph's text: escapes, entities, `<`, and what opens markup or a line. */
const SPECIAL = /\\[^]?|&(?:amp;)?|<|[\n\r\0`~*_[\]]/g;

/** Entity-like text after `&` (CommonMark §6.2 named and numeric references). */
const ENTITY_LIKE = /^[#A-Za-z0-9]+;/;

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** markdown-it's `escapeHtml`: `& < > "`. */
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]);

/** A paragraph's text as markdown-it reads it (escapes and `&amp;` undone), or null when it may hold markup. */
function paragraphText(p: string): string | null {
  if (p === "" || BLOCK_START.test(p) || /\s$/.test(p)) return null;
  let plain = true;
  const text = p.replace(SPECIAL, (m, at: number) => {
    if (m[0] === "\\") {
      if (m.length === 2 && ESCAPABLE.has(m[1])) return m[1];
    } else if (m === "&amp;") return "&";
    else if (m === "&") {
      if (!ENTITY_LIKE.test(p.slice(at + 1, at + 40))) return m;
    } else if (m === "<") {
      // An autolink's text starts with an ASCII letter or an e-mail's first character.
      const next = p.charCodeAt(at + 1);
      if (Number.isNaN(next) || next > 0x7f || next === 0x20) return m;
    }
    plain = false;
    return m;
  });
  return plain ? text : null;
}

/**
 * The HTML markdown-it renders for `body` when it is plain paragraphs (see above), as one flat
 * string; null otherwise (the caller renders it with markdown-it).
 * @param body Markdown as read from an article file (ends with at most one line break)
 */
export function plainParagraphsHtml(body: string): string | null {
  const src = body.endsWith("\n") ? body.slice(0, -1) : body;
  if (src === "") return null;
  const out: string[] = [];
  for (const p of src.split("\n\n")) {
    const text = paragraphText(p);
    if (text === null) return null;
    out.push("<p>", escapeHtml(text), "</p>\n");
  }
  return out.join("");
}
