/**
 * Date display for the site, always in Asia/Seoul (SPEC §5) with luxon
 * (https://moment.github.io/luxon/#/zones): `2024-03-05T08:30:00+09:00` is 2024년 3월 5일.
 */
import { DateTime } from "luxon";

const ZONE = "Asia/Seoul";
const seoul = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone(ZONE);

/** `2024년 3월 5일 08:30`, or `날짜 미상` for null. */
export function displayDate(iso: string | null): string {
  if (!iso) return "날짜 미상";
  const dt = seoul(iso);
  return dt.isValid ? dt.toFormat("yyyy년 M월 d일 HH:mm") : "날짜 미상";
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
