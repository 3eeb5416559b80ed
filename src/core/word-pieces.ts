/**
 * The word pieces of a text as the search reads them: NFC, lower case, split at every run of
 * characters that are not letters, marks or digits (Unicode `\p{L}`, `\p{M}`, `\p{N}`), so
 * punctuation and symbols split words (AI·반도체 → ai, 반도체). The same pieces as
 * `text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)`, read with
 * a loop over the characters instead: the search page (src/search/query.ts `textPieces`) and the
 * frequent words' first pages (src/site/search-first-words.ts) both read words with it, the
 * latter every article's, some 2.4 million at 10,000 articles, where the regular expression's
 * split took most of the time.
 */

/** One character (a code point) that is a letter, mark or digit. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * What each UTF-16 unit of the Basic Multilingual Plane is, once asked: 0 not yet, 1 word, 2 not.
 * Made at the first use: a module that imports this one pays nothing until it splits a text.
 */
let kinds: Uint8Array | undefined;

/** Whether the BMP character `c` (not a surrogate pair) is a letter, mark or digit. */
function wordUnit(c: number): boolean {
  kinds ??= new Uint8Array(0x10000);
  let k = kinds[c];
  if (k === 0) kinds[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Lower-cased NFC word pieces of `text`, in order (none for a text without letters or digits). */
export function wordPieces(text: string): string[] {
  const s = text.normalize("NFC").toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    // A code point outside the BMP is a surrogate pair, tested whole (as the `u` flag reads it).
    const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1));
    if (pair ? WORD_CHAR.test(s.slice(i, i + 2)) : wordUnit(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i += pair ? 2 : 1;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
