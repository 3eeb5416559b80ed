/**
 * Which of two copies of one article is the later version, by the copies' own date stamps.
 * A news page prints when it was changed (`수정 2024.03.05 10:20`, `최종 수정`, `업데이트`,
 * `Updated`; the lexicon's `modified_labels`); a copy saved after a correction carries the later
 * stamp, whatever its file time (a copy re-saved or copied later) or its length (a stale copy
 * with leftover page furniture may be longer).
 */
import { dateOrder, normalizeDate } from "../core/dates.ts";
import { readStamps } from "../parse/reader/stamps.ts";
import type { PageWords } from "../parse/page-words.ts";

/**
 * The latest modified (수정) stamp in a page's text, as ISO 8601 in Korea time (or a day,
 * `2024-03-05`, when the stamp has no time), or null when the page prints none. Reads only
 * lines that hold a modified label and that the page reader takes for stamp lines, so a
 * sentence saying 수정 is never one.
 */
export function modifiedStamp(text: string, words: PageWords): string | null {
  const label = words.stamps.modified;
  if (!label.test(text)) return null;
  let latest: string | null = null;
  for (const line of text.split("\n")) {
    if (!label.test(line)) continue;
    for (const s of readStamps(line, words) ?? [])
      if (s.label === "modified" && (latest === null || later(s.date, latest))) latest = s.date;
  }
  return latest;
}

/**
 * True when ISO 8601 date `a` is a later instant than `b`, whatever offset each is written in
 * (`2024-03-05T10:00:00+09:00` is before `2024-03-05T02:00:00Z`); a time without an offset is
 * Korea time, and a day without a time (`2024-03-05`) is that day's start in Korea
 * (core/dates.ts). False when either is no date.
 */
export function later(a: string, b: string): boolean {
  return versionOrder(a) > versionOrder(b);
}

/**
 * A copy's version as a number that orders copies: the instant of its latest 수정 stamp (ms
 * since the epoch, see {@link later}), -Infinity for a copy without one (any stamp is later).
 */
export function versionOrder(modified: string | null): number {
  return modified === null ? -Infinity : dateOrder(normalizeDate(modified));
}
