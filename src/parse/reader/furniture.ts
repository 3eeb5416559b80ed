/**
 * Page furniture rules, from `_data/furniture.yaml`: the words furniture lines are made of, whole
 * furniture lines, the lines that end an article (other stories, paywalls, footers) and the heads
 * of portal machine summaries. Pure apart from {@link loadFurniture}.
 */
import { defaultDataDir } from "../../core/dictionaries.ts";
import { readPageData } from "../../core/page-data-schema.ts";
import { escapeRegExp } from "../../core/lexicon.ts";
import { anyMatch } from "../../core/patterns.ts";

/** Compiled furniture rules (one list per section of `furniture.yaml`). */
export interface FurnitureRules {
  /** Furniture words, lower-cased. */
  words: Set<string>;
  /** Section names of menus and language-edition links, lower-cased. */
  sections: Set<string>;
  lines: RegExp[];
  ends: RegExp[];
  summaries: RegExp[];
  /** Marks of a breaking-news headline (`[속보]`): such a headline alone is still a clipping. */
  flashes: RegExp[];
  /** A mail client's marks in front of a subject (`RE:`, `FW:`, `전달:`). */
  mailSubjectMarks: RegExp[];
  /** A pasted e-mail's own lines: greetings, sign-offs, forwarded-message dividers. */
  mailLines: RegExp[];
  /** E-mail header labels (lower-cased, no spaces: `보낸사람`) → their field (`from`, `date` …). */
  mailHeaders: Map<string, string>;
  /** What an element of a saved page is by its class and id (`html_*`). */
  html: HtmlClassRules;
}

/**
 * The class/id words and patterns of `furniture.yaml`'s `html_*` sections, compiled: `drop`,
 * `end` and `credit` test one lower-cased class word each (a whole word; `x*` any ending),
 * `body`, `subtitle` and `summary` test the `id class` text (flags i).
 */
export interface HtmlClassRules {
  drop: RegExp;
  end: RegExp;
  credit: RegExp;
  body: RegExp[];
  subtitle: RegExp[];
  summary: RegExp[];
}

/** The word lists of {@link HtmlClassRules} as read, before compiling. */
interface HtmlClassWords {
  drop: string[];
  end: string[];
  credit: string[];
}

/** One whole-word test for a list of class words (`related*`: any ending); never matches when empty. */
function classWordTest(list: string[]): RegExp {
  if (!list.length) return /(?!)/;
  const alt = list.map((w) =>
    w.endsWith("*")
      ? `${escapeRegExp(w.slice(0, -1).toLowerCase())}\\w*`
      : escapeRegExp(w.toLowerCase()),
  );
  return new RegExp(`^(?:${alt.join("|")})$`);
}

/** Empty rules, a fresh object each time (the loader fills it). */
function emptyFurniture(): FurnitureRules {
  return {
    words: new Set(),
    sections: new Set(),
    lines: [],
    ends: [],
    summaries: [],
    flashes: [],
    mailSubjectMarks: [],
    mailLines: [],
    mailHeaders: new Map(),
    html: { drop: /(?!)/, end: /(?!)/, credit: /(?!)/, body: [], subtitle: [], summary: [] },
  };
}

/** No rules: every line may be text. */
export const NO_FURNITURE: FurnitureRules = emptyFurniture();

/**
 * Loads `furniture.yaml` from every folder of `dataDir` (several folders overlay each other, see
 * core/paths.ts `dataLayers`: an archive's own additions extend the shipped lists), each read
 * through its schema (core/page-data-schema.ts); patterns take flags `iu`; a missing file or
 * section is empty.
 * @throws DictionaryError listing every problem (file, field, fix) when a file breaks its schema
 *   (an unknown key, a pattern that is no regular expression): what `sillok check` lists.
 */
export function loadFurniture(dataDir: string = defaultDataDir()): FurnitureRules {
  const rules = emptyFurniture();
  const classes: HtmlClassWords = { drop: [], end: [], credit: [] };
  for (const data of readPageData(dataDir, "furniture.yaml")) {
    classes.drop.push(...list(data.html_drop));
    classes.end.push(...list(data.html_end));
    classes.credit.push(...list(data.html_credit));
    rules.html.body.push(...compile(data.html_body));
    rules.html.subtitle.push(...compile(data.html_subtitle));
    rules.html.summary.push(...compile(data.html_summary));
    for (const w of list(data.words)) rules.words.add(w.toLowerCase());
    for (const w of list(data.sections)) rules.sections.add(w.toLowerCase());
    rules.lines.push(...compile(data.lines));
    rules.ends.push(...compile(data.ends));
    rules.summaries.push(...compile(data.summaries));
    rules.flashes.push(...compile(data.flashes));
    rules.mailSubjectMarks.push(...compile(data.mail_subject_marks));
    rules.mailLines.push(...compile(data.mail_lines));
    for (const [field, labels] of Object.entries(data.mail_headers ?? {}))
      for (const l of list(labels))
        rules.mailHeaders.set(l.toLowerCase().replace(/\s/g, ""), field);
  }
  rules.html.drop = classWordTest(classes.drop);
  rules.html.end = classWordTest(classes.end);
  rules.html.credit = classWordTest(classes.credit);
  return rules;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Compiles a section's patterns (the schema has checked that each compiles). */
const compile = (v: unknown): RegExp[] => list(v).map((p) => new RegExp(p, "iu"));

/** Splits a line into the words {@link FurnitureRules.words} are matched against. */
const WORD_SPLIT = /[\s|ㅣ/·,]+/;
/** Joins two menu items into one (`홈&모바일`, `반도체ㆍ디스플레이`): a menu line's items are split at it. */
const ITEM_JOIN = /[&ㆍ・]+/;

/** True when the line is furniture: every word a furniture word, or a whole-line pattern matches. */
export function isFurnitureLine(line: string, rules: FurnitureRules): boolean {
  const words = line
    .replace(/^[•·*\-–▶▷>]+\s*/, "")
    .split(WORD_SPLIT)
    .filter(Boolean);
  // A word printed twice by a button's icon text and label (`확대확대`) is the word.
  const known = (w: string) =>
    rules.words.has(w) ||
    (w.length % 2 === 0 &&
      w.slice(0, w.length / 2) === w.slice(w.length / 2) &&
      rules.words.has(w.slice(w.length / 2))) ||
    gluedButton(w, rules);
  // Counts beside a button (`좋아요 0 댓글 3`) are the button's, so numbers are neutral when a
  // furniture word stands with them.
  const counted = words.filter((w) => !/^[\d,.]+$/.test(w));
  if (counted.length && counted.every((w) => known(w.toLowerCase()))) return true;
  return (
    isMenuLine(line, counted, rules) || anyMatch(rules.lines, line) || isBarOfItems(line, rules)
  );
}

/** The bar that parts the items of a menu or a footer row (`수신거부하기 | 본 메일은 발신 전용입니다`). */
const ITEM_BAR = /\s*[|ㅣ]\s*/;

/**
 * A row of items parted by bars whose every item is furniture on its own (a furniture word, a
 * menu, a whole furniture line, or a notice that ends an article, `ends`): a newsletter's
 * `수신거부하기 | 본 메일은 발신 전용입니다`, a footer's `회사소개 | 이용약관`. An item may be a notice
 * sentence the patterns know, which the word test alone would not read.
 */
function isBarOfItems(line: string, rules: FurnitureRules): boolean {
  const items = line.split(ITEM_BAR).filter(Boolean);
  return (
    items.length >= 2 && items.every((t) => anyMatch(rules.ends, t) || isFurnitureLine(t, rules))
  );
}

/**
 * A button label written as two furniture words with no space (`기사공유하기`, `글씨키우기`:
 * 기사+공유하기, 글씨+키우기), each part two characters at least, so a one-letter word (`가`, `X`)
 * never makes another word a button.
 */
function gluedButton(w: string, rules: FurnitureRules): boolean {
  for (let k = 2; k <= w.length - 2; k++)
    if (rules.words.has(w.slice(0, k)) && rules.words.has(w.slice(k))) return true;
  return false;
}

/** Share of a menu line's words that must be section or furniture words. */
const MENU_SHARE = 0.75;
/** Fewest words of a long navigation bar (a site's whole top menu on one line). */
const BAR_WORDS = 8;
/** Share of a long navigation bar's words that must be section or furniture words. */
const BAR_SHARE = 1 / 3;
/** Fewest section or furniture words of a long navigation bar. */
const BAR_HITS = 4;

/**
 * A menu: two or more words, no sentence punctuation, at least {@link MENU_SHARE} of them section
 * names or furniture words (`정치 경제 사회 국제`, `뉴스 트렌드 생활정보 매체`), two at the least.
 * A site's whole top menu flattened to one line (`홈 컴퓨팅 홈&모바일 카테고리 인터넷 게임 유통 금융
 * 과학 …`) names desks no list knows beside the common ones: {@link BAR_WORDS}+ words (items
 * joined by `&`/`ㆍ` count as their parts), no figures, and a third of them (four at the least)
 * known. A headline is never that long without punctuation or a figure.
 */
function isMenuLine(line: string, words: string[], rules: FurnitureRules): boolean {
  if (words.length < 2 || /[.!?,'"‘’“”…%]/.test(line)) return false;
  const known = (w: string) => {
    const k = w.toLowerCase();
    return rules.sections.has(k) || rules.words.has(k);
  };
  const hits = words.filter(known).length;
  if (hits >= 2 && hits >= MENU_SHARE * words.length) return true;
  const parts = words.flatMap((w) => w.split(ITEM_JOIN)).filter(Boolean);
  if (parts.length < BAR_WORDS || /\d/.test(line)) return false;
  const barHits = parts.filter(known).length;
  return barHits >= BAR_HITS && barHits >= BAR_SHARE * parts.length;
}

/** A programme or edition tag glued to a word of a menu (`뉴스TOP10`, `뉴스A`, `8뉴스`). */
const ITEM_TAG = /^([A-Za-z0-9]{0,6})(.+?)([A-Za-z0-9]{0,6})$/;

/**
 * A menu item: a section or furniture word (`정치`, `포토`), or one with a programme's or
 * edition's Latin or digit tag glued to it (`뉴스A`, `뉴스TOP10`, `8뉴스`: broadcasters name their
 * news programmes by the word 뉴스 and a tag). Case is ignored.
 */
export function isMenuItem(word: string, rules: FurnitureRules): boolean {
  const w = word.toLowerCase();
  const isWord = (x: string) => rules.words.has(x) || rules.sections.has(x);
  if (isWord(w)) return true;
  const m = ITEM_TAG.exec(w);
  return m !== null && (m[1] || m[3]) !== "" && m[2].length >= 2 && isWord(m[2]);
}

/** Fewest items of a menu row. */
const ROW_ITEMS = 4;
/** Longest item of a menu row, in characters (a programme's name: `김진의 돌직구쇼`). */
const ROW_ITEM_MAX = 15;

/**
 * A navigation bar flattened to one row of items parted by runs of spaces (`뉴스A  뉴스TOP10  김진의
 * 돌직구쇼  정치  경제`): {@link ROW_ITEMS}+ short items with no sentence punctuation, at least half
 * of them menu items ({@link isMenuItem}). A broadcaster's row of programme names beside its
 * sections is such a bar: none of its items is the headline.
 */
export function isMenuRow(items: string[], rules: FurnitureRules): boolean {
  if (items.length < ROW_ITEMS) return false;
  if (items.some((t) => t.length > ROW_ITEM_MAX || /[.!?,'"‘’“”…%]/.test(t))) return false;
  return items.filter((t) => isMenuItem(t, rules)).length * 2 >= items.length;
}
