/**
 * Korean query handling for the search page (runs in Node for the tests and in the browser,
 * bundled by src/search/bundle.ts). Pure functions: a query string and the entity index in,
 * a plan of Pagefind searches out.
 *
 * What a user types and what Pagefind indexes differ in two ways this module bridges:
 * - Particles (조사). Pagefind indexes whitespace-separated words as written (저커버그는,
 *   저커버그와의) and matches a query word as a prefix of them, so the query word must be the
 *   stem: 저커버그에게 → 저커버그. The particle inventory and its source (표준국어대사전 via
 *   「한국어 문법 총론」 ch. 9) are in src/entities/particles.ts, shared with the entity matcher.
 *   A stem that is a known name wins over a shorter cut, so 화웨이 stays 화웨이 (이 is a
 *   particle, but 화웨이 is a dictionary name) and 삼성전자와 becomes 삼성전자, not 삼성.
 * - Spellings. A word (or run of words) that is a dictionary name or alias (Zuckerberg,
 *   주커버그, Samsung, 알트만) stands for its entity: it finds the articles filed under the
 *   entity (its Pagefind filter) and the articles that mention any of its spellings.
 *
 * Several words mean all of them: every planned search ANDs one alternative of each word, and
 * the union of the searches is the result.
 */
import { isParticleRun } from "../entities/particles.ts";
import { FACETS, type SearchData, type SearchEntity } from "../site/search-data.ts";

/** Lookup of entities by the key of each of their forms (see {@link nameKey}). */
export interface NameIndex {
  byKey: Map<string, SearchEntity[]>;
  /** Member companies of each group, by the group's name (삼성 → 삼성전자, 삼성SDI, …). */
  members: Map<string, SearchEntity[]>;
  /** Companies by name (to find a company's group). */
  companies: Map<string, SearchEntity>;
  /** Most whitespace-separated words in any form (마크 저커버그 → 2); bounds the n-gram search. */
  maxWords: number;
  /**
   * First words of multi-word Latin forms (`asiana` of Asiana Airlines, `goldman` of Goldman
   * Sachs) → the entities whose forms open with it; a word that opens one entity's forms only
   * names it ({@link analyzeQuery}).
   */
  latinHeads: Map<string, SearchEntity[]>;
}

/** One unit of the query: a word, or a run of words that together name an entity. */
export interface QueryPart {
  /** As typed (words joined by one space). */
  text: string;
  /** `text` without trailing particles (저커버그에게 → 저커버그); `text` when none. */
  stem: string;
  /** Entities the stem names (usually one; two when an alias is shared). */
  entities: SearchEntity[];
  /** Pagefind search terms, any of which satisfies this part (lower-cased; no term subsumed by another). */
  terms: string[];
}

/** Facet selections from the page: facet name (기업, 연도, …) → values, any of which may match. */
export type FacetSelection = Record<string, string[]>;

/** A Pagefind filter object (https://pagefind.app/docs/js-api-filtering/), compound or plain. */
export type PagefindFilter = Record<string, unknown>;

/** One call of `pagefind.search(term, { filters })`; `term` null means "all pages matching the filters". */
export interface PlannedSearch {
  term: string | null;
  filters: PagefindFilter;
}

/** Most Pagefind calls one query may cost; beyond it, spellings are dropped before filters. */
export const MAX_SEARCHES = 24;

const HANGUL = /^[\uAC00-\uD7A3]+$/;

/** Runs of anything but letters, marks and digits: punctuation and symbols split words (메타, → 메타). */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** Key of a name for lookups: NFC, lower case, letters and digits only (마크 저커버그 = 마크저커버그, 삼성전자㈜ = 삼성전자). */
export function nameKey(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(NON_WORD, "");
}

/** Indexes the entities of the search data by every form's {@link nameKey}. */
export function buildNameIndex(data: SearchData): NameIndex {
  const byKey = new Map<string, SearchEntity[]>();
  const members = new Map<string, SearchEntity[]>();
  const companies = new Map<string, SearchEntity>();
  const latinHeads = new Map<string, SearchEntity[]>();
  let maxWords = 1;
  for (const e of data.entities) {
    if (e.type === "company") companies.set(e.name, e);
    if (e.parent) members.set(e.parent, [...(members.get(e.parent) ?? []), e]);
    for (const f of e.forms) {
      const k = nameKey(f);
      if (!k) continue;
      const list = byKey.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      byKey.set(k, list);
      maxWords = Math.max(maxWords, f.trim().split(/\s+/).length);
      const words = f.trim().split(/\s+/);
      if (words.length > 1 && /^[A-Za-z][A-Za-z.&'-]+$/.test(words[0])) {
        const head = nameKey(words[0]);
        const heads = latinHeads.get(head) ?? [];
        if (!heads.includes(e)) heads.push(e);
        latinHeads.set(head, heads);
      }
    }
  }
  return { byKey, members, companies, maxWords, latinHeads };
}

/**
 * The stem of one word: the word itself when `isKnown(word)`; else the longest known prefix
 * followed by a particle stack, headline contractions included (삼성전자와의, 삼성전자서 →
 * 삼성전자); else the shortest prefix of at least two characters followed by a stack of full
 * particles (반도체를 → 반도체; 보고서 stays); else the word.
 * @param isKnown whether a string is a known name (compared as typed; callers key it)
 */
export function stemWord(word: string, isKnown: (s: string) => boolean): string {
  if (!word || isKnown(word)) return word;
  const cuts: number[] = [];
  const plainCuts: number[] = [];
  for (let cut = word.length - 1; cut >= 1; cut--) {
    const rest = word.slice(cut);
    if (!HANGUL.test(rest)) break;
    if (isParticleRun(rest)) cuts.push(cut);
    if (isParticleRun(rest, false)) plainCuts.push(cut);
  }
  for (const cut of cuts) if (isKnown(word.slice(0, cut))) return word.slice(0, cut);
  // An unknown word loses only full particles: 보고서 is a word, not 보고 + the contraction 서.
  const shortest = plainCuts.filter((c) => c >= 2).pop();
  return shortest === undefined ? word : word.slice(0, shortest);
}

/**
 * Splits a query into parts (punctuation and symbols separate words, as Pagefind's indexing
 * does: "메타," is 메타, 삼성·LG is two words): at each word, the longest run of up to `index.maxWords` words
 * whose stem is a known name (마크 저커버그에게 is one part), else the single word.
 */
export function analyzeQuery(query: string, index: NameIndex): QueryPart[] {
  const words = query.normalize("NFC").replace(NON_WORD, " ").trim().split(" ").filter(Boolean);
  const known = (s: string) => index.byKey.has(nameKey(s));
  const parts: QueryPart[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(index.maxWords, words.length - i); n >= 1 && !taken; n--) {
      const text = words.slice(i, i + n).join(" ");
      const stem = stemWord(text, known);
      // A Latin word that opens one entity's multi-word name only (Asiana, Goldman) names it.
      const heads = n === 1 && /^[A-Za-z]{2,}$/.test(text) ? index.latinHeads.get(nameKey(text)) : undefined;
      const entities = index.byKey.get(nameKey(stem)) ?? (heads?.length === 1 ? heads : undefined);
      if (entities || n === 1) {
        parts.push(makePart(text, stem, entities ?? []));
        taken = n;
      }
    }
    i += taken;
  }
  return parts;
}

function makePart(text: string, stem: string, entities: SearchEntity[]): QueryPart {
  const forms = [stem, ...entities.flatMap((e) => e.forms)];
  return { text, stem, entities, terms: reduceTerms(forms.map((f) => f.toLowerCase().trim().split(/\s+/).join(" "))) };
}

/**
 * Drops terms another term already finds. Pagefind matches each query word as a prefix of an
 * indexed word and ANDs the words, so a single word `s` finds everything a term with a word
 * starting with `s` finds (저커버그 ⊇ 저커버그는, 올트먼 ⊇ 샘 올트먼).
 */
export function reduceTerms(terms: string[]): string[] {
  const uniq = [...new Set(terms.filter(Boolean))];
  const singles = uniq.filter((t) => !t.includes(" "));
  return uniq.filter((t) => !singles.some((s) => s !== t && t.split(" ").some((w) => w.startsWith(s))));
}

/** A page the search page suggests (`메타 · 기업 · 23건`). */
export interface Suggestion {
  /** The entity whose page it is (it has a `url` and articles). */
  entity: SearchEntity;
  /** Set when `entity` stands in for an entity the query names that has no page: its name, and what `entity` is to it. */
  insteadOf?: { name: string; relation: "계열사" | "그룹" };
}

/** Most member companies suggested for a group that has no page. */
export const MAX_MEMBERS_SUGGESTED = 4;

const hasPage = (e: SearchEntity) => Boolean(e.url) && e.count > 0;

/**
 * The pages to suggest for a query, each once: every entity the parts name that has a page (in
 * query order); then, for each one that has none (a dictionary group no article names by itself,
 * such as 삼성 when only 삼성전자 is in the archive), the nearest pages instead — its member
 * companies that have one (most articles first, at most {@link MAX_MEMBERS_SUGGESTED}), else its
 * group's. The text search runs either way; this only adds links.
 */
export function suggestions(parts: QueryPart[], index: NameIndex): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (s: Suggestion) => {
    if (!out.some((o) => o.entity === s.entity)) out.push(s);
  };
  const named = [...new Set(parts.flatMap((p) => p.entities))];
  for (const e of named) if (hasPage(e)) add({ entity: e });
  for (const e of named) {
    if (hasPage(e)) continue;
    const members = (index.members.get(e.name) ?? []).filter(hasPage)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "ko")).slice(0, MAX_MEMBERS_SUGGESTED);
    for (const m of members) add({ entity: m, insteadOf: { name: e.name, relation: "계열사" } });
    const group = e.parent ? index.companies.get(e.parent) : undefined;
    if (!members.length && group && hasPage(group)) add({ entity: group, insteadOf: { name: e.name, relation: "그룹" } });
  }
  return out;
}

type Clause = { term: string } | { filter: [string, string] };

/**
 * Plans the Pagefind searches for `parts` within the user's facet selection: one search per
 * choice of one alternative per part (a term, or the entity's filter), at most `max` searches.
 * Empty `parts` give one filter-only search. The union of the searches' results is the answer.
 */
export function planSearches(parts: QueryPart[], selection: FacetSelection = {}, max = MAX_SEARCHES): PlannedSearch[] {
  const clauseSets = (level: number): Clause[][] =>
    parts.map((p) => {
      const filters: Clause[] = p.entities.filter((e) => e.count > 0).map((e) => ({ filter: [FACETS[e.type], e.name] }));
      const terms = level === 0 ? p.terms : level === 1 ? [p.stem.toLowerCase()] : filters.length ? [] : [p.stem.toLowerCase()];
      return [...terms.map((term) => ({ term })), ...filters];
    });
  let sets = clauseSets(0);
  for (let level = 1; level <= 2 && product(sets) > max; level++) sets = clauseSets(level);
  let combos: Clause[][] = [[]];
  for (const set of sets) combos = combos.flatMap((c) => set.map((x) => [...c, x]));
  return combos.slice(0, max).map((combo) => {
    const terms = combo.flatMap((c) => ("term" in c ? [c.term] : []));
    const filters = combo.flatMap((c) => ("filter" in c ? [{ [c.filter[0]]: c.filter[1] }] : []));
    return { term: terms.length ? terms.join(" ") : null, filters: combineFilters(selection, filters) };
  });
}

const product = (sets: unknown[][]) => sets.reduce((n, s) => n * Math.max(1, s.length), 1);

/** The user's selection (any value within a facet, all facets) ANDed with entity filters. */
export function combineFilters(selection: FacetSelection, extra: PagefindFilter[] = []): PagefindFilter {
  const user: PagefindFilter = {};
  for (const [facet, values] of Object.entries(selection)) if (values.length) user[facet] = { any: values };
  if (!extra.length) return user;
  return { all: Object.keys(user).length ? [user, ...extra] : extra };
}

/**
 * Whether a page's indexed text really holds every word of `term`. Pagefind answers a word it
 * has not indexed with the pages of a shorter prefix (주커버그 → pages with 주), which is no
 * match for us: a spelling that no article uses must add nothing, and a word no article has
 * must find nothing. Checked on a search's best result (its `content`).
 */
export function termOccurs(term: string, content: string): boolean {
  const text = content.normalize("NFC").toLowerCase();
  return term.toLowerCase().split(/\s+/).filter(Boolean).every((w) => text.includes(w));
}

/** A result as Pagefind returns it (the part of it merging needs). */
export interface ScoredResult {
  id: string;
  score: number;
}

/** Union of several searches' results by id, keeping each id's best score, best first (stable). */
export function mergeResults<T extends ScoredResult>(lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) for (const r of list) {
    const had = best.get(r.id);
    if (!had || r.score > had.score) best.set(r.id, r);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Orders `results` by their position in `order` (ids, e.g. all pages newest first); ids not in it go last. */
export function orderBy<T extends ScoredResult>(results: T[], order: string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const at = (r: T) => rank.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort((a, b) => at(a) - at(b));
}
