/**
 * HTML bodies (RSS `content:encoded`, CMS exports) to text blocks, with a real HTML parser
 * (htmlparser2, which decodes character references as the WHATWG HTML spec does).
 *
 * Rules: `<p>`, `<div>`, `<li>`, headings, `<figure>`, `<table>` rows and every `<br>` end a
 * block; `<style>`, `<script>`, `<iframe>`, `<noscript>`, `<svg>`, `<img>`, `<form>`, `<button>`
 * are dropped; `<nav>`, `<aside>` and any element whose class or id names page furniture
 * ({@link furnitureKind}: related-article, ad, share, ranking boxes …, by the class words of
 * `_data/furniture.yaml` `html_drop`, `html_end`, `html_credit`) too, with all they hold;
 * `<footer>` and copyright / reporter boxes leave the body but are kept apart as `endMatter`, one
 * line per element (the layout reads the copyright notice and bylines from them); `<figcaption>` and any element
 * whose class names a caption (`cheditor-caption`, `caption`) become captions, and a photo
 * credit element (class `credit`) inside a `<figure>` joins that figure's caption (` / credit`),
 * elsewhere it goes; a block whose text is all inside `<b>`/`<strong>` (or an element styled
 * `font-weight: bold`) is marked `bold` (intertitles and sign-offs in CMS bodies). A photo box
 * without a `<figcaption>` — an element that opens with an `<img>` and holds one short line of
 * text after it (`<span class="end_photo_org"><img><em>설명</em></span>`, `<div><img><p>설명</p></div>`,
 * a photo table) — is a figure too: its line is a caption, not article text (the way pages
 * print a photo's description under it, whatever the CMS names the box).
 */
import { DomUtils, ElementType, Parser } from "htmlparser2";
import { loadFurniture, type HtmlClassRules } from "./reader/furniture.ts";

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
  /**
   * Text blocks of `<footer>` elements and copyright / reporter / byline boxes, in document
   * order: not article text, but where a page prints its copyright notice and reporters.
   */
  endMatter: string[];
}

/** What an element is to the body, by its tag or the words of its class and id. */
export type FurnitureKind = "drop" | "end" | "credit";

/** The lower-cased words of a class/id value, plus each neighbouring pair joined. */
function classWords(value: string): string[] {
  const words = value
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return [...words, ...words.slice(1).map((w, i) => words[i] + w)];
}

/**
 * The furniture kind of an element: `drop` (never article text: related articles, ads, share
 * bars, `<nav>`, `<aside>`), `end` (`<footer>`, copyright and reporter boxes: kept apart for the
 * copyright notice and bylines), `credit` (a photo credit), or null for everything else. The
 * class/id words of each kind are `furniture.yaml`'s `html_drop`, `html_end`, `html_credit`,
 * matched against each word of the class and id split at `-`, `_`, spaces and camelCase humps,
 * and against two neighbouring words joined (`most-read` → `mostread`).
 */
export function furnitureKind(
  name: string,
  attrs: Record<string, string>,
  rules: HtmlClassRules = shippedClasses(),
): FurnitureKind | null {
  if (name === "footer") return "end";
  const words = classWords(`${attrs.class ?? ""} ${attrs.id ?? ""}`);
  if (words.some((w) => rules.drop.test(w))) return "drop";
  if (words.some((w) => rules.end.test(w))) return "end";
  if (words.some((w) => rules.credit.test(w))) return "credit";
  return null;
}

let shipped: HtmlClassRules | null = null;
/**
 * The `html_*` rules of the shipped `_data/furniture.yaml`, loaded once: for callers that have
 * no parse context (a feed title's markup); the layouts pass their context's, which holds the
 * archive's own additions.
 */
export function shippedClasses(): HtmlClassRules {
  shipped ??= loadFurniture().html;
  return shipped;
}

const BLOCK = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "figure",
  "table",
  "tr",
  "td",
  "th",
  "blockquote",
  "section",
  "article",
  "header",
  "footer",
  "hr",
  "br",
]);
const DROP = new Set([
  "style",
  "script",
  "iframe",
  "noscript",
  "svg",
  "img",
  "video",
  "audio",
  "object",
  "embed",
  "button",
  "form",
  "select",
  "nav",
  "aside",
  "template",
  "title",
]);
const SPACE = /[\s\u00A0\u200B]+/g;

/** True when a string looks like HTML markup rather than plain text: a block-level tag, or several inline tags in text without blank-line paragraphs. */
export function looksLikeHtml(text: string): boolean {
  // A block-level tag says HTML. Inline tags alone (<b>, <a>) say HTML only when there are
  // several and the text has no paragraphs of its own (blank lines): a plain-text article that
  // mentions `<b>` once keeps its paragraphs and shows the tag as written.
  if (
    /<(?:p|br|div|figure|img|iframe|style|figcaption|h[1-6]|ul|ol|li|table|blockquote|section|article)\b[^>]*\/?>/i.test(
      text,
    )
  )
    return true;
  const inline = text.match(/<(?:b|strong|span|a|em|i)\b[^>]*>/gi)?.length ?? 0;
  return inline >= 3 && !/\n\s*\n/.test(text.trim());
}

/** An open element and what it counts towards. */
interface OpenElement {
  name: string;
  /** Blocks and pending text when it opened, and whether an `<img>` came before any text of its own. */
  blocksAt: number;
  textAt: number;
  photoFirst: boolean;
  /** An `<img>` opened inside it. */
  img: boolean;
  caption: boolean;
  drop: boolean;
  bold: boolean;
  end: boolean;
  credit: boolean;
}

/** The state of one walk over a fragment: the output so far and the open elements' counters. */
interface HtmlWalk {
  /** The class/id words that say what an element is. */
  rules: HtmlClassRules;
  blocks: HtmlBlock[];
  captions: string[];
  endMatter: string[];
  text: string;
  boldChars: number;
  /** Open elements of each kind (nested ones count too). */
  drop: number;
  bold: number;
  caption: number;
  end: number;
  credit: number;
  capText: string;
  endText: string;
  creditText: string;
  /** Open `<figure>`s: the index of their first caption, and credits found outside a caption. */
  figures: { firstCaption: number; credits: string[] }[];
  /** Photo boxes' lines taken for captions: where the block stood, and the caption's index. */
  photoLines: { at: number; caption: number; text: string }[];
  stack: OpenElement[];
}

const newWalk = (rules: HtmlClassRules): HtmlWalk => ({
  rules,
  blocks: [],
  captions: [],
  endMatter: [],
  text: "",
  boldChars: 0,
  drop: 0,
  bold: 0,
  caption: 0,
  end: 0,
  credit: 0,
  capText: "",
  endText: "",
  creditText: "",
  figures: [],
  photoLines: [],
  stack: [],
});

/** Inside an end box every element is a line of its own (`<strong>홍길동 기자</strong><span>e-mail</span>`). */
function flushEnd(w: HtmlWalk): void {
  const e = w.endText.replace(SPACE, " ").trim();
  if (e) w.endMatter.push(e);
  w.endText = "";
}

/** Ends the current block (bold when all its letters were). */
function flush(w: HtmlWalk): void {
  const t = w.text.replace(SPACE, " ").trim();
  if (t)
    w.blocks.push({
      text: t,
      bold: w.boldChars > 0 && w.boldChars >= w.text.replace(SPACE, "").length,
    });
  w.text = "";
  w.boldChars = 0;
  flushEnd(w);
}

/** What an opening tag starts: a caption, a credit, dropped furniture, an end box, bold text. */
function openTag(w: HtmlWalk, name: string, attrs: Record<string, string>): void {
  if (w.end) flushEnd(w);
  const kind = w.drop ? null : furnitureKind(name, attrs, w.rules);
  // A credit inside a caption is the caption's (split off later); elsewhere it is set apart.
  const credit = kind === "credit" && !w.caption && !w.credit;
  const caption = !credit && (name === "figcaption" || /caption/i.test(attrs.class ?? ""));
  const drop = DROP.has(name) || kind === "drop";
  const el: OpenElement = {
    name,
    blocksAt: w.blocks.length,
    textAt: w.text.length,
    photoFirst: false,
    img: false,
    caption,
    drop,
    end: kind === "end" && !drop,
    credit,
    bold:
      name === "b" ||
      name === "strong" ||
      /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(attrs.style ?? ""),
  };
  if (!caption && !drop && BLOCK.has(name) && !w.caption) flush(w);
  if (caption && !w.caption) w.capText = "";
  if (credit && !w.credit) w.creditText = "";
  if (name === "figure") w.figures.push({ firstCaption: w.captions.length, credits: [] });
  if (name === "img" && !w.drop) seeImage(w);
  w.caption += +el.caption;
  w.credit += +el.credit;
  w.drop += +el.drop;
  w.end += +el.end;
  w.bold += +el.bold;
  w.stack.push(el);
}

/**
 * An image marks every open element it stands in; one with no text of its own before it opens
 * with the photo (a photo box, if one short line follows: {@link photoBoxCaption}).
 */
function seeImage(w: HtmlWalk): void {
  for (const el of w.stack) {
    if (el.img) continue;
    el.img = true;
    el.photoFirst = w.blocks.length === el.blocksAt && !w.text.slice(el.textAt).replace(SPACE, "");
  }
}

/** Longest line a photo box's description may be, in characters (longer is article text). */
const PHOTO_LINE_MAX = 300;
/** Elements that hold an article's sections, never one photo's box. */
const SECTIONING = new Set(["article", "section", "main", "body", "html", "p"]);

/**
 * A photo box closing: when it opened with its image and holds one short line after it, the
 * line leaves the block being read (or the one block it made) and becomes a caption. A line with
 * an e-mail address is a reporter's box (photo and byline), never a caption.
 */
function photoBoxCaption(w: HtmlWalk, el: OpenElement): void {
  if (!el.photoFirst || SECTIONING.has(el.name) || w.caption || w.drop || w.end) return;
  const made = w.blocks.length - el.blocksAt;
  const pending = w.text.slice(el.textAt).replace(SPACE, " ").trim();
  if (made > 1 || (made === 1 && pending)) return;
  const line = made ? w.blocks[el.blocksAt].text : pending;
  if (!line || line.length > PHOTO_LINE_MAX || line.includes("@") || !/\s/.test(line)) return;
  if (made) w.blocks.pop();
  else {
    w.text = w.text.slice(0, el.textAt);
    w.boldChars = 0;
  }
  w.photoLines.push({
    at: made ? el.blocksAt : w.blocks.length,
    caption: w.captions.length,
    text: line,
  });
  w.captions.push(line);
}

/** Shortest block that is a paragraph of text, not a stamp, byline or label (characters). */
const PARAGRAPH_MIN = 40;

/**
 * A fragment with no paragraph of text besides its photo boxes' lines is an article of one short
 * text under its photo (a brief): the lines go back to the text where they stood.
 */
function keepLoneText(w: HtmlWalk): void {
  if (!w.photoLines.length || w.blocks.some((b) => b.text.length >= PARAGRAPH_MIN)) return;
  for (const p of [...w.photoLines].reverse()) {
    w.blocks.splice(p.at, 0, { text: p.text, bold: false });
    w.captions.splice(p.caption, 1);
  }
}

/** Text goes to the credit, caption, end box or block being read; none inside dropped furniture. */
function onText(w: HtmlWalk, t: string): void {
  if (w.drop) return;
  if (w.credit) w.creditText += t;
  else if (w.caption) w.capText += t;
  else if (w.end) w.endText += t;
  else {
    w.text += t;
    if (w.bold) w.boldChars += t.replace(SPACE, "").length;
  }
}

/** The figure's credit joins its (last) caption, in the ` / credit` form captions use. */
function closeFigure(w: HtmlWalk): void {
  const fig = w.figures.pop()!;
  const last = w.captions.length - 1;
  if (fig.credits.length && last >= fig.firstCaption && !w.captions[last].includes(fig.credits[0]))
    w.captions[last] = `${w.captions[last]} / ${fig.credits.join(" ")}`;
}

/** Closes one open element: its counters go down, a finished caption or credit is kept. */
function closeElement(w: HtmlWalk, el: OpenElement): void {
  if (el.drop) w.drop--;
  if (el.bold) w.bold--;
  if (el.end) {
    flush(w);
    w.end--;
  }
  if (el.credit) {
    w.credit--;
    const c = w.creditText.replace(SPACE, " ").trim();
    if (!w.credit && c) w.figures[w.figures.length - 1]?.credits.push(c);
    if (!w.credit) w.creditText = "";
  }
  if (el.caption) {
    w.caption--;
    if (!w.caption) {
      const c = w.capText.replace(SPACE, " ").trim();
      if (c) w.captions.push(c);
      w.capText = "";
    }
  }
  if (el.name === "figure") closeFigure(w);
  photoBoxCaption(w, el);
}

/** Closes the innermost open element of this name (void elements close at once). */
function closeTag(w: HtmlWalk, name: string): void {
  if (w.end) flushEnd(w);
  for (let i = w.stack.length - 1; i >= 0; i--) {
    if (w.stack[i].name !== name) continue;
    closeElement(w, w.stack.splice(i, 1)[0]);
    break;
  }
  if (BLOCK.has(name) && !w.caption) flush(w);
}

/**
 * Converts an HTML fragment to blocks and captions. Never throws: malformed markup is read
 * as the parser recovers it.
 * @param rules the class/id words of furniture (`ctx.furniture.html`; default: the shipped ones)
 */
export function htmlToBlocks(html: string, rules: HtmlClassRules = shippedClasses()): HtmlContent {
  const w = newWalk(rules);
  const parser = new Parser(
    {
      onopentag: (name, attrs) => openTag(w, name, attrs),
      ontext: (t) => onText(w, t),
      onclosetag: (name) => closeTag(w, name),
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return finish(w);
}

/** A node of a parsed document, and an element (domhandler's, reached through htmlparser2's own API). */
type DomNode = Parameters<typeof DomUtils.getChildren>[0];
type DomElement = Parameters<Parameters<typeof DomUtils.findOne>[0]>[0];

/**
 * {@link htmlToBlocks} of nodes a parsed document already holds (an element's children): the
 * same walk, driven by the tree instead of the markup, so a page's elements are not written back
 * to markup and parsed again for each one read (the article element's candidates, the deck's
 * element, the page's body). Text and attributes are the tree's, decoded once when it was parsed.
 */
export function nodesToBlocks(
  nodes: DomNode[],
  rules: HtmlClassRules = shippedClasses(),
): HtmlContent {
  const w = newWalk(rules);
  const visit = (n: DomNode): void => {
    if (n.type === ElementType.Text) onText(w, (n as { data: string }).data);
    else if (ElementType.isTag(n)) {
      const el = n as DomElement;
      openTag(w, el.name, el.attribs);
      el.children.forEach(visit);
      closeTag(w, el.name);
    }
  };
  nodes.forEach(visit);
  return finish(w);
}

/** The walk's last block flushed and its lone text kept: the content read. */
function finish(w: HtmlWalk): HtmlContent {
  flush(w);
  keepLoneText(w);
  return { blocks: w.blocks, captions: w.captions, endMatter: w.endMatter };
}

/** Plain text of an HTML fragment: blocks joined by `\n` (for titles with `<br>` decks). */
export function htmlToText(html: string): string {
  return htmlToBlocks(html)
    .blocks.map((b) => b.text)
    .join("\n");
}
