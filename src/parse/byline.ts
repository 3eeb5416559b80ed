/**
 * Bylines and datelines: who wrote an article, taken out of the text it is glued to.
 *
 * Forms (Korean newsroom conventions, e.g. Yonhap's style guide for wire datelines):
 * - trailing byline: `…전망이다. 박정일기자 comja77@dt.co.kr`, `이서연·박지훈 기자`, a bare e-mail;
 * - leading wire dateline: `(서울=연합뉴스) 정다은 기자 = `, `【서울=뉴시스】홍길동 기자 = `;
 * - bracket byline: `[아시아경제 노태영 기자]`.
 */
import type { Reporter } from "../core/article.ts";

/** An e-mail address (RFC 5322's common subset). */
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const NAME = String.raw`[가-힣]{2,4}`;
const NAMES = String.raw`${NAME}(?:\s?[·ㆍ,]\s?${NAME})*`;
const ROLE = String.raw`(?:선임|수석|객원|인턴|전문)?(?:기자|특파원|논설위원|위원|에디터|통신원)`;

/** Splits `이서연·박지훈` into names. */
function splitNames(s: string): string[] {
  return s.split(/\s?[·ㆍ,]\s?/).map((n) => n.trim()).filter(Boolean);
}

/** Result of taking a byline off a piece of text. */
export interface BylineCut {
  /** The text without the byline (trimmed). */
  text: string;
  reporters: Reporter[];
}

const TRAILING = new RegExp(String.raw`(?:^|(?<=[.!?"'”’)\]…])\s*)(${NAMES})\s?${ROLE}(?:\s*\(?\s*(${EMAIL.source})\s*\)?)?\s*$`);
const TRAILING_EMAIL = new RegExp(String.raw`(?:^|\s)\(?(${EMAIL.source})\)?\s*$`);

/**
 * Takes a trailing byline off the end of a paragraph or line.
 * @returns the shortened text and the reporters; `reporters` is empty when none was found.
 */
export function cutTrailingByline(text: string): BylineCut {
  const m = TRAILING.exec(text);
  if (m) {
    const names = splitNames(m[1]);
    const email = m[2];
    const reporters = names.map((name, i) => (email && i === names.length - 1 && names.length === 1 ? { name, email } : { name }));
    return { text: text.slice(0, m.index).trim(), reporters };
  }
  const e = TRAILING_EMAIL.exec(text);
  if (e) return { text: text.slice(0, e.index).trim(), reporters: [] };
  return { text, reporters: [] };
}

/** True when the whole line is only a byline (`김민준 기자 minjun@example.com`). */
export function isBylineLine(line: string): boolean {
  const cut = cutTrailingByline(line.trim());
  return cut.text === "" && (cut.reporters.length > 0 || EMAIL.test(line));
}

const DATELINE = new RegExp(
  String.raw`^\s*[(（【\[]\s*([^()（）【】\[\]=]{1,20})[=＝]\s*([^()（）【】\[\]]{1,20}?)\s*[)）】\]]\s*(?:(${NAMES})\s?${ROLE}\s*)?(?:=|＝)?\s*`,
);

/** A leading wire dateline taken off a first paragraph. */
export interface DatelineCut extends BylineCut {
  /** The outlet named in the dateline (`연합뉴스`), or null. */
  outletName: string | null;
  /** The place (`서울`, `베이징·홍콩`), or null. */
  place: string | null;
}

/** Takes a wire dateline `(서울=연합뉴스) 정다은 기자 = ` off the start of a paragraph. */
export function cutDateline(text: string): DatelineCut {
  const m = DATELINE.exec(text);
  if (!m) return { text, reporters: [], outletName: null, place: null };
  const reporters = m[3] ? splitNames(m[3]).map((name) => ({ name })) : [];
  return { text: text.slice(m[0].length).trim(), reporters, outletName: m[2].trim(), place: m[1].trim() };
}

/** Merges reporter lists, keeping the first of each name and any e-mail found later. */
export function mergeReporters(...lists: Reporter[][]): Reporter[] {
  const out: Reporter[] = [];
  for (const r of lists.flat()) {
    const have = out.find((x) => x.name === r.name);
    if (!have) out.push({ ...r });
    else if (!have.email && r.email) have.email = r.email;
  }
  return out;
}
