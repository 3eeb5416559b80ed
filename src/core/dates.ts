/**
 * The front matter `date` as the archive reads it (SPEC §4, §5): every value is Korea time
 * unless it carries its own offset, and a date-only value stays a day. A hand-typed
 * `2024-03-31T20:00:00` is 20:00 in Seoul (not UTC, which would move it to 4월 1일 05:00 and file
 * it under April); `2024-03-31` is 31 March, with no time of day invented.
 */

/** Korea's UTC offset (Asia/Seoul has no daylight saving time since 1988). */
export const KOREA_OFFSET = "+09:00";

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** True for a date-only value (`2024-03-31`): a day, with no time of day. */
export const isDateOnly = (date: string): boolean => DATE_ONLY.test(date);

/**
 * A front matter date in the archive's canonical form: a value with an offset as written
 * (`T` for a space), a date and time without one with `+09:00` appended (Korea time), a
 * date-only value unchanged.
 * @returns null when `value` is no ISO 8601 date (or no real calendar day: 2024-02-30)
 */
export function normalizeDate(value: string): string | null {
  const v = value.trim();
  const local = LOCAL_TIME.exec(v);
  const out = DATE_ONLY.test(v)
    ? v
    : local
      ? `${local[1]}T${local[2]}${KOREA_OFFSET}`
      : WITH_OFFSET.test(v)
        ? v.replace(" ", "T")
        : null;
  if (out === null || Number.isNaN(Date.parse(out.length === 10 ? `${out}T00:00:00Z` : out)))
    return null;
  const [y, m, d] = out.slice(0, 10).split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? out : null;
}

/**
 * Milliseconds since the epoch for ordering articles: a date-only value counts as the start of
 * its day in Korea, so it sorts among that day's articles (never on a neighbouring day).
 * NaN for null.
 */
export function dateOrder(date: string | null): number {
  if (!date) return NaN;
  return Date.parse(isDateOnly(date) ? `${date}T00:00:00${KOREA_OFFSET}` : date);
}

/** `2024-03`: the month of a date in Korea time (the month folder and page it is filed under). */
export function koreaMonth(date: string): string {
  if (isDateOnly(date)) return date.slice(0, 7);
  return new Date(Date.parse(date) + 9 * 3600_000).toISOString().slice(0, 7);
}

/**
 * Whether an article file's folder agrees with its date: `YYYY/MM/…` must hold a date of that
 * month (Korea time), `undated/…` no date. Files elsewhere (a folder of the user's own) are not
 * judged.
 * @returns a sentence naming the disagreement, or null when they agree
 */
export function folderDateProblem(relPath: string, date: string | null): string | null {
  const parts = relPath.split("/");
  const folderMonth =
    /^\d{4}$/.test(parts[0]) && /^\d{2}$/.test(parts[1] ?? "") && parts.length > 2
      ? `${parts[0]}-${parts[1]}`
      : null;
  const folder = (month: string) => `${month.replace("-", "/")}/`;
  if (parts[0] === "undated" && parts.length > 1 && date) {
    const month = koreaMonth(date);
    return `날짜가 있는데 파일이 undated/ 폴더에 있습니다: date ${date}(한국 시각 ${month}). ${folder(month)} 폴더로 옮기거나 날짜를 확인하세요`;
  }
  if (!folderMonth) return null;
  if (!date)
    return `날짜가 비어 있는데 파일이 ${folder(folderMonth)} 폴더에 있습니다: 날짜를 적거나(dateSource: manual과 함께) 파일을 undated/ 폴더로 옮기세요`;
  const month = koreaMonth(date);
  if (month === folderMonth) return null;
  return `날짜와 폴더가 맞지 않습니다: date ${date}(한국 시각 ${month}), 폴더 ${folder(folderMonth)}. 날짜를 확인하거나(오프셋 없는 값은 한국 시각) 파일을 ${folder(month)} 폴더로 옮기세요`;
}
