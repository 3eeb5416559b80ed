/**
 * Searching with patterns, cheaply and with the answers of the plain way: whether any pattern of
 * a list matches a text, as one regular expression (an alternation of the list) instead of one
 * search per pattern (the furniture and boilerplate lists hold dozens of patterns, and every line
 * of a page is asked against them); whether a list can match at all; and every match of a global
 * pattern without the copy of it that `String.prototype.matchAll` makes on each call.
 */

/**
 * A back-reference (`\1`, `\k<name>`) would be renumbered in an alternation: a list holding
 * one is searched pattern by pattern.
 */
const BACK_REFERENCE = /\\[1-9]|\\k</;
/** A named group would be named twice in an alternation: joined only unnamed ({@link unnamed}). */
const NAMED_GROUP = /\(\?<(?![=!])/;

/**
 * `source` with its named groups unnamed (`(?<credit>…)` → `(?:…)`: the same match, no group
 * names left to clash in an alternation); escapes and character classes are read past, so only
 * a real group opening is changed.
 */
function unnamed(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      inClass = c !== "]";
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else {
      const name = c === "(" ? /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(i, i + 40)) : null;
      out += name ? "(?:" : c;
      if (name) i += name[0].length - 1;
    }
  }
  return out;
}

/** Optional white space that opens a pattern: `\s*`, `\s?` (not lazy or repeated), or `(?:^|\s*)`. */
const LEADING_SPACE = /^(?:\\s[*?]|\(\?:\^\|\\s\*\))(?![?+*{])/;

/**
 * `source` without the optional white space it opens with ({@link LEADING_SPACE}): it matches
 * somewhere in a text exactly when `source` does (where `source` matches, it matches after the
 * white space; where it matches, `source` matches with none, and a lookbehind sees the same text
 * either way), but the regular expression engine no longer tries the white space at every
 * position of a text first.
 */
export function withoutLeadingSpace(source: string): string {
  let s = source;
  for (let m = LEADING_SPACE.exec(s); m; m = LEADING_SPACE.exec(s)) s = s.slice(m[0].length);
  return s;
}

/**
 * `source` with the lookbehind it opens with, `(?<=Y)X`, matched instead (`(?:Y)X`), when `Y`
 * holds no group of its own (no lookaround, no capture): it matches somewhere in a text exactly
 * when `source` does (a match of `Y` ends where `X` starts, either way), but the engine can skip
 * ahead to where `Y` may start instead of looking behind at every position of the text. Any
 * other `source` comes back as it is.
 */
export function withoutLeadingLookbehind(source: string): string {
  if (!source.startsWith("(?<=")) return source;
  let inClass = false;
  for (let i = 4; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") return source;
    else if (c === ")") return `(?:${source.slice(4, i)})${source.slice(i + 1)}`;
  }
  return source;
}

/** How a list is joined into one pattern. */
interface JoinOptions {
  /** Named groups are unnamed ({@link unnamed}); else a list holding one is not joined. */
  unname: boolean;
  /** The stateful flags (g, y) are left off the joined pattern; else a list with them is not joined. */
  dropStateful: boolean;
  /**
   * Only whether it matches is asked: leading optional white space goes ({@link withoutLeadingSpace}),
   * and a leading lookbehind is matched instead ({@link withoutLeadingLookbehind}).
   */
  existence?: boolean;
}

/**
 * The alternation of `list` (each pattern a non-capturing group, in the list's order): null when
 * it has fewer than two patterns, their flags differ, one holds a back-reference, or, as
 * `options` say, one holds a named group or a stateful flag.
 */
function joined(
  list: readonly RegExp[],
  { unname, dropStateful, existence }: JoinOptions,
): RegExp | null {
  const flagsOf = (r: RegExp) => (dropStateful ? r.flags.replace(/[gy]/g, "") : r.flags);
  const flags = list.length ? flagsOf(list[0]) : "";
  const unjoinable = (r: RegExp) =>
    flagsOf(r) !== flags ||
    BACK_REFERENCE.test(r.source) ||
    (!unname && NAMED_GROUP.test(r.source));
  if (list.length < 2 || /[gy]/.test(flags) || list.some(unjoinable)) return null;
  const named = unname ? unnamed : (s: string) => s;
  const source = existence
    ? (s: string) => named(withoutLeadingLookbehind(withoutLeadingSpace(s)))
    : named;
  try {
    return new RegExp(list.map((r) => `(?:${source(r.source)})`).join("|"), flags);
  } catch {
    return null;
  }
}

/** A way of joining lists, with what it built for each list and the list's length then. */
interface Joiner extends JoinOptions {
  built: WeakMap<readonly RegExp[], { re: RegExp | null; length: number }>;
}

/** {@link anyMatch}'s join: the list's own answers, so nothing it cannot keep is joined. */
const EXACT: Joiner = { unname: false, dropStateful: false, built: new WeakMap() };
/** {@link mayMatch}'s join: whether anything matches at all, so groups' names and g/y may go. */
const PREFILTER: Joiner = {
  unname: true,
  dropStateful: true,
  existence: true,
  built: new WeakMap(),
};

/** The join of `list` by `joiner`, built on first use and again when the list has grown; null when it cannot be built. */
function joinOf(list: readonly RegExp[], joiner: Joiner): RegExp | null {
  let c = joiner.built.get(list);
  if (!c || c.length !== list.length) {
    c = { re: joined(list, joiner), length: list.length };
    joiner.built.set(list, c);
  }
  return c.re;
}

/**
 * True when some pattern of `list` matches `text`: `list.some((r) => r.test(text))`, as one
 * search when the list can be joined (same flags, no back-references or named groups).
 */
export function anyMatch(list: readonly RegExp[], text: string): boolean {
  const re = joinOf(list, EXACT);
  return re ? re.test(text) : list.some((r) => r.test(text));
}

/**
 * False only when no pattern of `list` matches anywhere in `text` (searched from its start,
 * whatever the patterns' own `lastIndex` and `g`/`y` flags): a caller that then finds every
 * match pattern by pattern can leave at once. True when it cannot tell (back-references).
 */
export function mayMatch(list: readonly RegExp[], text: string): boolean {
  const re = joinOf(list, PREFILTER);
  return re ? re.test(text) : list.length > 0;
}

/**
 * The matches of the global pattern `re` in `text`, as `text.matchAll(re)` gives them (an empty
 * match steps one character on, a code point with the `u` flag), without the copy of the pattern
 * that `matchAll` makes on every call. `re` is left with `lastIndex` 0.
 * @throws TypeError when `re` is not global, as matchAll does
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches: a global pattern is needed");
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex = stepOn(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** The index after the character at `i`: one unit, or a surrogate pair's two in unicode mode (ECMA-262 AdvanceStringIndex). */
function stepOn(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * True for a UTF-16 code unit that a regular expression's `\s` matches: ECMA-262 WhiteSpace
 * (tab, vertical tab, form feed, U+FEFF and the space separators of Unicode category Zs) and
 * LineTerminator (LF, CR, U+2028, U+2029). For scans that read text by code unit.
 */
export function isWhiteSpaceUnit(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Calls `visit(start, end)` for each run of `text` between `from` and `to` (UTF-16 offsets) that
 * holds no unit `\s` matches ({@link isWhiteSpaceUnit}), in order: what `/\S+/g` matches there,
 * read by code unit (no match array per word). A unit in `cuts` also ends the run before it and
 * opens the next one (a list bullet glued to the word before it).
 */
export function forEachRun(
  text: string,
  from: number,
  to: number,
  visit: (start: number, end: number) => void,
  cuts?: ReadonlySet<number>,
): void {
  let p = from;
  while (p < to) {
    if (isWhiteSpaceUnit(text.charCodeAt(p))) {
      p++;
      continue;
    }
    let q = p + 1;
    for (let c = text.charCodeAt(q); q < to && !isWhiteSpaceUnit(c) && !cuts?.has(c);)
      c = text.charCodeAt(++q);
    visit(p, q);
    p = q;
  }
}
