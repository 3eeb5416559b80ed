/**
 * Boilerplate, driven by `_data/boilerplate.yaml`: where glued furniture starts inside a run of
 * text (`breaks`), which pieces are furniture, copyright footers, tip lines, broadcast role
 * markers or sign-offs, where a machine summary ends, and where photo credits stand (`credits`).
 * Pure: text in, pieces and classes out.
 */
import { defaultDataDir } from "../core/dictionaries.ts";
import { readPageData } from "../core/page-data-schema.ts";
import type { PageWords } from "./page-words.ts";
import { allMatches, anyMatch, mayMatch } from "../core/patterns.ts";

/** What a piece of page text is, when it is not article text. */
export type LineClass = "furniture" | "copyright" | "tip" | "marker" | "signoff";

/** Compiled boilerplate rules (one list per section of `boilerplate.yaml`). */
export interface BoilerplateRules {
  breaks: RegExp[];
  furniture: RegExp[];
  copyright: RegExp[];
  tips: RegExp[];
  markers: RegExp[];
  signoffs: RegExp[];
  summaries: RegExp[];
  /** Photo credits; each has a named group `credit` (the holder). */
  credits: RegExp[];
  /** Photo credits only caption lines carry (`… /뉴스1`, `<홍길동 기자>`); group `credit` too. */
  caption_credits: RegExp[];
  /** Source lines of a table or a list of figures (`(자료: 가나협회)`): body text under one. */
  sources: RegExp[];
  /** Derived once: markers anchored to a whole line; breaks and markers as global cutters. */
  compiled?: {
    markerLines: RegExp[];
    cutters: { re: RegExp; marker: boolean }[];
    summaries: RegExp[];
    credits: RegExp[];
    captionCredits: RegExp[];
  };
}

/** The derived regular expressions of `rules`, built on first use and kept on the object. */
function compiled(rules: BoilerplateRules): NonNullable<BoilerplateRules["compiled"]> {
  rules.compiled ??= compileRules(rules);
  return rules.compiled;
}

/** Builds {@link compiled}: the global cutters and credits, markers anchored to a whole line. */
function compileRules(rules: BoilerplateRules): NonNullable<BoilerplateRules["compiled"]> {
  const cutters = [
    ...rules.breaks.map((r) => ({ re: new RegExp(r.source, "giu"), marker: false })),
    ...rules.markers.map((r) => ({ re: new RegExp(r.source, "giu"), marker: true })),
  ];
  return {
    markerLines: rules.markers.map((r) => new RegExp(`^(?:${r.source})$`, "iu")),
    cutters,
    summaries: rules.summaries.map((r) => new RegExp(r.source, "giu")),
    credits: rules.credits.map((r) => new RegExp(r.source, "giu")),
    captionCredits: [...rules.credits, ...rules.caption_credits].map(
      (r) => new RegExp(r.source, "giu"),
    ),
  };
}

const SECTIONS = [
  "breaks",
  "furniture",
  "copyright",
  "tips",
  "markers",
  "signoffs",
  "summaries",
  "credits",
  "caption_credits",
  "sources",
] as const;

/**
 * Loads and compiles the rules from `<dataDir>/boilerplate.yaml` (flags `iu`), read through its
 * schema (core/page-data-schema.ts). A missing file or section is an empty list.
 * @throws DictionaryError listing every problem (file, field, fix) when a file breaks its schema
 *   (an unknown key, a pattern that is no regular expression): what `sillok check` lists.
 */
export function loadBoilerplate(dataDir: string = defaultDataDir()): BoilerplateRules {
  // Several dictionaries folders (an archive's own over the shipped one): their rules add up.
  const parts = readPageData(dataDir, "boilerplate.yaml");
  const data: Record<string, unknown[]> = {};
  for (const part of parts)
    for (const s of SECTIONS)
      if (Array.isArray(part[s])) data[s] = [...(data[s] ?? []), ...(part[s] as unknown[])];
  const compile = (list: unknown): RegExp[] =>
    (Array.isArray(list) ? list : []).map((p) => new RegExp(String(p), "iu"));
  const rules = {} as BoilerplateRules;
  for (const s of SECTIONS) rules[s] = compile(data[s]);
  return rules;
}

/** Longest tip line (`기사제보 tip@gana.example`, with a phone number and a messenger id), in characters. */
const TIP_MAX = 200;

/** Classifies one piece of text; null when it may be article text. Copyright wins over furniture. */
export function classifyLine(line: string, rules: BoilerplateRules): LineClass | null {
  const s = line.trim();
  if (!s) return null;
  if (anyMatch(rules.copyright, s) && s.length < 200) return "copyright";
  if (anyMatch(compiled(rules).markerLines, s)) return "marker";
  if (anyMatch(rules.signoffs, s)) return "signoff";
  if (anyMatch(rules.furniture, s)) return "furniture";
  // A tip line is a line: a paragraph that mentions one is text with the tip glued (cut apart by `breaks`).
  if (s.length < TIP_MAX && anyMatch(rules.tips, s)) return "tip";
  return null;
}

/** The reporter named by a sign-off or hand-off (`MBC뉴스 조국현입니다.` → 조국현), or null. */
export function signoffName(line: string, rules: BoilerplateRules): string | null {
  for (const r of rules.signoffs) {
    const m = r.exec(line.trim());
    if (m?.groups?.name) return m.groups.name;
  }
  return null;
}

/**
 * Cuts a run of text before every `breaks` and `markers` match, so glued furniture and
 * transcript markers stand alone. Returns the pieces in order, trimmed, empty ones dropped.
 */
export function splitAtBreaks(text: string, rules: BoilerplateRules): string[] {
  const cuts = new Set<number>();
  for (const { re, marker } of compiled(rules).cutters) {
    for (const m of allMatches(re, text)) {
      if (m.index > 0) cuts.add(m.index);
      // A marker also ends where it ends: the text after it is a new paragraph.
      if (marker) cuts.add(m.index + m[0].length);
    }
  }
  const points = [...cuts].filter((i) => i > 0 && i < text.length).sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * Removes a machine summary placed before the article: the text up to and including the
 * last `summaries` marker. Returns the text unchanged when there is no marker.
 */
export function dropSummary(
  text: string,
  rules: BoilerplateRules,
): { text: string; dropped: boolean } {
  let end = -1;
  for (const r of compiled(rules).summaries) {
    for (const m of allMatches(r, text)) end = Math.max(end, m.index + m[0].length);
  }
  return end < 0 ? { text, dropped: false } : { text: text.slice(end), dropped: true };
}

/** The copyright text of a footer line, without the brackets around it: `[ 저작권자 ⓒX ]` → `저작권자 ⓒX`. */
export function copyrightText(line: string): string {
  return line
    .trim()
    .replace(/^[※*]\s*/, "")
    .replace(/^[\[【<＜(（]\s*/, "")
    .replace(/\s*[\]】>＞)）]$/, "")
    .trim();
}

/** Where a copyright notice starts: its holder mark, else (a footer the scraper cut short) its ban. */
/** Where a notice starts: its holder mark; the word `Copyright` alone opening a line counts too. */
const NOTICE_MARK = /저작권자|copyrights?\s*(?:ⓒ|©|\(c\))|ⓒ|©|\(c\)|^copyrights?\s/i;
/** Where a notice ends: its last `금지` or `reserved` (what a page glues after it is not the notice). */
const NOTICE_END = /^.*(?:금지|reserved)(?:합니다)?\.?/i;
/** Longest copyright notice kept, in characters (the corpus's longest real one is 68). */
export const NOTICE_MAX = 120;

/** A copyright footer split into the outlet's notice and what the page glued in front of it. */
export interface CopyrightNotice {
  /** The notice alone (`ⓒ 한국경제, 무단전재 및 재배포 금지`), or null when the piece holds none. */
  notice: string | null;
  /** The text before the notice, trimmed of separators (`이미나 한경닷컴 기자`, `한경닷컴 뉴스룸`); may be "". */
  before: string;
}

/**
 * The outlet's copyright notice in a footer piece: from the holder mark (`저작권자`, `Copyright ⓒ`,
 * `ⓒ`, `(c)`) — or, when the scraper cut the holder off, from the ban (`, 무단전재 및 재배포 금지`) —
 * to its last `금지`/`reserved` (the ban from the lexicon's `copyright_bans`); brackets, dashes and stray separators around it go. A reporter
 * line, desk name or stub glued in front comes back as `before`. The notice is null when none is
 * found or it is longer than {@link NOTICE_MAX}.
 */
export function copyrightNotice(line: string, words: PageWords): CopyrightNotice {
  const s = copyrightText(line);
  const at = NOTICE_MARK.exec(s)?.index ?? words.noticeBan.exec(s)?.index ?? -1;
  if (at < 0) return { notice: null, before: s };
  const before = s
    .slice(0, at)
    .replace(/[\s,.:;|/\-–—()[\]【】<>＜＞※*▶]+$/u, "")
    .replace(/^[\s,.:;|/\-–—()[\]【】<>＜＞※*▶]+/u, "")
    .trim();
  let notice = s.slice(at);
  notice = (NOTICE_END.exec(notice)?.[0] ?? notice).replace(/[\s\-–—\]】>＞)）]+$/u, "").trim();
  // An opening bracket whose closing one was cut off with the tail (`ⓒ 가나일보(www.x.kr` stays whole).
  return { notice: notice && notice.length <= NOTICE_MAX ? notice : null, before };
}

/** A run of text cut at photo credits: the text before a credit, and that credit when there is one. */
export interface CreditPiece {
  /** Trimmed; "" for a credit with no text before it (a bare credit). */
  text: string;
  /** The holder (`연합뉴스`, `이데일리 홍길동 기자`), without brackets, `사진=` or a trailing `제공`. */
  credit?: string;
  /** True when the credit opens the run and belongs to a caption in the run before (rule group `back`). */
  back?: boolean;
}

/**
 * The holder of a credit as printed: `[사진 출처 = 현대건설]` → `현대건설`, `KBS 제공` → `KBS`,
 * `《사진=연합뉴스》` → `연합뉴스`; any other text comes back trimmed.
 */
export function creditHolder(credit: string, rules: BoilerplateRules): string {
  let s = credit.trim();
  for (const re of compiled(rules).credits) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m?.groups?.credit && m.index === 0 && m.index + m[0].length === s.length) {
      s = m.groups.credit.trim();
      break;
    }
  }
  return s.replace(/\s*제공$/, "").trim() || s;
}

/**
 * Cuts a run of text after every photo credit (`credits` rules), left to right: each piece
 * is the text since the last cut plus the credit that ends it, and the text after the last
 * credit comes last without one. A run with no credit comes back as one piece. At one place the
 * longest match wins. `captionLine` adds the `caption_credits` shapes, for a line known to be a
 * caption (`… /뉴스1`), which in article text would be dates or bylines.
 */
export function cutCredits(
  text: string,
  rules: BoilerplateRules,
  captionLine = false,
): CreditPiece[] {
  const credits = captionLine ? compiled(rules).captionCredits : compiled(rules).credits;
  // Most runs hold no credit: one search says so.
  if (!mayMatch(credits, text)) return [{ text: text.trim() }];
  const out: CreditPiece[] = [];
  let from = 0;
  for (;;) {
    let best: RegExpExecArray | null = null;
    for (const re of credits) {
      re.lastIndex = from;
      const m = re.exec(text);
      if (
        m &&
        m[0].length &&
        (!best || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))
      )
        best = m;
    }
    if (!best) break;
    const piece: CreditPiece = {
      text: text.slice(from, best.index).trim(),
      credit: creditHolder(best.groups?.credit ?? "", rules),
    };
    if (best.groups?.back !== undefined) piece.back = true;
    out.push(piece);
    from = best.index + best[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest || !out.length) out.push({ text: rest });
  return out;
}
