/**
 * Hangul phonology: a syllable's letters (초성, 중성, 종성) by the Unicode composition of
 * Hangul syllables (U+AC00 + (initial × 21 + vowel) × 28 + final), and the syllable shapes that
 * tell a transliteration from a Korean word. Pure; no word lists (those are in the lexicon).
 */

/** A run of Hangul syllables and nothing else. */
export const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;

/** The letter indexes of a Hangul syllable, or null for any other character. */
export function jamoOf(ch: string): { initial: number; vowel: number; final: number } | null {
  const c = ch.charCodeAt(0) - 0xac00;
  if (c < 0 || c > 11171) return null;
  return { initial: Math.floor(c / 588), vowel: Math.floor((c % 588) / 28), final: c % 28 };
}

/** True when a syllable has a final consonant (받침); false for any other character. */
export const hasFinal = (ch: string): boolean => (jamoOf(ch)?.final ?? 0) !== 0;

/**
 * True for a syllable that no Chinese character reads as in Korean and that Korean given names
 * (Sino-Korean or native: 다온, 하람) do not use, but transliterations do: an initial ㅋ (코, 키),
 * ㅡ with no final (스, 츠, 즈, 트), ㅔ after other than ㅅ ㅈ ㅊ (케, 테, 페, 레), and 샤 쇼 슈 츄 퓨 뷰 뮤 푸 ….
 * Source: the readings of 한국어문회 배정한자 (none of these syllables is one).
 */
export function isLoanSyllable(ch: string): boolean {
  return (syllableTable()[ch.charCodeAt(0) - 0xac00] & LOAN) !== 0;
}

/** {@link isLoanSyllable} by the letters: the rule the table is built from. */
function loanRule(ch: string): boolean {
  const j = jamoOf(ch);
  if (!j) return false;
  const { initial, vowel, final } = j;
  if (initial === 15) return true; // ㅋ
  if (final !== 0) return false;
  if (vowel === 18) return initial !== 11; // 스 츠 즈 트 (으 aside)
  if (vowel === 5) return ![9, 12, 14].includes(initial); // 세 제 체 are Sino-Korean
  if (vowel === 17) return [6, 7, 9, 14, 17].includes(initial); // 뮤 뷰 슈 츄 퓨
  if (vowel === 2) return [2, 5, 9, 12, 14, 16, 17].includes(initial); // 냐 랴 샤 쟈 챠 탸 퍄
  if (vowel === 12) return [9, 12, 14, 16].includes(initial); // 쇼 죠 쵸 툐
  if (vowel === 13) return initial === 17; // 푸
  return false;
}

/**
 * Syllables of Japanese words as Korean writes them (국립국어원 외래어 표기법 제3장 제6절 일본어의
 * 표기, 가나와 한글 대조표): the vowels ㅏ ㅣ ㅜ ㅔ ㅗ and ㅑ ㅠ ㅛ, ㅡ only in 스 쓰 츠 즈, a final ㄴ (ン)
 * or ㅅ (促音 っ). Korean words rarely use only these (no ㅓ, ㅐ, ㅕ, no final ㄱ ㄹ ㅁ ㅂ ㅇ); a
 * Western name that fits (수미 테리) is read the same way.
 */
export function isKanaSyllable(ch: string): boolean {
  return (syllableTable()[ch.charCodeAt(0) - 0xac00] & KANA) !== 0;
}

/** {@link isKanaSyllable} by the letters: the rule the table is built from. */
function kanaRule(ch: string): boolean {
  const j = jamoOf(ch);
  if (!j) return false;
  const { initial, vowel, final } = j;
  if (final !== 0 && final !== 4 && final !== 19) return false; // none, ㄴ, ㅅ
  if ([1, 4, 8, 13].includes(initial)) return false; // ㄲ ㄸ ㅃ ㅉ
  if (initial === 10) return vowel === 18; // ㅆ only in 쓰
  // ㅏ0 ㅑ2 ㅔ5 ㅗ8 ㅘ9 ㅛ12 ㅜ13 ㅠ17 ㅡ18 ㅣ20
  if (vowel === 18) return [9, 10, 12, 14].includes(initial); // 스 쓰 즈 츠
  if (vowel === 9) return initial === 11; // 와
  return [0, 2, 5, 8, 12, 13, 17, 20].includes(vowel);
}

/** A word of two to five syllables that are all {@link isKanaSyllable}: 오구라, 키조, 테리. */
export function isKanaWord(w: string): boolean {
  if (!/^[\uAC00-\uD7A3]{2,5}$/.test(w)) return false;
  // By code unit: `w[i]` would build a string for each syllable of every word discovery reads.
  const table = syllableTable();
  for (let i = 0; i < w.length; i++) if (!(table[w.charCodeAt(i) - 0xac00] & KANA)) return false;
  return true;
}

/** True when some character of `w` is {@link isLoanSyllable} (looked up by code unit, no strings built). */
export function hasLoanSyllable(w: string): boolean {
  const table = syllableTable();
  for (let i = 0; i < w.length; i++) if (table[w.charCodeAt(i) - 0xac00] & LOAN) return true;
  return false;
}

/** Bits of {@link syllableTable}. */
const KANA = 1,
  LOAN = 2;
let syllables: Uint8Array | null = null;

/**
 * The answers of {@link kanaRule} and {@link loanRule} for each of the 11,172 syllables, built on
 * first use: discovery asks them of every word it reads, and a lookup allocates nothing. An index
 * outside the syllables reads as 0 (neither).
 */
function syllableTable(): Uint8Array {
  if (syllables) return syllables;
  syllables = new Uint8Array(11172);
  for (let c = 0; c < 11172; c++) {
    const ch = String.fromCharCode(0xac00 + c);
    syllables[c] = (kanaRule(ch) ? KANA : 0) | (loanRule(ch) ? LOAN : 0);
  }
  return syllables;
}
