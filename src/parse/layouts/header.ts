/**
 * The header of a plain-text article, shared by the layouts that read one: lines before and
 * after the headline that hold only a date (`입력 2024.03.05 08:30 | 수정 …`, possibly after a
 * byline: `홍길동 기자 입력 …`), a URL or the outlet's name. Pure: lines in, fields and the remaining lines out.
 */
import type { Reporter } from "../../core/article.ts";
import type { PageWords } from "../page-words.ts";
import type { ParseContext } from "../types.ts";

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
/** How many header lines after the headline may hold a date, URL or outlet name. */
const AFTER_TITLE = 6;

/** What a header gave. `rest` are the lines after it (the body), in order. */
export interface Header {
  title: string;
  outletHint: string | null;
  date: string | null;
  /** URL lines (outlet clues). */
  clues: string[];
  /** Reporters named on a date line (`홍길동 기자 입력 …`). */
  reporters: Reporter[];
  rest: string[];
}

/**
 * Reads a line that only stamps the date: a date line (`입력 2024.03.05 08:30 | 수정 …`,
 * `기사전송 2024-03-04 15:30`, see ../dates.ts) or one after a byline (`홍길동 기자 입력 …`).
 * @returns the date (ISO 8601, Korea time) and the reporters the line names, or null.
 */
export function readStampLine(
  line: string,
  words: PageWords,
): { date: string; reporters: Reporter[] } | null {
  const d = words.dates.parseDateLine(line);
  if (d) return { date: d, reporters: [] };
  const b = words.bylineDate.exec(line);
  const bd = b ? words.dates.parseDateLine(b[2]) : null;
  return b && bd ? { date: bd, reporters: words.bylines.parseAuthorLine(b[1]) } : null;
}

/**
 * Reads a header from trimmed non-empty `lines`: date, URL and outlet lines, the headline (the
 * first other line), then more date, URL and outlet lines. The first date found wins.
 */
export function readHeader(lines: string[], ctx: ParseContext): Header {
  const rest = [...lines];
  const h: Header = { title: "", outletHint: null, date: null, clues: [], reporters: [], rest };
  const take = (l: string): boolean => {
    if (URL_LINE.test(l)) return h.clues.push(l) > 0;
    if (ctx.outlets.lookup(l)) return (h.outletHint ??= l) !== null;
    const stamp = readStampLine(l, ctx.words);
    if (!stamp) return false;
    h.reporters.push(...stamp.reporters);
    return (h.date ??= stamp.date) !== null;
  };
  while (rest.length && take(rest[0])) rest.shift();
  h.title = rest.shift() ?? "";
  for (let i = 0; i < AFTER_TITLE && rest.length && take(rest[0]); i++) rest.shift();
  return h;
}
