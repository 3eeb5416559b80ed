/**
 * Outlet evidence in a page's own lines, read from the whole text before any step has cut a line
 * away as furniture: the places every news page names its newsroom, wherever the page puts them.
 * A bracket byline on its own line (`[가나일보 홍길동 기자]`, `[가나일보]`), a byline with the
 * outlet beside the name (`홍길동 가나일보 기자`, `가나일보 홍길동 기자`), a copyright line with its
 * ban, a logo line (`가나일보 언론사 이미지`) or a portal's outlet-and-name line (`가나일보 홍길동`),
 * and, weakest, the newsroom's tip line (`가나TV 기사문의 및 제보`) or a video channel's name and
 * count (`가나뉴스 51`). The words are the lexicon's (`outlet_logo_marks`, `outlet_tip_marks`, the
 * roles, the copyright bans); the outlets are the dictionary's, so a line naming an outlet the
 * dictionary does not know counts only where a byline's shape says it is one (`named`).
 */
import { isPersonName } from "./names.ts";
import type { Reporter } from "../core/article.ts";
import type { ParseContext } from "./types.ts";

/** The outlet names a page's lines give, by kind of line, in page order. */
export interface PageOutletLines {
  /** Outlets bylines name: bracket lines and plain bylines with the outlet beside the name. */
  bylines: string[];
  /** Copyright lines: a sign or the word `Copyright` and a ban (`ⓒ 가나일보, 무단 전재 …`). */
  copyrights: string[];
  /** Outlets of logo lines and of a portal's outlet-and-name line. */
  logos: string[];
  /** Outlets of tip lines and channel lines: weak evidence. */
  tips: string[];
  /**
   * Outlets whose exact name stands in brackets glued after a sentence (`…했다.[가나일보] 특집 …`):
   * a series tag or a byline a scrape glued to the text; weakest, since a photo's credit may look so.
   */
  tags: string[];
  /**
   * Reporters of the page's byline lines that other readers leave: a portal's outlet-and-name line
   * (`가나일보 홍길동`), a role-first line (`편집장 홍길동 hong@gana.kr`), a transcript's reporter label
   * (`홍길동 기자 :`). For a page whose article gave no byline.
   */
  reporters: Reporter[];
  /** Words a byline puts where the outlet stands that the dictionary does not know (`가나경제`). */
  named: string[];
}

/** Bullets and arrows a page puts before a line. */
const BULLET = /^[\s•·▶▷►■□◆◇●○*\-–—]+/;
/** Bylines, logos and tips are short lines; longer ones are text. */
const SHORT = 60;
/** `W N R…`: a word, a name and a role, then nothing, an address, a bar, a bracket or a date. */
const THREE_WORDS =
  /^([가-힣A-Za-z0-9]{2,12})\s+([가-힣A-Za-z0-9]{2,12})\s?([가-힣A-Z]{1,6})(?:$|\s*[(|ㅣ=<]|\s+[\w.+-]+@|\s+\d)/;
/** A date stamp and a name beside it across a bar (`2024.03.05 08:30 | 가나일보`, `가나일보 | 2024-03-05`). */
const STAMP = String.raw`\d{4}\s?[.\-/년]\s?\d{1,2}\s?[.\-/월]\s?\d{1,2}[.일]?(?:\s+(?:오전|오후)?\s?\d{1,2}:\d{2}(?::\d{2})?)?`;
const DATE_BAR_NAME = new RegExp(String.raw`^${STAMP}\s*[|ㅣ]\s*([^|ㅣ\d]{2,20})$`);
const NAME_BAR_DATE = new RegExp(String.raw`^([^|ㅣ\d]{2,20}?)\s*[|ㅣ]\s*${STAMP}$`);
/** A bracketed word glued after a sentence end; group 1 the word. */
const GLUED_TAG = /[.!?"”’]\s*[[【]([^\]】\s]{2,12})[\]】]/g;
/** A channel's line: its name and a count (`가나뉴스 51`, `가나TV 1,204`). */
const CHANNEL = /^(\S{2,20})\s+\d[\d,]*$/;
/** A desk byline: a word, a desk of 3+ characters, then nothing or a dated stamp. */
const DESK_LINE =
  /^([가-힣A-Za-z0-9]{2,12})\s+([가-힣A-Za-z0-9]{3,10})(?:$|\s+\D{0,6}\d{4}\s*[./-])/;

/**
 * True when `w` may be a reporter's name beside a role: 2–4 syllables opening with a surname, not
 * a word the lexicon says is no name (the role beside it is the rest of the evidence).
 */
function nameLike(w: string, ctx: ParseContext): boolean {
  return /^[가-힣]{2,4}$/.test(w) && ctx.surnames.has(w[0]) && !ctx.notNames.has(w);
}

/** Reads one short line into `out` (see {@link PageOutletLines}). */
function readShortLine(line: string, ctx: ParseContext, out: PageOutletLines): void {
  const isOutlet = (t: string) => ctx.outlets.lookup(t) !== null;
  const { bylines, outletLogo, outletTip, outletTail } = ctx.words;
  // Logo, tip and channel lines count only for a name the dictionary knows (`가나일보 뉴스` too).
  const known = (t: string | undefined) =>
    !!t && (isOutlet(t) || isOutlet(t.replace(outletTail, "")));
  const byline = THREE_WORDS.exec(line);
  if (byline && bylines.isRole(byline[3])) {
    const [, first, second] = byline;
    if (nameLike(first, ctx) && isOutlet(second)) out.bylines.push(second);
    else if (nameLike(second, ctx) && isOutlet(first)) out.bylines.push(first);
    // An unknown word before a name and a role stands where the outlet does (`가나경제 홍길동 기자`).
    else if (
      nameLike(second, ctx) &&
      (first.length >= 4 || !nameLike(first, ctx)) &&
      isOutletWord(first, ctx)
    )
      out.named.push(first);
    else if (nameLike(first, ctx) && !nameLike(second, ctx) && isOutletWord(second, ctx))
      out.named.push(second);
    return;
  }
  const dated = (DATE_BAR_NAME.exec(line) ?? NAME_BAR_DATE.exec(line))?.[1].trim();
  if (dated) {
    if (known(dated)) out.logos.push(dated);
    else if (isOutletWord(dated, ctx) && !/\s/.test(dated)) out.named.push(dated);
    return;
  }
  const desk = DESK_LINE.exec(line);
  if (desk && ctx.words.bylines.isDesk(desk[2])) {
    if (isOutlet(desk[1])) out.bylines.push(desk[1]);
    else if (isOutletWord(desk[1], ctx)) out.named.push(desk[1]);
    return;
  }
  const logo = outletLogo.exec(line)?.[1];
  if (known(logo)) out.logos.push(logo!);
  const pair = line.split(/\s+/);
  if (pair.length === 2 && isOutlet(pair[0]) && nameLike(pair[1], ctx)) {
    out.logos.push(pair[0]);
    out.reporters.push({ name: pair[1] });
  }
  const person = (ctx.words.roleFirstByline.exec(line) ??
    ctx.words.reporterSpeaker.exec(line))?.[1];
  if (person && nameLike(person, ctx)) out.reporters.push({ name: person });
  const tip = outletTip.exec(line)?.[1] ?? CHANNEL.exec(line)?.[1];
  if (known(tip)) out.tips.push(tip!);
}

/**
 * A word that may be an outlet's name where a byline puts one: three or more characters, not a
 * role, not a word the lexicon says is no name, not a desk (`정치부`, `뉴스팀`) and not a place
 * (`수원시`).
 */
function isOutletWord(w: string, ctx: ParseContext): boolean {
  const b = ctx.words.bylines;
  return (
    w.length >= 3 &&
    !b.isRole(w) &&
    !b.isDesk(w) &&
    !ctx.notNames.has(w) &&
    !ctx.words.placeEnd.test(w)
  );
}

/** Page evidence with nothing in it (fresh arrays each call: {@link pageOutletLines} fills them). */
export function emptyOutletLines(): PageOutletLines {
  return { bylines: [], copyrights: [], logos: [], tips: [], tags: [], reporters: [], named: [] };
}

/**
 * The outlet evidence of every line of `text` (see {@link PageOutletLines}). Pure; linear in the
 * text, one pass.
 */
export function pageOutletLines(text: string, ctx: ParseContext): PageOutletLines {
  const out = emptyOutletLines();
  const isOutlet = (t: string) => ctx.outlets.lookup(t) !== null;
  const isName = (w: string) => isPersonName(w, ctx);
  for (const raw of text.split("\n")) {
    const line = raw.replace(BULLET, "").trim();
    if (line.length < 2) continue;
    for (const m of line.matchAll(GLUED_TAG)) if (isOutlet(m[1])) out.tags.push(m[1]);
    if (/^[[【]/.test(line)) {
      const b = ctx.words.bylines.cutBracketByline(line.slice(0, SHORT), isOutlet, isName);
      if (b?.outletName) out.bylines.push(b.outletName);
      else if (b?.named && b.reporters.length) out.named.push(b.named);
      continue;
    }
    if (line.length <= 200 && ctx.words.copyrightMark.test(line) && ctx.words.noticeBan.test(line))
      out.copyrights.push(line);
    else if (line.length <= SHORT) readShortLine(line, ctx, out);
  }
  return out;
}
