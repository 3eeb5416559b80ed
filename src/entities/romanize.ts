/**
 * Hangul → ASCII ids, for dictionary entries that `sillok entities` proposes (김민지 →
 * kim-min-ji). Syllables are romanized one by one with the Revised Romanization of Korean
 * (국립국어원, 문화관광부 고시 제2000-8호) letter tables, without its sound-change rules
 * (an id only needs to be readable, ASCII and stable); the common surname spellings
 * (김 Kim, 이 Lee, 박 Park …) follow how Korean names are usually written in Latin script.
 */

// prettier-ignore
const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
// prettier-ignore
const MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
// prettier-ignore
const FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

/** Usual Latin spellings of frequent surnames (passport practice), used for a name's first syllable. */
// prettier-ignore
const SURNAMES: Record<string, string> = {
  김: "kim", 이: "lee", 박: "park", 최: "choi", 정: "jung", 강: "kang", 조: "cho", 윤: "yoon", 장: "jang", 임: "lim",
  한: "han", 오: "oh", 서: "seo", 신: "shin", 권: "kwon", 황: "hwang", 안: "ahn", 송: "song", 전: "jeon", 홍: "hong",
  유: "yoo", 고: "ko", 문: "moon", 양: "yang", 손: "son", 배: "bae", 백: "baek", 허: "heo", 남: "nam", 노: "noh",
};

/** One syllable in Revised Romanization letters; other characters pass through lower-cased. */
export function romanizeSyllable(ch: string): string {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return ch.toLowerCase();
  return (
    INITIALS[Math.floor(code / 588)] + MEDIALS[Math.floor((code % 588) / 28)] + FINALS[code % 28]
  );
}

function romanize(name: string, person: boolean): string {
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
          parts.push(
            person && w === 0 && i === 0 && SURNAMES[ch] ? SURNAMES[ch] : romanizeSyllable(ch),
          );
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
  return romanize(name, false);
}

/** {@link romanizeId} for a person: the first syllable spelled as a surname (김민지 → kim-min-ji). */
export function romanizePersonId(name: string): string {
  return romanize(name, true);
}
