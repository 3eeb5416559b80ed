/**
 * Stage 3 — entities: which companies, people and tags an article is about, from its body and
 * captions only (never bylines, datelines, copyright lines or photo credits, which the parse
 * stage has already taken out of those fields).
 *
 * Companies and people: every dictionary entry with at least one mention; and, only when the
 * user opts in (`discover.people` in `_data/entities.yaml`), people found by their role
 * (src/entities/discover.ts). Tags: keyword strength, title, lede and spread decide
 * ({@link decideTag}); `_data/tags.yaml` says which keywords are strong and which weak.
 */
import type { Dictionaries, PersonEntry } from "../core/dictionaries.ts";
import { Matcher, countMentions, type MatchTarget, type Mention } from "./match.ts";
import { isParticleRun } from "./particles.ts";
import {
  CORPORATE_ROLES, PROFESSIONS, SURNAME_SET, findCompanies, findPeople, maskMentions, qualifierAfter, qualifierBefore,
  type CompanyCandidate, type PersonCandidate, type Qualifier,
} from "./discover.ts";

/**
 * Tag rule constants (see {@link decideTag}). A strong keyword mention weighs
 * {@link TAG_STRONG_WEIGHT}, a weak one {@link TAG_WEAK_WEIGHT}; a mention in the lede (the deck
 * and the first paragraph) counts {@link TAG_LEDE_FACTOR} times; the text must reach
 * {@link TAG_MIN_SCORE}. Tuned on the hand-labelled gold set (test/fixtures/gold-tags.yaml).
 */
export const TAG_STRONG_WEIGHT = 1;
/** Weight of a weak keyword mention (a generic word: 개정안, 항공기, 야구); see {@link decideTag}. */
export const TAG_WEAK_WEIGHT = 0.5;
/** Factor for mentions in the lede (deck and first paragraph), where the topic is stated. */
export const TAG_LEDE_FACTOR = 1.5;
/** Score the text needs for a tag without a title mention (two strong mentions, or the like). */
export const TAG_MIN_SCORE = 2;
/**
 * In a long article a topic must come back in proportion to its length: the score needed is at
 * least one point per this many units (paragraphs, captions, deck), so 2 up to 24 units and 6
 * for a 72-paragraph interview, where asides pile up mentions of unrelated topics.
 */
export const TAG_UNITS_PER_POINT = 12;

/**
 * The evidence for one tag in one article. Units are the deck (if any), the body paragraphs and
 * the captions, numbered in that order; the lede is the deck and the first body paragraph.
 */
export interface TagEvidence {
  /** Strong / weak keyword mentions in the title. */
  titleStrong: number;
  titleWeak: number;
  /** One entry per mention in the text: its strength and the unit it stands in. */
  mentions: { strong: boolean; unit: number; lede: boolean }[];
  /** Number of units (deck + paragraphs + captions) the article has. */
  units: number;
}

/**
 * Whether a tag applies, and its score (for ranking). The rule, from the tag gold set (a topic an
 * article is about is named in its title, or stated in its lede and taken up again; a word that
 * merely occurs is neither):
 * - a strong keyword in the title assigns the tag;
 * - a weak keyword in the title assigns it when the text mentions the tag once more;
 * - otherwise the text needs at least one strong mention, a score (strong {@link TAG_STRONG_WEIGHT},
 *   weak {@link TAG_WEAK_WEIGHT}, ×{@link TAG_LEDE_FACTOR} in the lede) of at least
 *   {@link TAG_MIN_SCORE} and of one point per {@link TAG_UNITS_PER_POINT} units, and mentions in
 *   at least two units (one when the article has a single unit): two mentions inside one aside
 *   paragraph (김책제철소 in a North Korea story) are not the article's topic.
 * Weak keywords alone never assign a tag from the text: 개정안 (any amendment), 항공기 (a military
 * flypast), 야구 (야구 글러브) need the topic's own words too.
 * @returns `score` ≥ 0 (0 when nothing matched); `assigned` whether the tag applies.
 */
export function decideTag(e: TagEvidence): { assigned: boolean; score: number } {
  let score = 0;
  let strong = 0;
  const units = new Set<number>();
  for (const m of e.mentions) {
    score += (m.strong ? TAG_STRONG_WEIGHT : TAG_WEAK_WEIGHT) * (m.lede ? TAG_LEDE_FACTOR : 1);
    if (m.strong) strong++;
    units.add(m.unit);
  }
  const titled = e.titleStrong * 2 * TAG_MIN_SCORE + e.titleWeak * TAG_MIN_SCORE;
  if (e.titleStrong > 0) return { assigned: true, score: score + titled };
  if (e.titleWeak > 0 && e.mentions.length > 0) return { assigned: true, score: score + titled };
  const needed = Math.max(TAG_MIN_SCORE, e.units / TAG_UNITS_PER_POINT);
  const assigned = strong > 0 && score >= needed && units.size >= Math.min(2, e.units);
  return { assigned, score };
}

/** What the entity stage adds to an article: display names, most-mentioned first. */
export interface Entities {
  companies: string[];
  people: string[];
  tags: string[];
  /** Mention counts per company/person display name. */
  mentions: Record<string, number>;
}

/**
 * Nouns that may follow a person's name with no space and still name the person: Korean news
 * writes an administration as `<president>정부` / `정권` / `행정부` (문재인정부, 이명박정권), a
 * campaign as `캠프`, and the honorific 씨 attached (최순실씨; 한글 맞춤법 제48항 allows both).
 */
export const PERSON_GLUE = ["정부", "정권", "행정부", "캠프", "씨"];

/**
 * Company suffixes after which news sometimes puts a space (`아시아나 항공`, `KB 캐피탈`,
 * `대한 송유관공사`); a company form ending in one also matches with that space.
 */
export const SPACED_SUFFIXES = [
  "그룹", "전자", "항공", "은행", "증권", "캐피탈", "건설", "화학", "생명", "화재", "카드", "보험", "공사",
  "홀딩스", "바이오", "제약", "중공업", "자동차", "지주", "에너지", "물산", "통신", "금융", "자산운용",
  "저축은행", "엔터테인먼트", "송유관공사", "디스플레이", "반도체", "백화점", "오일뱅크",
];

/**
 * What follows a reporter's name in a byline left in the text (`김예진·박진영 기자`,
 * `홍길동 특파원`): a person "mentioned" there is the byline, never an entity (SPEC §4: bylines
 * are not body text). Other names of the same `·` list are skipped to reach the title.
 */
export const BYLINE_AFTER = /^(?:\s*[·,]\s*[\uAC00-\uD7A3]{2,4})*\s*(?:기자|특파원|앵커|논설위원|객원기자|통신원)([\uAC00-\uD7A3]*)/;

/** True when the text after a person mention makes it a reporter's byline ({@link BYLINE_AFTER}). */
function isByline(after: string): boolean {
  const m = BYLINE_AFTER.exec(after);
  return !!m && isParticleRun(m[1]);
}

/**
 * Business cues: words that, in the same sentence, show an ambiguous company name (기아 "hunger",
 * 농심 "farmers' hearts", 알파벳 "alphabet") is the company. From the vocabulary of Korean
 * business reporting (results, shares, management, products).
 */
export const BUSINESS_CUES = /회사|기업|매각|본사|법인|과징금|그룹|계열|자회사|주가|주식|상장|실적|매출|영업이익|순이익|투자|인수|합병|출시|대표|회장|사장|CEO|최고경영자|공장|브랜드|제품|신차|시가총액|경영|임직원|채용|판매|업체|업계|협력사|모회사|지분/;

/**
 * Variants of a company form: `아시아나항공` also as `아시아나 항공`; a Latin prefix glued to
 * Hangul (`CJ푸드빌`, `KB캐피탈`) also with a space after the Latin part (`CJ 푸드빌`).
 */
export function companyVariants(form: string): string[] {
  const out = [form];
  const latin = /^([A-Za-z&]{2,})([\uAC00-\uD7A3].*)$/.exec(form);
  if (latin) out.push(`${latin[1]} ${latin[2]}`);
  for (const suf of SPACED_SUFFIXES) {
    if (form.length > suf.length + 1 && form.endsWith(suf) && !form.endsWith(` ${suf}`)) out.push(`${form.slice(0, -suf.length)} ${suf}`);
  }
  return out;
}

/** What discovery finds in one text: names no dictionary knows, each with its sentence. */
export interface Discovered {
  people: PersonCandidate[];
  companies: CompanyCandidate[];
}

/** The text an article offers to the matcher. */
export interface EntityInput {
  title: string;
  /** The deck (standfirst) under the title, if any: part of the lede for tags only. */
  subtitle?: string;
  paragraphs: string[];
  captions: { text: string }[];
}

/** A compiled extractor for one set of dictionaries. */
export class EntityExtractor {
  private matcher: Matcher;
  private names = new Map<string, { type: "company" | "person" | "tag"; name: string }>();
  /** Tag keys (`tag:<id>`) in dictionary order; weak keywords match under `tagweak:<id>`. */
  private tagKeys: string[] = [];
  /** Company key → its ambiguous forms and its group (own id for a group, else parent). */
  private companyInfo = new Map<string, { ambiguous: Set<string>; group: string }>();
  /** Every known name (companies, people, outlets), so discovery never offers one again; built on first use. */
  private known: Matcher | null = null;
  private knownTargets: () => MatchTarget[];
  private discoverPeople: boolean;
  /** Person key → what the homonym rule compares: kind, role, and the groups of org + orgs. */
  private personInfo = new Map<string, { kind: string; role: string; groups: Set<string> }>();

  constructor(dicts: Dictionaries) {
    const targets: MatchTarget[] = [];
    const add = (type: "company" | "person" | "tag", id: string, name: string, forms: string[], glue?: string[]) => {
      const key = `${type}:${id}`;
      this.names.set(key, { type, name });
      targets.push({ key, forms, glue });
    };
    for (const c of dicts.companies) {
      add("company", c.id, c.name, [c.name, ...(c.aliases ?? [])].flatMap(companyVariants));
      this.companyInfo.set(`company:${c.id}`, { ambiguous: new Set(c.ambiguous ?? []), group: c.parent ?? c.id });
    }
    for (const p of dicts.people) add("person", p.id, p.name, [p.name, ...(p.aliases ?? [])], PERSON_GLUE);
    const groupOf = new Map<string, string>();
    for (const c of dicts.companies) for (const n of [c.name, ...(c.aliases ?? [])]) if (!groupOf.has(n)) groupOf.set(n, c.parent ?? c.id);
    for (const p of dicts.people) this.personInfo.set(`person:${p.id}`, personInfo(p, groupOf));
    for (const t of dicts.tags) {
      add("tag", t.id, t.name, t.keywords.length || t.weak?.length ? t.keywords : [t.name]);
      this.tagKeys.push(`tag:${t.id}`);
      if (t.weak?.length) targets.push({ key: `tagweak:${t.id}`, forms: t.weak });
    }
    // `not` phrases (Entry.not) compete as forms of their own and are dropped when they win.
    for (const e of [...dicts.companies, ...dicts.people, ...dicts.tags]) if (e.not?.length) targets.push({ key: `not:${e.id}`, forms: e.not });
    this.matcher = new Matcher(targets);
    this.knownTargets = () => [
      // Tag keywords (strong and weak) are topics, not names: 경찰청장 must stay readable as a role.
      ...targets.filter((t) => !t.key.startsWith("tag:") && !t.key.startsWith("tagweak:")),
      ...dicts.outlets.map((o) => ({ key: `outlet:${o.id}`, forms: [o.name, ...(o.aliases ?? [])] })),
    ];
    this.discoverPeople = dicts.settings?.discoverPeople ?? true;
  }

  /**
   * People and companies in `text` that no dictionary knows (src/entities/discover.ts), in text
   * order, with repeats. Known names (and outlets) are masked first, so they are never offered.
   */
  discover(text: string): Discovered {
    this.known ??= new Matcher(this.knownTargets());
    const masked = maskMentions(text, this.known.find(text));
    return { people: findPeople(masked, text), companies: findCompanies(masked, text).filter((c) => !/[□■]/.test(c.name)) };
  }

  /** Finds the entities of one article. Pure; linear in text length. */
  extract(input: EntityInput): Entities {
    const units = [...input.paragraphs, ...input.captions.map((c) => c.text)];
    const text = units.join("\n");
    const found = this.confirmed(this.matcher.find(text), text);
    const counts = countMentions(this.homonymsOut(found, text));
    if (this.discoverPeople) this.addDiscoveredPeople(text, counts);
    const out: Entities = { companies: [], people: [], tags: [], mentions: {} };
    const ranked = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    for (const key of ranked) {
      const info = this.names.get(key);
      if (!info || info.type === "tag") continue;
      (info.type === "company" ? out.companies : out.people).push(info.name);
      out.mentions[info.name] = counts.get(key)!;
    }
    out.tags = this.tags(input, units, found);
    return out;
  }

  /**
   * The tags of one article, best first: the evidence of each tag ({@link TagEvidence}: title,
   * deck, paragraphs, captions) judged by {@link decideTag}.
   */
  private tags(input: EntityInput, units: string[], found: Mention[]): string[] {
    const deck = input.subtitle?.trim() ?? "";
    const offset = deck ? 1 : 0;
    const ev = new Map<string, TagEvidence>();
    const get = (key: string) => {
      let e = ev.get(key);
      if (!e) ev.set(key, (e = { titleStrong: 0, titleWeak: 0, mentions: [], units: units.length + offset }));
      return e;
    };
    const tagOf = (m: Mention) => (m.key.startsWith("tag:") ? { key: m.key, strong: true } : m.key.startsWith("tagweak:") ? { key: `tag:${m.key.slice(8)}`, strong: false } : null);
    for (const m of this.confirmed(this.matcher.find(input.title), input.title)) {
      const t = tagOf(m);
      if (t) get(t.key)[t.strong ? "titleStrong" : "titleWeak"]++;
    }
    if (deck) for (const m of this.confirmed(this.matcher.find(deck), deck)) {
      const t = tagOf(m);
      if (t) get(t.key).mentions.push({ strong: t.strong, unit: 0, lede: true });
    }
    // Unit of each mention in `text` (units joined by "\n"): walk the unit start offsets.
    let unit = 0;
    let end = units[0]?.length ?? 0;
    for (const m of found) {
      const t = tagOf(m);
      if (!t) continue;
      while (m.start > end && unit < units.length - 1) end += 1 + units[++unit].length;
      get(t.key).mentions.push({ strong: t.strong, unit: unit + offset, lede: unit === 0 && input.paragraphs.length > 0 });
    }
    const scored: { name: string; score: number; order: number }[] = [];
    for (const [key, e] of ev) {
      const d = decideTag(e);
      if (d.assigned) scored.push({ name: this.names.get(key)!.name, score: d.score, order: this.tagKeys.indexOf(key) });
    }
    return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.name);
  }

  /**
   * The opt-in: people found by role, counted wherever their name stands on a particle-aware
   * boundary in `text`, added to `counts` under `person:?<name>` keys.
   */
  private addDiscoveredPeople(text: string, counts: Map<string, number>): void {
    const names = [...new Set(this.discover(text).people.map((p) => p.name))];
    if (!names.length) return;
    // The same glue as dictionary people (최순실씨, 김다온정부): a name only ever written with 씨
    // glued on is still mentioned.
    const m = new Matcher(names.map((n) => ({ key: `person:?${n}`, forms: [n], glue: PERSON_GLUE })));
    for (const [key, n] of countMentions(m.find(text))) {
      this.names.set(key, { type: "person", name: key.slice("person:?".length) });
      counts.set(key, n);
    }
  }

  /**
   * Drops `not` phrases (Entry.not: 삼성 디지털시티 is a place, not 삼성), person mentions that are a byline ({@link BYLINE_AFTER}), and mentions by an ambiguous
   * form (CompanyEntry.ambiguous) that names where someone posted ({@link POSTED_ON}:
   * 페이스북에 글을 올렸다), or that has no business cue in the same sentence
   * ({@link BUSINESS_CUES}) or the text names the company, or another company of its group, by
   * an unambiguous form.
   */
  private confirmed(mentions: Mention[], text: string): Mention[] {
    mentions = mentions.filter((m) => !m.key.startsWith("not:") && !(m.key.startsWith("person:") && isByline(text.slice(m.end, m.end + 40))) && !insidePersonName(m, text)
      && !(m.key.startsWith("company:") && PLACE_AFTER.test(text.slice(m.end, m.end + 8))));
    const isAmbiguous = (m: Mention) => this.companyInfo.get(m.key)?.ambiguous.has(m.form) ?? false;
    const groupsNamed = new Set<string>();
    for (const m of mentions) {
      const info = this.companyInfo.get(m.key);
      if (info && !isAmbiguous(m)) groupsNamed.add(info.group).add(m.key.slice("company:".length));
    }
    return mentions.filter((m) => {
      if (!isAmbiguous(m)) return true;
      const sentence = sentenceAt(text, m.start, m.end);
      if (POSTED_ON.test(text.slice(m.end, m.end + 12)) && POSTING_VERBS.test(sentence)) return false;
      const info = this.companyInfo.get(m.key)!;
      if (groupsNamed.has(info.group) || groupsNamed.has(m.key.slice("company:".length))) return true;
      return BUSINESS_CUES.test(sentence);
    });
  }

  /**
   * The homonym rule: drops the mentions of a dictionary person that the text shows to be a
   * namesake. Each person mention is judged by its qualifier ({@link qualifierAfter}, else
   * {@link qualifierBefore}) and the companies the matcher found inside it (or the company
   * written right before the name: `효성그룹 조현준 회장`), see {@link judgeMention}.
   * Per entry and text: contradicted mentions are dropped; when none of its mentions is
   * confirmed, its unqualified mentions go too (one name in one article is one person).
   */
  private homonymsOut(mentions: Mention[], text: string): Mention[] {
    const verdicts = new Map<Mention, Verdict>();
    const state = new Map<string, { no: boolean; yes: boolean }>();
    mentions.forEach((m, k) => {
      const info = this.personInfo.get(m.key);
      if (!info) return;
      const q = qualifierAfter(text, m.end) ?? qualifierBefore(text, m.start);
      const companies = new Set<string>();
      if (q) {
        for (let j = k + 1; j < mentions.length && mentions[j].start < q.end; j++) this.addGroup(companies, mentions[j]);
        const prev = mentions[k - 1];
        if (prev && /^\s*$/.test(text.slice(prev.end, m.start))) this.addGroup(companies, prev);
        for (let j = k - 1; j >= 0 && mentions[j].start >= q.start && q.end <= m.start; j--) this.addGroup(companies, mentions[j]);
      }
      const v = judgeMention(info, q, companies);
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

  private addGroup(into: Set<string>, m: Mention): void {
    const info = this.companyInfo.get(m.key);
    if (info) into.add(info.group).add(m.key.slice("company:".length));
  }
}

/** A person mention's verdict: the entry's person (`yes`), a namesake (`no`), or no evidence. */
export type Verdict = "yes" | "no" | "unknown";

/** What the homonym rule knows of a dictionary person. */
export interface PersonInfo {
  kind: string;
  /** The entry's role (may be ""). */
  role: string;
  /** Ids and groups of the companies named by `org` and `orgs` (empty when none is a company). */
  groups: Set<string>;
}

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
 * Judges one mention of a dictionary person by its qualifier `q` and the companies (ids and
 * groups) named in it. The rule (issue 4; titles from Korean news apposition style, see
 * src/entities/discover.ts):
 * - an occupation of {@link PROFESSIONS} (판사, 교수, 변호사, 기자, 선수, 씨 …) is a namesake's
 *   (`no`) unless the entry's role has the word (`yes`); entries of kind `other` (private people,
 *   athletes, entertainers, hosts, often written with 씨 or their sport) only by occupation family
 *   ({@link occupationFamilies}: the actor 한예슬 is not 한예슬 교수); a past occupation is not
 *   judged (`금태섭 전 검사`, `검사 출신`, `변호사 시절`);
 * - a corporate title ({@link CORPORATE_ROLES}) with a company: `yes` when the company (or its
 *   group) is the entry's `org` or in `orgs`; `no` when it is another company and the entry's
 *   `org` is a company, unless a word such as 전/당시/출신 puts the post in the past;
 * - a role the entry's role contains (대통령 for 전 대통령) is `yes`; anything else `unknown`.
 */
export function judgeMention(p: PersonInfo, q: Qualifier | null, companies: Set<string>): Verdict {
  if (!q) return "unknown";
  if (PROFESSIONS.includes(q.role)) {
    if (p.role.includes(q.role)) return "yes";
    if (q.former) return "unknown";
    if (p.kind !== "other") return "no";
    // An entertainer, athlete or host is judged by occupation family only: 김시우 선수 is the
    // golfer (role 프로골퍼), 김시우 교수 is not; an entry whose role says no family, and 씨, stay open.
    const mine = occupationFamilies(p.role);
    const theirs = occupationFamilies(q.role);
    return mine.size && theirs.size && ![...theirs].some((f) => mine.has(f)) ? "no" : "unknown";
  }
  if (companies.size && CORPORATE_ROLES.includes(q.role)) {
    if ([...companies].some((c) => p.groups.has(c))) return "yes";
    if (p.groups.size && !q.former) return "no";
    return "unknown";
  }
  return p.role && p.role.includes(q.role) ? "yes" : "unknown";
}

/**
 * After a company name, words that make it a place named after the company (한국은행 사거리,
 * 삼성전자 앞 정류장 is not: only the place noun right after the name): crossroads, stops and
 * stations in Korean street naming.
 */
export const PLACE_AFTER = /^\s(?:사거리|네거리|오거리|삼거리|교차로|정류장|버스정류장|역(?![\uAC00-\uD7A3])|역[은는이가을를에의서])/;

/**
 * True when a two-syllable form followed by 인 is really the start of a three-syllable personal
 * name (고영 in 고영인, 한샘 in 한샘인): the particle 인 (copula, "CEO인 저커버그") and a name's
 * last syllable look the same, and a Korean name is a surname plus two syllables ({@link SURNAME_SET}).
 */
function insidePersonName(m: Mention, text: string): boolean {
  if (!/^[\uAC00-\uD7A3]{2}$/.test(m.form) || !SURNAME_SET.has(m.form[0])) return false;
  return text[m.end] === "인" && !/[\uAC00-\uD7A3]/.test(text[m.end + 1] ?? "");
}

/**
 * Occupation families of a role text, for judging entries of kind `other` ({@link judgeMention}):
 * `law-academia` (판사, 교수, 변호사, 기자, 의사 …), `sports` (선수, 골퍼, 감독, 코치 …), `arts`
 * (배우, 가수, 작가, 감독, 방송인 …). 감독 is in both sports and arts (coach or film director).
 */
export function occupationFamilies(role: string): Set<string> {
  const out = new Set<string>();
  if (/판사|검사|변호사|변리사|회계사|세무사|노무사|교수|기자|특파원|앵커|의사|간호사|연구원|연구위원/.test(role)) out.add("law-academia");
  if (/선수|골퍼|투수|타자|포수|감독|코치|축구|야구|농구|배구|골프|피겨|스케이팅|수영|체조|육상|양궁|펜싱|유도|태권도|e스포츠|프로게이머|바둑|기사$/.test(role)) out.add("sports");
  if (/배우|가수|작가|소설가|시인|평론가|칼럼니스트|필자|감독|방송인|개그맨|코미디언|진행자|아이돌|멤버|그룹|연출가|성우|모델|화가|음악가|작곡가|피아니스트|지휘자/.test(role)) out.add("arts");
  return out;
}

/**
 * After an ambiguous service name, the words that make it the place a person posted on rather
 * than the company (페이스북에, 페이스북을 통해, 틱톡 계정), counted only with a posting verb in the
 * same sentence ({@link POSTING_VERBS}). From the usual wording of Korean news about posts.
 */
export const POSTED_ON = /^(?:에서?|에다|을 ?통해|를 ?통해|\s?계정|\s?게시물|\s?페이지|\s?라이브)/;
/** Verbs of posting and quoting a post (글을 올렸다, 게시했다, 적었다, 밝혔다 …). */
export const POSTING_VERBS = /글|올렸|올린|올려|게시|적었|썼|남겼|밝혔|라이브|영상|사진/;

/** The sentence around `[start, end)`: up to the nearest `.`, `?`, `!` or line break each side. */
function sentenceAt(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.?!\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[.?!\n]/.test(text[b])) b++;
  return text.slice(a, b);
}
