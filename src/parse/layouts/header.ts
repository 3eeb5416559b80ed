/**
 * The header of a plain-text article, shared by the layouts that read one: lines before and
 * after the headline that hold only a date (`입력 2024.03.05 08:30 | 수정 …`), a URL or the
 * outlet's name. Pure: lines in, fields and the remaining lines out.
 */
import { parseDateLine } from "../dates.ts";
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
  rest: string[];
}

/**
 * Reads a header from trimmed non-empty `lines`: date, URL and outlet lines, the headline (the
 * first other line), then more date, URL and outlet lines. The first date found wins.
 */
export function readHeader(lines: string[], ctx: ParseContext): Header {
  const rest = [...lines];
  const h: Header = { title: "", outletHint: null, date: null, clues: [], rest };
  const take = (l: string): boolean => {
    if (URL_LINE.test(l)) return h.clues.push(l) > 0;
    if (ctx.outlets.lookup(l)) return (h.outletHint ??= l) !== null;
    const d = parseDateLine(l);
    if (d) return (h.date ??= d) !== null;
    return false;
  };
  while (rest.length && take(rest[0])) rest.shift();
  h.title = rest.shift() ?? "";
  for (let i = 0; i < AFTER_TITLE && rest.length && take(rest[0]); i++) rest.shift();
  return h;
}
