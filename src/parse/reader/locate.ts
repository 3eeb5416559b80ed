/**
 * The locating rules: where the article's body starts and ends, and which line is its headline.
 * Evidence every news page shares: the body is the first run of sentence text (or the paragraph a
 * wire dateline or bracket byline opens); the headline stands just above the date and byline
 * lines, and is often printed twice (page title, image alt text); other stories, paywalls and the
 * site footer follow the body.
 */
import { sameHeadline } from "../text.ts";
import { isPersonName } from "../names.ts";
import type { PageWords } from "../page-words.ts";
import { isProse, opensWithDateline } from "./mark.ts";
import type { LineKind, PageLine, ReaderRule, ReaderState } from "./state.ts";

/** How many lines after a body candidate a dateline-opened paragraph may move the start to. */
const DATELINE_REACH = 4;
/** Longest breadcrumb or section label glued in front of a repeated headline, in characters. */
const GLUED_PREFIX = 20;
/** Kinds a headline may be separated from its stamp or byline lines by. */
const BETWEEN: Set<LineKind> = new Set([
  "furniture",
  "label",
  "outlet",
  "url",
  "caption",
  "summary",
]);

/** A deck printed whole in brackets (`[지난해 성장률.]`): no paragraph of the body. */
const BRACKETED = /^\[[^[\]]+\]$/;
/** Shortest headline that is looked for glued in front of a caption, in characters. */
const GLUED_HEADLINE = 8;

/** Texts of the page's text lines printed more than once (a photo's alt text and its caption). */
function repeatedTexts(s: ReaderState): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const l of s.lines) if (l.kind === "text") (seen.has(l.text) ? twice : seen).add(l.text);
  return twice;
}

/** True when line `i` is another text line (a headline) with a caption glued after it (image alt text). */
function gluedAfterHeadline(s: ReaderState, i: number): boolean {
  const t = s.lines[i].text;
  return s.lines.some(
    (l, j) =>
      j !== i &&
      l.kind === "text" &&
      l.text.length >= GLUED_HEADLINE &&
      l.text.length < t.length &&
      t.startsWith(`${l.text} `) &&
      !isProse(l.text, s.ctx.words),
  );
}

/**
 * True when line `i` reads as the body's first paragraph. A line printed twice in `twice` (a
 * photo's caption, printed again under the image) is not, nor a headline with a caption glued.
 */
function bodyAt(s: ReaderState, i: number, twice: Set<string>): boolean {
  const line = s.lines[i];
  if (
    line.kind !== "text" ||
    !isProse(line.text, s.ctx.words) ||
    s.lines[i + 1]?.text === line.text ||
    twice.has(line.text) ||
    BRACKETED.test(line.text) ||
    gluedAfterHeadline(s, i)
  )
    return false;
  if (line.text.length >= 120) return true;
  if (headerFollows(s, i)) return false;
  // A transcript's lines are short sentences: one under a speaker mark (`[앵커]`) opens the body.
  if (i > 0 && s.ctx.words.speakerMark.test(s.lines[i - 1].text)) return true;
  // A short sentence opens the body only when more sentence text follows soon.
  for (let j = i + 1, seen = 0; j < s.lines.length && seen < 3; j++) {
    if (s.lines[j].kind === "end") return false;
    if (s.lines[j].kind !== "text") continue;
    seen++;
    if (isProse(s.lines[j].text, s.ctx.words)) return true;
  }
  return line.text.length >= 60;
}

/** True when a stamp, label or byline line follows line `i` with only furniture between: `i` is in the header. */
function headerFollows(s: ReaderState, i: number): boolean {
  let j = i + 1;
  while (j < s.lines.length && BETWEEN.has(s.lines[j].kind)) j++;
  const k = s.lines[j]?.kind;
  return k === "stamp" || k === "label" || k === "byline";
}

/** True when every line strictly between `from` and `to` is text. */
function textBetween(s: ReaderState, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (s.lines[i].kind !== "text") return false;
  return true;
}

/** A short sentence closed by `다.`, with a few words: a lead too short to read as prose. */
const SHORT_LEAD = /^(?=(?:\S+\s+){2})[^[\]<>]{10,}다\.["'”’]?$/;

/**
 * True when the line above body line `at` is a short lead sentence (`가나시가 예산을 늘렸다.`)
 * under a line that may be the headline or under the header's stamp, byline or toolbar lines:
 * the body's first paragraph, though too short for prose. A headline or deck never closes a
 * final ending with a full stop (Korean headline style), so such a line is no deck.
 */
function shortLead(s: ReaderState, at: number): boolean {
  const prev = s.lines[at - 1];
  const above = s.lines[at - 2];
  return (
    at >= 2 &&
    prev.kind === "text" &&
    !s.ctx.words.speakerMark.test(s.lines[at].text) &&
    SHORT_LEAD.test(prev.text) &&
    (above.kind !== "text" || !isProse(above.text, s.ctx.words))
  );
}

/**
 * The body of a page with no prose (a short item, a hard-wrapped script, a photo story): the
 * text after the stamp lines, or, on a page with none, after the first line of text (the
 * headline), its wrapped lines joined into sentences; with no text there, a photo caption (a
 * photo story's text is its caption); none at all (-1) is a headline-only item.
 */
function shortBody(s: ReaderState): number {
  const marks = s.lines
    .map((l, i) => (l.kind === "stamp" || l.kind === "label" ? i : -1))
    .filter((i) => i >= 0);
  const after = marks.length
    ? marks[marks.length - 1]
    : s.lines.findIndex((l) => l.kind === "text");
  const at = s.lines.findIndex((l, i) => i > after && l.kind === "text");
  if (at >= 0) s.lines.splice(at, s.lines.length - at, ...unwrapLines(s.lines.slice(at)));
  return at >= 0 ? at : s.lines.findIndex((l, i) => i > after && l.kind === "caption");
}

/**
 * The body's first line: the first text line that reads as prose; moved down to a paragraph a
 * wire dateline or bracket byline opens when one follows within {@link DATELINE_REACH} lines
 * (what came before it was a deck or a summary).
 */
export const findBody: ReaderRule = {
  name: "body",
  run(s) {
    const isOutlet = (t: string) => s.ctx.outlets.lookup(t) !== null;
    const opener = s.lines.findIndex(
      (l, i) =>
        l.kind === "text" &&
        opensWithDateline(s.ctx.words, l.text, isOutlet, (w) => isPersonName(w, s.ctx)) &&
        i < s.lines.length,
    );
    // Lines printed twice are captions, unless no other text is there (a photo story).
    const twice = repeatedTexts(s);
    let at = s.lines.findIndex((_, i) => bodyAt(s, i, twice));
    if (at < 0 && twice.size) at = s.lines.findIndex((_, i) => bodyAt(s, i, new Set()));
    if (opener >= 0 && (at < 0 || (opener > at && opener - at <= DATELINE_REACH))) at = opener;
    // A short paragraph a dateline or bracket byline opens, just above the first long one, is
    // the body's first (`[가나일보=홍길동 기자]◆소제목`), when only text stands between them.
    else if (
      opener >= 0 &&
      opener < at &&
      at - opener <= DATELINE_REACH &&
      textBetween(s, opener, at)
    )
      at = opener;
    // A transcript's speaker mark on its own line opens the body it stands above.
    if (
      at > 0 &&
      (s.ctx.words.speakerMark.test(s.lines[at - 1].text) ||
        s.ctx.words.speakerAtEnd.test(s.lines[at - 1].text))
    )
      at--;
    if (at < 0) at = shortBody(s);
    else if (shortLead(s, at)) at--;
    else if (captionAbove(s, at)) s.lines[at++].kind = "caption";
    s.body = at;
  },
};

/** Longest noun phrase opening an uncredited caption (`가나시 공장 전경.`), in characters. */
const CAPTION_HEAD = 25;
/** Longest uncredited caption line, in characters (a column's opening paragraph is longer). */
const CAPTION_LINE = 100;

/**
 * True when body line `at` is an uncredited photo caption above the text: it opens with a noun
 * phrase closed by a full stop (`충북 음성의 라면 공장. 가나푸드는 …`), which a news sentence never
 * is (it closes on a final ending, `…했다.`: the lexicon's sentence endings), and prose follows.
 * Source: the caption style of Korean papers and magazines (the photo's subject, then a sentence).
 * A line right under a caption is no second caption of the same photo (a magazine's first
 * paragraph opening on a scene, `경기도 평택의 한 공장. 하루 …`, under the photo's credited caption).
 */
function captionAbove(s: ReaderState, at: number): boolean {
  // A photo has one caption: a line under a caption already read is the text's first.
  if (s.lines[at - 1]?.kind === "caption") return false;
  const t = s.lines[at].text;
  const dot = t.indexOf(". ");
  if (dot < 4 || dot > CAPTION_HEAD || t.length > CAPTION_LINE) return false;
  const head = t.slice(0, dot + 1);
  if (!/[가-힣]\.$/.test(head) || /[!?"'“”‘’]/.test(head)) return false;
  if (s.ctx.words.sentenceEndStop.test(head)) return false;
  const next = s.lines[at + 1];
  return next?.kind === "text" && isProse(next.text, s.ctx.words);
}

/** Longest line of a hard-wrapped script (one clause a line), in characters. */
const WRAP_MAX = 45;
/** Fewest lines of a run that is hard-wrapped. */
const WRAP_RUN = 6;
/** A line of words (Hangul, spaces), no markup or table bars. */
const WRAPPED = /^(?=.*[가-힣])(?=.*\s)[^[\]<>|]{6,}$/;
const LINE_END = /[.!?。]["'”’)\]]*$/;

/**
 * Joins hard-wrapped text (a broadcast script printed one clause a line: `선도국보다 뒤처져
 * 있지만` / `상용화가 …`) into its sentences: a run of {@link WRAP_RUN}+ short text lines of
 * words where sentence ends close at most every second line is joined at its sentence ends.
 * Other lines, and runs with no sentence ends (menus, lists) or with one a line (transcripts of
 * short sentences), are kept as they are.
 */
export function unwrapLines(lines: PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  const short = (l: PageLine) =>
    l.kind === "text" && l.text.length <= WRAP_MAX && WRAPPED.test(l.text);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && short(lines[j])) j++;
    const run = lines.slice(i, j);
    const ends = run.filter((l) => LINE_END.test(l.text)).length;
    if (run.length < WRAP_RUN || ends < 2 || ends * 2 > run.length) {
      out.push(...lines.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
      continue;
    }
    let open: PageLine | null = null;
    for (const l of run) {
      const joined: PageLine =
        open === null ? { ...l } : { ...open, text: `${open.text} ${l.text}` };
      if (LINE_END.test(l.text)) {
        out.push(joined);
        open = null;
      } else open = joined;
    }
    if (open) out.push(open);
    i = j;
  }
  return out;
}

/** Shape of a line that may be a headline: not too short or long, not a run of sentences. */
function headlineShaped(t: string, words: PageWords): boolean {
  return t.length >= 2 && t.length <= 150 && !isProse(t, words) && !words.sentenceEndStop.test(t);
}

/** Longest kicker printed alone in brackets above a headline (`[Company Focus]`), in characters. */
const KICKER_MAX = 30;

/**
 * A label-like line (section label, menu): one or two words, or up to four words of three
 * syllables at most, short, with none of the punctuation and figures headlines carry; or a
 * series or section kicker alone in brackets (`[Company Focus]`, `[단독]`): a headline's label
 * stands in front of its text, never alone on a line.
 */
function labelLike(t: string): boolean {
  if (BRACKETED.test(t) && t.length <= KICKER_MAX) return true;
  const words = t.split(/\s+/);
  const short = words.length <= 2 || (words.length <= 4 && words.every((w) => w.length <= 3));
  return short && t.length < 15 && !/[,…'"‘’“”?!%]|\.\.|\d/.test(t);
}

/** Punctuation a headline's phrase carries and a menu line never does (quotes, ellipses, commas). */
const HEADLINE_MARKS = /[,…'"‘’“”?!%·~]/;
/** Longest word of a menu line, in characters. */
const MENU_WORD = 8;

/**
 * A menu line no list knows (`가나 MARKETS 가나 마켓`, `전체기사 많이 본 기사 가나일보 조합`): two or
 * more short words, none of a headline's punctuation, that repeat a word or hold a furniture or
 * section word or the outlet's name. Sources: the navigation bars of Korean news sites, which
 * repeat the brand and name their lists (`_data/furniture.yaml`).
 */
function navLike(s: ReaderState, t: string): boolean {
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length < 2 || HEADLINE_MARKS.test(t) || words.some((w) => w.length > MENU_WORD))
    return false;
  const { furniture, outlets } = s.ctx;
  return words.some(
    (w, k) =>
      words.indexOf(w) !== k ||
      furniture.words.has(w.toLowerCase()) ||
      furniture.sections.has(w.toLowerCase()) ||
      outlets.lookup(w) !== null,
  );
}

/** A most-read list's rank in front of a headline printed again (`1 <headline>`). */
const RANK = /^\d{1,2}[.)]?\s+/;

/** Score of line `i` as the headline (higher is better; -Infinity when it cannot be one). */
function headlineScore(s: ReaderState, i: number, blockStart: number): number {
  const line = s.lines[i];
  if (line.kind !== "text" || !headlineShaped(line.text, s.ctx.words)) return -Infinity;
  let score = 0;
  // Printed twice (page title, image alt text, a portal's repeat).
  // (Only lines of about the same length are compared in other spacing: it keeps the check linear.)
  const n = line.text.length;
  if (
    s.lines.some(
      (l, j) =>
        j !== i &&
        Math.abs(l.text.length - n) <= 12 &&
        (l.text === line.text ||
          sameHeadline(l.text, line.text) ||
          l.text.replace(RANK, "") === line.text),
    ) ||
    // or opening an image's alt text, its caption glued after it
    (n >= GLUED_HEADLINE && s.lines.some((l) => l.text.startsWith(`${line.text} `)))
  )
    score += 3;
  // A breadcrumb glued to the headline (`Home경제<headline>`): the headline stands alone elsewhere.
  if (
    s.lines.some(
      (l, j) =>
        j !== i &&
        l.text.length >= 8 &&
        n - l.text.length > 0 &&
        n - l.text.length <= GLUED_PREFIX &&
        line.text.endsWith(l.text),
    )
  )
    score -= 5;
  // The first line of the header block that is no label opens it; decks follow the headline.
  if (i === blockStart) score += 2;
  // A series or kind label in front (`[단독]`, `[가나날씨]`) is a headline's, never a deck's.
  if (HEAD_LABEL.test(line.text)) score += 2;
  if (labelLike(line.text) || navLike(s, line.text)) score -= 3;
  if (/^[-–—]/.test(line.text) || !/[가-힣A-Za-z]{2}/.test(line.text)) score -= 3;
  return score;
}

/** A short bracketed label opening a line, then the text. */
const HEAD_LABEL = /^[[【][^[\]【】]{1,12}[\]】]\s*[^\s[]/;

/** Kinds of line a header block holds besides headline and deck text. */
const HEADER_MARKS: Set<LineKind> = new Set([
  "label",
  "outlet",
  "url",
  "caption",
  "stamp",
  "byline",
]);

/**
 * The header block: the lines of text (no long prose) and header marks right above `at` (the
 * first stamp or byline line, else the body), back to the first line of furniture; its first text line.
 */
function headerBlock(s: ReaderState, at: number): number {
  let i = at;
  while (i > 0) {
    const l = s.lines[i - 1];
    if (l.kind === "text" ? l.text.length > 150 : !HEADER_MARKS.has(l.kind)) break;
    i--;
  }
  while (i < at && s.lines[i].kind !== "text") i++;
  return i;
}

/** Most lines of a toolbar (share, scrap, print buttons) a headline may stand above its deck by. */
const TOOLBAR_REACH = 12;

/**
 * The line above a toolbar that stands right above header block `block` when it may be the
 * headline (pages without stamp or byline lines print headline, share toolbar, deck, body): the
 * toolbar is furniture lines and single labels, the line above it headline-shaped; else `block`.
 */
function aboveToolbar(s: ReaderState, block: number): number {
  let i = block - 1;
  const toolbar = (l: ReaderState["lines"][number]) =>
    l.kind === "furniture" || (l.kind === "text" && labelLike(l.text));
  while (i >= 0 && block - i <= TOOLBAR_REACH && toolbar(s.lines[i])) i--;
  if (i < 0 || i === block - 1 || s.lines[i + 1].kind !== "furniture") return block;
  const l = s.lines[i];
  return l.kind === "text" && headlineShaped(l.text, s.ctx.words) ? i : block;
}

/** A stamp, label or byline line; an untimed, unlabelled date (a page's "today" line) is none. */
function isAnchor(l: ReaderState["lines"][number]): boolean {
  if (l.kind === "stamp")
    return l.stamp!.timed || l.stamp!.label !== "none" || l.stamp!.reporters.length > 0;
  return l.kind === "byline" || l.kind === "label";
}

/**
 * The first line of the stamp and byline cluster nearest above the body (furniture between its
 * lines allowed), or -1 when there is none before `stop`.
 */
function headerAnchor(s: ReaderState, stop: number): number {
  let at = -1;
  for (let i = stop - 1; i >= 0 && at < 0; i--) if (isAnchor(s.lines[i])) at = i;
  for (let i = at - 1; i >= 0; i--) {
    if (isAnchor(s.lines[i])) at = i;
    else if (s.lines[i].kind === "text") break;
  }
  return at;
}

/** True when line `i` may open the header block: text, no label or menu line. */
function blockOpener(s: ReaderState, i: number): boolean {
  const l = s.lines[i];
  return l.kind === "text" && !labelLike(l.text) && !navLike(s, l.text);
}

/** The best-scored line in [from, to), or -1; ties go to the earlier line. */
function bestHeadline(s: ReaderState, from: number, to: number, blockStart: number): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let i = from; i < to; i++) {
    const sc = headlineScore(s, i, blockStart);
    if (sc > bestScore) [best, bestScore] = [i, sc];
  }
  return best;
}

/** Farthest a header after the body may stand from the body's start, in lines. */
const LATE_HEADER = 12;

/**
 * The headline of a page that prints the body before its header: the best-scored line of the
 * header block above the first stamp or byline line after the body's start that has one, or -1.
 */
function headlineAfter(s: ReaderState): number {
  const last = Math.min(s.lines.length, s.body + LATE_HEADER);
  for (let at = s.body + 1; at < last; at++) {
    if (!isAnchor(s.lines[at])) continue;
    const block = Math.max(headerBlock(s, at), s.body + 1);
    const best = bestHeadline(s, block, at, block);
    if (best >= 0) return best;
  }
  return -1;
}

/**
 * The headline: the best-scored line ({@link headlineScore}) of the header block above the first
 * stamp or byline line (else above the body); when that block holds no text, of every line before
 * the body.
 */
export const findHeadline: ReaderRule = {
  name: "headline",
  run(s) {
    const stop = s.body >= 0 ? s.body : Math.min(s.lines.length, 12);
    const anchor = headerAnchor(s, stop);
    const at = anchor >= 0 ? anchor : stop;
    let block = headerBlock(s, at);
    if (anchor < 0 && block < at) block = aboveToolbar(s, block);
    while (block < at - 1 && !blockOpener(s, block)) block++;
    let best = block < at ? bestHeadline(s, block, at, block) : -1;
    if (best < 0 && anchor > 0) best = bestHeadline(s, 0, anchor, -1);
    if (best < 0) best = bestHeadline(s, 0, stop, -1);
    // A page that prints its body first (a photo's caption, an AMP page): the headline stands
    // above the stamp and byline lines after it.
    if (best < 0 && s.body >= 0) best = headlineAfter(s);
    // A page whose body opens the copy: its headline is the first line when that is no sentence.
    if (best < 0 && s.body === 0 && s.lines.length > 1 && !isProse(s.lines[0].text, s.ctx.words))
      best = 0;
    s.title = best >= 0 ? labelledRepeat(s, best, stop) : best;
  },
};

/**
 * The headline printed again with its series or notice label in front (`[알림] <headline>`)
 * before the body: the labelled form is the headline; else `best`.
 */
function labelledRepeat(s: ReaderState, best: number, stop: number): number {
  const t = s.lines[best].text;
  const at = s.lines.findIndex(
    (l, i) =>
      i < stop &&
      l.kind === "text" &&
      l.text.length > t.length &&
      l.text.endsWith(` ${t}`) &&
      HEAD_LABEL.test(l.text) &&
      sameHeadline(l.text.replace(/^\S+\s/, ""), t),
  );
  return at >= 0 ? at : best;
}

/** Lines that close an article: its sign-off byline and its copyright notice. */
const SIGN_OFF: Set<LineKind> = new Set(["byline", "copyright"]);

/**
 * True when line `at` opens another article: a headline-shaped line (no sentence, no label),
 * then, past furniture, a date stamp of publication (a labelled one, or a bare timed date), then
 * a byline or a sentence. Every news page's header has this shape; a dated update or correction
 * inside an article is a labelled 수정 stamp or a sentence, and a date quoted in the text is no
 * line of its own.
 */
function opensArticle(s: ReaderState, at: number): boolean {
  const head = s.lines[at];
  const words = s.ctx.words;
  if (head?.kind !== "text" || !headlineShaped(head.text, words) || labelLike(head.text))
    return false;
  let k = at + 1;
  while (k < s.lines.length && BETWEEN.has(s.lines[k].kind)) k++;
  const stamp = s.lines[k]?.stamp;
  if (s.lines[k]?.kind !== "stamp" || !stamp || stamp.label === "modified") return false;
  if (!stamp.timed && stamp.label !== "publication") return false;
  const next = s.lines[k + 1];
  return next?.kind === "byline" || (next?.kind === "text" && isProse(next.text, words));
}

/**
 * The line where a second article pasted into the same file starts (its headline), or -1: the
 * first line after the body's sign-off (byline or copyright lines) that {@link opensArticle}.
 * Two plain-text articles pasted one under the other have no box or footer between them, so
 * without this the second one's text would run on as the first one's body.
 */
function nextArticle(s: ReaderState): number {
  for (let i = s.body + 1; i < s.lines.length; i++) {
    if (!SIGN_OFF.has(s.lines[i].kind)) continue;
    let j = i + 1;
    while (j < s.lines.length && SIGN_OFF.has(s.lines[j].kind)) j++;
    if (opensArticle(s, j)) return j;
    i = j - 1;
  }
  return -1;
}

/**
 * The body ends at the first line after its start that opens a box of other stories, a paywall or
 * the footer, or at the headline printed again after the text (a photo's alt text: the lines after
 * it up to the footer are the photo's caption). A second article pasted after the first one's
 * sign-off ends it too, and its lines are furniture here, so that no field of the first one is
 * read from them (the importer reads them again to warn that they were not imported).
 */
export const findEnd: ReaderRule = {
  name: "end",
  run(s) {
    if (s.body < 0) return;
    const next = (s.next = nextArticle(s));
    if (next > 0) for (let i = next; i < s.lines.length; i++) s.lines[i].kind = "furniture";
    const title = s.title >= 0 ? s.lines[s.title].text : null;
    const at = s.lines.findIndex((l, i) => i > s.body && (l.kind === "end" || i === next));
    s.end = at < 0 ? s.lines.length : at;
    const again =
      title === null
        ? -1
        : s.lines.findIndex(
            (l, i) => i > s.body && i < s.end && l.kind === "text" && l.text === title,
          );
    if (again < 0) return;
    s.lines[again].kind = "furniture";
    for (
      let i = again + 1;
      i < s.end && (s.lines[i].kind === "text" || s.lines[i].kind === "caption");
      i++
    )
      s.lines[i].kind = "photo";
  },
};
