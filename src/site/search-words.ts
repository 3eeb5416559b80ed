/**
 * The words an article page gives Pagefind beyond its visible text, in one hidden metadata field
 * (`data-pagefind-meta="words:…"`, see _includes/partials/article-page.njk). Pagefind searches
 * metadata like text (https://pagefind.app/docs/metadata/#searching-metadata) but builds its
 * excerpts from the body only, so these words find the page and never show in an excerpt.
 *
 * - Name tokens. For each company and person, one token, {@link entityToken} (`zq메타qz`), on
 *   the articles filed under it and on those where one of its spellings stands as a word: bare,
 *   or followed by particles (the archive's lexicon, src/core/search-grammar.ts) or punctuation
 *   (메타는, 메타(Meta), 메타·애플), a person's also by an honorific (장민혁씨는), never where it
 *   only opens a longer word (메타버스). Pagefind matches a query word
 *   as a prefix of indexed words; the markers around the key make the token a prefix of no other
 *   token and of no text word, so searching it is an exact name search.
 * - Byline tokens. For each reporter of an article's byline, {@link bylineToken} (`zr김민재rz`):
 *   the byline is not searched as text (it is not the article's words), but a query of a name and
 *   a byline role (김민재 기자) asks for the articles that reporter signed.
 * - Pieces. Pagefind drops the punctuation inside a word and indexes the rest joined (AI·반도체 →
 *   ai반도체; only ASCII punctuation also yields the pieces), so 반도체 would not find it; the
 *   pieces after the first are added as words.
 */
import { decodeHTML } from "entities";
import type { GrammarRules } from "../core/search-grammar.ts";

/** Pagefind filter name of each entity kind (the `data-pagefind-filter` keys of render.ts and the filters of search/index.ts). */
export const FACETS = { company: "기업", person: "인물", tag: "태그", outlet: "매체" } as const;

/** The entity kinds that have a search facet. */
export type FacetType = keyof typeof FACETS;

/** Runs of anything but letters, marks and digits: punctuation and symbols split words. */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const HANGUL = /^[\uAC00-\uD7A3]+$/;
/** A word with punctuation or a symbol between two letters or digits. */
const INNER = /[\p{L}\p{M}\p{N}][^\p{L}\p{M}\p{N}]+[\p{L}\p{M}\p{N}]/u;

/** Key of a name for lookups: NFC, lower case, letters and digits only (마크 저커버그 = 마크저커버그, 삼성전자㈜ = 삼성전자). */
export function nameKey(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(NON_WORD, "");
}

/** The hidden search token of a company or person (see the module comment): `zq` + {@link nameKey} + `qz`. */
export function entityToken(name: string): string {
  return `zq${nameKey(name)}qz`;
}

/**
 * The hidden search token of a byline (the articles a reporter signed): `zr` + {@link nameKey} +
 * `rz`. Its own markers keep it apart from the name tokens: 김민재 the reporter is not 김민재 the
 * footballer, and searching one never finds the other.
 */
export function bylineToken(name: string): string {
  return `zr${nameKey(name)}rz`;
}

/** Whether a search word is a hidden token ({@link entityToken} or {@link bylineToken}), never text. */
export const isHiddenToken = (word: string): boolean => /^z([qr])\S*\1z$/.test(word);

/** A company or person as the token writer sees it: its display name and every spelling. */
export interface NamedEntity {
  name: string;
  forms: string[];
  /** A person: an honorific may follow the name (장민혁씨는). */
  person?: boolean;
}

/** One spelling: its pieces (lower case), the entity it names, and whether that is a person. */
interface Spelling {
  pieces: string[];
  entity: string;
  person: boolean;
}

/** Spellings by their first piece, with the grammar of what may follow a name. */
export interface NameMatcher {
  byFirst: Map<string, Spelling[]>;
  /** Longest key of `byFirst` (no longer head is looked up). */
  longest: number;
  /** The archive's particles and honorifics (core/search-grammar.ts). */
  grammar: GrammarRules;
}

/** Lower-cased pieces of a text: whitespace words split again at punctuation and symbols. */
export function pieces(text: string): string[] {
  return text.normalize("NFC").toLowerCase().split(NON_WORD).filter(Boolean);
}

/** Indexes the spellings of `entities` by their first piece; `grammar` says what may follow one. */
export function buildNameMatcher(entities: NamedEntity[], grammar: GrammarRules): NameMatcher {
  const byFirst = new Map<string, Spelling[]>();
  for (const e of entities)
    for (const f of e.forms) {
      const p = pieces(f);
      if (!p.length) continue;
      const s = { pieces: p, entity: e.name, person: Boolean(e.person) };
      byFirst.set(p[0], [...(byFirst.get(p[0]) ?? []), s]);
    }
  const longest = Math.max(0, ...[...byFirst.keys()].map((k) => k.length));
  return { byFirst, longest, grammar };
}

/**
 * Whether `word` is `stem` bare or followed by a particle stack, or for a person an honorific
 * and particles (메타는 → 메타, 장민혁씨는 → 장민혁; 메타버스 is not).
 */
function standsAs(word: string, stem: string, person: boolean, g: GrammarRules): boolean {
  return word.startsWith(stem) && g.isNameTail(word.slice(stem.length), person);
}

/**
 * Names of the entities one of whose spellings stands as a word in `text` (see the module
 * comment). `text` is plain text; words are compared in lower case.
 */
export function namesInText(text: string, matcher: NameMatcher): Set<string> {
  const ps = pieces(text);
  const found = new Set<string>();
  for (let i = 0; i < ps.length; i++) {
    // Candidate spellings: the piece itself, or the piece without a particle stack (single-piece spellings).
    const heads: string[] = [];
    for (let cut = Math.min(ps[i].length, matcher.longest); cut >= 1; cut--)
      if (matcher.byFirst.has(ps[i].slice(0, cut))) heads.push(ps[i].slice(0, cut));
    for (const head of heads)
      for (const f of matcher.byFirst.get(head)!) {
        if (found.has(f.entity)) continue;
        const n = f.pieces.length;
        const stands = (w: string, stem: string) => standsAs(w, stem, f.person, matcher.grammar);
        if (
          n === 1
            ? stands(ps[i], f.pieces[0])
            : ps[i] === f.pieces[0] &&
              i + n <= ps.length &&
              f.pieces.slice(1, -1).every((p, j) => ps[i + 1 + j] === p) &&
              stands(ps[i + n - 1], f.pieces[n - 1])
        ) {
          found.add(f.entity);
        }
      }
  }
  return found;
}

/** The pieces Pagefind would not index on their own: those after the first in a word with punctuation inside (AI·반도체 → 반도체). */
export function innerPieces(text: string, grammar: GrammarRules): string[] {
  const out = new Set<string>();
  for (const word of text.normalize("NFC").split(/\s+/)) {
    if (!INNER.test(word)) continue;
    const p = pieces(word);
    // A particle after punctuation (메타(Meta)는 → 는) is no word of its own.
    for (const x of p.slice(1)) if (!(HANGUL.test(x) && grammar.isParticleRun(x))) out.add(x);
  }
  return [...out];
}

/** Plain text of rendered article HTML (tags dropped, entities decoded). */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, " "));
}

/** What an article contributes: its visible text (title and body HTML), the names filed under it and its byline's names. */
export interface SearchableArticle {
  title: string;
  html: string;
  filed: string[];
  /** The reporters' names of its byline (front matter `reporters`). */
  bylines?: string[];
}

/**
 * The hidden words of one article: the tokens of the names it is filed under or whose spellings
 * stand as words in its title or body, then the inner pieces. Space-separated, each once.
 */
export function searchWords(
  a: SearchableArticle,
  matcher: NameMatcher,
): { names: Set<string>; words: string } {
  const text = `${a.title}\n${htmlToText(a.html)}`;
  const names = namesInText(text, matcher);
  for (const n of a.filed) names.add(n);
  const tokens = [
    ...[...names].map(entityToken),
    ...(a.bylines ?? []).map(bylineToken),
    ...innerPieces(text, matcher.grammar),
  ];
  return { names, words: [...new Set(tokens)].join(" ") };
}
