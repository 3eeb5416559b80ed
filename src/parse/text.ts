/**
 * Splitting flattened text back into paragraphs — the layout-independent helpers the scrape
 * layouts share. Rules from the corpus survey (../shared/corpus/README.md): Naver's scraper
 * joined paragraphs with two spaces, portal copies with runs of 3–8 spaces, and Daum and
 * broadcast scrapes glued them with no space at all after the sentence end (`했다.다음`).
 */
import type { PageWords } from "./page-words.ts";

/** Lines of `text`, trimmed, empty ones dropped. */
export function nonEmptyLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Splits a one-line scrape at runs of two or more spaces (the scraper's paragraph joins). A run
 * that stops on a clause particle (`cutSentence` of {@link PageWords}: `낡은 트럭은`, `취재진이`) or
 * a comma goes on in the next: the scraper cut a sentence where the page had a line break or
 * emphasis (broadcast transcripts do this). Deck and intertitle lines end on a noun or a verb
 * form, not on these; a run opened by a list or intertitle mark (`◇남은 과제는`) is never joined.
 */
export function splitRuns(line: string, words: PageWords): string[] {
  // A row of a text table (`| 국내 | 170,000 | +1% |`) is one line however its cells are padded.
  if (isTableRow(line)) return [line.trim().replace(/ {2,}/g, " ")];
  const out: string[] = [];
  for (const run of line
    .split(/ {2,}/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const prev = out[out.length - 1];
    // `최태범  기자 x@y.kr`: a role word never opens a paragraph; it ends the byline before it.
    // A run of closing brackets (`[ 이미나 기자  ]`) closes the run before it.
    if (out.length && words.runOpensWithRole.test(run)) out[out.length - 1] += ` ${run}`;
    // A sentence cut after a particle or comma goes on in this run (which opens with a word or a quote).
    else if (prev !== undefined && words.cutSentence.test(prev) && /^[가-힣"“]/.test(run))
      out[out.length - 1] += ` ${run}`;
    else out.push(run);
  }
  return out;
}

/**
 * A sentence end glued to the next sentence with no space: a Hangul syllable, `.`/`!`/`?`
 * (not `..`, Daum's ellipsis, and not a decimal point), optional closing quotes, then the
 * next sentence's first character. A closing quote followed by a quotative particle
 * (`."라고`, `."며`) is the same sentence and is not split.
 */
const HANGUL = /[가-힣]/;
const NEXT = /[가-힣A-Z0-9“"‘'\[(<]/;

/** Splits a paragraph at glued sentence ends (`했다.다음`), for layouts whose breaks were lost. */
export function splitGlued(text: string, words: PageWords): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length - 1; i++) {
    if (!".!?".includes(text[i]) || !HANGUL.test(text[i - 1])) continue;
    let j = i + 1;
    while (j < text.length && j - i <= 2 && "\"”’'".includes(text[j])) j++;
    if (j < text.length && text[j] === "]" && j - i === 1) j++;
    if (j >= text.length || !NEXT.test(text[j])) continue;
    if (j > i + 1 && words.quotative.test(text.slice(j))) continue;
    out.push(text.slice(from, j));
    from = j;
    i = j - 1;
  }
  out.push(text.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** A text reduced for comparing headlines: NFC, without whitespace, punctuation or symbols. */
function headlineKey(s: string): string {
  return s.normalize("NFC").replace(/[\s\p{P}\p{S}]/gu, "");
}

/**
 * True when two texts are the same headline once whitespace, punctuation and symbols are
 * ignored (`삼성, 반도체 ‘투자’` = `삼성 반도체 투자`); false when either has no letters left.
 */
export function sameHeadline(a: string, b: string): boolean {
  const ka = headlineKey(a);
  return ka !== "" && ka === headlineKey(b);
}

/** Longest cell of a tab-separated table row, in characters (a sentence is no cell). */
const TAB_CELL = 40;

/**
 * A row of a table copied from a page (a browser copies a table's cells with a tab between
 * them: `제주삼다수\t40.2\t37.5`) written as a text table row (`| 제주삼다수 | 40.2 | 37.5 |`,
 * {@link isTableRow}), so its cells stay apart when whitespace is squashed; null when `line` has
 * no tab between two cells or a cell is longer than {@link TAB_CELL} characters.
 */
export function tabRow(line: string): string | null {
  if (!/\S\t+\S/.test(line)) return null;
  const cells = line
    .split("\t")
    .map((c) => c.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  if (cells.length < 2 || cells.some((c) => c.length > TAB_CELL || c.includes("|"))) return null;
  return `| ${cells.join(" | ")} |`;
}

/** The spaced cell bars of a line (`회사 | 잔고 | 증감`: 2), a table row printed without outer bars. */
export const tableBars = (t: string): number => t.match(/\s\|\s/g)?.length ?? 0;

/** A line of a list of figures: opened by a list mark (`▲배추 1만2340원 ▲무 …`, `- 서울 3.2%`). */
const FIGURES_ITEM = /^[▲△■□●○◆◇·•-]\s?\S.*\d/;

/**
 * True when `line` is a source line (`sources`: `(자료: 가나협회)`, `자료=가나청`) right under
 * `prev`, a table row or an item of a list of figures: the figures' source, body text.
 */
export function isFiguresSource(line: string, prev: string, sources: RegExp[]): boolean {
  if (!sources.some((r) => r.test(line.trim()))) return false;
  const row = prev.trim();
  return isTableRow(row) || tableBars(row) >= 2 || FIGURES_ITEM.test(row);
}

/**
 * True when a line is a row of a text table: cells between `|` (at least two bars, and the line
 * opens or closes with one, `| 국내 | 170,000 |` or `구분 | 2023 | 2024`) — not a sentence that
 * uses one bar as punctuation.
 */
export function isTableRow(line: string): boolean {
  const t = line.trim();
  return (
    (t.match(/\|/g)?.length ?? 0) >= 2 &&
    (/^\|/.test(t) || /\|$/.test(t) || (t.match(/\|/g)?.length ?? 0) >= 3)
  );
}
