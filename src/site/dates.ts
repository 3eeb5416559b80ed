/**
 * Date display for the site, always in Asia/Seoul (SPEC §5) with luxon
 * (https://moment.github.io/luxon/#/zones): `2024-03-05T08:30:00+09:00` is 2024년 3월 5일.
 * A value without an offset is Korea time (luxon's `zone` option applies to such values only);
 * a date-only value (`2024-03-05`) is a day and is shown without a time.
 */
import { DateTime } from "luxon";
import { isDateOnly } from "../core/dates.ts";

const ZONE = "Asia/Seoul";
const seoul = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });

/**
 * A date as sillok writes it, already in Korea time: `YYYY-MM-DD`, or with a time and no offset
 * or `+09:00`. Read without luxon (a build formats every article's date several times); null for
 * anything else (another offset, an impossible day), which luxon then reads.
 */
const KOREA_LOCAL =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:\+09:00)?)?$/;

/** Year, month (1–12), day, hour and minute of a {@link KOREA_LOCAL} value, or null. */
function koreaParts(
  iso: string,
): { y: number; m: number; d: number; h: number; min: number } | null {
  const p = KOREA_LOCAL.exec(iso);
  if (!p) return null;
  const [y, m, d, h, min, sec] = p.slice(1, 7).map((x) => Number(x ?? 0));
  // The calendar decides what exists (no 2月 30日, no 24:00): a value Date.UTC rolls over is left to luxon.
  const t = new Date(Date.UTC(y, m - 1, d, h, min));
  const exists =
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === m - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h &&
    t.getUTCMinutes() === min &&
    sec < 60;
  return exists ? { y, m, d, h, min } : null;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** `2024년 3월 5일 08:30`, `2024년 3월 5일` for a date-only value, or `날짜 미상` for null. */
export function displayDate(iso: string | null): string {
  if (!iso) return "날짜 미상";
  const k = koreaParts(iso);
  if (k)
    return `${k.y}년 ${k.m}월 ${k.d}일${isDateOnly(iso) ? "" : ` ${pad2(k.h)}:${pad2(k.min)}`}`;
  const dt = seoul(iso);
  if (!dt.isValid) return "날짜 미상";
  return dt.toFormat(isDateOnly(iso) ? "yyyy년 M월 d일" : "yyyy년 M월 d일 HH:mm");
}

/**
 * A full timestamp with offset for feeds (Atom needs date and time): a date-only value becomes
 * the start of its day in Korea (`2024-03-05T00:00:00+09:00`); other values are returned as given.
 */
export function isoInstant(iso: string): string {
  return isDateOnly(iso) ? seoul(iso).toISO({ suppressMilliseconds: true })! : iso;
}

/** `2024-03-05` (Korea date), for `<time datetime>` and feeds; "" for null. */
export function isoDay(iso: string | null): string {
  if (!iso) return "";
  const k = koreaParts(iso);
  return k ? `${k.y}-${pad2(k.m)}-${pad2(k.d)}` : seoul(iso).toFormat("yyyy-MM-dd");
}

/** Month key `2024-03` in Korea time. */
export function monthKey(iso: string): string {
  const k = koreaParts(iso);
  return k ? `${k.y}-${pad2(k.m)}` : seoul(iso).toFormat("yyyy-MM");
}

/** Month label `2024년 3월` in Korea time. */
export function monthLabel(iso: string): string {
  const k = koreaParts(iso);
  return k ? `${k.y}년 ${k.m}월` : seoul(iso).toFormat("yyyy년 M월");
}
