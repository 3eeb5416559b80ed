/**
 * The person rules: a name in a reporter's byline is no mention, a two-syllable form followed by
 * 인 may be the start of a person's name, and the namesake rule: a dictionary person's name
 * qualified by another occupation or another company's title is someone else (박정호 부장판사 is
 * not SK하이닉스's 박정호). Qualifiers are read by src/entities/qualifiers.ts; words come from the
 * lexicon.
 */
import type { PersonEntry } from "../core/dictionaries.ts";
import type { EntityMention, PersonInfo } from "./keys.ts";
import { qualifierAfter, qualifierBefore, type Qualifier } from "./qualifiers.ts";
import { wordsFor, type Words } from "./words.ts";

export type { PersonInfo } from "./keys.ts";

/** True when the text after a person mention makes it a reporter's byline (`김예진·박진영 기자`). */
export function isByline(after: string, words: Words): boolean {
  const m = words.bylineAfter.exec(after);
  return !!m && words.particles.isParticleRun(m[1]);
}

/**
 * True when a two-syllable form followed by 인 is really the start of a three-syllable personal
 * name (고영 in 고영인, 한샘 in 한샘인): the particle 인 (copula, "CEO인 저커버그") and a name's
 * last syllable look the same, and a Korean name is a surname plus two syllables.
 */
export function insidePersonName(m: EntityMention, text: string, words: Words): boolean {
  if (!/^[\uAC00-\uD7A3]{2}$/.test(m.form) || !words.surnames.has(m.form[0])) return false;
  return text[m.end] === "인" && !/[\uAC00-\uD7A3]/.test(text[m.end + 1] ?? "");
}

/** A person mention's verdict: the entry's person (`yes`), a namesake (`no`), or no evidence. */
export type Verdict = "yes" | "no" | "unknown";

/** Resolves an entry's `org`/`orgs` through company names and aliases (`groupOf`: form → group id). */
export function personInfo(p: PersonEntry, groupOf: Map<string, string>): PersonInfo {
  const groups = new Set<string>();
  for (const o of [p.org, ...(p.orgs ?? [])]) {
    const g = o ? groupOf.get(o) : undefined;
    if (g) groups.add(g);
  }
  return { kind: p.kind ?? "", role: p.role ?? "", groups };
}

/**
 * Occupation families of a role text (`occupation_families` of the lexicon), for judging entries
 * of kind `other` ({@link judgeMention}): a role belongs to each family one of whose words it
 * contains. 감독 is in both sports and arts (coach or film director).
 */
export function occupationFamilies(role: string, words: Words = wordsFor()): Set<string> {
  const out = new Set<string>();
  for (const [family, list] of words.occupationFamilies)
    if (list.some((w) => role.includes(w))) out.add(family);
  return out;
}

/** An occupation qualifier: the entry's own, a past one (not judged), or a namesake's. */
function judgeOccupation(p: PersonInfo, q: Qualifier, words: Words): Verdict {
  if (p.role.includes(q.role)) return "yes";
  if (q.former) return "unknown";
  if (p.kind !== "other") return "no";
  // An entertainer, athlete or host is judged by occupation family only: 김시우 선수 is the
  // golfer (role 프로골퍼), 김시우 교수 is not; an entry whose role says no family, and 씨, stay open.
  const mine = occupationFamilies(p.role, words);
  const theirs = occupationFamilies(q.role, words);
  return mine.size && theirs.size && ![...theirs].some((f) => mine.has(f)) ? "no" : "unknown";
}

/**
 * Judges one mention of a dictionary person by its qualifier `q` and the companies (ids and
 * groups) named in it:
 * - an occupation of the lexicon's `professions` (판사, 교수, 변호사, 기자, 선수, 씨 …) is a
 *   namesake's (`no`) unless the entry's role has the word (`yes`); entries of kind `other`
 *   (private people, athletes, entertainers) only by occupation family ({@link occupationFamilies});
 *   a past occupation is not judged (`금태섭 전 검사`, `검사 출신`, `변호사 시절`);
 * - a corporate title (`corporate_roles`) with a company: `yes` when the company (or its group) is
 *   the entry's `org` or in `orgs`; `no` when it is another company and the entry's `org` is a
 *   company, unless a word such as 전/당시/출신 puts the post in the past;
 * - a role the entry's role contains (대통령 for 전 대통령) is `yes`; anything else `unknown`.
 */
export function judgeMention(
  p: PersonInfo,
  q: Qualifier | null,
  companies: Set<string>,
  words: Words = wordsFor(),
): Verdict {
  if (!q) return "unknown";
  if (words.professions.has(q.role)) return judgeOccupation(p, q, words);
  if (companies.size && words.corporateRoles.has(q.role)) {
    if ([...companies].some((c) => p.groups.has(c))) return "yes";
    if (p.groups.size && !q.former) return "no";
    return "unknown";
  }
  return p.role && p.role.includes(q.role) ? "yes" : "unknown";
}

/** Adds a company mention's id and group to `into`; other mentions add nothing. */
function addCompany(into: Set<string>, m: EntityMention | undefined): void {
  if (m?.key.kind === "company") into.add(m.key.group).add(m.key.id);
}

/**
 * The companies a person mention's qualifier names: those the matcher found inside the
 * qualifier's words, and the company written right before the name (`효성그룹 조현준 회장`).
 */
function companiesIn(
  mentions: EntityMention[],
  k: number,
  q: Qualifier,
  text: string,
): Set<string> {
  const m = mentions[k];
  const companies = new Set<string>();
  for (let j = k + 1; j < mentions.length && mentions[j].start < q.end; j++)
    addCompany(companies, mentions[j]);
  const prev = mentions[k - 1];
  if (prev && /^\s*$/.test(text.slice(prev.end, m.start))) addCompany(companies, prev);
  for (let j = k - 1; j >= 0 && mentions[j].start >= q.start && q.end <= m.start; j--)
    addCompany(companies, mentions[j]);
  return companies;
}

/**
 * The namesake rule: drops the mentions of a dictionary person that the text shows to be a
 * namesake. Each person mention is judged by its qualifier ({@link qualifierAfter}, else
 * {@link qualifierBefore}) and the companies it names ({@link judgeMention}). Per entry and text:
 * contradicted mentions are dropped; when none of its mentions is confirmed, its unqualified
 * mentions go too (one name in one article is one person).
 */
export function namesakesOut(
  mentions: EntityMention[],
  text: string,
  words: Words,
): EntityMention[] {
  const verdicts = new Map<EntityMention, Verdict>();
  const state = new Map<EntityMention["key"], { no: boolean; yes: boolean }>();
  mentions.forEach((m, k) => {
    if (m.key.kind !== "person") return;
    const q = qualifierAfter(text, m.end, { words }) ?? qualifierBefore(text, m.start, words);
    const v = judgeMention(m.key.info, q, q ? companiesIn(mentions, k, q, text) : new Set(), words);
    verdicts.set(m, v);
    const s = state.get(m.key) ?? { no: false, yes: false };
    if (v === "no") s.no = true;
    if (v === "yes") s.yes = true;
    state.set(m.key, s);
  });
  return mentions.filter((m) => {
    const s = state.get(m.key);
    if (!s?.no) return true;
    return verdicts.get(m) !== "no" && s.yes;
  });
}
