/**
 * The marking rules of the page-copy reader: each gives lines a {@link LineKind} by one kind of
 * evidence, from the page's furniture to its stamp lines, bylines and captions.
 */
import { anyMatch } from "../../core/patterns.ts";
import { classifyLine, cutCredits } from "../boilerplate.ts";
import { DEFAULT_ROLE } from "../byline.ts";
import { withoutPhotoMark } from "../caption.ts";
import type { PageWords } from "../page-words.ts";
import type { ParseContext } from "../types.ts";
import { isPersonName } from "../names.ts";
import { isFiguresSource, splitRuns } from "../text.ts";
import { isFurnitureLine, isMenuRow, type FurnitureRules } from "./furniture.ts";
import { readStamps } from "./stamps.ts";
import type { ReaderRule, ReaderState } from "./state.ts";

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

/** Longest line that may be furniture as a whole, in characters. */
const LONG_RUN = 200;

/** Lines still marked `text`, with their indexes. */
function* textLines(s: ReaderState): Generator<number> {
  for (let i = 0; i < s.lines.length; i++) if (s.lines[i].kind === "text") yield i;
}

/** Furniture by the page rules (`_data/furniture.yaml`) and the boilerplate rules; copyright lines. */
export const markFurniture: ReaderRule = {
  name: "furniture",
  run(s) {
    const { furniture, boilerplate } = s.ctx;
    for (const i of textLines(s)) {
      const line = s.lines[i];
      if (s.ctx.words.speakerMark.test(line.text)) continue; // a transcript's speaker mark is kept (`[앵커]`)
      // Asked once per line: the answer also decides a short line below.
      const furnitureLine = isFurnitureLine(line.text, furniture);
      // A credit line (`사진=홍길동 기자 x@y.kr`) names the item's reporter (the bylines rule reads it).
      if (!furnitureLine && s.ctx.words.bylines.writtenByLine(line.text)) continue;
      // A table's source line (`자료=가나청`) under it is the figures', no credit to drop.
      if (i > 0 && isFiguresSource(line.text, s.lines[i - 1].text, boilerplate.sources)) continue;
      const cls = classifyLine(line.text, boilerplate);
      if (cls === "copyright") line.kind = "copyright";
      else if (anyMatch(furniture.ends, line.text)) line.kind = "end";
      else if (anyMatch(furniture.summaries, line.text)) line.kind = "summary";
      // A long run is text with furniture glued to it at most (the refine step cuts that off).
      else if (line.text.length <= LONG_RUN && (furnitureLine || (cls && cls !== "signoff")))
        line.kind = "furniture";
    }
  },
};

/**
 * Stamp lines (./stamps.ts). A label alone on its line takes the date on the next line
 * (`입력` / `2024.03.05 08:30`); a label with no date anywhere stays a label.
 */
export const markStamps: ReaderRule = {
  name: "stamps",
  run(s) {
    for (const i of textLines(s)) {
      const line = s.lines[i];
      const stamps = readStamps(line.text, s.ctx.words);
      if (stamps) {
        [line.kind, line.stamp] = ["stamp", stamps[0]];
        line.stamp =
          stamps.find((x) => x.label === "publication") ??
          stamps.find((x) => x.label === "none") ??
          stamps[0];
        continue;
      }
      if (!s.ctx.words.stamps.labelOnly.test(line.text)) continue;
      line.kind = "label";
      const next = s.lines[i + 1];
      const joined =
        next && next.kind === "text" ? readStamps(`${line.text} ${next.text}`, s.ctx.words) : null;
      if (joined) [next.kind, next.stamp] = ["stamp", joined[0]];
    }
  },
};

/** Most outlet words in front of a byline (`가나방송 GTV 홍길동 기자`: the name and its brand). */
const OUTLET_HEAD_MAX = 2;

/**
 * A byline line without the outlet's name in front (`가나방송 GTV 홍길동 기자` → `홍길동 기자`):
 * broadcasters' pages print the channel's names before the reporter's. Up to
 * {@link OUTLET_HEAD_MAX} leading words the outlet dictionary knows go; a line with none, or
 * nothing after them, comes back as it is.
 */
function withoutOutletHead(t: string, isOutlet: (w: string) => boolean): string {
  const words = t.split(/\s+/);
  let k = 0;
  while (k < OUTLET_HEAD_MAX && k < words.length - 1 && isOutlet(words[k])) k++;
  return k ? words.slice(k).join(" ") : t;
}

/** A bare three-syllable name, a byline line of a page header beside the date. */
const BARE_NAME = /^[가-힣]{3}$/;
/**
 * A writer's site account after the name (`홍길동(gildong)`): pages where readers and citizen
 * reporters write print the account beside the byline; it is no part of the name.
 */
const USER_ID = /\s?\([A-Za-z][\w.-]{1,19}\)$/;
/**
 * A bare name beside the stamps (`홍길동`, or with the writer's site account: `홍길동(gildong)`):
 * a three-syllable word that reads as a person's name (names.ts), never a section label or the
 * outlet's name (`반도체`, `사회` above the stamps).
 */
function bareName(s: ReaderState, line: string): boolean {
  const t = line.replace(USER_ID, "");
  return (
    BARE_NAME.test(t) &&
    isPersonName(t, s.ctx) &&
    !s.ctx.furniture.sections.has(t) &&
    s.ctx.outlets.lookup(t) === null
  );
}

/**
 * The outlet's name in brackets before a byline (`[가나경제] 홍길동 기자 x@y.kr`): one word, so a
 * headline's label (`[단독]`) with text after it is never cut to a byline.
 */
const OUTLET_BRACKET = /^[\[【]\s*[가-힣A-Za-z0-9]{2,12}\s*[\]】]\s*(?=\S)/;

/** How many lines from a stamp line a header byline may stand. */
const BYLINE_REACH = 3;

/** Lines that are only a byline, URL lines, lines that are only the outlet's name. */
export const markBylines: ReaderRule = {
  name: "bylines",
  run(s) {
    const { bylines, outletTail, headerByline } = s.ctx.words;
    const isOutlet = (t: string) => s.ctx.outlets.lookup(t) !== null;
    const stamps = s.lines
      .map((l, i) => (l.kind === "stamp" || l.kind === "label" ? i : -1))
      .filter((i) => i >= 0);
    const nearStamp = (i: number) => stamps.some((j) => Math.abs(i - j) <= BYLINE_REACH);
    for (const i of textLines(s)) {
      const line = s.lines[i];
      const t = line.text.replace(/^[•·]\s*/, "");
      if (URL_LINE.test(t)) line.kind = "url";
      else if (isOutlet(t) || isOutlet(t.replace(outletTail, ""))) line.kind = "outlet";
      else if (isProgramme(t, isOutlet, outletTail)) line.kind = "furniture";
      else if (
        bylines.isBylineLine(t) ||
        bylines.writtenByLine(t) !== null ||
        (/^[\[【]/.test(t) &&
          t.length < 40 &&
          bylines.cutBracketByline(t, isOutlet)?.text === "") ||
        bylines.isBylineLine(t.replace(OUTLET_BRACKET, "")) ||
        bylines.isBylineLine(withoutOutletHead(t, isOutlet))
      )
        line.kind = "byline";
      else if (nearStamp(i) && (headerByline.test(t.replace(USER_ID, "")) || bareName(s, t)))
        line.kind = "byline";
      // A column's writer beside the stamps (`홍길동 가나대 경영학과 교수`): the author, no deck.
      else if (nearStamp(i) && bylines.signatureReporters(t, isOutlet).length) line.kind = "byline";
    }
    // A byline printed again before the text (the caption of the writer's portrait) is the byline.
    const signed = new Set(s.lines.filter((l) => l.kind === "byline").map((l) => l.text));
    for (const i of textLines(s)) if (signed.has(s.lines[i].text)) s.lines[i].kind = "byline";
  },
};

/** Longest programme name after a broadcaster's name (`뉴스9`, `8뉴스`), in characters. */
const PROGRAMME_MAX = 8;

/**
 * A broadcast page's programme line: the broadcaster's name and a news programme (`가나방송
 * 뉴스9`, `GTV 8뉴스`: an outlet tail word with its hour), no headline.
 */
function isProgramme(t: string, isOutlet: (s: string) => boolean, tail: RegExp): boolean {
  const m = /^(\S+)\s+(\S.*)$/.exec(t);
  if (!m || m[2].length > PROGRAMME_MAX || !/\d/.test(m[2])) return false;
  return isOutlet(m[1]) && tail.test(` ${m[2].replace(/[\d\s]/g, "")}`);
}

/**
 * The reporters of a header byline line (`기자명 홍길동`, `홍길동 편집국장`, `홍길동 PD | x@y.kr`,
 * `보도본부 | 홍길동 기자`: `headerByline` of {@link PageWords}, its roles from the lexicon), role
 * kept unless the default, and a bare three-syllable name.
 */
export function headerBylineReporters(
  t: string,
  words: PageWords,
): { name: string; role?: string }[] {
  const bare = t.replace(USER_ID, "");
  const m = words.headerByline.exec(bare);
  if (m) return [{ name: m[1] ?? m[2], ...(m[3] && m[3] !== DEFAULT_ROLE ? { role: m[3] } : {}) }];
  return BARE_NAME.test(bare) ? [{ name: bare }] : [];
}

/**
 * A portal's machine summary: from its head, the text lines up to the next line of another kind
 * (on a portal page the toolbar follows the box, and the article comes after it). When that
 * would leave the article no prose (none before the next box or the copyright line), the box is
 * short: it ends at its bullet list's end (`AI 요약` / `- …` lines), at a photo caption (the
 * article's photo stands above its text) or at the first blank line after a summary sentence.
 * A summary is never the article: the article is what follows it.
 */
export const markSummaries: ReaderRule = {
  name: "summaries",
  run(s) {
    for (let i = 0; i < s.lines.length; i++) {
      if (s.lines[i].kind !== "summary") continue;
      let end = summaryEnd(s, i, { short: false });
      if (!textBefore(s, end, nextBoxEnd(s, end))) end = summaryEnd(s, i, { short: true });
      for (let j = i + 1; j < end; j++) s.lines[j].kind = "summary";
      i = end - 1; // the box's own lines are not heads of another box
    }
  },
};

/** A list item's mark at a line's start (`- `, `* `, `· `). */
const LIST_ITEM = /^[-*·]\s/;

/** The line after the summary box whose head is line `head`. */
function summaryEnd(s: ReaderState, head: number, opts: { short: boolean }): number {
  let j = head + 1;
  for (; j < s.lines.length; j++) {
    const line = s.lines[j];
    if (line.kind !== "text" && line.kind !== "summary") break;
    if (!opts.short || j === head + 1) continue;
    const prev = s.lines[j - 1];
    const listEnded = LIST_ITEM.test(prev.text) && !LIST_ITEM.test(line.text);
    if (listEnded || isCaptionLine(s, line.text)) break;
    if (line.gap && prev.kind !== "furniture") break;
  }
  return j;
}

/** The first box head or copyright line from line `from` on (the article's text ends there). */
function nextBoxEnd(s: ReaderState, from: number): number {
  const k = s.lines.findIndex((l, i) => i >= from && (l.kind === "end" || l.kind === "copyright"));
  return k < 0 ? s.lines.length : k;
}

/** True when a line in [from, to) reads as article prose (a footer or a headline list does not). */
const textBefore = (s: ReaderState, from: number, to: number): boolean =>
  s.lines.slice(from, to).some((l) => l.kind === "text" && isProse(l.text, s.ctx.words));

/** Opens with a wire dateline or bracket byline: the body's first paragraph. */
export function opensWithDateline(
  words: PageWords,
  t: string,
  isOutlet: (s: string) => boolean,
  isName?: (s: string) => boolean,
): boolean {
  return (
    words.bylines.cutDateline(t).outletName !== null ||
    (words.bylines.cutBracketByline(t, isOutlet, isName)?.text.length ?? 0) > 10
  );
}

/** A sentence's full stop at the end of a line (not a headline's `?`/`!` or a bare `다`). */
const ENDS_SENTENCE = /[가-힣A-Za-z0-9)%][.。]["'”’)\]]*$/;
/** Two sentences on one line. */
const TWO_SENTENCES = /[.!?]["'”’)\]]*\s+\S.*[.!?]["'”’)\]]*$/;

/**
 * True when a line reads as article prose: long enough, several words, and ending in a full stop
 * (or holding two sentences, or long with a sentence end inside). Headlines end in a noun, `다`
 * without a stop, `?` or `!`. A sentence end inside is the lexicon's (`words.sentence`).
 */
export function isProse(t: string, words: PageWords): boolean {
  if (t.length < 25 || (t.match(/\s/g)?.length ?? 0) < 4) return false;
  return (
    ENDS_SENTENCE.test(t) ||
    (t.length >= 60 && TWO_SENTENCES.test(t)) ||
    (t.length >= 100 && words.sentence.test(t))
  );
}

/**
 * Photo captions: a line of text ending in a photo credit (`… [사진=가나일보]`, `… /뉴스1`), a
 * line opened by a caption mark (`▲ …`). Inside the body they are read again as paragraphs (the
 * refine step keeps the caption and its credit apart).
 */
export const markCaptions: ReaderRule = {
  name: "captions",
  run(s) {
    for (const i of textLines(s))
      if (isCaptionLine(s, s.lines[i].text)) s.lines[i].kind = "caption";
  },
};

/** Longest line that may be a caption's credit standing alone under it, in characters. */
const CREDIT_LINE_MAX = 40;

/** Kinds of line that are never a caption's credit: a byline or stamp under a photo is the article's. */
const NOT_CREDIT = new Set(["byline", "stamp", "caption", "photo"]);

/**
 * Photo credits on their own line right under a caption that prints none (`▲ 18일 … 들고 있다.`
 * / `ⓒ 홍길동`, `사진=가나시 제공`): the credit belongs to that caption, as if printed after its last
 * sentence, and the credit line leaves the page's text (a copyright sign there is the
 * photographer's, not the article's notice, and ends no article). The credit shapes are the
 * caption-line credits of `_data/boilerplate.yaml`, read on the caption and the line together.
 */
export const markCaptionCredits: ReaderRule = {
  name: "caption credits",
  run(s) {
    s.lines.forEach((l, i) => {
      const next = s.lines[i + 1];
      if (l.kind !== "caption" || !next || next.gap || NOT_CREDIT.has(next.kind)) return;
      if (next.text.length > CREDIT_LINE_MAX) return;
      const text = withoutPhotoMark(l.text);
      if (cutCredits(text, s.ctx.boilerplate, true).some((p) => p.credit !== undefined)) return;
      const joined = cutCredits(`${text} ${next.text}`, s.ctx.boilerplate, true);
      if (joined.length !== 1 || joined[0].credit === undefined || joined[0].text !== text) return;
      l.credit = joined[0].credit;
      next.kind = "furniture";
    });
  },
};

/** A photo caption line: text ending in a photo credit, or opened by a caption mark (`▲`). */
function isCaptionLine(s: ReaderState, t: string): boolean {
  return creditedCaption(s, t) || /^[▲△]/.test(t);
}

/**
 * Whether a line is text ending in a photo credit (`… [사진=가나일보]`, `… /뉴스1`): a caption by
 * its credit. A line only opened by `▲` is not one by this test: the same mark opens the items
 * of a list (`▲상무 홍길동`, an appointments list), which the body keeps.
 */
export function creditedCaption(s: ReaderState, t: string): boolean {
  const pieces = t.length <= 300 ? cutCredits(t, s.ctx.boilerplate, true) : [];
  return (
    pieces.length === 1 &&
    pieces[0].credit !== undefined &&
    pieces[0].text.length > 0 &&
    !opensWithDateline(s.ctx.words, t, (x) => s.ctx.outlets.lookup(x) !== null)
  );
}

/** Inline formatting tags of a saved page (`<b>`, `<em>`, `<h1>`, `<span class=…>`). */
const INLINE_TAG = /<\/?(?:b|strong|em|i|u|span|font|mark|h[1-6])(?:\s[^<>]*)?>/gi;

/**
 * A headline or header line without its inline formatting tags (`<b>가나시</b>, 도서관 짓는다`):
 * the tags are no part of the headline. Lines of prose keep what they print (an article may
 * name a tag).
 */
function untagged(line: string, words: PageWords): string {
  if (!line.includes("<")) return line;
  const bare = line.replace(INLINE_TAG, "");
  return bare === line || isProse(bare, words) ? line : bare.replace(/\s{2,}/g, " ").trim();
}

/**
 * Lines opened by a title label (`제목: …`, `제목 … 게시일 2024.03.05 조회수 12`, a board's header
 * row; the labels are `furniture.yaml`'s subject labels): the label goes, and a date stamp on the
 * same line stands on a line of its own.
 */
export function unlabelTitles(lines: RawLine[], ctx: ParseContext): RawLine[] {
  const labels = [...ctx.furniture.mailHeaders].filter(([, f]) => f === "subject").map(([l]) => l);
  if (!labels.length) return lines;
  const label = new RegExp(`^(?:${labels.map(escapeRe).join("|")})\\s*[:：]?\\s+(?=\\S)`, "i");
  return lines.flatMap((l) => {
    const m = label.exec(l.text);
    if (!m) return [l];
    const rest = l.text.slice(m[0].length);
    const at = ctx.words.stamps.publication.exec(rest)?.index ?? -1;
    if (at <= 0 || !readStamps(rest.slice(at), ctx.words)) return [{ ...l, text: rest }];
    return [
      { ...l, text: rest.slice(0, at).trim() },
      { text: rest.slice(at), gap: false },
    ];
  });
}

/** A writer's byline after a slash at a line's end (`… 안전이다 /홍길동 논설위원`, `/홍길동 경제부 차장`). */
const SLASH_BYLINE = /\s\/\s?[가-힣]{2,4}\s?(?:[가-힣]{1,6}\s)?[가-힣A-Za-z]{1,8}$/;

/**
 * A headline followed by its writer (`[가나칼럼] 속도보다 안전이다 /홍길동 논설위원`, a column's
 * headline line over the date stamp): the headline and a byline line of its own. Only a line
 * right above a stamp line, no sentence (a photo caption with a photographer's credit ends its
 * sentence: `… 모습. /홍길동 기자`), and only when the slash part reads as a byline.
 */
export function splitTitleBylines(lines: RawLine[], ctx: ParseContext): RawLine[] {
  return lines.flatMap((l, i) => {
    const next = lines[i + 1];
    if (!next || !SLASH_BYLINE.test(l.text) || !readStamps(next.text, ctx.words)) return [l];
    const cut = ctx.words.bylines.cutTrailingByline(l.text);
    const head = cut.text.replace(/\s*\/$/, "").trim();
    if (!cut.reporters.length || !head || /[.!?]["'”’]?$/.test(head) || isProse(head, ctx.words))
      return [l];
    return [
      { ...l, text: head },
      { text: l.text.slice(l.text.lastIndexOf("/") + 1).trim(), gap: false },
    ];
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Shortest flattened page line that is looked into for a header, in characters. */
const FLAT_MIN = 150;
/** Farthest a flattened header's date may stand from the line's start, in characters. */
const FLAT_HEAD = 120;

/**
 * A page flattened to one line (`<headline> 2024-03-05 홍길동 기자 <text>`): the headline, the
 * date and the byline cut apart from the text after them, or null when the line opens with no
 * such header (a date within its first {@link FLAT_HEAD} characters, a byline right after it,
 * and no sentence end before it).
 */
export function splitFlatHeader(line: string, words: PageWords): string[] | null {
  if (line.length < FLAT_MIN) return null;
  const date = [...line.slice(0, FLAT_HEAD).matchAll(words.stamps.date)][0];
  if (!date || date.index! < 2) return null;
  const head = line.slice(0, date.index).trim();
  if (/[.!?]["'”’]?$/.test(head)) return null;
  const after = line.slice(date.index! + date[0].length);
  const byline = [...after.slice(0, 40).matchAll(words.stamps.byline)][0];
  if (!byline || after.slice(0, byline.index).trim()) return null;
  const end = byline.index! + byline[0].length;
  return [head, date[0].trim(), byline[0].trim(), after.slice(end).trim()].filter(Boolean);
}

/** A list bullet opening a line (`• 항목`): the rules read the line without it. */
const BULLET = /^[•◦‣∙]\s*/;

/**
 * A line of the page before the rules run; `menu` when it is an item of a menu row, `bullet`
 * when a list bullet opened it (a list item of the text keeps it, see reader/fields.ts).
 */
export interface RawLine {
  text: string;
  gap: boolean;
  menu?: boolean;
  bullet?: boolean;
}

/**
 * Splits the text into trimmed non-empty lines without list bullets; a line holding runs of 2+
 * spaces is split at them (a flattened page), except a stamp line (`입력 … 수정 …`); a page
 * flattened with single spaces is cut after its header ({@link splitFlatHeader}). With
 * `furniture`, the items of a flattened menu row ({@link isMenuRow}) are marked `menu`.
 */
export function pageLines(text: string, words: PageWords, furniture?: FurnitureRules): RawLine[] {
  const out: RawLine[] = [];
  let gap = false;
  for (const raw of text.replace(/<br\s*\/?>/gi, "\n").split("\n")) {
    const bullet = BULLET.test(raw.trim());
    const l = untagged(raw.trim().replace(BULLET, ""), words);
    if (!l) {
      gap = true;
      continue;
    }
    const pieces = readStamps(l, words)
      ? [l.replace(/\s{2,}/g, " ")]
      : (splitFlatHeader(l, words) ?? splitRuns(l, words));
    const menu = furniture !== undefined && isMenuRow(pieces, furniture);
    pieces.forEach((t, k) =>
      out.push({
        text: t,
        gap: gap && k === 0,
        ...(menu ? { menu } : {}),
        ...(bullet && pieces.length === 1 ? { bullet } : {}),
      }),
    );
    gap = false;
  }
  return out;
}
