/**
 * The layout-independent half of parsing: from a layout's {@link Draft} to a clean
 * {@link ParsedArticle}.
 *
 * Steps, in order:
 * 1. Photo credits glued into the text are cut off (`credits` in boilerplate.yaml): the text
 *    before each (up to {@link CAPTION_MAX} characters) becomes a caption, a bare credit goes;
 *    captions the layout found lose the credit their text carries. Glued furniture is cut apart
 *    and classified (rules in `_data/boilerplate.yaml`): a copyright footer gives `copyright`,
 *    the outlet's notice alone (`copyrightNotice`); sign-offs give a reporter; furniture, tip
 *    lines and transcript markers go; repeats of the headline or deck go (one before the article's
 *    text also in other spacing or punctuation).
 * 2. A bracket byline or wire dateline at the start (or a dateline moved to the end) gives
 *    reporters and an outlet clue (a press-release dateline also its day); a place dateline
 *    (`【춘천】`) and a series label the headline also carries leave the text.
 * 3. Short deck lines before the article (dash-led, a speaker's quote, a bracketed deck after a
 *    bracket byline) become `subtitle`.
 * 4. At the end: an attachment list or author box goes; byline lines, glued bylines and an
 *    author's signature (`홍길동 | 미술평론가`, `글 홍길동`; a bare one with no role goes without
 *    a name) give reporters; e-mails leave the body.
 * 5. A photo story's caption is its text; a headline-only item (no text, but a date or outlet) is
 *    kept with a warning.
 * The outlet is resolved from every signal (./outlet-signals.ts: the layout's outlet line, a
 * dateline, a bracket byline, a copyright line, a reporter's e-mail domain, a URL, the host in the
 * file name, furniture lines, in that order); an unknown outlet a bracket byline or copyright line
 * names is kept as written, with a warning; none is null with a warning, never guessed.
 */
import { type Caption, LIST_ITEM, type Reporter } from "../core/article.ts";
import { decodeEntities } from "../decode/clean.ts";
import {
  type BoilerplateRules,
  type CreditPiece,
  NOTICE_MAX,
  classifyLine,
  copyrightNotice,
  creditHolder,
  cutCredits,
  signoffName,
  splitAtBreaks,
} from "./boilerplate.ts";
import { withoutPhotoMark } from "./caption.ts";
import { EMAIL, cutTrailingDateline, mergeReporters } from "./byline.ts";
import { isPersonName } from "./names.ts";
import { type OutletReading, resolveOutlet } from "./outlet-signals.ts";
import { isFiguresSource, isTableRow, sameHeadline, tableBars, tabRow } from "./text.ts";
import type { Draft, ParseContext, ParseFailure, ParsedArticle } from "./types.ts";

const EMAIL_G = new RegExp(EMAIL.source, "g");
/**
 * Ends like a sentence: a terminator (or 다), possibly inside closing quotes or brackets — but not
 * a quoted phrase with a stray full stop after the quote (`"…메시지 여러번 전달".`), which is a
 * sub-headline: Korean sentences end their predicate before the quote (`…했다."`).
 */
const SENTENCE_END = /(?:[.!?。…]|다)[\s"”’')\]]*$/;
const QUOTED_PHRASE = /[^다요.!?]["”’']\.$/;
const endsSentence = (p: string) => SENTENCE_END.test(p) && !QUOTED_PHRASE.test(p);
/** Lines that open list items, never deck lines (a dash opens deck lines too: `- 부제`, `-부제`). */
const LIST_MARK = /^[◇▲■●◆□○▷·•*]/;
const DECK_DASH = /^[-–—]{1,2}\s*(?=[^\s\-–—])/;
/**
 * A headline-style line ending in a quote with no full stop inside it (`홍길동 장관 "수용 못한다"`):
 * a deck even though the quote ends in 다; article sentences close a quote with `.` or go on (`…다"고`).
 */
const HEADLINE_QUOTE = /["“][^"“”]*[^.!?。…\s]["”]$/;
/**
 * A deck in brackets right after a bracket byline (`[가나일보 홍길동 기자] [[the300]부제 한 줄]`), with
 * an optional section tag in front; group 1 is the deck.
 */
const BRACKET_DECK = /^\[(?:\[[^\[\]]{1,15}\]\s*)?([^\[\]]{4,80})\]$/;
/** How many of the last paragraphs an end box may start in. */
const END_BOX_REACH = 6;
/** Longest deck (sub-headline) line, in characters. */
const DECK_MAX = 80;
/** `<outlet> <name>입니다.`, a sign-off whose first word is checked against the dictionary. */
const OUTLET_SIGNOFF = /^([A-Za-z가-힣0-9]{2,10})\s([가-힣]{2,4})입니다\.?$/;
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/**
 * Longest text before a photo credit that is taken as its caption, in characters. Captions in
 * the corpus run to about 200; a longer run ending in a credit is an article paragraph the
 * image followed, so it stays in the body and only the credit goes.
 */
const CAPTION_MAX = 300;
/**
 * A quoted deck line glued to the caption after it with no space (`“…검토할만해”김동연(왼쪽) …`):
 * the quote is followed by a word, not by the quotative or a particle that would continue it.
 */
const GLUED_QUOTE = /^([“"][^“”"]{2,80}[”"])(?=[가-힣A-Za-z0-9])/;

/**
 * A draft caption with the credit its text carries cut off (`다리 전경 [사진 출처 = 연합뉴스]` →
 * `다리 전경` / `연합뉴스`) and its credit reduced to the holder; the layout's credit wins.
 */
function normalizeCaption(c: Caption, rules: BoilerplateRules): Caption {
  const raw = squash(c.text);
  const pieces = cutCredits(raw, rules, true);
  const last = pieces[pieces.length - 1];
  let text = raw;
  let credit = c.credit ? creditHolder(c.credit, rules) : undefined;
  if (last.credit !== undefined) {
    text = pieces
      .map((p) => p.text)
      .filter(Boolean)
      .join(" ");
    credit ??= last.credit;
  }
  return credit ? { text, credit } : { text };
}

/**
 * Decodes HTML character references (`&amp;`, `&quot;`, `&nbsp;`) left in a draft's text, whatever
 * the layout: plain-text scrapes and page copies carry them as often as HTML does (SPEC §4).
 * Layouts whose text an HTML parser already decoded say so (`Draft.decoded`): decoding twice
 * would turn an escaped `&amp;lt;` in the source into `<`.
 */
function decodeDraftEntities(d: Draft): Draft {
  if (d.decoded) return d;
  return {
    ...d,
    title: decodeEntities(d.title),
    subtitle: d.subtitle === undefined ? undefined : decodeEntities(d.subtitle),
    paragraphs: d.paragraphs.map(decodeEntities),
    captions: d.captions.map((c) => ({
      ...c,
      text: decodeEntities(c.text),
      ...(c.credit ? { credit: decodeEntities(c.credit) } : {}),
    })),
    copyright: d.copyright === null ? null : decodeEntities(d.copyright),
  };
}

/**
 * Gives reporters named without an address the addresses the text prints on their own (a bare
 * `gildong@yna.co.kr` line, `조국현 기자(reporter@…)` cut apart earlier): paired in order, and only
 * when the counts match, so a press contact's address is never pinned on a reporter by guess.
 */
function attachLoneEmails(reporters: Reporter[], texts: string[]): Reporter[] {
  const known = new Set(reporters.map((r) => r.email).filter(Boolean));
  const lone = [...new Set(texts.flatMap((t) => t.match(EMAIL_G) ?? []))].filter(
    (e) => !known.has(e),
  );
  const without = reporters.filter((r) => !r.email);
  if (!without.length || lone.length !== without.length) return reporters;
  let i = 0;
  return reporters.map((r) => (r.email ? r : { ...r, email: lone[i++] }));
}

/** Everything the refine steps read and write, from the draft to the article. */
interface RefineState {
  draft: Draft;
  ctx: ParseContext;
  isOutlet: (s: string) => boolean;
  title: string;
  warnings: string[];
  /** The outlet's copyright notice, once a footer gave it. */
  copyright: string | null;
  clues: string[];
  /** Furniture and tip lines: they may name the outlet (`▶한국일보`), but only as a last resort. */
  weakClues: string[];
  reporters: Reporter[];
  /** Deck lines a layout found: dashes that open them go, furniture lines (`AsiaNet 78779`) go. */
  layoutDecks: string[];
  deckLines: Set<string>;
  /** The body cut at photo credits (step `captions`), before it is read piece by piece. */
  runs: string[];
  /** Captions found in flattened text: the text before a photo credit (`… /사진=연합뉴스`). */
  bodyCaptions: Caption[];
  paragraphs: string[];
  /** An interview's programme box (`■ 진행 : 홍길동 앵커`), kept for the deck. */
  programme: string[];
  /** The paragraph a bracket byline or wire dateline opened, or -1. */
  bylineAt: number;
  datelineOutlet: string | null;
  /** A wire dateline closing the text: a credit, weaker than the page's own copyright and host. */
  creditOutlet: string | null;
  bracketOutlet: string | null;
  namedOutlet: string | null;
  subtitle: string | undefined;
}

/** A named step of refine. */
interface RefineStep {
  name: string;
  run(s: RefineState): void;
}

/** A caption's last sentence ends here (`…있다.`, `…‘수월관음도’.`); a deck line ends on a word. */
const CAPTION_END = /[.!?]["”’')]*$/;

/**
 * A line the layout took for a deck that is a photo caption: a sentence and a credit after it
 * (`…하고 있다. 로이터=연합뉴스`, `…모습. 부산시 제공`, `…있다. ⓒ가나일보 홍길동`), read with the
 * caption-line credits of `_data/boilerplate.yaml`; null for a deck line.
 */
function deckCaption(line: string, rules: BoilerplateRules): Caption | null {
  const pieces = cutCredits(line, rules, true);
  if (pieces.length !== 1) return null;
  const { text, credit } = pieces[0];
  if (!credit || !text || text.length > CAPTION_MAX || !CAPTION_END.test(text)) return null;
  return { text, credit };
}

/** The state a draft starts from. */
function refineState(raw: Draft, ctx: ParseContext): RefineState {
  const draft = decodeDraftEntities(raw);
  const headerLines = (draft.subtitle ?? "")
    .split("\n")
    .map((l) => squash(l).replace(/^[-–—]+\s*/, ""))
    .filter((l) => l && !classifyLine(l, ctx.boilerplate));
  const headerCaptions = headerLines.map((l) => deckCaption(l, ctx.boilerplate));
  const layoutDecks = headerLines.filter((_, i) => !headerCaptions[i]);
  return {
    draft,
    ctx,
    isOutlet: (s: string) => ctx.outlets.lookup(s) !== null,
    title: squash(draft.title),
    warnings: [...draft.warnings],
    copyright: draft.copyright === null ? null : copyrightNotice(draft.copyright, ctx.words).notice,
    clues: [...draft.clues],
    weakClues: [],
    reporters: [...draft.reporters],
    layoutDecks,
    deckLines: new Set(layoutDecks),
    runs: [],
    bodyCaptions: headerCaptions.filter((c): c is Caption => c !== null),
    paragraphs: [],
    programme: [],
    bylineAt: -1,
    datelineOutlet: null,
    creditOutlet: null,
    bracketOutlet: null,
    namedOutlet: null,
    subtitle: undefined,
  };
}

/** One piece of a paragraph cut at photo credits: a run of text, or a caption with its credit. */
function creditPiece(s: RefineState, { text, credit, back }: CreditPiece): void {
  if (credit === undefined || text.length > CAPTION_MAX) {
    if (text) s.runs.push(text);
    return;
  }
  // A credit opening a run that ends the caption in the run before (`도쿄=AP연합뉴스다음 문단`).
  const before = s.runs[s.runs.length - 1];
  if (!text && back && before && before.length <= CAPTION_MAX && endsSentence(before)) {
    s.bodyCaptions.push({ text: s.runs.pop()!, credit });
    return;
  }
  if (!text) return; // a bare credit (`사진=KBS 제공`): no caption to keep
  const quote = GLUED_QUOTE.exec(text);
  if (quote && !s.ctx.words.quoteGoesOn.test(text.slice(quote[1].length))) {
    s.runs.push(quote[1]);
    s.bodyCaptions.push({ text: text.slice(quote[1].length).trim(), credit });
  } else s.bodyCaptions.push({ text, credit });
}

/** Photo credits glued into the text: the text before one becomes a caption, a bare credit goes. */
const cutBodyCaptions: RefineStep = {
  name: "captions",
  run(s) {
    const ps = s.draft.paragraphs.map((p) => tabRow(p) ?? p);
    ps.forEach((p, i) => {
      // A credit line naming a reporter (`사진=홍길동 기자 x@y.kr`) is a byline, no bare credit;
      // a source line under a table or list of figures is the figures' (`(자료: 가나협회)`).
      if (s.ctx.words.bylines.writtenByLine(p) || tableSource(s, p, ps[i - 1]) || isTableRow(p))
        s.runs.push(p);
      else for (const piece of cutCredits(squash(p), s.ctx.boilerplate)) creditPiece(s, piece);
    });
  },
};

/** True when `p` is the source line of the table or list of figures `prev` ends with (text.ts). */
const tableSource = (s: RefineState, p: string, prev: string | undefined): boolean =>
  prev !== undefined && isFiguresSource(p, prev.split("\n").pop()!, s.ctx.boilerplate.sources);

/** Where the piece-by-piece reading of the body stands. */
interface PieceReading {
  /** Number of the piece being read, and of the piece the kept copyright notice came from. */
  pieceNo: number;
  footerAt: number;
  /** Set at a copyright footer once the article has text: the page after it is not the article. */
  pastFooter: boolean;
  /** Two or more [인터뷰] turns: the speaker labels say who is talking. */
  interview: boolean;
  speaker: string | null;
}

/**
 * A transcript's speaker marks and an interview's programme box; true when the piece was one.
 * A page copy keeps speaker marks as written (`<앵커>`, `[기자]`, `홍길동 앵커>`); an interview
 * keeps its labels in front of the turn they open; in a news report [앵커]/[기자] only mark the
 * package and go.
 */
function speakerPiece(s: RefineState, r: PieceReading, text: string): boolean {
  const { speakerMark, speakerLine, programmeCredit, speakerBare } = s.ctx.words;
  // A segment label bare on its line (`앵커멘트`, `기자리포트`) names no speaker: it goes.
  if (speakerBare.test(text)) return true;
  if (s.draft.keepSpeakers && speakerMark.test(text)) {
    r.speaker = text;
    return true;
  }
  // A speaker named with the mark (`인터뷰 : 홍길동 / 가나시장`) or on the line under it opens
  // the turn, in front of it like a bare mark: who speaks stays with what they say.
  const named = s.draft.keepSpeakers ? s.ctx.words.speakerNamed.exec(text) : null;
  if (named) {
    r.speaker = `[${named[1] ?? named[2]}] ${named[3]}`;
    return true;
  }
  if (r.speaker && !r.speaker.includes("/") && s.ctx.words.speakerWho.test(text)) {
    r.speaker = `${r.speaker} ${text}`;
    return true;
  }
  if (r.interview && speakerLine.test(text)) {
    r.speaker = `[${speakerLine.exec(text)![1]}]`;
    return true;
  }
  const staff = r.interview ? programmeCredit.exec(text) : null;
  if (staff) s.programme.push(`${staff[1].replace(/\s/g, "")}: ${staff[2].trim()}`);
  return staff !== null;
}

/** The headline or a deck repeated, exactly anywhere, or before the text in other spacing or punctuation. */
function repeatsHeader(s: RefineState, text: string): boolean {
  return (
    !text ||
    text === s.title ||
    s.deckLines.has(text) ||
    (!s.paragraphs.length && sameHeadline(text, s.title))
  );
}

/** A copyright footer: the notice alone is kept; a byline glued in front of it names a reporter. */
function footerPiece(s: RefineState, r: PieceReading, text: string): void {
  if (s.paragraphs.length) r.pastFooter = true;
  const { notice, before } = copyrightNotice(text, s.ctx.words);
  if (before) s.weakClues.push(before);
  const bylines = s.ctx.words.bylines;
  if (before && bylines.isBylineLine(before))
    s.reporters = mergeReporters(
      s.reporters,
      bylines.cutTrailingByline(before).reporters.filter((x) => !s.isOutlet(x.name)),
    );
  // Prefer a footer that names its holder (a copyright mark) over a truncated tail (`), 무단 전재 …`).
  const named = s.ctx.words.copyrightMark;
  if (notice && (!s.copyright || (!named.test(s.copyright) && named.test(notice)))) {
    s.copyright = notice;
    r.footerAt = r.pieceNo;
  }
  s.clues.push(text);
}

/** Bylines, credits, sign-offs and outlet names standing alone; true when the piece was one. */
function bylinePiece(s: RefineState, text: string, cls: string | null): boolean {
  // A line that is only a byline, wherever it stands (`[ 이미나 기자 ]`, `김창훈 기자 x@y.kr`, `글 홍길동`).
  const bylines = s.ctx.words.bylines;
  if (!cls && bylines.isBylineLine(text)) {
    s.reporters = mergeReporters(s.reporters, bylines.cutTrailingByline(text).reporters);
    return true;
  }
  // (`글=홍길동` has the shape of a dateline run, which furniture would drop without the name.)
  const credit = bylines.writtenByLine(text);
  if (credit) {
    s.reporters = mergeReporters(s.reporters, credit);
    return true;
  }
  if (cls) return false;
  // A broadcast sign-off naming the outlet (`YTN 한연희입니다.`): the first word must be in
  // the dictionary, so `이것은 청진입니다.` stays.
  const so = OUTLET_SIGNOFF.exec(text);
  if (so && s.isOutlet(so[1])) {
    s.reporters = mergeReporters(s.reporters, [{ name: so[2] }]);
    s.clues.push(text);
    return true;
  }
  // A piece that only names the outlet (a sign-off `KBS`, `파이낸셜뉴스` after the footer).
  if (s.isOutlet(text.replace(/^[\[【(]|[\]】)]$/g, ""))) {
    s.clues.push(text);
    return true;
  }
  return false;
}

/** One piece of the body, read by its class (boilerplate.ts) and shape. */
function readPiece(s: RefineState, r: PieceReading, text: string): void {
  if (speakerPiece(s, r, text) || repeatsHeader(s, text)) return;
  // A table's source line (`자료=가나청`) is text under its table, though furniture elsewhere.
  const source = tableSource(s, text, s.paragraphs[s.paragraphs.length - 1]);
  const cls = source ? null : classifyLine(text, s.ctx.boilerplate);
  // The outlet's name right after a notice that does not name it ends that notice
  // (`ⓒ 내일을 여는 신문  한국일보`).
  if (
    !cls &&
    s.copyright &&
    r.footerAt === r.pieceNo - 1 &&
    s.isOutlet(text) &&
    !s.copyright.includes(text) &&
    `${s.copyright} ${text}`.length <= NOTICE_MAX
  ) {
    s.copyright = `${s.copyright} ${text}`;
    s.clues.push(text);
  } else if (r.pastFooter && cls !== "copyright") s.weakClues.push(text);
  else if (bylinePiece(s, text, cls)) return;
  else if (cls === "copyright") footerPiece(s, r, text);
  else if (cls === "signoff") {
    const name = signoffName(text, s.ctx.boilerplate);
    if (name) s.reporters = mergeReporters(s.reporters, [{ name }]);
    s.clues.push(text);
  } else if (cls) {
    if (cls !== "marker") s.weakClues.push(text);
  } else {
    s.paragraphs.push(r.speaker ? `${r.speaker} ${text}` : text);
    r.speaker = null;
  }
}

/**
 * Glued furniture cut apart and every piece classified: footers, bylines, sign-offs, furniture
 * and repeats of the headline leave the body. A photo story's text is its caption.
 */
const readPieces: RefineStep = {
  name: "pieces",
  run(s) {
    const interviews = s.runs.reduce(
      (n, x) => n + (x.match(s.ctx.words.speakerAll)?.filter((m) => /인터뷰/.test(m)).length ?? 0),
      0,
    );
    const r: PieceReading = {
      pieceNo: 0,
      footerAt: -1,
      pastFooter: false,
      interview: interviews >= 2,
      speaker: null,
    };
    for (const p of s.runs)
      for (const piece of splitAtBreaks(p, s.ctx.boilerplate)) {
        r.pieceNo++;
        readPiece(s, r, piece.trim());
      }
    // A photo story's text is its caption (`(가나=뉴시스) 홍길동 기자 = 다리 전경. (사진=가나시 제공)`).
    if (!s.paragraphs.length && s.bodyCaptions.length)
      s.paragraphs = s.bodyCaptions.splice(0).map((c) => c.text);
  },
};

/** A bracket byline, then a wire dateline, at the start of one of the first paragraphs. */
const leadingByline: RefineStep = {
  name: "leading byline",
  run(s) {
    const ps = s.paragraphs;
    const bylines = s.ctx.words.bylines;
    for (let i = 0; i < Math.min(ps.length, 10); i++) {
      let d = bylines.cutDateline(ps[i]);
      // `[스포츠월드=정가영 기자]` has the dateline's shape but names no outlet after `=`.
      if (d.outletName && !s.isOutlet(d.outletName)) d = { ...d, outletName: null };
      if (d.outletName) {
        s.datelineOutlet ??= d.outletName;
        s.reporters = mergeReporters(s.reporters, d.reporters);
        ps[i] = d.text;
      }
      const b = d.outletName
        ? null
        : (bylines.cutBracketByline(ps[i], s.isOutlet, (w) => isPersonName(w, s.ctx)) ??
          (i === 0 || s.bylineAt < 0 ? bylines.cutLeadingByline(ps[i], s.isOutlet) : null));
      if (b) {
        s.bracketOutlet ??= b.outletName ?? null;
        s.namedOutlet ??= b.named ?? null;
        s.reporters = mergeReporters(s.reporters, b.reporters);
        ps[i] = b.text;
      }
      if (b || d.outletName) {
        s.bylineAt = i;
        break;
      }
    }
  },
};

/** A place in lenticular brackets opening the text (`【춘천】`, `【서울·세종】`): group 1 the place. */
const PLACE_DATELINE = /^【\s*([가-힣]{1,10}(?:·[가-힣]{1,10})*)\s*】\s*(?=\S)/;

/**
 * A regional paper's place dateline (`【춘천】 사흘째 …`, the lenticular brackets of Korean
 * newspaper datelines) opening the text: no part of the first sentence. A breaking-news mark
 * (`【속보】`, `furniture.yaml` flashes) and a speaker mark (`【앵커】`) are not places.
 */
const cutPlaceDateline: RefineStep = {
  name: "place dateline",
  run(s) {
    const i = Math.max(s.bylineAt, 0);
    const m = PLACE_DATELINE.exec(s.paragraphs[i] ?? "");
    if (!m || s.ctx.words.speakerMark.test(m[0].trim())) return;
    if (s.ctx.furniture.flashes.some((r) => r.test(m[0]))) return;
    s.paragraphs[i] = s.paragraphs[i].slice(m[0].length);
  },
};

/** A bracketed label opening a paragraph (`[가나위클리]`, `[기획]`), group 1 the label with brackets. */
const LEADING_LABEL = /^(\[[^[\]\s]{2,20}\])\s*(?=\S)/;

/**
 * A series label the headline also carries (`… [가나위클리]` over `[가나위클리] 5월 …`) opening the
 * text: the label is the headline's, not the article's first words (speaker marks stay).
 */
const cutSeriesLabel: RefineStep = {
  name: "series label",
  run(s) {
    const m = LEADING_LABEL.exec(s.paragraphs[0] ?? "");
    if (!m || !s.title.includes(m[1]) || s.ctx.words.speakerMark.test(m[1])) return;
    s.paragraphs[0] = s.paragraphs[0].slice(m[0].length);
  },
};

/** A short line that is no sentence (or a headline-style quote, a dash-led line): a deck. */
function isDeck(p: string): boolean {
  return (
    p.length <= DECK_MAX &&
    (!endsSentence(p) || HEADLINE_QUOTE.test(p) || DECK_DASH.test(p)) &&
    !LIST_MARK.test(p) &&
    !/^[-–—]/.test(p.replace(DECK_DASH, "")) &&
    !/[다요][.!?]\s/.test(p)
  );
}

/**
 * Deck lines: short, non-sentence paragraphs before the article text (before the dateline
 * paragraph when there is one), after any deck lines the layout found; slash-parted decks on one
 * line (`첫 부제 / 둘째 부제`) and a bracketed deck after a bracket byline.
 */
const readDecks: RefineStep = {
  name: "decks",
  run(s) {
    s.subtitle = s.layoutDecks.length
      ? s.layoutDecks.join("\n")
      : s.programme.length
        ? s.programme.join(" · ")
        : undefined;
    if (s.draft.findDecks === false) return;
    const slashed = s.paragraphs[0]?.split(" / ");
    if (
      slashed &&
      slashed.length >= 2 &&
      s.bylineAt !== 0 &&
      slashed.every((x) => x.trim() && isDeck(x.trim()))
    ) {
      s.paragraphs.splice(0, 1, ...slashed.map((x) => x.trim()));
      if (s.bylineAt > 0) s.bylineAt += slashed.length - 1;
    }
    const decks: string[] = [];
    let i = 0;
    const limit = s.bylineAt >= 0 ? s.bylineAt : s.paragraphs.length;
    while (i < limit && s.paragraphs[i] && isDeck(s.paragraphs[i]))
      decks.push(s.paragraphs[i++].replace(DECK_DASH, ""));
    const bracketDeck =
      s.bylineAt >= 0 && i === s.bylineAt ? BRACKET_DECK.exec(s.paragraphs[s.bylineAt]) : null;
    if (bracketDeck && !endsSentence(bracketDeck[1].replace(/["”]$/, ""))) {
      decks.push(bracketDeck[1].trim());
      s.paragraphs[s.bylineAt] = "";
    }
    if (decks.length) {
      s.subtitle = [...s.layoutDecks, ...decks].join("\n");
      s.paragraphs = s.paragraphs.slice(i);
    }
  },
};

/**
 * True when `a` and `b` are rows of one text table: both rows by {@link isTableRow}, or both with
 * the same number (two or more) of spaced cell bars and no sentence end (`회사 | 잔고 | 증감`).
 */
function tableRows(a: string, b: string): boolean {
  if (isTableRow(a) && isTableRow(b)) return true;
  const n = tableBars(b);
  return n >= 2 && n === tableBars(a) && !endsSentence(a) && !endsSentence(b);
}

/** True when `a` and `b` are items of one bulleted list (`• 항목`, core/article.ts LIST_ITEM). */
const listItems = (a: string, b: string): boolean =>
  a.startsWith(LIST_ITEM) && b.startsWith(LIST_ITEM);

/**
 * Consecutive rows of a text table stay together, one row a line, so its columns can be read;
 * so do the items of a bulleted list, which the article file writes as a Markdown list.
 */
const joinTableRows: RefineStep = {
  name: "table rows",
  run(s) {
    s.paragraphs = s.paragraphs.filter(Boolean).reduce<string[]>((out, p) => {
      const prev = out[out.length - 1];
      const last = prev?.split("\n").pop() ?? "";
      if (prev !== undefined && (tableRows(last, p) || listItems(last, p)))
        out[out.length - 1] = `${prev}\n${p}`;
      else out.push(p);
      return out;
    }, []);
  },
};

/** An attachment list or author box near the end, and all after it; its signature names the author. */
const cutEndBox: RefineStep = {
  name: "end box",
  run(s) {
    const ps = s.paragraphs;
    for (let i = Math.max(1, ps.length - END_BOX_REACH); i < ps.length; i++) {
      const box = s.ctx.words.endBox.exec(ps[i]);
      if (!box) continue;
      if (box[1]) s.reporters = mergeReporters(s.reporters, [{ name: box[1] }]);
      const tail = ps.splice(i);
      // The author's signature often closes the box (`이진숙 | 미술평론가`): keep its role.
      for (const p of tail)
        s.reporters = mergeReporters(
          s.reporters,
          s.ctx.words.bylines.signatureReporters(p, s.isOutlet),
        );
      s.weakClues.push(...tail);
      break;
    }
  },
};

/** Replaces the last paragraph by `text` (dropped when empty). */
function setLast(s: RefineState, text: string): void {
  s.paragraphs[s.paragraphs.length - 1] = text;
  if (!text) s.paragraphs.pop();
}

/** Reads one closing element off the last paragraph; false when there is none. */
function cutEnding(s: RefineState): boolean {
  const ps = s.paragraphs;
  const last = ps[ps.length - 1];
  const cls = classifyLine(last, s.ctx.boilerplate);
  if (cls && cls !== "copyright") {
    s.weakClues.push(ps.pop()!);
    return true;
  }
  const bylines = s.ctx.words.bylines;
  if (bylines.isBylineLine(last)) {
    s.reporters = mergeReporters(s.reporters, bylines.cutTrailingByline(ps.pop()!).reporters);
    return true;
  }
  const td = cutTrailingDateline(last);
  if (td.outletName && s.isOutlet(td.outletName)) {
    s.creditOutlet ??= td.outletName;
    setLast(s, td.text);
    return true;
  }
  // An author's signature (`홍길동 | 미술평론가`, `…했다./홍길동 가나대 교수`, `홍길동 가나산방 씀`).
  const sig = bylines.cutSignature(last, ps.length >= 2 && endsSentence(ps[ps.length - 2]));
  if (sig) {
    s.reporters = mergeReporters(
      s.reporters,
      sig.reporters.filter((r) => !s.isOutlet(r.name)),
    );
    setLast(s, sig.text);
    return true;
  }
  const cut = bylines.cutTrailingByline(last);
  if (cut.text === last) return false;
  if (coReporter(s, last, cut.text)) {
    s.reporters = mergeReporters(s.reporters, [{ name: cut.text }, ...cut.reporters]);
    ps.pop();
  } else if (signOffOutlet(s, cut.text)) {
    s.reporters = mergeReporters(s.reporters, cut.reporters);
    s.weakClues.push(ps.pop()!);
  } else {
    s.reporters = mergeReporters(s.reporters, cut.reporters);
    setLast(s, cut.text);
  }
  return true;
}

/** Longest outlet name a sign-off prints before its byline, in characters. */
const SIGNOFF_OUTLET = 20;

/**
 * True when a byline's cut left only the outlet's name of a sign-off (`가나통신 홍길동
 * 기자(x@y.kr)`): the dictionary's outlet, or one word with no sentence end (a paragraph of one
 * word after the text is no sentence of it).
 */
function signOffOutlet(s: RefineState, left: string): boolean {
  if (s.isOutlet(left)) return true;
  return left.length <= SIGNOFF_OUTLET && !/[\s.!?。]/.test(left) && s.paragraphs.length >= 2;
}

/**
 * True when a byline's cut left only the first of co-reporters joined by a slash, middle dot or
 * comma (`홍길동/김철수 기자 x@y.kr` leaves `홍길동`): a reporter, not a paragraph.
 */
function coReporter(s: RefineState, line: string, left: string): boolean {
  return /^[/·,]/.test(line.slice(left.length).trim()) && isPersonName(left, s.ctx);
}

/** Byline lines, a glued byline, a signature, a dateline moved to the end, furniture, read off the end. */
const readEnding: RefineStep = {
  name: "ending",
  run(s) {
    for (let guard = 0; guard < 8 && s.paragraphs.length; guard++) if (!cutEnding(s)) break;
  },
};

/** E-mails leave the body (a lone one goes to the reporter without one); empty brackets and stray marks go. */
const cleanParagraphs: RefineStep = {
  name: "clean",
  run(s) {
    s.reporters = attachLoneEmails(s.reporters, s.draft.paragraphs);
    s.paragraphs = s.paragraphs
      .map((p) =>
        p
          .replace(EMAIL_G, "")
          .replace(/[(\[<]\s*[)\]>]/g, "")
          .replace(/[^\S\n]{2,}/g, " ")
          .trim(),
      )
      // A closing bracket no `[` opened, left at the end when a scraper cut a `[…기자]` box (`…밝혔다.]`).
      .map((p) =>
        p.endsWith("]") && (p.match(/\[/g)?.length ?? 0) < (p.match(/\]/g)?.length ?? 0)
          ? p.slice(0, -1).trimEnd()
          : p,
      )
      .filter((p) => p && !/^[\s,./·]*$/.test(p));
  },
};

/** The steps, in the order they run. */
export const REFINE_STEPS: RefineStep[] = [
  cutBodyCaptions,
  readPieces,
  leadingByline,
  cutPlaceDateline,
  cutSeriesLabel,
  readDecks,
  joinTableRows,
  cutEndBox,
  readEnding,
  cleanParagraphs,
];

/** The outlet from every signal the steps collected (./outlet-signals.ts). */
function readOutlet(s: RefineState): OutletReading {
  const emails = [
    ...s.reporters.map((r) => r.email ?? ""),
    ...s.draft.paragraphs.flatMap((p) => p.match(EMAIL_G) ?? []),
  ].filter(Boolean);
  const outlet = resolveOutlet(
    {
      hint: s.draft.outletHint,
      dateline: s.datelineOutlet,
      bracket: s.bracketOutlet,
      copyright: s.copyright,
      emails,
      clues: s.clues,
      host: s.draft.sourceHost,
      weakClues: s.weakClues,
      named: s.namedOutlet,
      credit: s.creditOutlet,
      site: s.draft.siteName,
      page: s.draft.pageOutlet,
    },
    s.ctx.outlets,
    {
      outletTail: s.ctx.words.outletTail,
      copyrightHolder: s.ctx.words.copyrightHolder,
      noticeBan: s.ctx.words.noticeBan,
    },
  );
  if (outlet.warning) s.warnings.push(outlet.warning);
  // A page whose article gave no byline may still print one where no step reads it.
  if (!s.reporters.length) s.reporters = [...(s.draft.pageOutlet?.reporters ?? [])];
  // An outlet's name or a word the lexicon says is no name (`이날`, `정부`) is never a reporter.
  s.reporters = s.reporters.filter(
    (r) => r.name !== outlet.name && !s.isOutlet(r.name) && !s.ctx.notNames.has(r.name),
  );
  return outlet;
}

/** Said of an article the reader found no date for (never guessed: SPEC, dates). */
export const UNDATED_WARNING =
  "글에서 날짜를 찾지 못해 비워 둡니다: 사이트의 '날짜 미상'에 모입니다(날짜를 알면 기사 파일의 date: null을 고치세요)";

/** Turns a draft into an article, or a failure with a one-line reason. */
export function refine(
  raw: Draft,
  layout: string,
  ctx: ParseContext,
): ParsedArticle | ParseFailure {
  const s = refineState(raw, ctx);
  for (const step of REFINE_STEPS) step.run(s);
  const outlet = readOutlet(s);
  const { draft, title, paragraphs, warnings } = s;
  if (!paragraphs.length) {
    // A headline-only item (속보, a page cut off before its text) is a clipping too, when the page
    // says when or where it ran or the headline carries a breaking-news mark (`[속보]`).
    const flash = ctx.furniture.flashes.some((r) => r.test(title));
    if (!title || (!draft.date && !outlet.name && !flash))
      return { skip: "기사 본문을 찾지 못함(제목, 바이라인이나 쪽 장식뿐)" };
    warnings.push("제목만 있는 기사: 쪽에 본문이 없습니다");
  }
  if (!title) warnings.push("글에 제목이 없어 첫 문장을 제목으로 삼았습니다");
  // An undated article is filed apart (articles/undated/, the site's 날짜 미상): the user is told,
  // once — a layout that looked in its own places has already said where.
  if (!draft.date && !draft.undatedTold) warnings.push(UNDATED_WARNING);
  const lost = lostTextWarning(paragraphs, draft.pageProse);
  if (lost) warnings.push(lost);
  return {
    layout,
    title: title || firstWords(paragraphs[0]),
    titleFromBody: !title,
    subtitle: s.subtitle || undefined,
    outlet: outlet.name,
    outletId: outlet.entry?.id ?? null,
    date: draft.date,
    dateSource: draft.dateSource,
    reporters: s.reporters,
    paragraphs,
    // Every caption loses its photo mark here, once, whichever layout or step found it.
    captions: [
      ...draft.captions.map((c) => normalizeCaption(c, ctx.boilerplate)),
      ...s.bodyCaptions,
    ]
      .map((c) => ({ ...c, text: withoutPhotoMark(c.text) }))
      .filter((c) => c.text),
    copyright: s.copyright ?? null,
    warnings,
  };
}

/**
 * Sentence text of the page (`pageProse`, characters) the article kept less than half of, and
 * at least {@link LOST_MIN} characters short: the reader missed the article's text (a box it took
 * for the article, a line it took for the end), and says so instead of writing a near-empty
 * article quietly. Null when the kept text holds its own, or the layout did not count the page.
 */
export function lostTextWarning(
  paragraphs: string[],
  pageProse: number | undefined,
): string | null {
  if (!pageProse) return null;
  const kept = paragraphs.reduce((n, p) => n + p.length, 0);
  if (kept * 2 >= pageProse || pageProse - kept < LOST_MIN) return null;
  return (
    `쪽에 보이는 문장은 ${pageProse}자인데 본문으로 ${kept}자만 읽었습니다: ` +
    "본문을 빠뜨렸을 수 있으니 원본 파일과 견주어 보고, 빠진 글은 기사 파일에 직접 넣어 주세요"
  );
}

/** Fewest characters of sentence text missing before {@link lostTextWarning} speaks (a short item's trims never do). */
const LOST_MIN = 200;

/** A title made from a paragraph: its first sentence, at most 60 characters (ellipsis when cut). */
function firstWords(p: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(p)?.[0] ?? p;
  return sentence.length <= 60 ? sentence : `${sentence.slice(0, 59).trim()}…`;
}
