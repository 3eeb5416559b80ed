/**
 * The search page's entity index (`/assets/search-data.json`): every dictionary entry — company,
 * person, tag, outlet — with the names it goes by and, when the archive has articles about it,
 * its page and article count. The search page (src/search/ui.ts through src/search/query.ts)
 * reads it to keep known names whole when stripping particles (화웨이 stays 화웨이), to search an
 * alias (Zuckerberg) as its entity, and to suggest the entity's page (메타 · 기업 · 23건) — or,
 * when it has none, the pages of its member companies or its group (`parent`).
 */
import type { CompanyEntry, Dictionaries, Entry } from "../core/dictionaries.ts";
import { loadLexicon } from "../core/lexicon.ts";
import { compileGrammar, searchGrammar } from "../core/search-grammar.ts";
import type { Archive, ArticleView, EntityType } from "./archive.ts";
import { createHash } from "node:crypto";
import { frequentWords } from "./search-first-words.ts";
import {
  buildNameMatcher,
  FACETS,
  nameKey,
  searchWords,
  type FacetType,
  type NameMatcher,
} from "./search-words.ts";

// The facets live with the search words, which the page's bundle reads (this module reads files).
export { FACETS, type FacetType } from "./search-words.ts";

/** One entity as the search page sees it. */
export interface SearchEntity {
  /** Kind of entity; its facet is `FACETS[type]`. */
  type: FacetType;
  /** Display name: the value of its Pagefind filter and the text of a suggestion. */
  name: string;
  /** Every spelling that names it: `name` first, then the dictionary aliases (no duplicates). */
  forms: string[];
  /** Root-absolute URL of its page (`/companies/meta/`), or null when no article names it. */
  url: string | null;
  /** Articles that name it (0 when none). */
  count: number;
  /** Companies: the `name` of its group (the dictionary's `parent`: 삼성전자 → 삼성); else null. */
  parent: string | null;
  /**
   * Companies and people: articles a name search finds, those filed under it or where one of its
   * spellings stands as a word (src/site/search-words.ts); 0 means the archive has none. Tags
   * and outlets: 0 (their words are searched as plain words).
   */
  hits: number;
  /**
   * Companies and people with hits: the file of their search's first page
   * (src/site/search-first.ts), which the search page paints before Pagefind answers.
   */
  first?: string;
}

/**
 * A frequent plain word with a first page (src/site/search-first-words.ts): the word (a query's
 * Pagefind term), its file, and the articles it finds.
 */
export interface SearchWord {
  word: string;
  first: string;
  hits: number;
}

/**
 * A reporter of the archive's bylines (front matter `reporters`) and how many articles they
 * signed: a query of the name and a byline role (김민재 기자) lists those articles.
 */
export interface SearchReporter {
  name: string;
  hits: number;
  /**
   * The role their bylines print most (`논설위원`, `가나대 교수`: front matter `role`), absent when
   * that is the default, 기자: a columnist's link is not labelled as a reporter's.
   */
  role?: string;
}

/**
 * The whole file: entities, companies first (the order in which suggestions are shown), and the
 * words with a first page (absent in a part without any).
 */
export interface SearchData {
  entities: SearchEntity[];
  words?: SearchWord[];
  /** The bylines' reporters, most articles first (absent in a part without any). */
  reporters?: SearchReporter[];
}

const DICT_KEYS: Record<FacetType, keyof Dictionaries> = {
  company: "companies",
  person: "people",
  tag: "tags",
  outlet: "outlets",
};

/**
 * Builds the search data from the dictionaries and the archive. Entities the archive found but
 * no dictionary lists (names added by hand in front matter) are included too.
 */
export function buildSearchData(archive: Archive, dicts: Dictionaries): SearchData {
  const entities: SearchEntity[] = [];
  const matcher = nameMatcher(dicts);
  const hits = new Map<string, number>();
  for (const a of archive.articles)
    for (const n of articleSearchWords(a, matcher).names) hits.set(n, (hits.get(n) ?? 0) + 1);
  const hitsOf = (type: FacetType, name: string) =>
    type === "company" || type === "person" ? (hits.get(name) ?? 0) : 0;
  const companyNames = new Map(dicts.companies.map((c) => [c.id, c.name]));
  const parentName = (e: CompanyEntry) => (e.parent && companyNames.get(e.parent)) || null;
  for (const type of Object.keys(FACETS) as FacetType[]) {
    const views = new Map(archive.entities[type as EntityType].map((v) => [v.name, v]));
    const seen = new Set<string>();
    for (const e of dicts[DICT_KEYS[type]] as Entry[]) {
      const v = views.get(e.name);
      seen.add(e.name);
      entities.push({
        type,
        name: e.name,
        forms: unique([e.name, ...(e.aliases ?? [])]),
        url: v?.url ?? null,
        count: v?.count ?? 0,
        parent: type === "company" ? parentName(e as CompanyEntry) : null,
        ...withHits(hitsOf(type, e.name), e.name),
      });
    }
    for (const v of views.values()) {
      if (!seen.has(v.name))
        entities.push({
          type,
          name: v.name,
          forms: unique([v.name, ...v.aliases]),
          url: v.url,
          count: v.count,
          parent: null,
          ...withHits(hitsOf(type, v.name), v.name),
        });
    }
  }
  const words = frequentWords(archive, matcher.grammar).map(({ word, file, hits }) => ({
    word,
    first: file,
    hits,
  }));
  return { entities, words, reporters: bylineReporters(archive) };
}

/**
 * Every reporter of the archive's bylines with the articles they signed, most first, then 가나다.
 * Spellings of one name are one reporter, keyed as their byline token is ({@link nameKey}: 김 민재
 * is 김민재, Jane Doe is JANE DOE), so the count is that of the articles the token finds; the name
 * shown is the spelling most of those articles print (on a tie the shorter, then the first in
 * 가나다 order: the one a query of it reads back as one word).
 */
export function bylineReporters(archive: Archive): SearchReporter[] {
  const byKey = new Map<string, { spellings: Map<string, number>; roles: Map<string, number> }>();
  for (const a of archive.articles)
    for (const [key, { name, role }] of signers(a)) {
      const seen = byKey.get(key) ?? { spellings: new Map(), roles: new Map() };
      seen.spellings.set(name, (seen.spellings.get(name) ?? 0) + 1);
      seen.roles.set(role, (seen.roles.get(role) ?? 0) + 1);
      byKey.set(key, seen);
    }
  return [...byKey.values()]
    .map(({ spellings, roles }) => {
      const role = mostPrinted(roles);
      const reporter = { name: mostPrinted(spellings), hits: sum(spellings.values()) };
      return role ? { ...reporter, role } : reporter;
    })
    .sort((a, b) => b.hits - a.hits || a.name.localeCompare(b.name, "ko"));
}

/**
 * The reporters of an article's byline, each once: {@link nameKey} → the name as printed (NFC,
 * trimmed) and the role ("" for the default, 기자); none whose key is empty.
 */
function signers(a: ArticleView): Map<string, { name: string; role: string }> {
  const out = new Map<string, { name: string; role: string }>();
  for (const r of a.reporters ?? []) {
    const name = r.name.normalize("NFC").trim();
    const key = nameKey(name);
    if (key && !out.has(key)) out.set(key, { name, role: r.role?.trim() ?? "" });
  }
  return out;
}

/** The spelling of `spellings` (spelling → articles) printed most, then the shorter, then the first in 가나다 order. */
function mostPrinted(spellings: Map<string, number>): string {
  return [...spellings].sort(
    ([a, n], [b, m]) => m - n || a.length - b.length || a.localeCompare(b, "ko"),
  )[0][0];
}

const sum = (xs: Iterable<number>) => [...xs].reduce((t, x) => t + x, 0);

/**
 * ASCII file name of a name's first page: a hash of the name (names are not ASCII). A company
 * and a person of the same name share one token, so they share one page (src/site/search-first.ts).
 */
export function firstPageFile(name: string): string {
  return createHash("sha1").update(name).digest("hex").slice(0, 12);
}

/** An entity's hits, and the file of its first page when it has any. */
const withHits = (hits: number, name: string) =>
  hits ? { hits, first: firstPageFile(name) } : { hits };

const unique = (xs: string[]) => [
  ...new Set(xs.map((x) => x.normalize("NFC").trim()).filter(Boolean)),
];

const matchers = new WeakMap<Dictionaries, NameMatcher>();

/**
 * The name matcher of the dictionaries' companies and people, with the grammar of their lexicon
 * (the shipped one when the dictionaries carry none); built once per dictionaries object.
 */
export function nameMatcher(dicts: Dictionaries): NameMatcher {
  let m = matchers.get(dicts);
  if (!m) {
    const forms = (e: Entry) => [e.name, ...(e.aliases ?? [])];
    m = buildNameMatcher(
      [
        ...dicts.companies.map((e) => ({ name: e.name, forms: forms(e) })),
        ...dicts.people.map((e) => ({ name: e.name, forms: forms(e), person: true })),
      ],
      compileGrammar(searchGrammar(dicts.lexicon ?? loadLexicon())),
    );
    matchers.set(dicts, m);
  }
  return m;
}

const articleWords = new WeakMap<ArticleView, ReturnType<typeof searchWords>>();

/**
 * The hidden search words of an article page and the names they stand for (src/site/search-words.ts),
 * computed once per article: the page template and {@link buildSearchData} share them.
 */
export function articleSearchWords(
  a: ArticleView,
  matcher: NameMatcher,
): ReturnType<typeof searchWords> {
  let w = articleWords.get(a);
  if (!w) {
    w = searchWords(
      {
        title: a.title,
        html: a.html,
        filed: [...a.companies, ...a.people].map((e) => e.name),
        bylines: (a.reporters ?? []).map((r) => r.name),
      },
      matcher,
    );
    articleWords.set(a, w);
  }
  return w;
}
