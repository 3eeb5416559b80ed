/**
 * Page furniture rules, from `_data/furniture.yaml`: the words furniture lines are made of, whole
 * furniture lines, the lines that end an article (other stories, paywalls, footers) and the heads
 * of portal machine summaries. Pure apart from {@link loadFurniture}.
 */
import { defaultDataDir } from "../../core/dictionaries.ts";
import { readPageData } from "../../core/page-data-schema.ts";

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
  for (const data of readPageData(dataDir, "furniture.yaml")) {
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
  return rules;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Compiles a section's patterns (the schema has checked that each compiles). */
const compile = (v: unknown): RegExp[] => list(v).map((p) => new RegExp(p, "iu"));

/** Splits a line into the words {@link FurnitureRules.words} are matched against. */
const WORD_SPLIT = /[\s|ㅣ/·,]+/;

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
      rules.words.has(w.slice(w.length / 2)));
  // Counts beside a button (`좋아요 0 댓글 3`) are the button's, so numbers are neutral when a
  // furniture word stands with them.
  const counted = words.filter((w) => !/^[\d,.]+$/.test(w));
  if (counted.length && counted.every((w) => known(w.toLowerCase()))) return true;
  return isMenuLine(line, counted, rules) || rules.lines.some((r) => r.test(line));
}

/** Share of a menu line's words that must be section or furniture words. */
const MENU_SHARE = 0.75;

/**
 * A menu: two or more words, no sentence punctuation, at least {@link MENU_SHARE} of them section
 * names or furniture words (`정치 경제 사회 국제`, `뉴스 트렌드 생활정보 매체`), two at the least.
 */
function isMenuLine(line: string, words: string[], rules: FurnitureRules): boolean {
  if (words.length < 2 || /[.!?,'"‘’“”…%]/.test(line)) return false;
  const hits = words.filter((w) => {
    const k = w.toLowerCase();
    return rules.sections.has(k) || rules.words.has(k);
  }).length;
  return hits >= 2 && hits >= MENU_SHARE * words.length;
}
