/**
 * Which of two copies of one article is the later version, by the copies' own date stamps.
 * A news page prints when it was changed (`수정 2024.03.05 10:20`, `최종 수정`, `업데이트`,
 * `Updated`; the lexicon's `modified_labels`); a copy saved after a correction carries the later
 * stamp, whatever its file time (a copy re-saved or copied later) or its length (a stale copy
 * with leftover page furniture may be longer).
 */
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
 * True when ISO date `a` is after `b`. Both are written in Korea time (`+09:00`), so the text
 * compares as time does; a day without a time (`2024-03-05`) is taken as that day's start.
 */
export function later(a: string, b: string): boolean {
  return a.slice(0, 19).padEnd(19, "0") > b.slice(0, 19).padEnd(19, "0");
}

/** A copy's version time: its latest 수정 stamp, else its publication date (or null). */
export function versionOf(copy: { modified: string | null }, date: string | null): string | null {
  return copy.modified ?? date;
}
