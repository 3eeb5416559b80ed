/**
 * The words an article page gives Pagefind beyond its visible text, in one hidden metadata field
 * (`data-pagefind-meta="words:…"`, see _includes/partials/article-page.njk). Pagefind searches
 * metadata like text (https://pagefind.app/docs/metadata/#searching-metadata) but builds its
 * excerpts from the body only, so these words find the page and never show in an excerpt.
 *
 * - Name tokens. For each company and person, one token, {@link entityToken} (`zq메타qz`), on
 *   the articles filed under it and on those where one of its spellings stands as a word: bare,
 *   or followed by particles (src/core/particles.ts) or punctuation (메타는, 메타(Meta),
 *   메타·애플), never where it only opens a longer word (메타버스). Pagefind matches a query word
 *   as a prefix of indexed words; the markers around the key make the token a prefix of no other
 *   token and of no text word, so searching it is an exact name search.
 * - Pieces. Pagefind drops the punctuation inside a word and indexes the rest joined (AI·반도체 →
 *   ai반도체; only ASCII punctuation also yields the pieces), so 반도체 would not find it; the
 *   pieces after the first are added as words.
 */
import { decodeHTML } from "entities";
import { shippedParticles } from "../core/shipped-particles.ts";

const { isParticleRun } = shippedParticles;

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

/** A company or person as the token writer sees it: its display name and every spelling. */
export interface NamedEntity {
  name: string;
  forms: string[];
}

/** Spellings by their first piece: each a list of pieces (lower case), with the entity it names. */
export interface NameMatcher {
  byFirst: Map<string, { pieces: string[]; entity: string }[]>;
  /** Longest key of `byFirst` (no longer head is looked up). */
  longest: number;
}

/** Lower-cased pieces of a text: whitespace words split again at punctuation and symbols. */
export function pieces(text: string): string[] {
  return text.normalize("NFC").toLowerCase().split(NON_WORD).filter(Boolean);
}

/** Indexes the spellings of `entities` by their first piece. */
export function buildNameMatcher(entities: NamedEntity[]): NameMatcher {
  const byFirst = new Map<string, { pieces: string[]; entity: string }[]>();
  for (const e of entities)
    for (const f of e.forms) {
      const p = pieces(f);
      if (!p.length) continue;
      byFirst.set(p[0], [...(byFirst.get(p[0]) ?? []), { pieces: p, entity: e.name }]);
    }
  return { byFirst, longest: Math.max(0, ...[...byFirst.keys()].map((k) => k.length)) };
}

/** Whether `word` is `stem` bare or followed by a particle stack (메타는 → 메타; 메타버스 is not). */
function standsAs(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  const rest = word.slice(stem.length);
  return rest === "" || (HANGUL.test(rest) && isParticleRun(rest));
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
        if (
          n === 1
            ? standsAs(ps[i], f.pieces[0])
            : ps[i] === f.pieces[0] &&
              i + n <= ps.length &&
              f.pieces.slice(1, -1).every((p, j) => ps[i + 1 + j] === p) &&
              standsAs(ps[i + n - 1], f.pieces[n - 1])
        ) {
          found.add(f.entity);
        }
      }
  }
  return found;
}

/** The pieces Pagefind would not index on their own: those after the first in a word with punctuation inside (AI·반도체 → 반도체). */
export function innerPieces(text: string): string[] {
  const out = new Set<string>();
  for (const word of text.normalize("NFC").split(/\s+/)) {
    if (!INNER.test(word)) continue;
    const p = pieces(word);
    // A particle after punctuation (메타(Meta)는 → 는) is no word of its own.
    for (const x of p.slice(1)) if (!(HANGUL.test(x) && isParticleRun(x))) out.add(x);
  }
  return [...out];
}

/** Plain text of rendered article HTML (tags dropped, entities decoded). */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, " "));
}

/** What an article contributes: its visible text (title and body HTML) and the names filed under it. */
export interface SearchableArticle {
  title: string;
  html: string;
  filed: string[];
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
  const tokens = [...[...names].map(entityToken), ...innerPieces(text)];
  return { names, words: [...new Set(tokens)].join(" ") };
}
