/**
 * The field rules of the page-copy reader: the date from the stamp lines of the article's header,
 * reporters and outlet from its byline and outlet lines, decks and captions between headline and
 * body; then the draft the refine step reads.
 */
import { LIST_ITEM, type Reporter } from "../../core/article.ts";
import { cutCredits } from "../boilerplate.ts";
import { EMAIL, mergeReporters } from "../byline.ts";
import { parseCaption, withoutPhotoMark } from "../caption.ts";
import type { Draft } from "../types.ts";
import { headerBylineReporters, isProse } from "./mark.ts";
import type { ReaderRule, ReaderState } from "./state.ts";

/** Lines above the headline a stamp may stand on (some pages print the date line first). */
const ABOVE_TITLE = 2;
/** Longest deck line, in characters. */
const DECK_MAX = 120;

/**
 * The date: the publication stamp of the header (from just above the headline to the body's
 * start), else a labelled publication stamp later in the article. 수정 stamps (a modification
 * time, not the publication: a page that prints only `최종수정 …` has no publication date), a
 * page's "today" line above the headline and dates in sentences never are; without a stamp, the
 * day of a press-release dateline opening the body, else null.
 */
export const readDate: ReaderRule = {
  name: "date",
  run(s) {
    const from = s.title >= 0 ? Math.max(0, s.title - ABOVE_TITLE) : 0;
    const to = s.body >= 0 ? s.body : s.lines.length;
    const stamps = s.lines
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => l.kind === "stamp" && l.stamp && l.stamp.label !== "modified");
    const label = (x: (typeof stamps)[number]) => x.l.stamp!.label;
    // Above the headline only a labelled stamp: an unlabelled date there is the page's "today" line.
    const header = stamps.filter(
      (x) => x.i >= from && x.i < to && (x.i > s.title || label(x) === "publication"),
    );
    const later = stamps.filter((x) => x.i >= to && x.i < s.end && label(x) === "publication");
    const pick = header.find((x) => label(x) === "publication") ?? header[0] ?? later[0];
    if (pick) s.date = pick.l.stamp!.date;
    // A press release prints its day in the dateline (`서울--(뉴스와이어) 2026년 11월 04일 --`).
    else if (s.body >= 0)
      s.date = s.ctx.words.bylines.cutDateline(s.lines[s.body].text).day ?? null;
  },
};

/** Reporters and outlet named in the header: byline lines, stamp lines with names, the outlet line. */
export const readHeader: ReaderRule = {
  name: "header",
  run(s) {
    const to = s.body >= 0 ? s.body : s.lines.length;
    const isOutlet = (t: string) => s.ctx.outlets.lookup(t) !== null;
    let reporters: Reporter[] = [];
    for (let i = 0; i < to; i++) {
      const l = s.lines[i];
      if (l.kind === "outlet" && i < s.title + 8) s.outletHint ??= l.text.replace(/^[•·]\s*/, "");
      if (l.kind === "url") s.clues.push(l.text);
      if (i < s.title) continue;
      if (l.kind === "stamp") reporters = mergeReporters(reporters, l.stamp!.reporters);
      if (l.kind === "byline") {
        const t = l.text.replace(/^[•·]\s*/, "");
        const cut = s.ctx.words.bylines.cutTrailingByline(t).reporters;
        // A credit line first: `글=홍길동 기자 · 사진=김철수 기자` names its writer, not the photographer.
        const credit = s.ctx.words.bylines.writtenByLine(t);
        const named = cut.length ? cut : headerBylineReporters(t, s.ctx.words);
        // A column's writer with an affiliation (`홍길동 가나대 경영학과 교수`) signs as below the text.
        const writer = named.length ? named : s.ctx.words.bylines.signatureReporters(t, isOutlet);
        reporters = mergeReporters(reporters, credit ?? writer);
      }
    }
    s.reporters = taglineEmail(
      s,
      reporters.filter((r) => !isOutlet(r.name)),
    );
  },
};

/** Longest outlet tagline with an e-mail (`◎공감언론 가나뉴스 gildong@gana.kr`), in characters. */
const TAGLINE_MAX = 60;
/** An e-mail address closing a line. */
const EMAIL_END = new RegExp(`\\s*(${EMAIL.source})$`);

/**
 * The reporter's e-mail printed after the body on the outlet's tagline (`◎공감언론 가나뉴스
 * gildong@gana.kr`: the outlet's name, an e-mail, nothing else): it joins the one reporter the
 * header or the body's wire dateline (`[서울=가나뉴스] 홍길동 기자 =`) names, when that reporter
 * has none. With several reporters, or none, `reporters` stay as they are.
 */
function taglineEmail(s: ReaderState, reporters: Reporter[]): Reporter[] {
  if (s.body < 0 || reporters.some((r) => r.email)) return reporters;
  const { bylines } = s.ctx.words;
  const named = reporters.length ? reporters : bylines.cutDateline(s.lines[s.body].text).reporters;
  if (named.length !== 1 || named[0].email) return reporters;
  for (let i = s.body + 1; i < s.end; i++) {
    const t = s.lines[i].text;
    const m = t.length <= TAGLINE_MAX ? EMAIL_END.exec(t) : null;
    const words = m ? t.slice(0, m.index).split(/\s+/) : [];
    if (m && words.length && s.ctx.outlets.lookup(words[words.length - 1]) !== null)
      return [{ ...named[0], email: m[1] }];
  }
  return reporters;
}

/** A deck says something: a line of digits and signs alone is a button's count (좋아요 / 0). */
const HAS_WORD = /\p{L}/u;

/** Decks (short lines between headline and body) and captions before the body. */
export const readDecks: ReaderRule = {
  name: "decks",
  run(s) {
    if (s.body < 0) return;
    const title = s.title >= 0 ? s.lines[s.title].text : "";
    for (let i = s.title + 1; i < s.body; i++) {
      const l = s.lines[i];
      if (l.kind === "caption") {
        const text = withoutPhotoMark(l.text);
        const c = l.credit ? { text, credit: l.credit } : parseCaption(text, s.ctx.words);
        if (c.text) s.captions.push(c);
      } else if (
        l.kind === "text" &&
        l.text !== title &&
        l.text.length <= DECK_MAX &&
        HAS_WORD.test(l.text) &&
        !isProse(l.text, s.ctx.words) &&
        // A transcript's segment label (`앵커멘트`) opens the text; it is no deck.
        !s.ctx.words.speakerMark.test(l.text) &&
        !sectionLabel(l.text, s.ctx.furniture.sections) &&
        !s.decks.includes(l.text)
      ) {
        s.decks.push(l.text.replace(/^[-–—]+\s*/, ""));
      }
    }
  },
};

/** Most words, and characters, of a section label under a headline (`광주·전남 경제`). */
const SECTION_LABEL = { words: 3, chars: 15 };

/**
 * A section label printed under the headline (`광주·전남 경제`, `전국 사회`): a few words, no
 * phrase punctuation or figure, the last a section name of the menus (`_data/furniture.yaml`
 * `sections`). A deck is a phrase of its own and never ends so.
 */
function sectionLabel(t: string, sections: Set<string>): boolean {
  const words = t.split(/[\s·ㆍ/|]+/).filter(Boolean);
  return (
    words.length <= SECTION_LABEL.words &&
    t.length <= SECTION_LABEL.chars &&
    !/[,…'"‘’“”?!%\d]/.test(t) &&
    sections.has(words.at(-1)!.toLowerCase())
  );
}

/** Kinds of line the body keeps for the refine step (which reads bylines, footers and captions itself). */
const BODY_KINDS = new Set(["text", "byline", "copyright", "caption", "outlet"]);

/**
 * The copyright line printed below the article's end (after a related or most-read box that
 * closed the body), when the body holds none (the site footer further down names the company, not
 * the article's notice); null when the page prints none there.
 */
function trailingCopyright(s: ReaderState): string | null {
  if (s.body < 0 || s.lines.slice(s.body, s.end).some((l) => l.kind === "copyright")) return null;
  return s.lines.slice(s.end).find((l) => l.kind === "copyright")?.text ?? null;
}

/** A tag in brackets opening a headline (`[가나방송 뉴스] …`): group 1 the tag. */
const HEAD_TAG = /^[[【]\s*([^[\]【】]{2,20}?)\s*[\]】]\s*(?=\S)/;

/**
 * The headline without the outlet's own tag in brackets in front (`[OBS 뉴스] 가나시…`: a
 * broadcaster's or site's name, with an outlet tail word of the lexicon or not), which names the
 * outlet, not the story; the outlet line's hint takes it when the page gave none. A series or kind
 * label (`[단독]`, `[뉴스A]`) is no outlet and stays.
 */
function withoutOutletTag(s: ReaderState, title: string): string {
  const m = HEAD_TAG.exec(title);
  if (!m) return title;
  const tag = m[1].trim();
  const isOutlet = (t: string) => t !== "" && s.ctx.outlets.lookup(t) !== null;
  if (!isOutlet(tag) && !isOutlet(tag.replace(s.ctx.words.outletTail, ""))) return title;
  s.outletHint ??= tag;
  return title.slice(m[0].length);
}

/** Kinds of line that sign an article off below its text. */
const SIGN_OFF = new Set(["byline", "copyright"]);

/**
 * The photo block under the article: a caption line set apart by a blank line, right above the
 * article's byline or copyright line (or its end), whose credit only a caption line carries
 * (`…전경. 가나시 제공`: in a paragraph that shape stays text). It is read as a caption and
 * leaves the body.
 */
function trailingPhotos(s: ReaderState): void {
  const lines = s.lines.slice(Math.max(s.body, 0), s.end);
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (l.kind !== "caption" || !l.gap || (next && !SIGN_OFF.has(next.kind))) return;
    if (cutCredits(l.text, s.ctx.boilerplate).some((p) => p.credit !== undefined)) return;
    // Text signed by its reporter (`… 홍길동 기자 x@y.kr`) is the last paragraph, not a photo.
    if (s.ctx.words.bylines.cutTrailingByline(l.text).reporters.length) return;
    const [piece] = cutCredits(l.text, s.ctx.boilerplate, true);
    if (piece.credit === undefined || !piece.text) return;
    s.captions.push({ text: piece.text, credit: piece.credit });
    l.kind = "furniture";
  });
}

/** The draft: the body's lines from its start to its end, and the fields found. */
export function toDraft(s: ReaderState): Draft {
  for (const l of s.lines.slice(Math.max(s.body, 0), s.end))
    if (l.kind === "photo") s.captions.push(parseCaption(l.text, s.ctx.words));
    else if (l.kind === "caption" && l.credit) {
      // A caption with its credit on the line under it is a photo's, wherever it stands.
      s.captions.push({ text: withoutPhotoMark(l.text), credit: l.credit });
      l.kind = "photo";
    }
  trailingPhotos(s);
  const body =
    s.body < 0
      ? []
      : s.lines
          .slice(s.body, s.end)
          .filter((l) => BODY_KINDS.has(l.kind))
          // A list item of the text keeps its bullet: refine joins the items into one list.
          .map((l) => (l.bullet && l.kind === "text" ? `${LIST_ITEM}${l.text}` : l.text));
  const title = withoutOutletTag(s, s.title >= 0 ? s.lines[s.title].text : "");
  const warnings = [...s.warnings];
  return {
    title,
    subtitle: s.decks.length ? s.decks.join("\n") : undefined,
    outletHint: s.outletHint,
    date: s.date,
    dateSource: s.date ? "text" : "none",
    reporters: s.reporters,
    paragraphs: body,
    captions: s.captions,
    copyright: trailingCopyright(s),
    clues: s.clues,
    warnings,
    keepSpeakers: true,
    ...(s.next > 0 ? { nextHeadline: s.lines[s.next].text } : {}),
  };
}
