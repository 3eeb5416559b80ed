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

/** `2024년 3월 5일 08:30`, `2024년 3월 5일` for a date-only value, or `날짜 미상` for null. */
export function displayDate(iso: string | null): string {
  if (!iso) return "날짜 미상";
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
  return iso ? seoul(iso).toFormat("yyyy-MM-dd") : "";
}

/** Month key `2024-03` in Korea time. */
export function monthKey(iso: string): string {
  return seoul(iso).toFormat("yyyy-MM");
}

/** Month label `2024년 3월` in Korea time. */
export function monthLabel(iso: string): string {
  return seoul(iso).toFormat("yyyy년 M월");
}
