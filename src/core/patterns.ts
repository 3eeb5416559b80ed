/**
 * Searching with patterns, cheaply and with the answers of the plain way: whether any pattern of
 * a list matches a text, as one regular expression (an alternation of the list) instead of one
 * search per pattern (the furniture and boilerplate lists hold dozens of patterns, and every line
 * of a page is asked against them); whether a list can match at all; and every match of a global
 * pattern without the copy of it that `String.prototype.matchAll` makes on each call.
 */

/** A list's alternation, the list's length it was built for, or null when it cannot be built. */
const combined = new WeakMap<readonly RegExp[], { re: RegExp | null; length: number }>();

/**
 * A back-reference (`\1`, `\k<name>`) or a named group would be renumbered or named twice in an
 * alternation; such a list is searched pattern by pattern.
 */
const NOT_JOINABLE = /\\[1-9]|\\k<|\(\?<(?![=!])/;

/** The alternation of `list`: the same flags for all, none stateful (g, y); else null. */
function alternation(list: readonly RegExp[]): RegExp | null {
  const flags = list[0]?.flags ?? "";
  if (
    list.length < 2 ||
    /[gy]/.test(flags) ||
    list.some((r) => r.flags !== flags || NOT_JOINABLE.test(r.source))
  )
    return null;
  try {
    return new RegExp(list.map((r) => `(?:${r.source})`).join("|"), flags);
  } catch {
    return null;
  }
}

/**
 * True when some pattern of `list` matches `text`: `list.some((r) => r.test(text))`, as one
 * search when the list can be joined (same flags, no back-references or named groups).
 */
export function anyMatch(list: readonly RegExp[], text: string): boolean {
  let c = combined.get(list);
  if (!c || c.length !== list.length) {
    c = { re: alternation(list), length: list.length };
    combined.set(list, c);
  }
  return c.re ? c.re.test(text) : list.some((r) => r.test(text));
}

/** Prefilters of lists, as {@link combined}. */
const prefilters = new WeakMap<readonly RegExp[], { re: RegExp | null; length: number }>();

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

/** The prefilter of `list`: its patterns unnamed, joined, without stateful flags; else null. */
function prefilter(list: readonly RegExp[]): RegExp | null {
  const flags = (list[0]?.flags ?? "").replace(/[gy]/g, "");
  if (
    list.length < 2 ||
    list.some((r) => r.flags.replace(/[gy]/g, "") !== flags || /\\[1-9]|\\k</.test(r.source))
  )
    return null;
  try {
    return new RegExp(list.map((r) => `(?:${unnamed(r.source)})`).join("|"), flags);
  } catch {
    return null;
  }
}

/**
 * False only when no pattern of `list` matches anywhere in `text` (searched from its start,
 * whatever the patterns' own `lastIndex` and `g`/`y` flags): a caller that then finds every
 * match pattern by pattern can leave at once. True when it cannot tell (back-references).
 */
export function mayMatch(list: readonly RegExp[], text: string): boolean {
  let c = prefilters.get(list);
  if (!c || c.length !== list.length) {
    c = { re: prefilter(list), length: list.length };
    prefilters.set(list, c);
  }
  return c.re ? c.re.test(text) : list.length > 0;
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
