/**
 * A bare Korean name where a page puts a reporter without a role (`[가나일보 홍길동]`): three
 * syllables opening with a surname of the lexicon, no word the lexicon lists as no name, not
 * ending like an ordinary word (`not_name_endings`), and not a place (`place_endings`: 강원도,
 * 수원시).
 */
import type { ParseContext } from "./types.ts";

/** True when `word` reads as a person's bare Korean name (see the module comment). */
export function isPersonName(word: string, ctx: ParseContext): boolean {
  return (
    /^[가-힣]{3}$/.test(word) &&
    ctx.surnames.has(word[0]) &&
    !ctx.notNames.has(word) &&
    !ctx.notNameEndings.has(word[2]) &&
    !ctx.words.placeEnd.test(word)
  );
}
