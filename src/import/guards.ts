/**
 * Checks of a parsed article before it is written, each a named step that may change the
 * paragraphs, add a warning or refuse the article (with the report's one-line reason), never
 * losing text: a refused source stays in the sources folder, named in the report.
 */
import type { Reporter } from "../core/article.ts";
import { isFurnitureLine, isMenuItem } from "../parse/reader/furniture.ts";
import type { ParseContext } from "../parse/types.ts";

/** Longest body accepted as one article, in characters (about 1.5 MB of Korean text). */
export const MAX_BODY_CHARS = 500_000;
/** A paragraph longer than this (characters) is a page flattened to one line: it is split. */
export const LONG_PARAGRAPH = 2_000;
/** Longest piece a long paragraph is cut into (characters). */
const PIECE = 1_000;

/**
 * Why a body is too long to be one article page, or null. The longest feature stories run to
 * some tens of thousands of characters; a body of hundreds of thousands is many articles or a
 * data dump saved as one file, and one page holding it would be too heavy to open.
 */
export function tooLongBody(paragraphs: string[]): string | null {
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars <= MAX_BODY_CHARS) return null;
  return `기사 한 편으로는 너무 긺: 본문 ${chars.toLocaleString("ko")}자(한도 ${MAX_BODY_CHARS.toLocaleString("ko")}자). 여러 기사나 데이터를 한 파일에 저장했나요? 기사 한 편씩 파일을 나누세요`;
}

/**
 * Most characters of text outside markup a file (or a feed item) may hold to be parsed: twice
 * {@link MAX_BODY_CHARS}, room for any page's furniture around a body at the limit.
 */
export const MAX_TEXT_CHARS = 2 * MAX_BODY_CHARS;

/**
 * Why a cleaned text is too long to be parsed as one article, or null; decided before the parse,
 * which costs about a second per million characters, so a data dump of 10 MB is refused at once.
 * Counts the characters outside markup (tags, `<script>` and `<style>` blocks), so a saved web
 * page, mostly markup, is still read. Linear in the text's length; a text up to
 * {@link MAX_TEXT_CHARS} characters is passed at once, and {@link tooLongBody} judges its body.
 */
export function tooLongText(text: string): string | null {
  if (text.length <= MAX_TEXT_CHARS) return null;
  const chars = withoutCode(text).replace(/<[^<>]*>/g, "").length;
  if (chars <= MAX_TEXT_CHARS) return null;
  return `기사 한 편으로는 너무 긺: 글 ${chars.toLocaleString("ko")}자(본문 한도 ${MAX_BODY_CHARS.toLocaleString("ko")}자라서 읽기 전에 건너뜀). 여러 기사나 데이터를 한 파일에 저장했나요? 기사 한 편씩 파일을 나누세요`;
}

const CODE_OPEN = /<(script|style)\b/gi;

/** The text without its `<script>` and `<style>` blocks; an unclosed one runs to the end. Linear. */
function withoutCode(text: string): string {
  const lower = text.toLowerCase();
  const kept: string[] = [];
  let at = 0;
  CODE_OPEN.lastIndex = 0;
  for (let m = CODE_OPEN.exec(lower); m; m = CODE_OPEN.exec(lower)) {
    kept.push(text.slice(at, m.index));
    const close = lower.indexOf(`</${m[1]}`, CODE_OPEN.lastIndex);
    at = close < 0 ? text.length : close;
    CODE_OPEN.lastIndex = at;
  }
  kept.push(text.slice(at));
  return kept.join("");
}

/**
 * Splits paragraphs longer than {@link LONG_PARAGRAPH} into pieces of at most 1,000 characters,
 * at sentence ends (`.`, `?`, `!`, `…` before a space, closing quotes kept), else at a space,
 * else anywhere (a run without spaces). Only the white space at each cut is dropped, so the text
 * reads the same. Linear in the text's length.
 * @returns the paragraphs and a warning when any was split, else the input unchanged.
 */
export function splitLongParagraphs(paragraphs: string[]): {
  paragraphs: string[];
  warning?: string;
} {
  if (!paragraphs.some((p) => p.length > LONG_PARAGRAPH)) return { paragraphs };
  let split = 0;
  let longest = 0;
  const out = paragraphs.flatMap((p) => {
    if (p.length <= LONG_PARAGRAPH) return [p];
    split++;
    longest = Math.max(longest, p.length);
    return cut(p);
  });
  const warning = `최대 ${longest.toLocaleString("ko")}자인 긴 문단 ${split}개(한 줄로 저장된 쪽?)를 문장 끝에서 문단 ${out.length - paragraphs.length + split}개로 나눴습니다. 지운 글은 없습니다`;
  return { paragraphs: out, warning };
}

const SENTENCE_END = /[.?!…。]["'”’»)\]]*\s+/g;

/** One long paragraph cut into pieces of at most {@link PIECE} characters (see splitLongParagraphs). */
function cut(p: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (p.length - from > PIECE) {
    const window = p.slice(from, from + PIECE);
    let at = -1;
    for (const m of window.matchAll(SENTENCE_END)) at = m.index + m[0].length;
    if (at < PIECE / 4) at = window.lastIndexOf(" ") + 1;
    if (at < PIECE / 4) at = PIECE;
    // Never between the two halves of a surrogate pair (an emoji).
    const code = p.charCodeAt(from + at - 1);
    if (code >= 0xd800 && code <= 0xdbff) at--;
    const piece = p.slice(from, from + at).trim();
    if (piece) out.push(piece);
    from += at;
  }
  const last = p.slice(from).trim();
  if (last) out.push(last);
  return out;
}

/** A day, in milliseconds: a date this far ahead of the clock is the future in every zone. */
const DAY = 86_400_000;

/**
 * A warning for a date after today (a typo, `2031` for `2021`, or a page's scheduled date), or
 * null. The date is kept as the text gives it: sillok never invents or changes one.
 * @param now the clock, ms since the epoch
 */
export function futureDate(date: string | null, now: number): string | null {
  if (!date) return null;
  const t = Date.parse(date.length === 10 ? `${date}T00:00:00+09:00` : date);
  if (!(t > now + DAY)) return null;
  const years = (t - now) / (365.25 * DAY);
  const ahead = years >= 1 ? `${Math.floor(years)}년` : `${Math.ceil((t - now) / DAY)}일`;
  return `날짜 ${date.slice(0, 10)}은(는) ${ahead} 뒤, 미래입니다: 원본을 확인하세요(쓰인 대로 둡니다. 바른 날짜와 dateSource: manual을 쓰거나 date: null로 고치세요)`;
}

/**
 * Warnings for fields that read like page furniture, so the report names the imports to check
 * (the article is kept as read): a headline that is a menu or a toolbar (`정치 경제 사회 국제`:
 * no sentence punctuation, its words the furniture data's menu and button words, the reader's own
 * test of a furniture line), or one menu item (a broadcaster's programme name, `뉴스TOP10`) and
 * a reporter whose name is a section, desk or button word (`정치
 * 기자`, `사회부`) or a role alone (`기자`). The words are `_data/furniture.yaml`'s and the
 * lexicon's roles and desk words.
 */
export function implausibleFields(
  fields: { title: string; titleFromBody?: boolean; reporters: Reporter[] },
  ctx: ParseContext,
): string[] {
  const out: string[] = [];
  const title = fields.title.trim();
  const menuLike = isFurnitureLine(title, ctx.furniture) || isMenuItem(title, ctx.furniture);
  if (title && !fields.titleFromBody && menuLike)
    out.push(
      `제목 "${title}"이(가) 메뉴나 버튼 줄처럼 보입니다: 원본에서 제목을 확인하세요(틀렸다면 기사 파일의 title을 고치세요)`,
    );
  for (const r of fields.reporters) {
    const name = r.name.trim();
    const key = name.toLowerCase();
    const section =
      ctx.furniture.sections.has(key) ||
      ctx.furniture.words.has(key) ||
      ctx.words.bylines.isDesk(name);
    if (section || ctx.words.bylines.isRole(name))
      out.push(
        `기자 이름 "${r.name}"이(가) ${section ? "섹션·부서나 버튼 이름" : "직함뿐"}으로 보입니다: 원본에서 바이라인을 확인하세요(틀렸다면 기사 파일의 reporters를 고치세요)`,
      );
  }
  return out;
}
