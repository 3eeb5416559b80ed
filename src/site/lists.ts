/**
 * The browse lists (/companies/, /people/, /tags/, /outlets/): each in two views, by article count
 * and by name, both with a ㄱ ㄴ ㄷ … jump index.
 *
 * The jump index groups names by the initial consonant (초성) of their first syllable, read from
 * the Unicode Hangul syllable block (U+AC00 + (initial × 21 + medial) × 28 + final; The Unicode
 * Standard §3.12). Tense consonants sort under their plain letter, as Korean dictionaries index
 * them (ㄲ under ㄱ, ㄸ under ㄷ …). Names starting with a Latin letter are grouped as A–Z, with a
 * digit as 0–9, anything else as 기타. Anchors are ASCII (`#i-g` for ㄱ).
 */

/** One jump-index group, in index order. */
export interface InitialGroup<T> {
  /** Label shown: ㄱ … ㅎ, A–Z, 0–9, 기타. */
  label: string;
  /** ASCII anchor id, e.g. `i-g`. */
  anchor: string;
  items: T[];
}

/** The groups in display order: label and anchor. */
export const INITIALS: readonly { label: string; anchor: string }[] = [
  ["ㄱ", "g"],
  ["ㄴ", "n"],
  ["ㄷ", "d"],
  ["ㄹ", "r"],
  ["ㅁ", "m"],
  ["ㅂ", "b"],
  ["ㅅ", "s"],
  ["ㅇ", "o"],
  ["ㅈ", "j"],
  ["ㅊ", "ch"],
  ["ㅋ", "k"],
  ["ㅌ", "t"],
  ["ㅍ", "p"],
  ["ㅎ", "h"],
  ["A–Z", "latin"],
  ["0–9", "digit"],
  ["기타", "etc"],
].map(([label, a]) => ({ label, anchor: `i-${a}` }));

// The 19 initial consonants in Unicode order, mapped to the 14 index letters (tense → plain).
const INITIAL_OF = [
  "ㄱ",
  "ㄱ",
  "ㄴ",
  "ㄷ",
  "ㄷ",
  "ㄹ",
  "ㅁ",
  "ㅂ",
  "ㅂ",
  "ㅅ",
  "ㅅ",
  "ㅇ",
  "ㅈ",
  "ㅈ",
  "ㅊ",
  "ㅋ",
  "ㅌ",
  "ㅍ",
  "ㅎ",
];
// Compatibility jamo at the start of a name (ㅋㅋ) index under themselves.
const JAMO = new Map(INITIAL_OF.map((l) => [l, l]));

/** The jump-index label of a name: ㄱ … ㅎ, A–Z, 0–9 or 기타. */
export function initialOf(name: string): string {
  const ch = name.trim().normalize("NFC")[0] ?? "";
  const code = ch.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return INITIAL_OF[Math.floor((code - 0xac00) / 588)];
  if (JAMO.has(ch)) return ch;
  if (/[A-Za-z]/.test(ch)) return "A–Z";
  if (/[0-9]/.test(ch)) return "0–9";
  return "기타";
}

/** Korean collation for names (Hangul in 가나다 order, then Latin, as `Intl.Collator("ko")` does). */
export const byName = new Intl.Collator("ko", { numeric: true }).compare;

/**
 * The first `max` of `items` in the order a stable sort by `compare` gives them, without sorting
 * them all: an item is kept only when it comes before the last one kept, and goes after the kept
 * ones it ties with (the first met stays first, as in a stable sort). O(items × max).
 */
export function firstSorted<T>(
  items: Iterable<T>,
  max: number,
  compare: (x: T, y: T) => number,
): T[] {
  const best: T[] = [];
  if (max <= 0) return best;
  for (const o of items) {
    if (best.length === max && compare(o, best[max - 1]) >= 0) continue;
    let i = best.length;
    while (i > 0 && compare(o, best[i - 1]) < 0) i--;
    best.splice(i, 0, o);
    if (best.length > max) best.pop();
  }
  return best;
}

/**
 * Groups `items` (already sorted as they should show) by the initial of `name(item)`, in
 * {@link INITIALS} order; empty groups are kept (the index shows them greyed out, unlinked).
 */
export function groupByInitial<T>(items: T[], name: (item: T) => string): InitialGroup<T>[] {
  const groups = INITIALS.map((g) => ({ ...g, items: [] as T[] }));
  const at = new Map(groups.map((g) => [g.label, g]));
  for (const it of items) at.get(initialOf(name(it)))!.items.push(it);
  return groups;
}
