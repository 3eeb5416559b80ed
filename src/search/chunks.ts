/**
 * Which of Pagefind's index chunks a word needs. Pagefind keeps its words sorted in chunks, each
 * loaded when a search needs it; for a query word it loads only the chunk whose range holds the
 * word itself (pagefind_web/src/lib.rs `request_indexes`), yet a word matches every indexed word
 * it starts. When those longer words begin a later chunk (서울 ends one chunk, 서울시… start
 * the next), their pages are silently missing: at 10,000 articles 서울 found 2,290 of 3,722
 * pages. The build lists each chunk's first word (src/search/pf-meta.ts); the page preloads a
 * word that starts each chunk the query word's range reaches, which loads exactly that chunk.
 *
 * Pure: shared by the browser bundle and Node tests.
 */
import { isHiddenToken } from "../site/search-words.ts";

/** Whether a string is a name's hidden token (zq…qz): an exact word, never a prefix of another. */

/**
 * A word as Pagefind compares it with its chunks: lower case, NFD, combining marks removed
 * (pagefind.js `normalizeDiacritics`; Hangul decomposes to jamo, which are letters, not marks).
 */
export function pagefindForm(word: string): string {
  const s = word
    .toLocaleLowerCase()
    .normalize("NFD")
    .replace(/(?![\u3099\u309A])\p{M}/gu, "");
  return /[\u3099\u309A]/.test(s) ? s.normalize("NFC") : s;
}

/** Code point order, as Pagefind (Rust strings) compares words. */
function before(a: string, b: string): boolean {
  const [x, y] = [Array.from(a), Array.from(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (x[i] !== y[i]) return x[i].codePointAt(0)! < y[i].codePointAt(0)!;
  return x.length < y.length;
}

/** Strings in code point order (Pagefind's), as one sorted list of several shards' chunks. */
export function sortCodePoints(xs: string[]): string[] {
  return xs.sort((a, b) => (a === b ? 0 : before(a, b) ? -1 : 1));
}

/**
 * Words to preload so that every chunk holding a word that starts with `word` is loaded: the
 * first word of the chunk whose range holds `word`, then of each later chunk whose first word
 * starts with it. A chunk's words lie from its first word up to (not including) the next
 * chunk's, so these are all the chunks the prefix reaches.
 * @param starts the chunks' first words, sorted (Pagefind's form); [] when unknown
 */
export function extensionProbes(word: string, starts: string[]): string[] {
  const w = pagefindForm(word);
  if (!w || !starts.length) return [];
  let home = -1;
  while (home + 1 < starts.length && !before(w, starts[home + 1])) home++;
  const probes = home >= 0 ? [starts[home]] : [];
  for (let i = home + 1; i < starts.length && starts[i].startsWith(w); i++) probes.push(starts[i]);
  return probes;
}

/**
 * The probes of every plain word of the search terms (names' tokens need none), once each.
 * Only a word whose range reaches beyond its own chunk needs them: one probe is the chunk
 * Pagefind loads anyway, so a word with a single probe needs no preload.
 */
export function termProbes(terms: (string | null)[], starts: string[]): string[] {
  const words = new Set(terms.flatMap((t) => (t ? t.split(/\s+/) : [])));
  const probes = [...words]
    .filter((w) => w && !isHiddenToken(w))
    .map((w) => extensionProbes(w, starts))
    .filter((p) => p.length > 1);
  return [...new Set(probes.flat())];
}

/**
 * Whether an index whose chunks start with `starts` surely holds, for every word of `term`, an
 * indexed word that starts with it: some chunk's first word does. Pagefind then matches those
 * words and never falls back to a shorter prefix's pages (pagefind_web/src/search.rs
 * `find_word_extensions`), so its answer needs no check. False says nothing either way.
 * @param starts one index's chunks' first words (Pagefind's form); [] when unknown
 */
export function holdsWord(term: string, starts: string[]): boolean {
  const words = term.split(/\s+/).filter(Boolean).map(pagefindForm);
  return words.length > 0 && words.every((w) => starts.some((s) => s.startsWith(w)));
}
