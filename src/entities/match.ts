/**
 * The entity matcher: finds dictionary names and aliases in Korean text on word boundaries that
 * know particles (SPEC §5). 메타 matches 메타는, 메타의, 메타와 but not 메타버스; 삼성 does not match
 * inside 삼성전자; LG does not match inside LG트윈타워. Where forms overlap, the longest wins.
 *
 * Boundaries:
 * - left: start of text, or a character that is not a letter or digit; a Hanja country
 *   abbreviation of the lexicon (美, 中, 日 …, as in 美테슬라) also counts as a boundary;
 * - right: end of text, a character that is not a letter or digit, or a run of Hangul that
 *   splits entirely into particles (the lexicon's, see `particles.ts`).
 * Latin forms of up to 3 letters in capitals (LG, SK, MS) match case-sensitively; other Latin
 * forms ignore case, except that an all-lowercase word never matches a capitalised form
 * (`kakao i`, `apple pie`, `meta data` are not the companies Kakao, Apple, Meta). A form with spaces (마크 저커버그, NTT 도코모) also matches without them.
 * `마크 저커버그(Mark Zuckerberg)` counts once: a mention right after another of the same entity,
 * inside parentheses, is folded into it.
 *
 * Two more rules from Korean news usage:
 * - glued nouns: a target may list nouns that can follow a form with no space and still leave
 *   it a mention (`문재인정부`, `이명박정부` name the person; see `glue`), checked like particles;
 * - elided suffixes in a middle-dot list: `삼성·LG전자` is 삼성전자 and LG전자, `삼성ㆍSKㆍ현대차그룹`
 *   is three groups. A word before `·` takes the suffix of the mention after it when the joined
 *   form is a known form ({@link Matcher.find}).
 */
import { wordsFor, type Words } from "./words.ts";

/**
 * One named thing the matcher can find. `forms` are the name and its aliases. `key` is whatever
 * the caller wants back with each mention (the entity stage uses the typed records of
 * src/entities/keys.ts); one target, one key: mentions of a target carry that same key.
 */
export interface MatchTarget<K = string> {
  key: K;
  forms: string[];
  /** Nouns that may follow a form with no space (e.g. 정부 after a president's name). */
  glue?: string[];
  /**
   * The sets (bit k for set k, default 1: set 0 only) the target belongs to: one matcher holds
   * several dictionaries' forms in one trie and {@link Matcher.findSets} scans a text for all of
   * them at once, each set answering as a matcher of its own targets would.
   */
  sets?: number;
}

/** A found mention: `[start, end)` in UTF-16 code units of the scanned text. */
export interface Mention<K = string> {
  key: K;
  form: string;
  start: number;
  end: number;
}

const isHangul = (c: string) => c >= "\uAC00" && c <= "\uD7A3";
/** Letter-or-digit verdicts by UTF-16 code unit (0 unknown, 1 yes, 2 no), filled on first use. */
const letterOrDigit = new Uint8Array(0x10000);
/** Letters and digits, except the middle dot ㆍ (U+318D, a jamo that Korean text uses as `·`). */
const isLetterOrDigit = (c: string) => {
  if (c.length !== 1) return c !== "\u318D" && /[\p{L}\p{N}]/u.test(c);
  const code = c.charCodeAt(0);
  let v = letterOrDigit[code];
  if (v === 0) letterOrDigit[code] = v = c !== "\u318D" && /[\p{L}\p{N}]/u.test(c) ? 1 : 2;
  return v === 1;
};

interface Form<K> {
  text: string;
  /** Lower-cased text for case-insensitive forms, else the text itself. */
  probe: string;
  caseSensitive: boolean;
  key: K;
  glue?: Set<string>;
  /** The target's sets, as a bit mask ({@link MatchTarget.sets}). */
  sets: number;
  /** UTF-16 code of the probe's first character, and the form's rank in the order it was added. */
  head: number;
  order: number;
}

/**
 * A node of a trie over probes: the forms whose probe ends here, and the next characters. Most
 * nodes have a few children, kept as two short arrays searched in order (cheaper than a hash
 * lookup at each character of a walk); a node with many (the root's) keeps a map.
 */
interface TrieNode<K> {
  ends: Form<K>[] | null;
  codes: number[];
  kids: TrieNode<K>[];
  map: Map<number, TrieNode<K>> | null;
}

/** Children a node keeps in arrays before it takes a map. */
const SHORT_NODE = 8;

const trieNode = <K>(): TrieNode<K> => ({ ends: null, codes: [], kids: [], map: null });

/** The child of `node` for UTF-16 code `code`, if any. */
function trieChild<K>(node: TrieNode<K>, code: number): TrieNode<K> | undefined {
  if (node.map) return node.map.get(code);
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.kids[k];
  return undefined;
}

/** Adds `f` under its probe. */
function trieAdd<K>(root: TrieNode<K>, f: Form<K>): void {
  let node = root;
  for (let j = 0; j < f.probe.length; j++) {
    const code = f.probe.charCodeAt(j);
    let child = trieChild(node, code);
    if (!child) {
      child = trieNode();
      node.codes.push(code);
      node.kids.push(child);
      if (node.map) node.map.set(code, child);
      else if (node.codes.length > SHORT_NODE)
        node.map = new Map(node.codes.map((c, k) => [c, node.kids[k]]));
    }
    node = child;
  }
  (node.ends ??= []).push(f);
}

/**
 * Pushes onto `out` every form of the trie whose probe starts `hay` at `i`, given `first`, the
 * root's child for `hay[i]` (the caller has looked it up already).
 */
function trieMatches<K>(first: TrieNode<K>, hay: string, i: number, out: Form<K>[]): void {
  let node: TrieNode<K> | undefined = first;
  if (node.ends) for (const f of node.ends) out.push(f);
  for (let j = i + 1; j < hay.length; j++) {
    node = trieChild(node, hay.charCodeAt(j));
    if (!node) return;
    if (node.ends) for (const f of node.ends) out.push(f);
  }
}

/** Forms up to which a matcher keeps no table of first characters ({@link Matcher.heads}). */
const SMALL_MATCHER = 64;

/** The first-character table of two tries' roots: 1 for the case-sensitive one's, 2 for the other's. */
function headTable<K>(sensitive: TrieNode<K>, insensitive: TrieNode<K>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const code of sensitive.codes) table[code] |= 1;
  for (const code of insensitive.codes) table[code] |= 2;
  return table;
}

/** Middle dots that join list items in Korean news (U+00B7, U+318D, U+30FB, U+2027). */
const LIST_DOTS = /^[·ㆍ・‧]$/;
const LIST_DOT = /[·ㆍ・‧]/;
/** {@link LIST_DOT}, global, for the scan of {@link Matcher.headedLists} (compiled once). */
const LIST_DOT_ALL = new RegExp(LIST_DOT.source, "g");

/**
 * The written variants of one form: as given; without its spaces (마크 저커버그 → 마크저커버그);
 * and, for a form opening with a country pair, with a middle dot inside the pair (한일 관계 →
 * 한·일 관계, 한·일관계, 한ㆍ일관계).
 */
export function formVariants(base: string, words: Words = wordsFor()): string[] {
  const out = base.includes(" ") ? [base, base.replace(/ /g, "")] : [base];
  if (!words.countryPair.test(base)) return out;
  for (const v of [...out]) {
    for (const dot of ["·", "ㆍ"]) out.push(v.replace(words.countryPair, `$1${dot}$2`));
  }
  return out;
}

/**
 * Compiled matcher. Build once per dictionary set; {@link find} is then linear in text size: at
 * each position one walk down a trie of the forms (as written for case-sensitive forms, lower-cased
 * for the others) finds every form that starts there, whatever the size of the dictionaries.
 */
export class Matcher<K = string> {
  /** Case-sensitive forms by their text, and case-insensitive ones by their lower-cased text. */
  private caseSensitive = trieNode<K>();
  private caseInsensitive = trieNode<K>();
  /** Per set, every form of the set by its probe (the set's first), for the elided-suffix rule. */
  private byProbe: Map<string, Form<K>>[] = [];
  private count = 0;
  /** The forms found at one position (reused). */
  private found: Form<K>[] = [];
  /** Whether each of {@link found} stands at that position, once asked ({@link longestOf}; reused). */
  private judged: (boolean | undefined)[] = [];
  /**
   * By UTF-16 code unit: 1 when a case-sensitive probe opens with it, 2 when a case-insensitive
   * one does (the tries' root children), so that {@link findSets} passes over the many positions
   * no form can start at without a map lookup or a boundary check. Null for a matcher of a few
   * forms (one article's names): 64 KB a matcher, made for each article, cost more than they save.
   */
  private heads: Uint8Array | null = null;

  private words: Words;
  /** Whether a user's lexicon lists a Hangul syllable as a country abbreviation (none ships). */
  private hangulPrefixes: boolean;

  /** Compiles `targets`; `words` (default the shipped lexicon) gives the country abbreviations. */
  constructor(targets: MatchTarget<K>[], words: Words = wordsFor()) {
    this.words = words;
    this.hangulPrefixes = [...words.hanjaCountryPrefixes].some(isHangul);
    for (const t of targets) this.addTarget(t);
    if (this.count > SMALL_MATCHER)
      this.heads = headTable(this.caseSensitive, this.caseInsensitive);
  }

  /** Registers every written variant of a target's forms, once per probe. */
  private addTarget(t: MatchTarget<K>): void {
    const seen = new Set<string>();
    const glue = t.glue?.length ? new Set(t.glue) : undefined;
    const sets = t.sets ?? 1;
    const variants = t.forms
      .map((raw) => raw.normalize("NFC").trim())
      .filter(Boolean)
      .flatMap((f) => formVariants(f, this.words));
    for (const text of variants) {
      const caseSensitive = /^[A-Z0-9&.-]{1,3}$/.test(text) || !/[A-Za-z]/.test(text);
      const probe = caseSensitive ? text : text.toLowerCase();
      // One character: a capital (a Latin initial) or a Hangul syllable (칩, tags.yaml) only.
      if (seen.has(probe) || (text.length < 2 && !/[A-Z\uAC00-\uD7A3]/.test(text))) continue;
      seen.add(probe);
      const head = probe.charCodeAt(0);
      const form: Form<K> = {
        text,
        probe,
        caseSensitive,
        key: t.key,
        glue,
        sets,
        head,
        order: this.count++,
      };
      trieAdd(caseSensitive ? this.caseSensitive : this.caseInsensitive, form);
      for (let k = 0; sets >> k; k++) {
        if (!((sets >> k) & 1)) continue;
        const own = (this.byProbe[k] ??= new Map());
        if (!own.has(probe)) own.set(probe, form);
      }
    }
  }

  /**
   * Every mention in `text` of the targets of set `set` (default 0, the only set of targets
   * given none), non-overlapping, longest first where forms compete, in text order.
   */
  find(text: string, set = 0): Mention<K>[] {
    return this.findSets(text, [set])[0];
  }

  /**
   * {@link find} for each of `sets` (set indices), in one pass over `text`: each set keeps its
   * own position, as its own scan would (after a mention, it goes on at the mention's end), while
   * the checks at a position (the boundary on the left, the trie walk) are made once for all.
   * @returns the mentions of each set, in the order of `sets`
   */
  findSets(text: string, sets: readonly number[]): Mention<K>[][] {
    const lower = text.toLowerCase();
    const found = sets.map((): Mention<K>[] => []);
    // Where each set's scan is: it looks at no position before its last mention's end.
    const next = sets.map(() => 0);
    const heads = this.heads;
    for (let i = 0; i < text.length; i++) {
      // Most positions open no form: passed over before the boundary check and the tries.
      if (heads && !(heads[text.charCodeAt(i)] & 1) && !(heads[lower.charCodeAt(i)] & 2)) continue;
      if (!someAtOrBefore(next, i) || !this.leftOk(text, i)) continue;
      const cands = this.candidatesAt(text, lower, i);
      if (!cands) continue;
      // A form of several sets is judged once at a position, whichever set asks first.
      this.judged.length = 0;
      for (let k = 0; k < sets.length; k++) {
        if (next[k] > i) continue;
        const hit = this.longestOf(cands, 1 << sets[k], text, i);
        if (hit) found[k].push(hit);
        next[k] = hit ? hit.end : i + 1;
      }
    }
    return found.map((list, k) => {
      const expanded = this.expandElided(list, text, sets[k]);
      return foldParenthesised(this.expandListHead(expanded, text, sets[k]), text);
    });
  }

  /** The forms that start at `i` ({@link candidates}), or null when none can. */
  private candidatesAt(text: string, lower: string, i: number): Form<K>[] | null {
    // The root's children for this character, looked up once for the whole walk.
    const sensitive = trieChild(this.caseSensitive, text.charCodeAt(i));
    const insensitive = trieChild(this.caseInsensitive, lower.charCodeAt(i));
    if (!sensitive && !insensitive) return null;
    return this.candidates(text, lower, i, sensitive, insensitive);
  }

  /** The first of `cands` (longest first) in the sets of mask `bit` with a right boundary, as a mention. */
  private longestOf(cands: Form<K>[], bit: number, text: string, i: number): Mention<K> | null {
    const judged = this.judged;
    for (let c = 0; c < cands.length; c++) {
      const f = cands[c];
      if (!(f.sets & bit)) continue;
      const end = i + f.probe.length;
      judged[c] ??= this.stands(f, text, i, end);
      if (judged[c]) return { key: f.key, form: text.slice(i, end), start: i, end };
    }
    return null;
  }

  /** Whether form `f` found at `[i, end)` stands there: its case fits and its right boundary holds. */
  private stands(f: Form<K>, text: string, i: number, end: number): boolean {
    if (!f.caseSensitive && lowercaseOnly(text.slice(i, end)) && !lowercaseOnly(f.text))
      return false;
    return this.rightOk(text, end, f);
  }

  /**
   * `삼성·LG전자`: the word before a list dot takes the suffix of the mention after it when the
   * joined form is known (삼성 + 전자 = 삼성전자). Works right to left, so chains expand
   * (`삼성ㆍSKㆍ현대자동차그룹`). A word already found as a longer mention of its own is kept.
   */
  private expandElided(found: Mention<K>[], text: string, set: number): Mention<K>[] {
    const out = [...found];
    for (let k = out.length - 1; k >= 0; k--) {
      const right = out[k];
      const dot = right.start - 1;
      if (dot < 1 || !LIST_DOTS.test(text[dot])) continue;
      let s = dot;
      while (
        s > 0 &&
        (isLetterOrDigit(text[s - 1]) || text[s - 1] === "&") &&
        !this.words.hanjaCountryPrefixes.has(text[s - 1])
      )
        s--;
      const word = text.slice(s, dot);
      if (!word) continue;
      const prev = k > 0 ? out[k - 1] : null;
      if (prev && prev.end > s && !(prev.start === s && prev.end === dot)) continue;
      const joined = this.joinSuffix(word, right.form, set);
      if (!joined) continue;
      const m: Mention<K> = { key: joined.key, form: joined.text, start: s, end: dot };
      if (prev && prev.start === s && prev.end === dot) out[k - 1] = m;
      else out.splice(k, 0, m);
    }
    return out;
  }

  /**
   * `KB국민·신한·하나 등 3대 은행`: a middle-dot list followed by the head noun its items share
   * ({@link listHead}) names each item + head that is a known form (신한 + 은행 = 신한은행). An
   * item found as that span already takes the joined form; one inside a longer mention is kept.
   */
  private expandListHead(found: Mention<K>[], text: string, set: number): Mention<K>[] {
    let out = found;
    const byProbe = this.byProbe[set];
    if (!byProbe) return out;
    for (const [first, end] of this.headedLists(text)) {
      const head = this.listHead(text, end)!;
      let start = first;
      for (const item of text.slice(first, end).split(LIST_DOT)) {
        const stop = start + item.length;
        const f = item
          ? (byProbe.get(item + head) ?? byProbe.get((item + head).toLowerCase()))
          : undefined;
        const same = out.findIndex((m) => m.start === start && m.end === stop);
        if (f && (same >= 0 || !out.some((m) => m.start < stop && m.end > start))) {
          const m: Mention<K> = { key: f.key, form: item, start, end: stop };
          out = [...out.filter((_, k) => k !== same), m].sort((a, b) => a.start - b.start);
        }
        start = stop + 1;
      }
    }
    return out;
  }

  /**
   * `[start, end)` of each middle-dot list of words (letters, digits, &) in `text` that a head noun
   * follows ({@link listHead}). Scans from the dots only: most text has few.
   */
  private headedLists(text: string): [number, number][] {
    const out: [number, number][] = [];
    const isItem = (c: string | undefined) => c !== undefined && (isLetterOrDigit(c) || c === "&");
    const dots = LIST_DOT_ALL;
    dots.lastIndex = 0;
    for (let m = dots.exec(text); m; m = dots.exec(text)) {
      let end = m.index + 1;
      while (isItem(text[end])) end++;
      if (end === m.index + 1 || LIST_DOT.test(text[end] ?? "") || !this.listHead(text, end))
        continue;
      let start = m.index;
      while (start > 0 && (isItem(text[start - 1]) || LIST_DOT.test(text[start - 1]))) start--;
      out.push([start, end]);
    }
    return out;
  }

  /**
   * The head noun after a list that ends at `end` (`등 5대 은행이` → 은행): past the lexicon's list
   * closer and a count, a word that is a company or industry suffix, alone or after a generic
   * prefix (시중은행), with particles.
   */
  private listHead(text: string, end: number): string | null {
    const word = this.words.listTail.exec(text.slice(end, end + 40))?.[1];
    if (!word) return null;
    for (const suffix of this.words.spacedSuffixes) {
      const at = word.indexOf(suffix);
      if (at < 0 || (at > 0 && !this.words.genericCompanyPrefixes.has(word.slice(0, at)))) continue;
      const rest = word.slice(at + suffix.length);
      if (rest === "" || this.words.particles.isParticleRun(rest)) return suffix;
    }
    return null;
  }

  /** The known form `word + suffix of rightForm` with the longest suffix shorter than the form. */
  private joinSuffix(word: string, rightForm: string, set: number): Form<K> | null {
    const byProbe = this.byProbe[set];
    if (!byProbe) return null;
    for (let cut = 1; cut < rightForm.length; cut++) {
      const suffix = rightForm.slice(cut);
      if (!/^[\uAC00-\uD7A3]/.test(suffix)) continue;
      const f = byProbe.get(word + suffix) ?? byProbe.get((word + suffix).toLowerCase());
      if (f && f.probe.length > word.length) return { ...f, text: word + suffix };
    }
    return null;
  }

  /**
   * True when a form may start at `i`: at the start, after a character that is not a letter or
   * digit, after a Hanja country abbreviation (美테슬라) or after a glued `vs` (구글vs아마존).
   */
  private leftOk(text: string, i: number): boolean {
    if (i === 0) return true;
    const code = text.charCodeAt(i - 1);
    // Inside a Hangul word, the common case, decided without building the character.
    if (code >= 0xac00 && code <= 0xd7a3 && !this.hangulPrefixes) return false;
    const prev = text[i - 1];
    return (
      !isLetterOrDigit(prev) ||
      this.words.hanjaCountryPrefixes.has(prev) ||
      gluedVersus(text, i - 2)
    );
  }

  /**
   * The forms that start at `i`: case-sensitive ones as written, the others lower-cased; longest
   * first, then those whose first character is the text's own before those of its lower case,
   * then in the order they were added (the order a scan of every form would try them in).
   * `sensitive` and `insensitive` are the tries' nodes for the character at `i`, if any.
   */
  private candidates(
    text: string,
    lower: string,
    i: number,
    sensitive: TrieNode<K> | undefined,
    insensitive: TrieNode<K> | undefined,
  ): Form<K>[] {
    const out = this.found;
    out.length = 0;
    if (sensitive) trieMatches(sensitive, text, i, out);
    if (insensitive) trieMatches(insensitive, lower, i, out);
    if (out.length > 1) {
      const own = text.charCodeAt(i);
      out.sort(
        (a, b) =>
          b.probe.length - a.probe.length ||
          (a.head === own ? 0 : 1) - (b.head === own ? 0 : 1) ||
          a.order - b.order,
      );
    }
    return out;
  }

  private rightOk(text: string, end: number, f: Form<K>): boolean {
    if (end >= text.length) return true;
    const next = text[end];
    if (!isLetterOrDigit(next) || gluedVersus(text, end)) return true;
    if (!isHangul(next)) return false;
    // A Latin form glued to Hangul (LG트윈타워) or a Hangul name glued to more Hangul: accept
    // only when the glued run is particles.
    let j = end;
    while (j < text.length && isHangul(text[j])) j++;
    if (j < text.length && /[A-Za-z0-9]/.test(text[j])) return false;
    const run = text.slice(end, j);
    const { isParticleRun } = this.words.particles;
    if (isParticleRun(run)) return true;
    if (!f.glue) return false;
    for (const g of f.glue)
      if (run.startsWith(g) && isParticleRun(run.slice(g.length))) return true;
    return false;
  }
}

/** True when some value of `list` is at most `i` (a set whose scan is at `i`). */
function someAtOrBefore(list: number[], i: number): boolean {
  for (const v of list) if (v <= i) return true;
  return false;
}

const lowercaseOnly = (s: string) => /[a-z]/.test(s) && !/[A-Z]/.test(s);

/** True when `vs` (any case) at `at` sits between two Hangul syllables: `구글vs아마존`. */
function gluedVersus(text: string, at: number): boolean {
  return (
    at > 0 &&
    (text[at] === "v" || text[at] === "V") &&
    (text[at + 1] === "s" || text[at + 1] === "S") &&
    isHangul(text[at - 1]) &&
    isHangul(text[at + 2] ?? "")
  );
}

/** Folds `A(B)` where A and B are the same entity into one mention. */
function foldParenthesised<K>(list: Mention<K>[], text: string): Mention<K>[] {
  const out: Mention<K>[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (
      last &&
      last.key === m.key &&
      /^\s*[(（]\s*$/.test(text.slice(last.end, m.start)) &&
      /^\s*[)）]/.test(text.slice(m.end))
    )
      continue;
    out.push(m);
  }
  return out;
}

/** Counts mentions per key, keeping first-seen order. */
export function countMentions<K>(mentions: Mention<K>[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const m of mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  return counts;
}
