/**
 * Hangul → ASCII ids, for dictionary entries that `sillok entities` proposes (김민지 →
 * kim-min-ji). Syllables are romanized one by one with the Revised Romanization of Korean
 * (국립국어원, 문화관광부 고시 제2000-8호) letter tables, without its sound-change rules
 * (an id only needs to be readable, ASCII and stable); the common surname spellings
 * (김 Kim, 이 Lee, 박 Park …) are the lexicon's `surname_spellings`.
 */
import { wordsFor, type Words } from "./words.ts";

// prettier-ignore
const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
// prettier-ignore
const MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
// prettier-ignore
const FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

/** One syllable in Revised Romanization letters; other characters pass through lower-cased. */
export function romanizeSyllable(ch: string): string {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return ch.toLowerCase();
  return (
    INITIALS[Math.floor(code / 588)] + MEDIALS[Math.floor((code % 588) / 28)] + FINALS[code % 28]
  );
}

function romanize(name: string, surnames: ReadonlyMap<string, string> | null): string {
  const parts: string[] = [];
  name
    .normalize("NFC")
    .split(/[\s·]+/)
    .forEach((word, w) => {
      let latin = "";
      [...word].forEach((ch, i) => {
        if (/[\uAC00-\uD7A3]/.test(ch)) {
          if (latin) parts.push(latin);
          latin = "";
          parts.push((w === 0 && i === 0 && surnames?.get(ch)) || romanizeSyllable(ch));
        } else latin += ch.toLowerCase();
      });
      if (latin) parts.push(latin);
    });
  return parts
    .join("-")
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * An ASCII id for a name: syllables joined by `-` (words too), lowercase a–z, 0–9 and `-` only
 * (SK재팬 → sk-jae-paen).
 * @returns "" when nothing romanizable is left (the caller must then choose an id).
 */
export function romanizeId(name: string): string {
  return romanize(name, null);
}

/**
 * {@link romanizeId} for a person: the first syllable spelled as a surname (김민지 → kim-min-ji), by
 * the lexicon's `surname_spellings`.
 */
export function romanizePersonId(name: string, words: Words = wordsFor()): string {
  return romanize(name, words.surnameSpellings);
}

/**
 * `base`, or `base-2`, `base-3` … — the first that `taken` does not hold, which it then holds:
 * a suggested dictionary entry's id never repeats one already used (ids are keys: dictionary-schema.ts).
 */
export function unusedId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
