/**
 * The excerpts of the frequent words' first pages (search-first-words.ts): some 160,000 at
 * 10,000 articles, each {@link excerpt} of the search page (src/search/excerpt.ts) for a plain
 * word. The search page's excerpt reads a text piece by piece up to the first mark; in NFC text
 * a Hangul word's marks can be found with `indexOf` instead (see {@link prefixSpans}), so this
 * module finds them so and prints the excerpt as `excerpt` prints it: the same markup. It is
 * the site's own (not in src/search/excerpt.ts) so the search page's bundle stays as it is.
 */
import { excerpt, printExcerpt, type MarkRule } from "../search/excerpt.ts";

/** Hangul syllables only. */
const HANGUL = /^[\uAC00-\uD7A3]+$/;
/** One character that is a letter, mark or digit; a whole piece read from a given index. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const PIECE_AT = /[\p{L}\p{M}\p{N}]+/uy;

/** The excerpt's length in characters, as the search page's (src/search/excerpt.ts). */
const LENGTH = 160;

/**
 * `excerpt(text, rule)` (src/search/excerpt.ts), found faster when `nfc` (the caller knows
 * `text.normalize("NFC") === text`) and the rule marks Hangul words only.
 */
export function wordExcerpt(text: string, rule: MarkRule, nfc: boolean): string {
  if (!nfc || rule.names.length || !rule.prefixes.every((w) => HANGUL.test(w)))
    return excerpt(text, rule);
  return printExcerpt(text, prefixSpans(text, rule.prefixes, LENGTH), LENGTH);
}

/**
 * The spans [start, end) the search page's `markSpans` marks for Hangul `prefixes` in NFC text,
 * up to `window` characters after the first. In NFC text a piece's lower-case NFC form starts
 * with Hangul syllables exactly when the piece itself does (every piece of NFC text is NFC, and
 * lower-casing maps no character to or from a Hangul syllable), so the marked pieces are those
 * that open where the text holds a prefix.
 */
export function prefixSpans(text: string, prefixes: string[], window: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let from = 0; ;) {
    const at = nextPieceStart(text, prefixes, from);
    if (at < 0 || (spans.length && at >= spans[0][0] + window)) break;
    PIECE_AT.lastIndex = at;
    PIECE_AT.test(text);
    spans.push([at, (from = PIECE_AT.lastIndex)]);
  }
  return spans;
}

/** The first index from `from` where one of `prefixes` opens a piece of `text`, or -1. */
function nextPieceStart(text: string, prefixes: string[], from: number): number {
  let best = -1;
  for (const w of prefixes) {
    let q = text.indexOf(w, from);
    while (q >= 0 && (best < 0 || q < best) && !opensPiece(text, q)) q = text.indexOf(w, q + 1);
    if (q >= 0 && (best < 0 || q < best)) best = q;
  }
  return best;
}

/** Whether index `q` of `text` (a letter) opens a piece: no letter, mark or digit just before it. */
function opensPiece(text: string, q: number): boolean {
  if (q === 0) return true;
  const low = text.charCodeAt(q - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && q >= 2 && /[\ud800-\udbff]/.test(text[q - 2]);
  return !WORD_CHAR.test(text.slice(pair ? q - 2 : q - 1, q));
}
