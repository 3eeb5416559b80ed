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
 *    reporters and an outlet clue.
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
import type { Caption, Reporter } from "../core/article.ts";
import { decodeEntities } from "../decode/clean.ts";
import {
  type BoilerplateRules,
  NOTICE_MAX,
  classifyLine,
  copyrightNotice,
  creditHolder,
  cutCredits,
  signoffName,
  splitAtBreaks,
} from "./boilerplate.ts";
import {
  EMAIL,
  cutBracketByline,
  cutLeadingByline,
  cutDateline,
  cutSignature,
  cutTrailingByline,
  cutTrailingDateline,
  isBylineLine,
  mergeReporters,
  signatureReporters,
  writtenByLine,
} from "./byline.ts";
import { resolveOutlet } from "./outlet-signals.ts";
import { isTableRow, sameHeadline } from "./text.ts";
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
const LIST_MARK = /^[◇▲■●◆□○▷·*]/;
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
/**
 * A box at the end of a page that is not the article: a press release's attachment list
 * (`붙임: 1. 사진`, `첨부 2. 약력`) or an author box (`■ 필자 홍길동` and the author's profile after
 * it). Group 1 is the author's name, when the box names one.
 */
const END_BOX =
  /^(?:[■□▶※◆]\s?)?(?:붙임|첨부(?:\s?파일|\s?자료)?|필자\s?소개|필자|글쓴이|저자\s?소개)(?:\s?[:：]|\s?\d|\s([가-힣]{2,4})$|$)/;
/** A speaker label of a broadcast transcript, alone on its line: `[앵커]`, `[인터뷰]`, `◀ 인터뷰 ▶`. Group 1 is the speaker. */
const SPEAKER_LINE = /^[\[【◀]\s*(앵커|인터뷰|기자|리포트|대담|질문|답변)\s*[\]】▶]$/;
/** A line of an interview's programme box naming the host or guest: `■ 진행 : 홍길동 앵커`. */
const PROGRAMME_CREDIT = /^■\s?(진\s?행|출\s?연|대\s?담)\s?[:：]\s?(.{2,60})$/;
/** A speaker mark of a broadcast transcript as page copies print it, alone on its line. */
export const SPEAKER_MARK =
  /^(?:[<＜\[【◀]\s*(?:앵커|기자|리포트|앵커\s?멘트|인터뷰|대담)\s*[>＞\]】▶]|(?:[가-힣]{2,4}\s)?(?:앵커|기자)\s?>)$/;
const SPEAKER_G = /[\[【◀]\s*(?:앵커|인터뷰|기자|리포트|대담|질문|답변)\s*[\]】▶]/g;
/** How many of the last paragraphs an end box may start in. */
const END_BOX_REACH = 6;
/** Longest deck (sub-headline) line, in characters. */
const DECK_MAX = 80;
/** `<outlet> <name>입니다.`, a sign-off whose first word is checked against the dictionary. */
const OUTLET_SIGNOFF = /^([A-Za-z가-힣0-9]{2,10})\s([가-힣]{2,4})입니다\.?$/;
/** A copyright footer that names its holder. */
const NAMED_FOOTER = /ⓒ|©|\(c\)|저작권자|copyright/i;
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
const QUOTE_GOES_ON =
  /^(?:라고|라며|라는|라면서|이라|이라며|이라고|란|고|며|면서|하고|하며|는|은|를|을|가|이|와|과|에|의|도|로|만)(?:[\s,.]|$)/;

/**
 * A draft caption with the credit its text carries cut off (`다리 전경 [사진 출처 = 연합뉴스]` →
 * `다리 전경` / `연합뉴스`) and its credit reduced to the holder; the layout's credit wins.
 */
function normalizeCaption(c: Caption, rules: BoilerplateRules): Caption {
  const pieces = cutCredits(squash(c.text), rules, true);
  const last = pieces[pieces.length - 1];
  let text = squash(c.text);
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

/** Turns a draft into an article, or a failure with a one-line reason. */
export function refine(
  raw: Draft,
  layout: string,
  ctx: ParseContext,
): ParsedArticle | ParseFailure {
  const draft = decodeDraftEntities(raw);
  const warnings = [...draft.warnings];
  let copyright = draft.copyright === null ? null : copyrightNotice(draft.copyright).notice;
  const clues = [...draft.clues];
  /** Furniture and tip lines: they may name the outlet (`▶한국일보`), but only as a last resort. */
  const weakClues: string[] = [];
  const title = squash(draft.title);
  let reporters: Reporter[] = [...draft.reporters];
  // Deck lines a layout found: dashes that open them go, furniture lines (`AsiaNet 78779`) go.
  const layoutDecks = (draft.subtitle ?? "")
    .split("\n")
    .map((l) => squash(l).replace(/^[-–—]+\s*/, ""))
    .filter((l) => l && !classifyLine(l, ctx.boilerplate));
  const deckLines = new Set(layoutDecks);
  const isOutlet = (s: string) => ctx.outlets.lookup(s) !== null;

  // 1. Cut glued furniture apart; classify every piece.
  let paragraphs: string[] = [];
  /** Set at a copyright footer once the article has text: the page after it is not the article. */
  let pastFooter = false;
  /** Captions found in flattened text: the text before a photo credit (`… /사진=연합뉴스`). */
  const bodyCaptions: Caption[] = [];
  const runs: string[] = [];
  for (const p of draft.paragraphs) {
    for (const { text, credit, back } of cutCredits(squash(p), ctx.boilerplate)) {
      if (credit === undefined || text.length > CAPTION_MAX) {
        if (text) runs.push(text);
        continue;
      }
      // A credit opening a run that ends the caption in the run before (`도쿄=AP연합뉴스다음 문단`).
      const before = runs[runs.length - 1];
      if (!text && back && before && before.length <= CAPTION_MAX && endsSentence(before)) {
        bodyCaptions.push({ text: runs.pop()!, credit });
        continue;
      }
      if (!text) continue; // a bare credit (`사진=KBS 제공`): no caption to keep
      const quote = GLUED_QUOTE.exec(text);
      if (quote && !QUOTE_GOES_ON.test(text.slice(quote[1].length))) {
        runs.push(quote[1]);
        bodyCaptions.push({ text: text.slice(quote[1].length).trim(), credit });
      } else bodyCaptions.push({ text, credit });
    }
  }
  /** Number of the piece being read, and of the piece the kept copyright notice came from. */
  let pieceNo = 0;
  let footerAt = -1;
  // An interview transcript (two or more [인터뷰] turns): the speaker labels say who is talking,
  // so they stay, as written, in front of the turn they open. In a news report [앵커]/[기자] only
  // mark the package and go.
  const interview =
    runs.reduce(
      (n, r) => n + (r.match(SPEAKER_G)?.filter((m) => /인터뷰/.test(m)).length ?? 0),
      0,
    ) >= 2;
  let speaker: string | null = null;
  const programme: string[] = [];
  for (const p of runs) {
    for (const piece of splitAtBreaks(p, ctx.boilerplate)) {
      pieceNo++;
      const text = piece.trim();
      // A page copy keeps a transcript's speaker marks as written (`<앵커>`, `[기자]`, `홍길동 앵커>`).
      if (draft.keepSpeakers && SPEAKER_MARK.test(text)) {
        speaker = text;
        continue;
      }
      if (interview && SPEAKER_LINE.test(text)) {
        speaker = `[${SPEAKER_LINE.exec(text)![1]}]`;
        continue;
      }
      // The programme box says who hosts and who is interviewed (`■ 진행 : 홍길동 앵커`): kept for the deck.
      const staff = interview ? PROGRAMME_CREDIT.exec(text) : null;
      if (staff) {
        programme.push(`${staff[1].replace(/\s/g, "")}: ${staff[2].trim()}`);
        continue;
      }
      // The headline repeated, exactly anywhere, or before the article's text in other spacing or
      // punctuation (`삼성, 반도체 ‘투자’` under the headline `삼성 반도체 투자`).
      if (
        !text ||
        text === title ||
        deckLines.has(text) ||
        (!paragraphs.length && sameHeadline(text, title))
      )
        continue;
      const cls = classifyLine(text, ctx.boilerplate);
      // The outlet's name right after a notice that does not name it ends that notice
      // (`ⓒ 내일을 여는 신문  한국일보`).
      if (
        !cls &&
        copyright &&
        footerAt === pieceNo - 1 &&
        isOutlet(text) &&
        !copyright.includes(text) &&
        `${copyright} ${text}`.length <= NOTICE_MAX
      ) {
        copyright = `${copyright} ${text}`;
        clues.push(text);
        continue;
      }
      if (pastFooter && cls !== "copyright") {
        weakClues.push(text);
        continue;
      }
      // A line that is only a byline, wherever it stands (`[ 이미나 기자 ]`, `김창훈 기자 x@y.kr`, `글 홍길동`).
      if (!cls && isBylineLine(text)) {
        reporters = mergeReporters(reporters, cutTrailingByline(text).reporters);
        continue;
      }
      // (`글=홍길동` has the shape of a dateline run, which furniture would drop without the name.)
      const credit = writtenByLine(text);
      if (credit) {
        reporters = mergeReporters(reporters, credit);
        continue;
      }
      if (cls === "copyright") {
        if (paragraphs.length) pastFooter = true;
        // The notice alone; a byline glued in front of it (`홍길동 가나일보 기자 , 무단전재 …`) names a reporter.
        const { notice, before } = copyrightNotice(text);
        if (before) weakClues.push(before);
        if (before && isBylineLine(before)) {
          reporters = mergeReporters(
            reporters,
            cutTrailingByline(before).reporters.filter((r) => !isOutlet(r.name)),
          );
        }
        // Prefer a footer that names its holder over a truncated tail (`), 무단 전재 …`).
        if (
          notice &&
          (!copyright || (!NAMED_FOOTER.test(copyright) && NAMED_FOOTER.test(notice)))
        ) {
          copyright = notice;
          footerAt = pieceNo;
        }
        clues.push(text);
        continue;
      }
      if (cls === "signoff") {
        const name = signoffName(text, ctx.boilerplate);
        if (name) reporters = mergeReporters(reporters, [{ name }]);
        clues.push(text);
        continue;
      }
      if (cls) {
        if (cls !== "marker") weakClues.push(text);
        continue;
      }
      // A broadcast sign-off naming the outlet (`YTN 한연희입니다.`): the first word must be in
      // the dictionary, so `이것은 청진입니다.` stays.
      const so = OUTLET_SIGNOFF.exec(text);
      if (so && isOutlet(so[1])) {
        reporters = mergeReporters(reporters, [{ name: so[2] }]);
        clues.push(text);
        continue;
      }
      // A piece that only names the outlet (a sign-off `KBS`, `파이낸셜뉴스` after the footer).
      if (isOutlet(text.replace(/^[\[【(]|[\]】)]$/g, ""))) {
        clues.push(text);
        continue;
      }
      paragraphs.push(speaker ? `${speaker} ${text}` : text);
      speaker = null;
    }
  }

  // A photo story's text is its caption (`(가나=뉴시스) 홍길동 기자 = 다리 전경. (사진=가나시 제공)`).
  if (!paragraphs.length && bodyCaptions.length)
    paragraphs = bodyCaptions.splice(0).map((c) => c.text);

  // 2. Bracket byline, then wire dateline, at the start of one of the first paragraphs.
  let datelineOutlet: string | null = null;
  let bracketOutlet: string | null = null;
  let namedOutlet: string | null = null;
  let bylineAt = -1;
  for (let i = 0; i < Math.min(paragraphs.length, 10); i++) {
    let d = cutDateline(paragraphs[i]);
    // `[스포츠월드=정가영 기자]` has the dateline's shape but names no outlet after `=`.
    if (d.outletName && !isOutlet(d.outletName)) d = { ...d, outletName: null };
    if (d.outletName) {
      datelineOutlet ??= d.outletName;
      reporters = mergeReporters(reporters, d.reporters);
      paragraphs[i] = d.text;
    }
    const b = d.outletName
      ? null
      : (cutBracketByline(paragraphs[i], isOutlet) ??
        (i === 0 || bylineAt < 0 ? cutLeadingByline(paragraphs[i], isOutlet) : null));
    if (b) {
      bracketOutlet ??= b.outletName ?? null;
      namedOutlet ??= b.named ?? null;
      reporters = mergeReporters(reporters, b.reporters);
      paragraphs[i] = b.text;
    }
    if (b || d.outletName) {
      bylineAt = i;
      break;
    }
  }

  // 3. Deck lines: short, non-sentence paragraphs before the article text (before the dateline
  //    paragraph when there is one), after any deck lines the layout found.
  let subtitle = layoutDecks.length
    ? layoutDecks.join("\n")
    : programme.length
      ? programme.join(" · ")
      : undefined;
  if (draft.findDecks !== false) {
    const isDeck = (p: string) =>
      p.length <= DECK_MAX &&
      (!endsSentence(p) || HEADLINE_QUOTE.test(p) || DECK_DASH.test(p)) &&
      !LIST_MARK.test(p) &&
      !/^[-–—]/.test(p.replace(DECK_DASH, "")) &&
      !/[다요][.!?]\s/.test(p);
    // Deck lines printed on one line, parted by slashes (`첫 부제 / 둘째 부제 / 셋째 부제`).
    const slashed = paragraphs[0]?.split(" / ");
    if (
      slashed &&
      slashed.length >= 2 &&
      bylineAt !== 0 &&
      slashed.every((x) => x.trim() && isDeck(x.trim()))
    ) {
      paragraphs.splice(0, 1, ...slashed.map((x) => x.trim()));
      if (bylineAt > 0) bylineAt += slashed.length - 1;
    }
    const decks: string[] = [];
    let i = 0;
    const limit = bylineAt >= 0 ? bylineAt : paragraphs.length;
    while (i < limit && paragraphs[i] && isDeck(paragraphs[i]))
      decks.push(paragraphs[i++].replace(DECK_DASH, ""));
    const bracketDeck =
      bylineAt >= 0 && i === bylineAt ? BRACKET_DECK.exec(paragraphs[bylineAt]) : null;
    if (bracketDeck && !endsSentence(bracketDeck[1].replace(/["”]$/, ""))) {
      decks.push(bracketDeck[1].trim());
      paragraphs[bylineAt] = "";
    }
    if (decks.length) {
      subtitle = [...layoutDecks, ...decks].join("\n");
      paragraphs = paragraphs.slice(i);
    }
  }
  paragraphs = paragraphs.filter(Boolean);
  // Consecutive rows of a text table stay together, one row a line, so its columns can be read.
  paragraphs = paragraphs.reduce<string[]>((out, p) => {
    const prev = out[out.length - 1];
    if (prev !== undefined && isTableRow(p) && isTableRow(prev.split("\n").pop()!))
      out[out.length - 1] = `${prev}\n${p}`;
    else out.push(p);
    return out;
  }, []);

  // 4. The end: an attachment list or author box and all after it, then byline lines, a glued
  //    byline, a signature, a dateline moved to the end.
  for (let i = Math.max(1, paragraphs.length - END_BOX_REACH); i < paragraphs.length; i++) {
    const box = END_BOX.exec(paragraphs[i]);
    if (!box) continue;
    if (box[1]) reporters = mergeReporters(reporters, [{ name: box[1] }]);
    const tail = paragraphs.splice(i);
    // The author's signature often closes the box (`이진숙 | 미술평론가`): keep its role.
    for (const p of tail) reporters = mergeReporters(reporters, signatureReporters(p, isOutlet));
    weakClues.push(...tail);
    break;
  }
  // (The byline rules below then read the end again.)
  for (let guard = 0; guard < 8 && paragraphs.length; guard++) {
    const last = paragraphs[paragraphs.length - 1];
    const cls = classifyLine(last, ctx.boilerplate);
    if (cls && cls !== "copyright") {
      weakClues.push(paragraphs.pop()!);
      continue;
    }
    if (isBylineLine(last)) {
      reporters = mergeReporters(reporters, cutTrailingByline(paragraphs.pop()!).reporters);
      continue;
    }
    const td = cutTrailingDateline(last);
    if (td.outletName && isOutlet(td.outletName)) {
      datelineOutlet ??= td.outletName;
      paragraphs[paragraphs.length - 1] = td.text;
      if (!td.text) paragraphs.pop();
      continue;
    }
    // An author's signature (`홍길동 | 미술평론가`, `…했다./홍길동 가나대 교수`, `홍길동 가나산방 씀`).
    const sig = cutSignature(
      last,
      paragraphs.length >= 2 && endsSentence(paragraphs[paragraphs.length - 2]),
    );
    if (sig) {
      reporters = mergeReporters(
        reporters,
        sig.reporters.filter((r) => !isOutlet(r.name)),
      );
      paragraphs[paragraphs.length - 1] = sig.text;
      if (!sig.text) paragraphs.pop();
      continue;
    }
    const cut = cutTrailingByline(last);
    if (cut.text !== last) {
      reporters = mergeReporters(reporters, cut.reporters);
      paragraphs[paragraphs.length - 1] = cut.text;
      if (!cut.text) paragraphs.pop();
      continue;
    }
    break;
  }
  reporters = attachLoneEmails(reporters, draft.paragraphs);
  paragraphs = paragraphs
    .map((p) =>
      p
        .replace(EMAIL_G, "")
        .replace(/[(\[]\s*[)\]]/g, "")
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

  const emails = [
    ...reporters.map((r) => r.email ?? ""),
    ...draft.paragraphs.flatMap((p) => p.match(EMAIL_G) ?? []),
  ].filter(Boolean);
  const outlet = resolveOutlet(
    {
      hint: draft.outletHint,
      dateline: datelineOutlet,
      bracket: bracketOutlet,
      copyright,
      emails,
      clues,
      host: draft.sourceHost,
      weakClues,
      named: namedOutlet,
    },
    ctx.outlets,
  );
  if (outlet.warning) warnings.push(outlet.warning);
  reporters = reporters.filter((r) => r.name !== outlet.name && !isOutlet(r.name));

  const headlineOnly = !paragraphs.length;
  if (headlineOnly) {
    // A headline-only item (속보, a page cut off before its text) is a clipping too, when the page
    // says when or where it ran or the headline carries a breaking-news mark (`[속보]`).
    const flash = ctx.furniture.flashes.some((r) => r.test(title));
    if (!title || (!draft.date && !outlet.name && !flash))
      return { skip: "no article text found (only headline, byline or page furniture)" };
    warnings.push("headline only: the page holds no article text");
  }
  let finalTitle = title;
  let titleFromBody = false;
  if (!finalTitle) {
    finalTitle = firstWords(paragraphs[0]);
    titleFromBody = true;
    warnings.push("no headline in the text: title taken from the first sentence");
  }

  return {
    layout,
    title: finalTitle,
    titleFromBody,
    subtitle: subtitle || undefined,
    outlet: outlet.name,
    outletId: outlet.entry?.id ?? null,
    date: draft.date,
    dateSource: draft.dateSource,
    reporters,
    paragraphs,
    captions: [
      ...draft.captions.map((c) => normalizeCaption(c, ctx.boilerplate)),
      ...bodyCaptions,
    ].filter((c) => c.text),
    copyright: copyright ?? null,
    warnings,
  };
}

/** A title made from a paragraph: its first sentence, at most 60 characters (ellipsis when cut). */
function firstWords(p: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(p)?.[0] ?? p;
  return sentence.length <= 60 ? sentence : `${sentence.slice(0, 59).trim()}…`;
}
