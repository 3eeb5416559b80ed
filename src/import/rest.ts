/**
 * A file of several articles read as one. A layout reads one article (a feed file is cut into
 * items before parsing), so a paste of several page copies gives its first article and the rest
 * would be lost silently. This step looks at the text after the article's last paragraph and,
 * when it holds another article by the same evidence every news page gives — a headline above a
 * date stamp, then a run of sentences — says so in the report, naming where it starts.
 */
import { parseArticle, type ParseContext, type ParsedArticle } from "../parse/index.ts";

/** Characters of a paragraph looked up in the source to find where the article ends. */
const PROBE = 24;
/** Fewest characters of body (white space not counted; about three short sentences) a following article needs. */
const MIN_BODY = 120;
/**
 * Fewest characters of body when the following article's header names a reporter of its own: a
 * headline, a date stamp and a byline are a whole article header, which no box of related
 * headlines or rankings prints, so two short paragraphs are enough (two pasted short items).
 */
const MIN_BYLINED_BODY = 60;
/** Fewest sentence lines after the article before the rest is read at all (most page copies end in lists). */
const MIN_SENTENCE_LINES = 2;
/**
 * A line of running text: 40 characters or more ending in a sentence end (`.`, `?`, `!`, or a
 * Korean declarative ending `다`/`요` without the stop), closing quotes or brackets allowed.
 */
const SENTENCE_LINE = /^.{40,}(?:[.?!…]|[다요])["'”’)\]]*\s*$/;

/**
 * Where the article read from `text` ends in it: the offset just after the line holding the
 * last paragraph (its end looked up after its first paragraph), or -1 when the paragraphs are
 * not found as written (a layout that rewrote them).
 */
export function articleEnd(text: string, paragraphs: readonly string[]): number {
  if (!paragraphs.length) return -1;
  const first = paragraphs[0].trim().slice(0, PROBE);
  const from = Math.max(0, text.indexOf(first));
  const last = paragraphs[paragraphs.length - 1].trim();
  let at = text.indexOf(last.slice(-PROBE), from);
  if (at < 0) at = text.indexOf(last.slice(0, PROBE), from);
  if (at < 0) return -1;
  const eol = text.indexOf("\n", at);
  return eol < 0 ? text.length : eol + 1;
}

/** What follows an article in its file: the next article's headline and date, where it starts. */
export interface FollowingArticle {
  title: string;
  date: string;
  /** 1-based line of the source where the first article's body ends. */
  line: number;
  /** Characters of the source after that line (not imported). */
  chars: number;
}

/**
 * The article that follows `parsed` in the same file, or null: the text after its last
 * paragraph read again as a file of its own must give a headline of its own (not a sentence
 * made one), a date stamp and at least {@link MIN_BODY} characters of body
 * ({@link MIN_BYLINED_BODY} when it names a reporter of its own). Page furniture
 * after an article (related headlines, rankings, a footer) gives no such body.
 */
export function followingArticle(
  text: string,
  file: string,
  parsed: ParsedArticle,
  ctx: ParseContext,
): FollowingArticle | null {
  const end = articleEnd(text, parsed.paragraphs);
  if (end < 0 || end >= text.length) return null;
  const rest = text.slice(end);
  let sentences = 0;
  for (const line of rest.split("\n"))
    if (SENTENCE_LINE.test(line) && ++sentences >= MIN_SENTENCE_LINES) break;
  if (sentences < MIN_SENTENCE_LINES) return null;
  const next = parseArticle({ file, text: rest }, ctx);
  if ("skip" in next || !next.date || next.dateSource !== "text" || next.titleFromBody) return null;
  if (next.title === parsed.title) return null;
  const body = next.paragraphs.join("").replace(/\s/g, "").length;
  // The first article's sign-off may open the rest: its reporters are not the next one's.
  const own = new Set(parsed.reporters.map((r) => r.name));
  const bylined = next.reporters.some((r) => !own.has(r.name));
  if (body < (bylined ? MIN_BYLINED_BODY : MIN_BODY)) return null;
  const line = text.slice(0, end).split("\n").length - 1;
  return { title: next.title, date: next.date, line, chars: rest.length };
}

/** The report's warning for a file whose text goes on with another article after the first. */
export function followingWarning(f: FollowingArticle): string {
  return `이 파일의 첫 기사만 가져왔습니다(본문이 ${f.line}번째 줄에서 끝남): 뒤에 다른 기사("${f.title}", ${f.date.slice(0, 10)})가 이어지며, ${f.line}번째 줄 뒤의 ${f.chars.toLocaleString("ko")}자는 가져오지 않았습니다. 기사마다 파일을 따로 저장하세요`;
}
