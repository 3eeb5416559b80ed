/**
 * The company rules: the written variants of a company's forms (a space before a suffix, after a
 * Latin prefix), a company name that names a place (한국은행 사거리), and ambiguous forms
 * (CompanyEntry.ambiguous: 기아 "hunger", 농심 "farmers' hearts") that count only with business
 * context. Words come from the lexicon.
 */
import type { CompanyKey, EntityMention } from "./keys.ts";
import { sentenceAround, sentenceSpans } from "./sentences.ts";
import type { Words } from "./words.ts";

/**
 * Variants of a company form: `아시아나항공` also as `아시아나 항공` (a company or industry suffix of
 * the lexicon after a space); a Latin prefix glued to Hangul (`CJ푸드빌`, `KB캐피탈`) also with a
 * space after the Latin part (`CJ 푸드빌`).
 */
export function companyVariants(form: string, words: Words): string[] {
  const out = [form];
  const latin = /^([A-Za-z&]{2,})([\uAC00-\uD7A3].*)$/.exec(form);
  if (latin) out.push(`${latin[1]} ${latin[2]}`);
  for (const suf of words.spacedSuffixes) {
    if (form.length > suf.length + 1 && form.endsWith(suf) && !form.endsWith(` ${suf}`))
      out.push(`${form.slice(0, -suf.length)} ${suf}`);
  }
  return out;
}

const companyOf = (m: EntityMention): CompanyKey | null =>
  m.key.kind === "company" ? m.key : null;

/** True when a company mention names a place after the company: 한국은행 사거리, 강남역 is not one. */
export function namesPlace(m: EntityMention, text: string, words: Words): boolean {
  return m.key.kind === "company" && words.placeAfterCompany.test(text.slice(m.end, m.end + 8));
}

/**
 * Keeps the mentions by an ambiguous form only with business context: another mention of the
 * company, or of its group, by an unambiguous form in the text, or a business cue in the same
 * sentence; never where someone posted (페이스북에 글을 올렸다). Other mentions pass.
 */
export function ambiguousConfirmed(
  mentions: EntityMention[],
  text: string,
  words: Words,
): EntityMention[] {
  const isAmbiguous = (m: EntityMention) => companyOf(m)?.ambiguous.has(m.form) ?? false;
  const groupsNamed = new Set<string>();
  for (const m of mentions) {
    const c = companyOf(m);
    if (c && !isAmbiguous(m)) groupsNamed.add(c.group).add(c.id);
  }
  let spans: ReturnType<typeof sentenceSpans> | null = null;
  return mentions.filter((m) => {
    const c = companyOf(m);
    if (!c || !isAmbiguous(m)) return true;
    const sentence = sentenceAround(text, m.start, m.end, (spans ??= sentenceSpans(text)));
    if (words.postedOn.test(text.slice(m.end, m.end + 12)) && words.postingVerbs.test(sentence))
      return false;
    if (groupsNamed.has(c.group) || groupsNamed.has(c.id)) return true;
    return words.businessCues.test(sentence);
  });
}
