/**
 * Korean query handling for the search page (runs in Node for the tests and in the browser,
 * bundled by src/search/bundle.ts). Pure functions: a query string and the entity index in,
 * a plan of Pagefind searches out.
 *
 * What a user types and what Pagefind indexes differ in ways this module bridges:
 * - Particles (조사). Pagefind indexes whitespace-separated words as written (저커버그는,
 *   저커버그와의) and matches a query word as a prefix of them, so the query word must be the
 *   stem: 저커버그에게 → 저커버그. The particle inventory (and the honorifics after a person's
 *   name: 장민혁씨는, 장민혁 씨) is the archive's lexicon, handed to the page at build
 *   (src/core/search-grammar.ts).
 *   A stem that is a known name wins over a shorter cut, so 화웨이 stays 화웨이 (이 is a
 *   particle, but 화웨이 is a dictionary name) and 삼성전자와 becomes 삼성전자, not 삼성.
 * - Names. A word (or run of words) that is a company's or person's name or alias (Zuckerberg,
 *   주커버그, Samsung, 알트만) is that name: it is searched as the entity's hidden token
 *   (src/site/search-words.ts), which the articles filed under the entity and those where one of
 *   its spellings stands as a word carry; so 메타 never finds 메타버스. A tag's or outlet's name
 *   is searched as a plain word (it only suggests the tag's page: no silent widening).
 * - Plain words match at the syllable: the page sets Pagefind's `exactDiacritics`, because
 *   Pagefind NFD-folds text and Hangul decomposes to jamo (대토 would find 대통령 otherwise).
 *
 * Several words mean all of them: one Pagefind search ANDs one term of each word.
 */
import { wordPieces } from "../core/word-pieces.ts";
import type { GrammarRules } from "../core/search-grammar.ts";
import type { SearchData, SearchEntity, SearchReporter, SearchWord } from "../site/search-data.ts";
import { bylineToken, entityToken, FACETS, isHiddenToken, nameKey } from "../site/search-words.ts";

export { nameKey };

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
   * suggests it ({@link analyzeQuery}).
   */
  latinHeads: Map<string, SearchEntity[]>;
  /** The archive's particles and honorifics (handed to the page at build: search/bundle.ts). */
  grammar: GrammarRules;
  /** Every proper prefix of a form's key that is no key itself (삼성전 of 삼성전자): see {@link opensName}. */
  openings: Set<string>;
  /** Frequent plain words with a first page, by the word (a query's Pagefind term). */
  words: Map<string, SearchWord>;
  /** The bylines' reporters, by the {@link nameKey} of their name. */
  reporters: Map<string, SearchReporter>;
}

/** One unit of the query: a word, or a run of words that together name an entity. */
export interface QueryPart {
  /** As typed (words joined by one space). */
  text: string;
  /** `text` without trailing particles (저커버그에게 → 저커버그); `text` when none. */
  stem: string;
  /** Companies and people the stem names: the part is a name, searched by their tokens. */
  entities: SearchEntity[];
  /** Tags, outlets (and a Latin word's only entity) the stem names: suggested, never searched. */
  related: SearchEntity[];
  /** Pagefind search terms, any of which satisfies this part (lower case, one word each). */
  terms: string[];
  /**
   * Set when the part is a byline (a name and a byline role: 김민재 기자): the reporter whose
   * signed articles it finds (`hits` 0: the archive has no article they signed).
   */
  byline?: SearchReporter;
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

/** Most Pagefind calls one query may cost. */
export const MAX_SEARCHES = 8;

const HANGUL = /^[\uAC00-\uD7A3]+$/;

/** Runs of anything but letters, marks and digits: punctuation and symbols split words (메타, → 메타). */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

const isName = (e: SearchEntity) => e.type === "company" || e.type === "person";
const isPerson = (e: SearchEntity) => e.type === "person";

/** Indexes the entities of the search data by every form's {@link nameKey}; `grammar` strips queries. */
export function buildNameIndex(data: SearchData, grammar: GrammarRules): NameIndex {
  const index: NameIndex = {
    byKey: new Map(),
    members: new Map(),
    companies: new Map(),
    maxWords: 1,
    latinHeads: new Map(),
    grammar,
    openings: new Set(),
    words: new Map(),
    reporters: new Map(),
  };
  addToNameIndex(index, data);
  return index;
}

/**
 * Adds the entities of `data` (one shard of the search data) to `index`, an entity already in it
 * skipped, and its words with a first page.
 */
export function addToNameIndex(index: NameIndex, data: SearchData): void {
  for (const w of data.words ?? []) index.words.set(w.word, w);
  for (const r of data.reporters ?? []) {
    const had = index.reporters.get(nameKey(r.name));
    if (!had || had.hits < r.hits) index.reporters.set(nameKey(r.name), r);
  }
  const push = (map: Map<string, SearchEntity[]>, k: string, e: SearchEntity) => {
    const list = map.get(k) ?? [];
    if (!list.some((x) => x.type === e.type && x.name === e.name)) list.push(e);
    map.set(k, list);
  };
  for (const e of data.entities) {
    if (
      (index.byKey.get(nameKey(e.name)) ?? []).some((x) => x.type === e.type && x.name === e.name)
    )
      continue;
    if (e.type === "company") index.companies.set(e.name, e);
    if (e.parent) push(index.members, e.parent, e);
    for (const f of e.forms) {
      const k = nameKey(f);
      if (!k) continue;
      push(index.byKey, k, e);
      addOpenings(index, k);
      const words = f.trim().split(/\s+/);
      index.maxWords = Math.max(index.maxWords, words.length);
      if (words.length > 1 && /^[A-Za-z][A-Za-z.&'-]+$/.test(words[0]))
        push(index.latinHeads, nameKey(words[0]), e);
    }
  }
}

/** Records the proper prefixes of a new key that are no key (and that the key is no opening). */
function addOpenings(index: NameIndex, key: string): void {
  index.openings.delete(key);
  const chars = Array.from(key);
  for (let n = 1; n < chars.length; n++) {
    const head = chars.slice(0, n).join("");
    if (!index.byKey.has(head)) index.openings.add(head);
  }
}

/**
 * The stem of one word: the word itself when `isKnown(word)`; else the longest known prefix
 * followed by a particle stack, headline contractions included (삼성전자와의, 삼성전자서 →
 * 삼성전자); else the longest person's name followed by an honorific and particles (장민혁씨는 →
 * 장민혁; only after a name: 날씨 stays); else the shortest prefix of at least two characters
 * followed by a stack of full particles (반도체를 → 반도체; 보고서 stays); else the word.
 * @param isKnown whether a string is a known name (compared as typed; callers key it)
 * @param grammar the particles and honorifics (core/search-grammar.ts)
 * @param isPerson whether a known name is a person's (an honorific may follow it)
 */
export function stemWord(
  word: string,
  isKnown: (s: string) => boolean,
  grammar: GrammarRules,
  isPerson: (s: string) => boolean = () => false,
): string {
  if (!word || isKnown(word)) return word;
  const cuts: number[] = [];
  const plainCuts: number[] = [];
  for (let cut = word.length - 1; cut >= 1; cut--) {
    const rest = word.slice(cut);
    if (!HANGUL.test(rest)) break;
    if (grammar.isParticleRun(rest)) cuts.push(cut);
    if (grammar.isPlainParticleRun(rest)) plainCuts.push(cut);
  }
  for (const cut of cuts) if (isKnown(word.slice(0, cut))) return word.slice(0, cut);
  for (let cut = word.length - 1; cut >= 1; cut--)
    if (isPerson(word.slice(0, cut)) && grammar.isNameTail(word.slice(cut), true))
      return word.slice(0, cut);
  // An unknown word loses only full particles: 보고서 is a word, not 보고 + the contraction 서.
  const shortest = plainCuts.filter((c) => c >= 2).pop();
  return shortest === undefined ? word : word.slice(0, shortest);
}

/** The words of a query: NFC, punctuation and symbols as spaces (as Pagefind's indexing splits them). */
export function queryWords(query: string): string[] {
  return query.normalize("NFC").replace(NON_WORD, " ").trim().split(" ").filter(Boolean);
}

/**
 * Splits a query into parts (punctuation and symbols separate words, as Pagefind's indexing
 * does: "메타," is 메타, 삼성·LG is two words): at each word, the longest run of up to `index.maxWords` words
 * whose stem is a known name (마크 저커버그에게 is one part), else the single word.
 */
export function analyzeQuery(query: string, index: NameIndex): QueryPart[] {
  const words = queryWords(query);
  // A reporter's name is a name too: 정다은 typed alone stays 정다은 (not 정다 and the particle 은).
  const known = (s: string) => index.byKey.has(nameKey(s)) || index.reporters.has(nameKey(s));
  const person = (s: string) => (index.byKey.get(nameKey(s)) ?? []).some(isPerson);
  const parts: QueryPart[] = [];
  for (let i = 0; i < words.length;) {
    const byline = bylineAt(words, i, index);
    if (byline) {
      parts.push(byline.part);
      i += byline.taken;
      continue;
    }
    let taken = 0;
    for (let n = Math.min(index.maxWords, words.length - i); n >= 1 && !taken; n--) {
      // A person's name, then an honorific word (장민혁 씨는): one part, the name.
      const honored =
        i + n < words.length &&
        index.grammar.isHonorificWord(words[i + n]) &&
        person(words.slice(i, i + n).join(" "));
      const text = words.slice(i, i + n + (honored ? 1 : 0)).join(" ");
      const stem = honored
        ? words.slice(i, i + n).join(" ")
        : stemWord(text, known, index.grammar, person);
      const entities = index.byKey.get(nameKey(stem));
      // A Latin word that opens one entity's multi-word name only (Asiana, Goldman) suggests it.
      const heads =
        n === 1 && !entities && /^[A-Za-z]{2,}$/.test(text)
          ? index.latinHeads.get(nameKey(text))
          : undefined;
      if (entities || n === 1) {
        parts.push(makePart(text, stem, entities ?? [], heads?.length === 1 ? heads : []));
        taken = n + (honored ? 1 : 0);
      }
    }
    i += taken;
  }
  return parts;
}

/**
 * The byline part at word `i`, or null: a name then a byline role (김민재 기자, 김민재 기자의;
 * also glued, 김민재기자), where the name is one of the archive's reporters or a dictionary person
 * with no article (the part then finds nothing: the archive has no article they signed). A name and a
 * role is how a Korean byline is printed (core/search-grammar.ts roles), so the reader asks for
 * the articles the reporter signed, not for articles about a namesake. A person with articles who
 * signed none is left to the other parts (the name, then the role as a word).
 */
function bylineAt(
  words: string[],
  i: number,
  index: NameIndex,
): { part: QueryPart; taken: number } | null {
  const word = words[i];
  const next = words[i + 1];
  const glued = index.grammar.roleTail(word);
  const name = next && index.grammar.isRoleWord(next) ? word : glued ? word.slice(0, -glued) : "";
  if (!name) return null;
  const key = nameKey(name);
  const persons = (index.byKey.get(key) ?? []).filter(isPerson);
  const taken = name === word ? 2 : 1;
  const text = words.slice(i, i + taken).join(" ");
  const reporter = index.reporters.get(key);
  // A person the archive has articles about who signed none: two words, both searched (손석희
  // 앵커: the articles that name him and say 앵커), as any two words are.
  if (!reporter && (!persons.length || persons.some((e) => e.hits))) return null;
  return {
    part: {
      text,
      stem: reporter?.name ?? name,
      entities: [],
      related: persons,
      terms: [bylineToken(reporter?.name ?? name)],
      byline: reporter ?? { name, hits: 0 },
    },
    taken,
  };
}

function makePart(
  text: string,
  stem: string,
  named: SearchEntity[],
  heads: SearchEntity[],
): QueryPart {
  const entities = named.filter(isName);
  const related = [...named.filter((e) => !isName(e)), ...heads];
  const terms = entities.length
    ? [...new Set(entities.map((e) => entityToken(e.name)))]
    : [nameKey(stem)].filter(Boolean);
  return { text, stem, entities, related, terms };
}

/**
 * Whether Pagefind answers the query quickly: every part a plain word (no name, no byline) of
 * two letters or more that ends in a whole syllable or a letter (not a lone jamo an input
 * method is still composing), and that no frequent word with a first page starts (탄소중 is
 * one; 탄소 is not, it starts 탄소나노튜브; 반도 starts 반도체). Pagefind's time grows with the
 * pages it answers, and the frequent words are those it is slow on (src/site/search-first-words.ts),
 * so such a search holds Pagefind's worker only briefly.
 * @param index with the parts of the query's words loaded (their frequent words)
 */
export function smallSearch(parts: QueryPart[], index: NameIndex): boolean {
  const frequent = [...index.words.keys()];
  return (
    parts.length > 0 &&
    parts.every(
      (p) =>
        !p.entities.length &&
        !p.byline &&
        Array.from(p.stem).length > 1 &&
        !COMPOSING.test(p.stem) &&
        p.terms.every((t) => !frequent.some((w) => w.startsWith(t))),
    )
  );
}

/** A word that ends in a Hangul compatibility jamo (탄소ㅈ: the input method is composing 중). */
const COMPOSING = /[\u3131-\u318e]$/u;

/**
 * Whether `word` opens a longer name and is no name itself (삼성전 of 삼성전자, 저커 of 저커버그):
 * a reader typing it is most likely on the way to the name (the page waits longer before
 * searching it, plan.ts typingPause).
 */
export function opensName(index: NameIndex, word: string): boolean {
  return index.openings.has(nameKey(word));
}

/**
 * The companies and people whose name or alias `word` opens (저커 → 마크 저커버그; 삼성전 →
 * 삼성전자), when there are at most `max` of them (a first letter opens too many to be a guess):
 * the page loads their first pages while the reader is still typing.
 */
/**
 * The frequent words with a first page that a word being typed opens and is not (대통 → 대통령),
 * and that name no entity, most pages first, at most `max`; none for a one-letter word (it opens
 * too many to guess) or one with a first page itself.
 */
export function wordsOpenedBy(index: NameIndex, word: string, max = 2): SearchWord[] {
  const w = nameKey(word);
  // A word with a first page of its own may well be the last: its longer words would be waste.
  if (Array.from(w).length < 2 || index.words.has(w)) return [];
  // A name's word is searched as the name (its own first page): never as a word.
  const found = [...index.words.values()].filter(
    (x) => x.word !== w && x.word.startsWith(w) && !index.byKey.has(x.word),
  );
  return found.sort((a, b) => b.hits - a.hits).slice(0, max);
}

export function namesOpenedBy(index: NameIndex, word: string, max = 3): SearchEntity[] {
  const w = nameKey(word);
  if (!index.openings.has(w)) return [];
  const found = new Set<SearchEntity>();
  for (const [k, es] of index.byKey)
    if (k.startsWith(w)) for (const e of es.filter(isName)) found.add(e);
  return found.size <= max ? [...found] : [];
}

/** Names of the query the archive has no article for (a name search that must find nothing): every entity of the part has no hits. */
export function absentNames(parts: QueryPart[]): SearchEntity[] {
  return parts
    .filter((p) => p.entities.length && p.entities.every((e) => !e.hits))
    .map((p) => p.entities[0]);
}

/** Bylines of the query that signed no article of the archive (their search must find nothing). */
export function absentBylines(parts: QueryPart[]): SearchReporter[] {
  return parts.flatMap((p) => (p.byline && !p.byline.hits ? [p.byline] : []));
}

/** A group the archive has no article of its own for, and its member companies that have some. */
export interface GroupMembers {
  group: SearchEntity;
  /** Members a name search finds articles for (`hits`), most first, then 가나다. */
  members: SearchEntity[];
}

/**
 * For each name in `absent` that is a group (삼성, 미래에셋그룹) whose member companies have
 * articles: those members. The group's own search stays empty (its members are not mixed into
 * its results); the page lists the members, so that "no article of the group" does not read as
 * "nothing about it".
 */
export function groupMembers(absent: SearchEntity[], index: NameIndex): GroupMembers[] {
  return absent.flatMap((group) => {
    const members = (index.members.get(group.name) ?? [])
      .filter((m) => m.hits > 0)
      .sort((a, b) => b.hits - a.hits || a.name.localeCompare(b.name, "ko"));
    return members.length ? [{ group, members }] : [];
  });
}

/**
 * The reporters a query's words name without a byline role (김민재 typed alone, or as a
 * dictionary person's name): the page offers their signed articles, so that a namesake in the
 * dictionaries does not hide a reporter. Each once, only those who signed an article.
 */
export function reportersNamed(parts: QueryPart[], index: NameIndex): SearchReporter[] {
  const found = parts
    .filter((p) => !p.byline)
    .map((p) => index.reporters.get(nameKey(p.stem)))
    .filter((r): r is SearchReporter => Boolean(r?.hits));
  return [...new Set(found)];
}

/** A page the search page suggests (`메타 · 기업 · 23건`). */
export interface Suggestion {
  /** The entity whose page it is (it has a `url` and articles). */
  entity: SearchEntity;
  /** Set when `entity` stands in for an entity the query names: its name, and what `entity` is to it. */
  insteadOf?: { name: string; relation: "계열사" | "그룹" };
}

/** Most member companies suggested for a group. */
export const MAX_MEMBERS_SUGGESTED = 4;

const hasPage = (e: SearchEntity) => Boolean(e.url) && e.count > 0;

/** Outlets the parts name that have a page with articles, each once (the status points at them). */
export function outletsNamed(parts: QueryPart[]): SearchEntity[] {
  const found = parts.flatMap((p) => p.related.filter((e) => e.type === "outlet" && hasPage(e)));
  return [...new Set(found)];
}

/**
 * The pages to suggest for a query, each once: every entity the parts name or relate to that has
 * a page (in query order: 메타 · 기업, 검찰·경찰 · 태그); then, for each group, its member
 * companies that have a page (most articles first, at most {@link MAX_MEMBERS_SUGGESTED}: Samsung
 * → 삼성전자; a group with no article of its own has them listed with counts instead:
 * {@link groupMembers}), and for a company without a page, its group's. Suggestions are links
 * only: the results never include their articles unless the text names them.
 */
export function suggestions(parts: QueryPart[], index: NameIndex): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (s: Suggestion) => {
    if (!out.some((o) => o.entity === s.entity)) out.push(s);
  };
  const named = [...new Set(parts.flatMap((p) => [...p.entities, ...p.related]))];
  for (const e of named) if (hasPage(e)) add({ entity: e });
  // A group with no article of its own lists its members apart, with counts (groupMembers).
  const listed = new Set(groupMembers(absentNames(parts), index).map((g) => g.group));
  for (const e of named) {
    if (listed.has(e)) continue;
    const members = (index.members.get(e.name) ?? [])
      .filter(hasPage)
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "ko"))
      .slice(0, MAX_MEMBERS_SUGGESTED);
    for (const m of members) add({ entity: m, insteadOf: { name: e.name, relation: "계열사" } });
    const group = e.parent ? index.companies.get(e.parent) : undefined;
    if (!hasPage(e) && !members.length && group && hasPage(group))
      add({ entity: group, insteadOf: { name: e.name, relation: "그룹" } });
  }
  return out;
}

/**
 * Plans the Pagefind searches for `parts` within the user's facet selection: one search per
 * choice of one term per part (usually one search: a part has several terms only when an alias
 * names two entities), at most `max`. Empty `parts` give one filter-only search. The union of
 * the searches' results is the answer.
 */
export function planSearches(
  parts: QueryPart[],
  selection: FacetSelection = {},
  max = MAX_SEARCHES,
): PlannedSearch[] {
  const filters = combineFilters(selection);
  if (!parts.length) return [{ term: null, filters }];
  let combos: string[][] = [[]];
  for (const p of parts)
    combos = combos.flatMap((c) => p.terms.map((t) => [...c, t])).slice(0, max);
  return combos.map((c) => ({ term: c.join(" "), filters }));
}

/** The user's selection (any value within a facet, all facets) ANDed with extra filters. */
export function combineFilters(
  selection: FacetSelection,
  extra: PagefindFilter[] = [],
): PagefindFilter {
  const user: PagefindFilter = {};
  for (const [facet, values] of Object.entries(selection))
    if (values.length) user[facet] = { any: values };
  if (!extra.length) return user;
  return { all: Object.keys(user).length ? [user, ...extra] : extra };
}

/** Lower-cased word pieces of a text (split at whitespace, punctuation and symbols): core/word-pieces.ts. */
export const textPieces = wordPieces;

/**
 * Whether a page really holds every plain word of `term`: a word of its text, or of its hidden
 * words, starting with it. Pagefind answers a word no page has with the pages of a shorter
 * indexed prefix (주커버그 → pages with 주), which is no match: checked on a search's best result.
 * Name tokens are not checked (the search data says whether any page has one).
 */
export function termOccurs(term: string, text: string): boolean {
  const ps = textPieces(text);
  return term
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !isHiddenToken(w))
    .every((w) => ps.some((p) => p.startsWith(w)));
}

/** A result as Pagefind returns it (the part of it merging needs). */
export interface ScoredResult {
  id: string;
  score: number;
}

/** Union of several searches' results by id, keeping each id's best score, best first (stable). */
export function mergeResults<T extends ScoredResult>(lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const list of lists)
    for (const r of list) {
      const had = best.get(r.id);
      if (!had || r.score > had.score) best.set(r.id, r);
    }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Orders `results` by their position in `order` (ids, e.g. all pages newest first); ids not in it
 * (undated pages) go last, by id: an order that does not depend on scores, which differ when the
 * index is in shards (each shard weighs words by its own pages).
 */
export function orderBy<T extends ScoredResult>(results: T[], order: string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const at = (r: T) => rank.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  return [...results].sort((a, b) => at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The facet of each entity kind, re-exported for the page. */
export { FACETS };
