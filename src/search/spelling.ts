/**
 * Nearest names by Korean spelling: an edit distance over jamo (자모), so that one wrong vowel
 * or final consonant costs one edit (윤석렬 → 윤석열, 삼성젼자 → 삼성전자, 저커벅 → 저커버그),
 * as a syllable-level distance would not see. Hangul syllables decompose arithmetically
 * (Unicode §3.12, "Conjoining Jamo Behavior"): S = 0xAC00 + (L·21 + V)·28 + T.
 */
import type { SearchEntity } from "../site/search-data.ts";
import { nameKey } from "../site/search-words.ts";

/** The jamo of a string: each Hangul syllable as its lead, vowel and (if any) tail; other characters as they are. */
export function jamo(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)! - 0xac00;
    if (c < 0 || c > 11171) {
      out.push(ch);
      continue;
    }
    out.push(`L${Math.floor(c / 588)}`, `V${Math.floor((c % 588) / 28)}`);
    if (c % 28) out.push(`T${c % 28}`);
  }
  return out;
}

/** Levenshtein distance of two sequences (insert, delete, substitute: 1 each). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Most names a miss suggests. */
export const MAX_NEAREST = 5;

/**
 * The entities whose spelling is nearest `word` (by {@link jamo} distance, at most 2 edits and at
 * most a third of the word's jamo), closest first, then most articles; each once, at most
 * {@link MAX_NEAREST}. Only companies and people with articles are offered.
 */
export function nearestNames(word: string, entities: SearchEntity[]): SearchEntity[] {
  const w = jamo(nameKey(word));
  if (w.length < 3) return [];
  const limit = Math.min(2, Math.floor(w.length / 3));
  const best = new Map<SearchEntity, number>();
  for (const e of entities) {
    if ((e.type !== "company" && e.type !== "person") || !e.hits) continue;
    for (const f of e.forms) {
      const d = editDistance(w, jamo(nameKey(f)));
      if (d > 0 && d <= limit && d < (best.get(e) ?? Infinity)) best.set(e, d);
    }
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || b[0].hits - a[0].hits)
    .slice(0, MAX_NEAREST)
    .map(([e]) => e);
}
