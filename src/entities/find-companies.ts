/**
 * Finding companies that no dictionary knows, by their shape (discovery, for `sillok entities`):
 * `㈜X`, `(주)X`, `X㈜` (the marks of a 주식회사, 상법 제170조), and words ending in a company
 * suffix of the lexicon (…그룹, …전자, …은행) unless the part before the suffix makes it an ordinary
 * noun (중앙은행, 석유화학). Linear in the text's length.
 */
import { trimSentence, type FindOptions } from "./find-people.ts";
import { isNameShaped } from "./names.ts";
import { roleOf } from "./qualifiers.ts";
import { sentenceSpans } from "./sentences.ts";
import { wordsFor, type Words } from "./words.ts";

/** A company candidate: the token as written (particles removed) and its sentence. */
export interface CompanyCandidate {
  name: string;
  sentence: string;
}

/** Words of a sentence with their punctuation kept on the word. */
const tokens = (s: string) => s.split(/[\s\u00A0]+/).filter(Boolean);

/** A name the company mark closes (`서해철도㈜`, `서해철도(주)는`): group 1 the name. */
const CLOSED = /^([\uAC00-\uD7A3A-Za-z0-9&]{2,})(?:㈜|\(주\))/;

/**
 * `word` without its particles, keeping the longest stem the text also writes as a word of its
 * own (`bare`): `서해철도가` is 서해철도 when the text writes 서해철도 elsewhere, though 도가 could be
 * read as two particles.
 */
function stripWith(word: string, words: Words, bare: ReadonlySet<string>): string {
  const { stripParticles, isPlainParticleRun } = words.particles;
  const stem = stripParticles(word);
  for (let cut = word.length - 1; cut > stem.length; cut--)
    if (bare.has(word.slice(0, cut)) && isPlainParticleRun(word.slice(cut)))
      return word.slice(0, cut);
  return stem;
}

/**
 * The company a word names by its shape, or null. A name the company mark closes (`서해철도㈜`)
 * is whole: a particle never stands before the mark, so nothing is cut from it.
 */
function companyShaped(w0: string, words: Words, bare: ReadonlySet<string>): string | null {
  const w = bareWord(w0);
  const closed = CLOSED.exec(w);
  if (closed) return closed[1];
  const opened = /^(?:㈜|\(주\))([\uAC00-\uD7A3A-Za-z0-9&]{2,})/.exec(w);
  if (opened) return stripWith(opened[1], words, bare);
  const stem = stripWith(w, words, bare);
  if (!/^[\uAC00-\uD7A3A-Za-z0-9&]+$/.test(stem)) return null;
  const suffix = words.companySuffixes.find((s) => stem.endsWith(s) && stem.length >= s.length + 2);
  return suffix && !words.genericCompanyPrefixes.has(stem.slice(0, -suffix.length)) ? stem : null;
}

/** A word without the punctuation around it. */
const bareWord = (w: string) =>
  w.replace(/^[“"‘'(\[<「『·-]+/, "").replace(/[”"’'),.?!:;\]>」』]+$/, "");

/** The names the text writes as words of their own, bare or with a company mark (`서해철도㈜`). */
function bareWords(text: string): Set<string> {
  return new Set(
    tokens(text).map((w0) => {
      const w = bareWord(w0);
      return (CLOSED.exec(w)?.[1] ?? w).replace(/^(?:㈜|\(주\))/, "");
    }),
  );
}

/**
 * A broadcast transcript's speaker tag with a one-word affiliation (`[홍길동/가나터미널 본부장]`,
 * `[인터뷰:홍길동/가나터미널 운영본부장]`, as find-people.ts reads the person): group 1 the name,
 * 2 the affiliation, 3 the role word.
 */
const TAG_AFFILIATION =
  /\[(?:[\uAC00-\uD7A3]{2,4} ?: ?)?([\uAC00-\uD7A3■]{2,4}) ?\/ ?([\uAC00-\uD7A3A-Za-z0-9&]{2,20}) ([\uAC00-\uD7A3A-Za-z]{1,10})\s*[:\]]/g;

/**
 * The affiliations an interviewee's speaker tag names with a corporate title (`corporate_roles`:
 * `[인터뷰:박정호/가나터미널 운영본부장]`): the person's company, as the dictionaries' company rule
 * reads a known one. (In running text the same apposition also names parties and national teams,
 * 가나당 대표, 양궁 대표: only the tag is read.) An affiliation that ends like an
 * institution, a place or a desk (`not_name_endings`, `place_units`: 협의회, 기획재정부, 가나시)
 * is no company, nor a company a dictionary knows (masked `□`, dropped by discover.ts).
 */
function affiliations(sentence: string, words: Words): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(TAG_AFFILIATION)) {
    const [, name, org, role] = m;
    const last = org.slice(-1);
    // A person a dictionary knows is masked (`■■■`, discover.ts): still a person.
    const person = /^■+$/.test(name) || isNameShaped(name, words);
    // The longest role the word ends in must be a corporate title: 이사장 holds 사장 but is none.
    const title = roleOf(role, words.roles, words.particles);
    if (!person || !title || !words.corporateRoles.has(title)) continue;
    if (words.notNameEndings.has(last) || words.placeUnits.has(last) || words.notNames.has(org))
      continue;
    out.push(org);
  }
  return out;
}

/**
 * Finds company-shaped tokens in `text`, and the companies of interviewees' speaker tags
 * ({@link affiliations}); `opts.display` as in src/entities/find-people.ts.
 * @returns candidates in text order, with repeats
 */
export function findCompanies(text: string, opts: FindOptions = {}): CompanyCandidate[] {
  const words = opts.words ?? wordsFor();
  const display = opts.display ?? text;
  const out: CompanyCandidate[] = [];
  const bare = bareWords(text);
  for (const [a, b] of sentenceSpans(text)) {
    const sentence = trimSentence(display.slice(a, b));
    const found = tokens(text.slice(a, b))
      .map((w) => companyShaped(w, words, bare))
      .filter((n): n is string => n !== null);
    for (const org of affiliations(text.slice(a, b), words))
      if (!found.includes(org)) found.push(org);
    for (const name of found) out.push({ name, sentence });
  }
  return out;
}
