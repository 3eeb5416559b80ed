/**
 * Reading a name: whether a word has the shape of a Korean full name, a Chinese name as Korean news
 * writes it, a Western given name and family name, or a Japanese name family name first. Shapes
 * only; whether the text says the word is a person is for src/entities/find-people.ts. The word
 * lists (surnames, given names, non-names …) are the lexicon's.
 */
import { HANGUL_WORD, hasFinal, hasLoanSyllable, isKanaWord } from "./hangul.ts";
import { qualifierAfter, roleOf } from "./qualifiers.ts";
import { wordsFor, type Words } from "./words.ts";

/** A word as the tokenizer sees it: text and offset in the scanned text. */
export interface Token {
  w: string;
  at: number;
}

/** A name read at token `i`: where it ends, whether it carries nothing after it, its last token. */
export interface NameReading {
  name: string;
  end: number;
  /** No particle or punctuation glued to it (an apposition may follow). */
  bare: boolean;
  last: number;
  /** A role glued to the name (`씨`). */
  role?: string;
  twoSyllable?: boolean;
  /** A foreign name by its shape only (리잔수): it counts only with an apposition after it. */
  needsRole?: boolean;
}

function nameShape(w: string, words: Words, particleFollows: boolean): boolean {
  if (!HANGUL_WORD.test(w) || words.notNames.has(w)) return false;
  // A final 이 is usually the subject particle, unless a particle follows it (손제이가, 손제이는).
  if (words.notNameEndings.has(w[w.length - 1]) && !(particleFollows && w.endsWith("이")))
    return false;
  if (words.placeUnits.has(w[w.length - 1])) return false; // 용인시, 정선군: a place
  if (words.peopleNoun.test(w) || words.copulaNoun.test(w)) return false;
  if (w.endsWith("은") && !words.givenBeforeEun.has(w[w.length - 2])) return false;
  if (/^.모씨?$/.test(w)) return false; // 이모씨, 김모: a name withheld
  if (hasLoanSyllable(w)) return false; // 사치코, 케빈: a transliteration
  if (words.verbEnding.test(w)) return false; // verb forms: 주셔서, 나서면서
  if (w.length === 3) return words.surnames.has(w[0]);
  return w.length === 4 && words.surnames.has(w.slice(0, 2));
}

/**
 * True when `w` has the shape of a Korean full name: three syllables starting with a one-syllable
 * surname, or four with a two-syllable one (남궁민수), not a listed common word (`not_names`) and
 * not ending in a syllable that ends ordinary words (`not_name_endings`) or in an administrative unit
 * (`place_units`: 용인시 is a place). Two-syllable names (이산,
 * 선둬) are left out: too many ordinary words have that shape.
 */
export function isNameShaped(w: string, words: Words = wordsFor()): boolean {
  return nameShape(w, words, false);
}

/** {@link isNameShaped} for a stem that a particle follows: a final 이 is then the name's (손제이가). */
export function isNameShapedBeforeParticle(w: string, words: Words = wordsFor()): boolean {
  return nameShape(w, words, true);
}

/** A Hangul word with its Chinese characters in parentheses: 리잔수(栗戰書), 우징(吳京). */
const HANJA_AFTER = /^[\uAC00-\uD7A3]{2,4}[(（][\u4E00-\u9FFF]{2,4}[)）·,]/;

/** A Chinese name with its characters after it: one per syllable, give or take one; no place. */
function chineseByHanja(word: string, hanja: string, words: Words): "hanja" | null {
  // One character a syllable, give or take one (마오쩌둥(毛澤東)); not a place (후난성(湖南省), 창춘시).
  if (
    Math.abs(hanja.length - word.length) > 1 ||
    isNameShaped(word, words) ||
    words.chinesePlaceEndings.has(word[word.length - 1])
  )
    return null;
  const known =
    words.chineseSurnames.has(word[0]) ||
    words.chineseSurnamesLong.has(word.slice(0, 2)) ||
    words.chineseSurnamesWide.has(word[0]);
  return known ? "hanja" : null;
}

/**
 * How `word` (with `tail`, what follows it in its token) reads as a Chinese name, the way Korean
 * news writes one (국립국어원 외래어 표기법, 중국어 표기): `"hanja"` when its Chinese characters follow
 * in parentheses, one per syllable (리잔수(栗戰書), 우징(吳京)); `"shape"` for a bare three- or
 * four-syllable word that starts with a Chinese surname no Korean has (`chinese_surnames` minus
 * `surnames`, or `chinese_surnames_long`): 리잔수 전인대 상무위원장. Either counts only with an
 * apposition after it. Korean-shaped names are left to {@link isNameShaped}.
 */
export function chineseName(word: string, tail: string, words: Words): "hanja" | "shape" | null {
  if (words.notNames.has(word) || words.notChinese.test(word)) return null;
  const hanja = /^[(（]([\u4E00-\u9FFF]{2,4})[)）·,]/.exec(tail);
  if (hanja) return chineseByHanja(word, hanja[1], words);
  if (
    tail !== "" ||
    word.length < 3 ||
    word.length > 4 ||
    words.notNameEndings.has(word[word.length - 1])
  )
    return null;
  if (words.chineseSurnamesLong.has(word.slice(0, 2))) return word.length === 4 ? "shape" : null;
  if (word.length !== 3) return null;
  if (words.chineseSurnames.has(word[0]) && !words.surnames.has(word[0])) return "shape";
  // A surname Korean shares (류, 왕, 장 …) with a syllable no Korean name has: 류츠핑, 장샤오.
  const loan = hasLoanSyllable(word.slice(1));
  return loan && (words.chineseSurnames.has(word[0]) || words.chineseSurnamesWide.has(word[0]))
    ? "shape"
    : null;
}

/** Per lexicon: 1 for each UTF-16 unit that opens a surname, a Chinese surname or a given name. */
const nameOpeners = new WeakMap<Words, Uint8Array>();

/** Whether `raw` opens with a unit that some surname or given name opens with (see {@link mayOpenName}). */
function opensLikeName(raw: string, words: Words): boolean {
  let table = nameOpeners.get(words);
  if (!table) {
    table = new Uint8Array(0x10000);
    const opening = [
      ...words.surnames,
      ...words.chineseSurnames,
      ...words.chineseSurnamesLong,
      ...words.givenNames,
    ];
    for (const w of opening) if (w) table[w.charCodeAt(0)] = 1;
    nameOpeners.set(words, table);
  }
  return table[raw.charCodeAt(0)] === 1;
}

/** True when a token may open a name at all: most words start with no surname and leave at once. */
function mayOpenName(raw: string, words: Words): boolean {
  // Every list below needs `raw` to open like one of its words, and a Hangul syllable and a
  // parenthesis for Hanja after it; a unit table answers most tokens without building strings.
  if (raw && !opensLikeName(raw, words) && !(/^[\uAC00-\uD7A3]/.test(raw) && /[(（]/.test(raw)))
    return false;
  return (
    words.surnames.has(raw[0]) ||
    words.surnames.has(raw.slice(0, 2)) ||
    words.chineseSurnames.has(raw[0]) ||
    words.givenNames.has(raw) ||
    HANJA_AFTER.test(raw) ||
    words.chineseSurnamesLong.has(raw.slice(0, 2))
  );
}

/** A Western given name and the next word as its family name: 데이비드 워터스, 마이크 호와. */
function westernName(toks: Token[], i: number, raw: string, words: Words): NameReading | null {
  const t2 = toks[i + 1];
  const second = t2.w.replace(/[,.]$/, "");
  if (!HANGUL_WORD.test(second)) return null;
  if (second.length <= 5 && !words.caseParticleEnd.test(second)) {
    return {
      name: `${raw} ${second}`,
      end: t2.at + second.length,
      bare: second === t2.w,
      last: i + 1,
    };
  }
  // The family name with particles (마이크 호와, 맷 프루삭은): only a role before it can tell.
  for (let cut = 1; cut < second.length && cut <= 5; cut++) {
    if (words.particles.isParticleRun(second.slice(cut)))
      return { name: `${raw} ${second.slice(0, cut)}`, end: t2.at + cut, bare: false, last: i + 1 };
  }
  return null;
}

/** A name glued to 씨 (김민수씨는): the honorific is its role. */
function nameWithSsi(word: string, tail: string, words: Words): string | null {
  const ssi = /^([\uAC00-\uD7A3]{3,4})씨([\uAC00-\uD7A3]*)$/.exec(word);
  return ssi &&
    words.particles.isParticleRun(ssi[2]) &&
    isNameShaped(ssi[1], words) &&
    (tail === "" || /^[,.”"’')）]/.test(tail))
    ? ssi[1]
    : null;
}

/** A full name that particles or punctuation follow: only a role before it can say it is a name. */
function nameBeforeParticles(word: string, tail: string, words: Words): string | null {
  for (let cut = Math.min(4, word.length); cut >= 3; cut--) {
    // a full name has three or four syllables
    const stem = word.slice(0, cut);
    const rest = word.slice(cut);
    if (rest && !words.particles.isParticleRun(rest)) continue;
    if (!rest && tail === "") continue;
    if (rest ? isNameShapedBeforeParticle(stem, words) : isNameShaped(stem, words)) return stem;
  }
  return null;
}

/** How many Hangul syllables open `raw` (counted by code unit: no match array per token). */
function hangulRun(raw: string): number {
  let n = 0;
  for (let c = raw.charCodeAt(0); c >= 0xac00 && c <= 0xd7a3; c = raw.charCodeAt(++n));
  return n;
}

/** A {@link NameReading} of `name` starting at `start`, its last token `last`. */
function reading(
  name: string,
  start: number,
  bare: boolean,
  last: number,
  extra?: Partial<NameReading>,
): NameReading {
  return { name, end: start + name.length, bare, last, ...extra };
}

/**
 * The name read at token `i` of a sentence (`raw` is the token without its opening punctuation,
 * starting at `start` in the text): a Western given name and family name, a Chinese name, a Korean
 * full name bare, glued to 씨, with a note in parentheses or with particles, or a two-syllable
 * Chinese name before a masked known company (□).
 * @returns the reading, or null when no name starts here
 */
export function readName(
  toks: Token[],
  i: number,
  raw: string,
  start: number,
  words: Words,
): NameReading | null {
  if (!mayOpenName(raw, words)) return null;
  if (words.givenNames.has(raw) && i + 1 < toks.length) return westernName(toks, i, raw, words);
  const word = raw.slice(0, hangulRun(raw));
  if (!word) return null;
  const tail = raw.slice(word.length);
  const chinese = chineseName(word, tail, words);
  if (chinese) return reading(word, start, true, i, { needsRole: chinese === "shape" });
  if (word === raw && isNameShaped(word, words)) return reading(word, start, true, i);
  const ssi = nameWithSsi(word, tail, words);
  if (ssi) return reading(ssi, start, false, i, { role: "씨" });
  // 우징(吳京) 배우, 김민수(45) 변호사, 김창준(공화) 전 의원: Hanja, an age or a short party or
  // affiliation in the parentheses (카리브 공동체(CARICOM) 사무국 is no name). A photo caption's
  // position note (김다온(왼쪽부터) 전 총리, 김다온(오른쪽 두번째) 대표) too.
  if (words.nameNote.test(tail) && isNameShaped(word, words)) return reading(word, start, true, i);
  const stem = nameBeforeParticles(word, tail, words);
  if (stem) return reading(stem, start, false, i);
  const twoSyllable =
    word === raw &&
    word.length === 2 &&
    words.chineseSurnames.has(word[0]) &&
    !words.notNames.has(word) &&
    !words.notNameEndings.has(word[1]);
  if (twoSyllable && toks[i + 1]?.w.startsWith("□"))
    return reading(word, start, true, i, { twoSyllable: true });
  return null;
}

/** A pair of names with the role they share and where their apposition ends. */
export interface NamesWithRole {
  names: string[];
  role: string;
  end: number;
}

/** True when `raw next` cannot be a foreign family name and given name (see {@link foreignPair}). */
function notAForeignPair(
  raw: string,
  next: string,
  roles: readonly string[],
  words: Words,
): boolean {
  if (!isKanaWord(raw) || !isKanaWord(next) || raw.length + next.length < 5) return true;
  if ([raw, next].some((w) => words.notForeignNames.has(w) || words.notNames.has(w))) return true;
  if (roleOf(next, roles, words.particles) || roleOf(raw, roles, words.particles)) return true; // 오구라 교수: the role itself
  // A family name does not end in ン or っ (만난, 이번 are Korean words); a given name does not end
  // like a Korean noun or a particle (지지자, 본부, 소비, 눈에, 기술이).
  if (hasFinal(raw[raw.length - 1]) || words.notFamilyNameEndings.has(raw[raw.length - 1]))
    return true;
  if (words.notGivenNameEndings.has(next[next.length - 1])) return true;
  // Two Korean full names in a row (이수미 유인수 의원) are two people.
  return isNameShaped(next, words);
}

/**
 * A foreign name of two words, family name first (Japanese 오구라 키조, or a Western name that fits
 * the same syllables, 수미 테리), read at token `i`: both words are kana-shaped words that no list
 * calls ordinary, the second carries nothing after it, and an apposition ({@link qualifierAfter},
 * up to four organisation words) follows. Without the apposition the pair is left to the other cues.
 */
export function foreignPair(
  text: string,
  toks: Token[],
  i: number,
  raw: string,
  roles: readonly string[],
  words: Words,
): NamesWithRole | null {
  const next = toks[i + 1]?.w;
  if (!next || notAForeignPair(raw, next, roles, words)) return null;
  const end = toks[i + 1].at + next.length;
  const q = qualifierAfter(text, end, { words, roles, maxWords: 4 });
  if (!q || q.role === "씨" || q.start !== end + 1) return null;
  // A Korean full name, an organisation and the role (유다온 구츠 대표): the Korean reading wins
  // unless organisation words stand between the pair and its role (오구라 키조 교토대 교수).
  if (isNameShaped(raw, words) && !/\s/.test(text.slice(q.start, q.end))) return null;
  return { names: [`${raw} ${next}`], role: q.role, end: q.end };
}

/**
 * Full names joined by middle dots (`이다온·김하람`), each {@link isNameShaped}, with an apposition
 * after the last one (`의원`, `전 의원`); `raw` starts at `start` in the text.
 */
export function joinedNames(
  text: string,
  raw: string,
  start: number,
  roles: readonly string[],
  words: Words,
): NamesWithRole | null {
  if (!raw.includes("·")) return null;
  const parts = raw.split("·");
  // Every part has a name's outline (a surname and three or four syllables); the ones that are
  // full names by {@link isNameShaped} are kept (이종구 ends like 지역구 and is left out).
  const outline = (p: string) =>
    /^[\uAC00-\uD7A3]{3,4}$/.test(p) &&
    (words.surnames.has(p[0]) || words.surnames.has(p.slice(0, 2)));
  if (parts.length < 2 || !parts.every(outline)) return null;
  const names = parts.filter((p) => isNameShaped(p, words));
  if (!names.length) return null;
  const q = qualifierAfter(text, start + raw.length, { words, roles, maxWords: 3 });
  return q ? { names, role: q.role, end: q.end } : null;
}
