/**
 * HTML bodies (RSS `content:encoded`, CMS exports) to text blocks, with a real HTML parser
 * (htmlparser2, which decodes character references as the WHATWG HTML spec does).
 *
 * Rules: `<p>`, `<div>`, `<li>`, headings, `<figure>`, `<table>` rows and every `<br>` end a
 * block; `<style>`, `<script>`, `<iframe>`, `<noscript>`, `<svg>` and `<img>` are dropped;
 * `<nav>`, `<aside>` (page furniture) too; `<figcaption>` and any element whose class names a caption (`cheditor-caption`, `caption`)
 * become captions; a block whose text is all inside `<b>`/`<strong>` (or an element styled
 * `font-weight: bold`) is marked `bold`
 * (intertitles and sign-offs in CMS bodies).
 */
import { Parser } from "htmlparser2";

/** A block of text from an HTML body. `bold` when every character was inside `<b>`/`<strong>`. */
export interface HtmlBlock {
  text: string;
  bold: boolean;
}

/** The readable content of an HTML fragment. */
export interface HtmlContent {
  blocks: HtmlBlock[];
  /** Caption texts in document order (credit not yet split off). */
  captions: string[];
}

const BLOCK = new Set(["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "table", "tr", "td", "th", "blockquote", "section", "article", "header", "footer", "hr", "br"]);
const DROP = new Set(["style", "script", "iframe", "noscript", "svg", "img", "video", "audio", "object", "embed", "button", "form", "select", "nav", "aside", "template"]);
const SPACE = /[\s\u00A0\u200B]+/g;

/** True when a string looks like HTML markup rather than plain text (a known tag is present). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|br|div|figure|img|b|strong|span|a|iframe|style|figcaption)\b[^>]*\/?>/i.test(text);
}

/**
 * Converts an HTML fragment to blocks and captions. Never throws: malformed markup is read
 * as the parser recovers it.
 */
export function htmlToBlocks(html: string): HtmlContent {
  const blocks: HtmlBlock[] = [];
  const captions: string[] = [];
  let text = "";
  let boldChars = 0;
  let drop = 0;
  let bold = 0;
  let caption = 0;
  let capText = "";
  const stack: { name: string; caption: boolean; drop: boolean; bold: boolean }[] = [];

  const flush = () => {
    const t = text.replace(SPACE, " ").trim();
    if (t) blocks.push({ text: t, bold: boldChars > 0 && boldChars >= text.replace(SPACE, "").length });
    text = "";
    boldChars = 0;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const isCaption = name === "figcaption" || /caption/i.test(attrs.class ?? "");
        const isDrop = DROP.has(name);
        const isBold = name === "b" || name === "strong" || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(attrs.style ?? "");
        if (!isCaption && !isDrop && BLOCK.has(name) && !caption) flush();
        if (isCaption) {
          if (!caption) capText = "";
          caption++;
        }
        if (isDrop) drop++;
        if (isBold) bold++;
        stack.push({ name, caption: isCaption, drop: isDrop, bold: isBold });
      },
      ontext(t) {
        if (drop) return;
        if (caption) capText += t;
        else {
          text += t;
          if (bold) boldChars += t.replace(SPACE, "").length;
        }
      },
      onclosetag(name) {
        // Close the innermost open element of this name (void elements close at once).
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i].name !== name) continue;
          const [el] = stack.splice(i, 1);
          if (el.drop) drop--;
          if (el.bold) bold--;
          if (el.caption) {
            caption--;
            if (!caption) {
              const c = capText.replace(SPACE, " ").trim();
              if (c) captions.push(c);
              capText = "";
            }
          }
          break;
        }
        if (BLOCK.has(name) && !caption) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks, captions };
}

/** Plain text of an HTML fragment: blocks joined by `\n` (for titles with `<br>` decks). */
export function htmlToText(html: string): string {
  return htmlToBlocks(html).blocks.map((b) => b.text).join("\n");
}
