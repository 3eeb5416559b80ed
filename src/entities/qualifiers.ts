/**
 * Qualifiers: the role a text gives a name, read from the apposition after it (`박정호 SK하이닉스
 * 부회장`, `최순실씨`) or the word before it (`부장판사 박정호`). Korean news introduces a person name
 * first and title last (한글 맞춤법 제48항: 성명과 호칭·관직명은 띄어 씀). The namesake rule reads the
 * role and whether the post is past; discovery reads the role. Roles come from the lexicon.
 */
import { HANGUL_WORD } from "./hangul.ts";
import { escapeRegExp } from "../core/lexicon.ts";
import type { Particles } from "../core/particles.ts";
import { wordsFor, type Words } from "./words.ts";

/** What qualifies a name in the text: its role, and the span of the words that say so. */
export interface Qualifier {
  /** The role word from the lexicon's roles or professions (`판사`, `회장`, `씨` …), or `장`. */
  role: string;
  /** `[start, end)` of the qualifying words in the text (UTF-16 code units), name excluded. */
  start: number;
  end: number;
  /** True when a word such as 전, 前, 당시 or 출신 puts the post in the past. */
  former: boolean;
}

/** How to read an apposition: which roles end it, and how many words it may have before the role. */
export interface QualifierOptions {
  words?: Words;
  /** Roles the apposition may end with; default every role and profession of the lexicon. */
  roles?: readonly string[];
  /** Organisation words allowed before the role; default 3. */
  maxWords?: number;
  /** Also read a local head's title glued to its place (고양시장, {@link placeTitle}); default true. */
  placeTitles?: boolean;
}

/** List bullets that open an item of an appointments or members list. */
export const BULLET = /[▲△◇◆▶▷◈○●•]/;

/**
 * The role `word` ends with, when what follows the role in the word is nothing, the honorific 님,
 * particles (the lexicon's `particles`) or closing punctuation (작가님께, 교수는, 대표(CEO)); `roles`
 * longest first.
 * @returns the role, or null
 */
export function roleOf(
  word: string,
  roles: readonly string[],
  particles: Particles,
): string | null {
  // A short list (one title) is searched at once; a lexicon's list is first asked whether it can match.
  if (roles.length > 8 && !mayHoldRole(word, roles)) return null;
  for (const r of roles) {
    const i = word.indexOf(r);
    if (i < 0) continue;
    const rest = word.slice(i + r.length);
    // 님 is the honorific a role takes in speech and thanks (작가님, 감독님께).
    const after = rest.startsWith("님") ? rest.slice(1) : rest;
    if (
      after === "" ||
      /^[(（]/.test(after) ||
      (HANGUL_WORD.test(after) && particles.isParticleRun(after)) ||
      /^[,.·”"'’)]/.test(after)
    )
      return r;
  }
  return null;
}

/** What a word must show to hold a role of a list: a one-letter role, or a role's first two letters side by side. */
interface RoleOpenings {
  single: Set<number>;
  pairs: Set<number>;
  /** An empty role is in every word. */
  any: boolean;
}

/** Role lists are built once per lexicon; their openings are read once per list. */
const openingsOf = new WeakMap<readonly string[], RoleOpenings>();

/**
 * False when no role of `roles` can be in `word` (none's first two UTF-16 units stand side by side
 * in it), decided without a search per role: most words of a text hold none.
 */
function mayHoldRole(word: string, roles: readonly string[]): boolean {
  let o = openingsOf.get(roles);
  if (!o) {
    o = { single: new Set(), pairs: new Set(), any: false };
    for (const r of roles) {
      if (r.length === 0) o.any = true;
      else if (r.length === 1) o.single.add(r.charCodeAt(0));
      else o.pairs.add(r.charCodeAt(0) * 0x10000 + r.charCodeAt(1));
    }
    openingsOf.set(roles, o);
  }
  if (o.any) return true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (o.single.has(c)) return true;
    if (i + 1 < word.length && o.pairs.has(c * 0x10000 + word.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** The start of the apposition after a name: past a parenthesis (`(45)`, `(CEO)`), at a space. */
function appositionStart(rest: string): number | null {
  const paren = /^\s*[(（][^)）]{0,30}[)）]/.exec(rest);
  const at = paren ? paren[0].length : 0;
  return /^\s/.test(rest.slice(at)) ? at : null;
}

/** True when word `w` of an apposition ends it without a role: a quote, a clause end, a time word. */
function endsApposition(w: string, words: Words): boolean {
  // Nouns only: a quote, a clause end or a particle that links to something else ends it.
  if (/[,.?!”"’'=]/.test(w) || words.clauseEnding.test(w) || w.includes("기자")) return true;
  // A time word or conjunction (노동절 때 국가주석, A 및 B 대표) or another name with its Chinese
  // characters (지도자 마오쩌둥(毛澤東) 전 주석) ends it too.
  return words.appositionBreaker.test(w) || /^[\uAC00-\uD7A3]{2,4}[(（][\u4E00-\u9FFF]/.test(w);
}

/**
 * The local head's title `word` ends with (고양시장은 → 시장: the lexicon's `place_titles`, each
 * opening with its unit, 시 + 장), when `text` also names the place with that unit on its own
 * (고양시가, 고양시청), not only inside the title: 전통시장 and 주식시장 name no place 전통시.
 * @returns the title, or null
 */
export function placeTitle(word: string, text: string, words: Words): string | null {
  for (const title of words.placeTitles) {
    const at = word.indexOf(title);
    const stem = word.slice(0, at);
    if (at < 1 || !/^[\uAC00-\uD7A3]+$/.test(stem)) continue;
    if (roleOf(word.slice(at), [title], words.particles) !== title) continue;
    const place = escapeRegExp(stem + title[0]);
    if (
      new RegExp(`(?:^|[^\\uAC00-\\uD7A3])${place}(?!${escapeRegExp(title.slice(1))})`).test(text)
    )
      return title;
  }
  return null;
}

/**
 * The role word `w` of an apposition names: a role, `장` glued to a masked organisation (□□□장은),
 * or, when `text` is given, a local head's title glued to its place ({@link placeTitle}).
 */
function appositionRole(
  w: string,
  roles: readonly string[],
  words: Words,
  text: string | null,
): string | null {
  const head = /^□+장([\uAC00-\uD7A3]*)/.exec(w);
  return (
    roleOf(w.replace(/\(.*$/, "") || w, roles, words.particles) ??
    (head && words.particles.isParticleRun(head[1]) ? "장" : null) ??
    (text === null ? null : placeTitle(w, text, words))
  );
}

/**
 * The apposition after a name that ends at `end` in `text`: `씨` right after the name
 * (`최순실씨`, `김민수 씨`), or up to `maxWords` organisation words and a role
 * (`박정호 영장전담 부장판사는`, `박정호 SK하이닉스 부회장`). A name carrying a particle (`박정호는`)
 * or glued to another noun has none. Stays inside the sentence.
 * @returns the qualifier, or null when the name has no apposition
 */
export function qualifierAfter(
  text: string,
  end: number,
  opts: QualifierOptions = {},
): Qualifier | null {
  const words = opts.words ?? wordsFor();
  const roles = opts.roles ?? words.qualifierRoles;
  const maxWords = opts.maxWords ?? 3;
  const chunk = text.slice(end, end + 120);
  const stop = chunk.search(/[.?!\n]/);
  const rest = stop < 0 ? chunk : chunk.slice(0, stop);
  const glued = /^[\uAC00-\uD7A3]+/.exec(rest)?.[0] ?? "";
  if (glued.startsWith("씨") && words.particles.isParticleRun(glued.slice(1)))
    return { role: "씨", start: end, end: end + 1, former: false };
  const at = glued ? null : appositionStart(rest);
  if (at === null) return null;
  const re = /\S+/g;
  re.lastIndex = at;
  let former = false;
  let first = -1;
  for (let j = 0, m = re.exec(rest); m && j <= maxWords; j++, m = re.exec(rest)) {
    if (j > 0 && BULLET.test(m[0][0])) break; // the next item of a bulleted list
    const w = m[0].replace(/^[“"‘'(\[<「『]+/, "");
    if (first < 0) first = m.index;
    if (words.formerWords.has(w)) former = true;
    const role = appositionRole(w, roles, words, opts.placeTitles === false ? null : text);
    // A plural role (배우들이, 교수들은) names a group, not the person before it.
    if (role && (role !== "씨" || j === 0) && !w.includes(`${role}들`)) {
      const after = rest.slice(m.index + m[0].length);
      return {
        role,
        start: end + first,
        end: end + m.index + m[0].length,
        former: former || words.formerAfter.test(after),
      };
    }
    if (endsApposition(w, words)) break;
  }
  return null;
}

/**
 * The role written right before a name that starts at `start` (`부장판사 박정호`, `배우 송강호`,
 * `회장인 마이크 호`): the previous word, with closing quotes and a copula `인` removed, ends with a
 * role or profession of the lexicon (not `씨`).
 * @returns the qualifier, or null
 */
export function qualifierBefore(
  text: string,
  start: number,
  words: Words = wordsFor(),
): Qualifier | null {
  const m = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return null;
  const w = m[1].replace(/[’'”")\]」』]+$/, "");
  const bare = w.endsWith("인") ? w.slice(0, -1) : w;
  const role = words.qualifierRoles.find((r) => r !== "씨" && bare.endsWith(r));
  if (!role) return null;
  const s = start - m[0].length;
  return { role, start: s, end: s + m[1].length, former: false };
}
