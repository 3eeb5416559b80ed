/**
 * How much two article bodies share, from small sketches: the import keeps a sketch per article
 * so that two files under one headline (a daily `[인사] 가나전자`, a `[부고]` column) are told apart
 * from two copies of one story without keeping every body in memory.
 *
 * The sketch is a bottom-k MinHash of the body's word 3-grams with their number; resemblance is
 * the estimate of their Jaccard index, containment the share of one body's 3-grams found in the
 * other: A. Z. Broder, "On the resemblance and containment of documents" (1997), and E. Cohen,
 * H. Kaplan, "Summarizing data using bottom-k sketches" (PODC 2007).
 */
import { forEachRun } from "../core/patterns.ts";

/** A body's sketch: the smallest hashes of its word 3-grams, and how many distinct 3-grams it has. */
export interface TextSketch {
  hashes: Uint32Array;
  size: number;
}

/** How many of the smallest shingle hashes a sketch keeps. */
const K = 64;

/** FNV-1a, 32 bits (http://www.isthe.com/chongo/tech/comp/fnv/): a fast hash of one shingle. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** {@link fnv1a} of units `[from, to)` of `s`, without building the substring. */
function fnv1aRange(s: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The words of paragraphs (runs of what `\s` does not match), as ranges of their paragraph. */
interface Words {
  text: string[];
  from: number[];
  to: number[];
}

/** The {@link Words} of `paragraphs`: what `paragraphs.join(" ").split(/\s+/).filter(Boolean)` gives, unbuilt. */
function wordRanges(paragraphs: readonly string[]): Words {
  const words: Words = { text: [], from: [], to: [] };
  for (const p of paragraphs)
    forEachRun(p, 0, p.length, (from, to) => {
      words.text.push(p);
      words.from.push(from);
      words.to.push(to);
    });
  return words;
}

/** {@link fnv1a} of words `[from, to)` joined by single spaces, without building the joined string. */
function fnv1aJoined(words: Words, from: number, to: number): number {
  let h = fnv1aRange(words.text[from], words.from[from], words.to[from]);
  for (let i = from + 1; i < to; i++)
    h = fnv1aRange(words.text[i], words.from[i], words.to[i], fnv1a(" ", h));
  return h;
}

/**
 * The sketch of a body: the {@link K} smallest distinct hashes of its word 3-grams (of its words
 * when it has fewer than three), ascending. Empty for an empty body.
 */
export function textSketch(paragraphs: readonly string[]): TextSketch {
  const words = wordRanges(paragraphs);
  const count = words.from.length;
  const n = Math.min(Math.max(1, count - 2), count);
  // Every shingle's hash, sorted (a typed array sorts numerically, with no comparator calls);
  // the distinct ones are then counted and the first K kept, as a set would give them.
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = fnv1aJoined(words, i, Math.min(i + 3, count));
  all.sort();
  const hashes = new Uint32Array(Math.min(K, n));
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && all[i] === all[i - 1]) continue;
    if (size < K) hashes[size] = all[i];
    size++;
  }
  return { hashes: size < hashes.length ? hashes.slice(0, size) : hashes, size };
}

/**
 * The estimated Jaccard index of two bodies from their sketches, 0 (nothing shared) to 1 (the
 * same shingles): of the smallest {@link K} hashes of both, the share found in both. 1 for two
 * empty bodies.
 */
export function resemblance(a: TextSketch, b: TextSketch): number {
  const union = [...new Set([...a.hashes, ...b.hashes])].sort((x, y) => x - y).slice(0, K);
  if (!union.length) return 1;
  const inA = new Set(a.hashes);
  const inB = new Set(b.hashes);
  return union.filter((h) => inA.has(h) && inB.has(h)).length / union.length;
}

/**
 * The larger containment of the two bodies, 0 to 1: the share of the smaller one's 3-grams found
 * in the other, from the Jaccard estimate and the sizes (|A∩B| = J·(|A|+|B|)/(1+J)). A cut copy
 * or a correction is mostly inside the other; another story under the same headline is not.
 * 1 when either body is empty.
 */
export function containment(a: TextSketch, b: TextSketch): number {
  if (!a.size || !b.size) return 1;
  const j = resemblance(a, b);
  const shared = (j * (a.size + b.size)) / (1 + j);
  return Math.min(1, shared / Math.min(a.size, b.size));
}
