/**
 * The first page of a frequent plain word's search, written at build beside the names' (see
 * src/site/search-first.ts). Pagefind's time for a word grows with the pages it answers (their
 * word positions cross from its worker to the page): at 10,000 articles a word on a few thousand
 * pages takes it most of a second, one on a few dozen a blink. So the build ranks the pages of
 * each word that many articles use, as Pagefind does (Okapi BM25 over the words that start with
 * it, https://en.wikipedia.org/wiki/Okapi_BM25), and writes the best {@link PAGE_SIZE}: the page
 * paints them as soon as the query is that word, and Pagefind's answer adds the rows after them.
 *
 * A word here is a stem (particles stripped, src/search/query.ts stemWord) that is a query's
 * Pagefind term: lower case, matched at the syllable against the words of the page's searched
 * text (src/search/index.ts articleSearchText), as the search matches it.
 */
import { articleSearchText } from "../search/index.ts";
import { bodyText, markRule, type MarkRule } from "../search/excerpt.ts";
import type { ResultRow } from "../search/html.ts";
import { PAGE_SIZE } from "../search/plan.ts";
import { stemWord } from "../search/query.ts";
import { wordPieces } from "../core/word-pieces.ts";
import { wordExcerpt } from "./word-excerpt.ts";
import type { GrammarRules } from "../core/search-grammar.ts";
import type { Archive, ArticleView } from "./archive.ts";
import { createHash } from "node:crypto";

/** A word's first page: the word (a query's Pagefind term), its file, the pages it finds, its rows. */
export interface WordPage {
  word: string;
  file: string;
  hits: number;
  rows: ResultRow[];
}

/** Settings of {@link wordFirstPages}. */
export interface WordPageOptions {
  /**
   * Least share of the archive's articles whose words a stem must stand for to get a page
   * ({@link WORD_SHARE}), and never fewer than {@link MIN_WORD_PAGES}.
   */
  share?: number;
  /** Fewest articles, whatever the share ({@link MIN_WORD_PAGES} unless given). */
  min?: number;
  size?: number;
}

/** Fewest articles a word's stem must stand for to get a first page. */
export const MIN_WORD_PAGES = 50;

/**
 * Least share of the archive's articles a word's stem must stand for to get a first page: one
 * in 200 (50 at 10,000). In shards Pagefind's answer to a word on a few hundred pages took
 * about half a second at 10,000 articles (금리, 211 pages: 511 ms on a quiet machine), against a
 * built page's 82 ms; the pages are written with the file system, a few milliseconds each.
 */
export const WORD_SHARE = 1 / 200;

// Okapi BM25's usual constants (Pagefind's defaults: term saturation 1.2, page length 0.75).
const K1 = 1.2;
const B = 0.75;

/** ASCII file name of a word's first page (a hash: words are not ASCII; `w` keeps names' apart). */
export function wordPageFile(word: string): string {
  return `w${createHash("sha1").update(word).digest("hex").slice(0, 12)}`;
}

/** A word with a first page, without its rows: what the search data lists. */
export type WordSummary = Omit<WordPage, "rows">;

const cache = new WeakMap<Archive, WordSummary[]>();

/**
 * The first pages of the archive's frequent words, best rows first. Two passes over the
 * articles' text, keeping counts, not texts; each page's rows are made as `each` takes it (so a
 * writer holds one page's rows at a time). Returns the words' summaries, which
 * {@link frequentWords} then returns for this archive without a third pass.
 */
export function eachWordPage(
  archive: Archive,
  grammar: GrammarRules,
  each: (page: WordPage) => void,
  o: WordPageOptions = {},
): WordSummary[] {
  const least = o.min ?? MIN_WORD_PAGES;
  const min = Math.max(least, Math.ceil(archive.articles.length * (o.share ?? WORD_SHARE)));
  const text = readWords(archive.articles);
  const { stems, avg } = frequentStems(text, grammar, min);
  const found = rankPages(archive.articles, text, { stems, avg }, o.size ?? PAGE_SIZE);
  const words: WordSummary[] = [];
  for (const [word, f] of found) {
    const summary = { word, file: wordPageFile(word), hits: f.hits };
    words.push(summary);
    const rule = markRule(
      [{ text: word, stem: word, entities: [], related: [], terms: [word] }],
      grammar,
    );
    each({ ...summary, rows: f.best.map(({ a }) => row(a, rule)) });
  }
  cache.set(archive, words);
  return words;
}

/** Every first page of {@link eachWordPage}, rows included (for tests and small archives). */
export function wordFirstPages(
  archive: Archive,
  grammar: GrammarRules,
  o: WordPageOptions = {},
): WordPage[] {
  const pages: WordPage[] = [];
  eachWordPage(archive, grammar, (p) => pages.push(p), o);
  return pages;
}

/**
 * The archive's frequent words with a first page (word, file, hits), as the last
 * {@link eachWordPage} on it found them (the site stage writes the pages first), else found now.
 */
export function frequentWords(archive: Archive, grammar: GrammarRules): WordSummary[] {
  return cache.get(archive) ?? eachWordPage(archive, grammar, () => {});
}

/**
 * The words of every article's searched text (lower case, NFC), read once for both passes: each
 * distinct word gets a number, and an article is its words' numbers in the order they first
 * occur, each with how often it occurs (two typed arrays, not a map of strings per article).
 */
interface ArticleWords {
  /** Each number's word. */
  words: string[];
  /** Per article: its distinct words' numbers, in first-occurrence order. */
  ids: Int32Array[];
  /** Per article: how often each of `ids` occurs. */
  counts: Int32Array[];
}

function readWords(articles: ArticleView[]): ArticleWords {
  const number = new Map<string, number>();
  const words: string[] = [];
  const ids: Int32Array[] = [];
  const counts: Int32Array[] = [];
  // Per word number: the last article that had it (its index + 1) and its slot there.
  const last = new Growing();
  const slot = new Growing();
  // One article's distinct words and their counts, by slot (reused from article to article).
  const seen = new Growing();
  const n = new Growing();
  articles.forEach((a, i) => {
    let k = 0;
    for (const w of wordPieces(articleSearchText(a))) {
      let id = number.get(w);
      if (id === undefined) number.set(w, (id = words.push(w) - 1));
      if (last.at(id) === i + 1) n.a[slot.a[id]]++;
      else {
        last.set(id, i + 1);
        slot.set(id, k);
        seen.set(k, id);
        n.set(k++, 1);
      }
    }
    ids.push(seen.a.slice(0, k));
    counts.push(n.a.slice(0, k));
  });
  return { words, ids, counts };
}

/** An Int32Array that grows (doubling) to take any index; unset slots read 0. */
class Growing {
  a = new Int32Array(1024);
  /** The value at `i` (0 past the end). */
  at(i: number): number {
    return i < this.a.length ? this.a[i] : 0;
  }
  set(i: number, v: number): void {
    if (i >= this.a.length) {
      const b = new Int32Array(Math.max(i + 1, this.a.length * 2));
      b.set(this.a);
      this.a = b;
    }
    this.a[i] = v;
  }
}

/** A word a reader searches: two characters or more, letters only (no number, no date). */
const SEARCHED = /^\p{L}{2,}$/u;

/**
 * Stems of two or more letters that at least `min` articles use (some word of theirs has it),
 * and the articles' mean length in words.
 */
function frequentStems(
  text: ArticleWords,
  grammar: GrammarRules,
  min: number,
): { stems: Set<string>; avg: number } {
  const stem = (w: string) => {
    const s = SEARCHED.test(w) ? stemWord(w, () => false, grammar) : "";
    return SEARCHED.test(s) ? s : "";
  };
  // Each distinct word is stemmed once; stems are numbered too.
  const stemNumber = new Map<string, number>();
  const stemList: string[] = [];
  const stemOf = text.words.map((w) => {
    const s = stem(w);
    if (!s) return -1;
    let id = stemNumber.get(s);
    if (id === undefined) stemNumber.set(s, (id = stemList.push(s) - 1));
    return id;
  });
  const df = new Int32Array(stemList.length);
  const lastIn = new Int32Array(stemList.length); // a stem counts once per article (index + 1)
  let total = 0;
  text.ids.forEach((ids, i) => {
    const counts = text.counts[i];
    for (let j = 0; j < ids.length; j++) {
      total += counts[j];
      const s = stemOf[ids[j]];
      if (s < 0 || lastIn[s] === i + 1) continue;
      lastIn[s] = i + 1;
      df[s]++;
    }
  });
  const stems = new Set(stemList.filter((_, s) => df[s] >= min));
  return { stems, avg: total / Math.max(1, text.ids.length) };
}

/** A page found by a word, with its BM25 score. */
interface Scored {
  a: ArticleView;
  score: number;
}

/** The frequent words a word starts with (their numbers), each with its length bonus. */
interface Heads {
  stems: Int32Array;
  bonus: Float64Array;
}

/**
 * Every article's score for each frequent word that one of its words starts with (a word's
 * syllable prefixes): per word, the pages it finds and its best `size`, best first; the words
 * in the order the articles first find them.
 */
function rankPages(
  articles: ArticleView[],
  text: ArticleWords,
  { stems, avg }: { stems: Set<string>; avg: number },
  size: number,
): Map<string, { hits: number; best: Scored[] }> {
  const words = [...stems];
  const number = new Map(words.map((w, k) => [w, k]));
  const lookup: HeadLookup = { number, openers: openers(words), heads: [] };
  const tf = new Float64Array(words.length); // one article's term frequencies, by word number
  const hits = new Int32Array(words.length);
  const best = new BestPages(words.length, size);
  const order: number[] = []; // word numbers, as first found
  articles.forEach((a, i) => {
    const counts = text.counts[i];
    let length = 0;
    for (let j = 0; j < counts.length; j++) length += counts[j];
    const found = termFrequencies(text, i, lookup, tf);
    for (const k of found) {
      if (hits[k]++ === 0) order.push(k);
      const score = (tf[k] * (K1 + 1)) / (tf[k] + K1 * (1 - B + (B * length) / avg));
      tf[k] = 0;
      best.keep(k, i, score);
    }
  });
  return new Map(
    order.map((k) => [
      words[k],
      { hits: hits[k], best: best.of(k).map(({ page, score }) => ({ a: articles[page], score })) },
    ]),
  );
}

/** How a word's frequent heads are found: the frequent words' numbers, their prefixes, each word's heads once found. */
interface HeadLookup {
  number: Map<string, number>;
  /** Every prefix of two characters or more of a frequent word: a longer one can only be one if this is. */
  openers: Set<string>;
  heads: (Heads | undefined)[];
}

/** Every prefix of two characters or more of each of `words`, the words included. */
function openers(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const chars = Array.from(w);
    for (let len = 2; len <= chars.length; len++) out.add(chars.slice(0, len).join(""));
  }
  return out;
}

/**
 * For each frequent word that some word of article `i` starts with: how often such words occur
 * (added into `tf`, by word number), each weighted by how close its length is to the word's
 * (Pagefind's length bonus, a Gaussian of the difference in characters:
 * pagefind_web/src/search.rs `word_length_bonus`). Returns the word numbers in the order first
 * met.
 */
function termFrequencies(
  text: ArticleWords,
  i: number,
  lookup: HeadLookup,
  tf: Float64Array,
): number[] {
  const found: number[] = [];
  const ids = text.ids[i],
    counts = text.counts[i];
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j];
    const hs = (lookup.heads[id] ??= wordHeads(text.words[id], lookup));
    for (let h = 0; h < hs.stems.length; h++) {
      const k = hs.stems[h];
      // A bonus is never 0, so a word met already has a non-zero frequency.
      if (tf[k] === 0) found.push(k);
      tf[k] += counts[j] * hs.bonus[h];
    }
  }
  return found;
}

const NO_HEADS: Heads = { stems: new Int32Array(0), bonus: new Float64Array(0) };
/** Characters outside the BMP, two UTF-16 units each. */
const ASTRAL = /[\ud800-\udfff]/;

/** The frequent words that `w` starts with (their numbers), each with its length bonus. */
function wordHeads(w: string, { number, openers }: HeadLookup): Heads {
  // Most words are Hangul and Latin: a character is a UTF-16 unit, and a prefix a slice.
  const chars = ASTRAL.test(w) ? Array.from(w) : w;
  const prefix = (len: number) =>
    typeof chars === "string" ? chars.slice(0, len) : chars.slice(0, len).join("");
  const stems: number[] = [];
  const bonus: number[] = [];
  for (let len = 2; len <= chars.length; len++) {
    const p = prefix(len);
    if (!openers.has(p)) break;
    const k = number.get(p);
    if (k === undefined) continue;
    stems.push(k);
    bonus.push(Math.exp((-0.5 * (chars.length - len) ** 2) / 4));
  }
  return stems.length
    ? { stems: Int32Array.from(stems), bonus: Float64Array.from(bonus) }
    : NO_HEADS;
}

/**
 * Each frequent word's best pages so far, best first, at most `size`: article indexes and scores
 * in two typed arrays (a word's slots at `word * size`), not an object per page considered.
 */
class BestPages {
  private readonly pages: Int32Array;
  private readonly scores: Float64Array;
  private readonly counts: Int32Array;
  constructor(
    words: number,
    private readonly size: number,
  ) {
    this.pages = new Int32Array(words * size);
    this.scores = new Float64Array(words * size);
    this.counts = new Int32Array(words);
  }

  /** Inserts page `page` with `score` into word `k`'s list; ties keep the earlier (newer) page. */
  keep(k: number, page: number, score: number): void {
    const { pages, scores, size } = this;
    const base = k * size;
    const n = this.counts[k];
    if (n >= size && scores[base + n - 1] >= score) return;
    let i = n;
    while (i > 0 && scores[base + i - 1] < score) i--;
    const last = Math.min(n, size - 1); // the slot the list grows into, or the one it drops
    for (let j = last; j > i; j--) {
      pages[base + j] = pages[base + j - 1];
      scores[base + j] = scores[base + j - 1];
    }
    pages[base + i] = page;
    scores[base + i] = score;
    if (n < size) this.counts[k] = n + 1;
  }

  /** Word `k`'s pages, best first. */
  of(k: number): { page: number; score: number }[] {
    const base = k * this.size;
    return Array.from({ length: this.counts[k] }, (_, j) => ({
      page: this.pages[base + j],
      score: this.scores[base + j],
    }));
  }
}

/** The result row of `a` for a plain word, its excerpt marked as the search marks it (`rule`). */
function row(a: ArticleView, rule: MarkRule): ResultRow {
  const { text, nfc } = excerptText(a);
  return {
    url: a.url,
    title: a.title,
    outlet: a.outlet?.name ?? "",
    date: a.dateDisplay,
    excerpt: wordExcerpt(text, rule, nfc),
  };
}

/**
 * The text an article's excerpts are cut from, and whether it is NFC: an article is in some
 * twenty words' first pages, and knowing its text NFC lets each excerpt search for the word
 * instead of reading every piece before it (word-excerpt.ts).
 */
function excerptText(a: ArticleView): { text: string; nfc: boolean } {
  let t = excerptTexts.get(a);
  if (!t) {
    const text = bodyText(articleSearchText(a), a.title);
    excerptTexts.set(a, (t = { text, nfc: text.normalize("NFC") === text }));
  }
  return t;
}
const excerptTexts = new WeakMap<ArticleView, { text: string; nfc: boolean }>();
