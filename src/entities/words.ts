/**
 * The lexicon (`_data/lexicon.yaml`, loaded by src/core/lexicon.ts) compiled once for the lookups
 * of the entity rules: sets for membership, role lists sorted longest first, and the few regular
 * expressions built from word lists. Everything here is derived from the data; no word is written
 * in code.
 */
import { alternationOf, loadLexicon, type LexiconData } from "../core/lexicon.ts";
import { compileParticles, type Particles } from "../core/particles.ts";

/** The compiled lexicon every entity rule reads. Build with {@link compileWords}. */
export interface Words {
  readonly data: LexiconData;
  readonly surnames: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly notNameEndings: ReadonlySet<string>;
  /** Administrative units no given name ends with (용인시, 정선군): `place_units`. */
  readonly placeUnits: ReadonlySet<string>;
  readonly givenBeforeEun: ReadonlySet<string>;
  /** A people noun (노동자, 경제인): `people_noun_stems` + `people_noun_endings` at a word's end. */
  readonly peopleNoun: RegExp;
  /** A kinship or role word with the copula 인 at a word's end (모친인, 회장인). */
  readonly copulaNoun: RegExp;
  readonly verbEnding: RegExp;
  /** A note in parentheses after a name: Hanja, an age, a party, a caption position (왼쪽부터). */
  readonly nameNote: RegExp;
  readonly notForeignNames: ReadonlySet<string>;
  readonly notFamilyNameEndings: ReadonlySet<string>;
  readonly notGivenNameEndings: ReadonlySet<string>;
  readonly chineseSurnames: ReadonlySet<string>;
  readonly chineseSurnamesLong: ReadonlySet<string>;
  readonly chineseSurnamesWide: ReadonlySet<string>;
  readonly notChinese: RegExp;
  readonly chinesePlaceEndings: ReadonlySet<string>;
  /** Roles after a name (`corporate_roles` and `roles`), longest first. */
  readonly roles: readonly string[];
  readonly corporateRoles: ReadonlySet<string>;
  /** A local head's title glued to its place (고양시장), with the unit it opens with: `place_titles`. */
  readonly placeTitles: readonly string[];
  readonly professions: ReadonlySet<string>;
  /** Every role an apposition may end with: roles and professions, longest first. */
  readonly qualifierRoles: readonly string[];
  /** {@link qualifierRoles} without the titles that sign a piece (a byline ends with one). */
  readonly discoveryRoles: readonly string[];
  readonly pressTitles: readonly string[];
  /** After a person mention: further `·` names and a signing title (`김예진·박진영 기자`). */
  readonly bylineAfter: RegExp;
  /** Nouns before a name, in lexicon order: sports (word end), arts, then particle-only ones. */
  readonly rolesBefore: readonly string[];
  readonly sportsRolesBefore: ReadonlySet<string>;
  readonly particleOnlyRolesBefore: ReadonlySet<string>;
  readonly postOpeners: ReadonlySet<string>;
  readonly formerWords: ReadonlySet<string>;
  readonly formerAfter: RegExp;
  /** A time word or conjunction, with a particle or none, that ends an apposition (때, 및에). */
  readonly appositionBreaker: RegExp;
  readonly clauseEnding: RegExp;
  readonly occupationFamilies: readonly (readonly [family: string, words: readonly string[]])[];
  readonly personGlue: readonly string[];
  readonly companySuffixes: readonly string[];
  /** Suffixes news may write after a space: company and industry suffixes. */
  readonly spacedSuffixes: readonly string[];
  readonly genericCompanyPrefixes: ReadonlySet<string>;
  /** After a middle-dot list: a closer (등) and a count (5대), optional, up to the head noun. */
  readonly listTail: RegExp;
  readonly businessCues: RegExp;
  readonly placeAfterCompany: RegExp;
  readonly postedOn: RegExp;
  readonly postingVerbs: RegExp;
  /** One-character Hanja country abbreviations glued before a name (美테슬라). */
  readonly hanjaCountryPrefixes: ReadonlySet<string>;
  /** A pair of one-syllable country names opening a form (한일, 미중), captured one by one. */
  readonly countryPair: RegExp;
  /** Latin spellings of surnames, for ids (김 → kim). */
  readonly surnameSpellings: ReadonlyMap<string, string>;
  /** The particle rules of the lexicon's `particles` and `particle_contractions`. */
  readonly particles: Particles;
  /** A word ending in a one-syllable linking particle (김민수는, 호와): `linking_particles`. */
  readonly caseParticleEnd: RegExp;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) => words.map(escape).join("|");
const longestFirst = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length);

/** Regular expressions of the person and company rules, built from their word lists. */
function patterns(d: LexiconData) {
  const shortParticle = `[${d.short_particles.join("")}]`;
  const places = d.place_after_company.map((w) =>
    w.length > 1 ? escape(w) : `${escape(w)}(?![\\uAC00-\\uD7A3])|${escape(w)}${shortParticle}`,
  );
  return {
    peopleNoun: new RegExp(
      `(?:${alternation(d.people_noun_stems)})(?:${alternation(d.people_noun_endings)})$`,
    ),
    copulaNoun: new RegExp(`(?:${alternation(d.copula_nouns)})인$`),
    verbEnding: new RegExp(`(?:${alternation(d.verb_endings)})$`),
    notChinese: new RegExp(`^(?:${alternation(d.not_chinese_prefixes)})`),
    bylineAfter: new RegExp(
      `^(?:\\s*[·,]\\s*[\\uAC00-\\uD7A3]{2,4})*\\s*(?:${alternation([...d.press_titles, ...d.byline_titles])})([\\uAC00-\\uD7A3]*)`,
    ),
    formerAfter: new RegExp(`^\\s*(?:${alternation(d.former_after)})`),
    clauseEnding: new RegExp(`(?:${alternation(d.clause_endings)})$`),
    appositionBreaker: new RegExp(
      `^(?:${alternation(d.apposition_breakers)})(?:${alternation(d.breaker_particles)})?$`,
    ),
    businessCues: new RegExp(alternation(d.business_cues)),
    postedOn: new RegExp(
      `^(?:${alternationOf(d.place_particles, " ?")}|\\s?(?:${alternation(d.posted_on_nouns)}))`,
    ),
    postingVerbs: new RegExp(alternation(d.posting_verbs)),
    nameNote: new RegExp(
      `^[(（](?:[\\d\\u4E00-\\u9FFF]|[\\uAC00-\\uD7A3]{1,3}[)）·,]|(?:${alternation(d.caption_positions)})[^)）]{0,8}[)）]$)`,
    ),
    countryPair: new RegExp(
      `^(${alternation(d.country_syllables)})(${alternation(d.country_syllables)})(?=[\\uAC00-\\uD7A3 ]|$)`,
    ),
    placeAfterCompany: new RegExp(`^\\s(?:${places.join("|")})`),
    listTail: new RegExp(
      `^\\s*(?:(?:${alternation(d.list_closers)})\\s+)?(?:\\d+\\s*(?:${alternation(d.count_units)})\\s*)?([\\uAC00-\\uD7A3]+)`,
    ),
    caseParticleEnd: new RegExp(`(?:${alternation(d.linking_particles)})$`),
  };
}

/**
 * The nouns the lexicon already files under another kind: roles, professions, titles, company and
 * industry suffixes, organisation and business words (반도체, 편집인, 부문장, 계열사). A word the
 * lexicon knows as one of these is no name, whatever its first syllable: `반도체 사업부장` is a
 * division and its head, not a person 반도체. Read as part of `not_names`.
 */
function vocabularyNouns(d: LexiconData): string[] {
  return [
    ...d.corporate_roles,
    ...d.roles,
    ...d.professions,
    ...d.press_titles,
    ...d.byline_titles,
    ...d.sports_roles_before,
    ...d.arts_roles_before,
    ...d.roles_before_particle_only,
    ...d.copula_nouns,
    ...d.company_suffixes,
    ...d.industry_suffixes,
    ...d.generic_company_prefixes,
    ...d.business_cues,
    ...d.place_after_company,
    ...d.posted_on_nouns,
  ];
}

/** Compiles lexicon data for the entity rules. Pure. */
export function compileWords(d: LexiconData): Words {
  const roles = longestFirst([...d.corporate_roles, ...d.roles]);
  const qualifierRoles = longestFirst(
    new Set([...d.corporate_roles, ...d.roles, ...d.professions]),
  );
  const signing = new Set([...d.press_titles, ...d.byline_titles]);
  return {
    data: d,
    surnames: new Set(d.surnames),
    givenNames: new Set(d.given_names),
    notNames: new Set([...d.not_names, ...vocabularyNouns(d)]),
    notNameEndings: new Set(d.not_name_endings),
    placeUnits: new Set(d.place_units),
    givenBeforeEun: new Set(d.given_before_eun),
    notForeignNames: new Set(d.not_foreign_names),
    notFamilyNameEndings: new Set(d.not_family_name_endings),
    notGivenNameEndings: new Set(d.not_given_name_endings),
    chineseSurnames: new Set(d.chinese_surnames),
    chineseSurnamesLong: new Set(d.chinese_surnames_long),
    chineseSurnamesWide: new Set(d.chinese_surnames_wide),
    chinesePlaceEndings: new Set(d.chinese_place_endings),
    roles,
    corporateRoles: new Set(d.corporate_roles),
    placeTitles: longestFirst(d.place_titles),
    professions: new Set(d.professions),
    qualifierRoles,
    discoveryRoles: qualifierRoles.filter((r) => !signing.has(r)),
    pressTitles: d.press_titles,
    rolesBefore: [
      ...d.sports_roles_before,
      ...d.arts_roles_before,
      ...d.roles_before_particle_only,
    ],
    sportsRolesBefore: new Set(d.sports_roles_before),
    particleOnlyRolesBefore: new Set(d.roles_before_particle_only),
    postOpeners: new Set(d.post_openers),
    formerWords: new Set(d.former_words),
    occupationFamilies: Object.entries(d.occupation_families),
    personGlue: d.person_glue,
    companySuffixes: d.company_suffixes,
    spacedSuffixes: [...new Set([...d.company_suffixes, ...d.industry_suffixes])],
    genericCompanyPrefixes: new Set(d.generic_company_prefixes),
    hanjaCountryPrefixes: new Set(d.hanja_country_prefixes),
    particles: compileParticles({
      particles: d.particles,
      contractions: d.particle_contractions,
    }),
    surnameSpellings: new Map(Object.entries(d.surname_spellings).map(([k, [v]]) => [k, v])),
    ...patterns(d),
  };
}

const byData = new WeakMap<LexiconData, Words>();

/** {@link compileWords}, once per lexicon object. */
export function wordsOf(data: LexiconData): Words {
  let w = byData.get(data);
  if (!w) byData.set(data, (w = compileWords(data)));
  return w;
}

/**
 * The compiled lexicon for a data folder: the shipped lexicon with that folder's
 * `lexicon.user.yaml` merged over it; without a folder, the shipped lexicon alone.
 */
export function wordsFor(dataDir?: string): Words {
  return wordsOf(loadLexicon(dataDir));
}
