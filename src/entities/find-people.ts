/**
 * Finding people that no dictionary knows, by what the text says about a name (discovery, for
 * `sillok entities` and the `discover.people` opt-in). Korean news introduces a person as an
 * apposition, name first and title last (보도자료·기사 작성 관행; 한글 맞춤법 제48항): `<name>
 * [<organisation words>] <role>` (김민지 한빛대 경영학과 교수는), or `<name>(<age>·…)`. Name shapes
 * are read by src/entities/names.ts, appositions by src/entities/qualifiers.ts; each cue below is one
 * step of the scan over a sentence's tokens. Linear in the text's length.
 */
import {
  foreignPair,
  isNameShaped,
  joinedNames,
  readName,
  type NameReading,
  type Token,
} from "./names.ts";
import { BULLET, qualifierAfter, roleOf, type Qualifier } from "./qualifiers.ts";
import { sentenceSpans } from "./sentences.ts";
import { forEachRun } from "../core/patterns.ts";
import { wordsFor, type Words } from "./words.ts";

/** A person candidate: the name, the role seen with it, and where. */
export interface PersonCandidate {
  name: string;
  role: string;
  /** The sentence it was found in (trimmed to about 160 characters). */
  sentence: string;
}

/** Where discovery reads and what it reads with. */
export interface FindOptions {
  /** Same length as the scanned text: where example sentences are cut from (default the text). */
  display?: string;
  words?: Words;
}

/** Example sentences are cut to this many characters. */
export const trimSentence = (s: string): string => (s.length > 160 ? `${s.slice(0, 159)}…` : s);

/**
 * List bullets that open a token (`대사 추원훈▲폴란드대사 선미라`: the bullet cuts the word before it and
 * stays on the next token as its lead), by UTF-16 code unit.
 */
const TOKEN_BULLETS = new Set([..."▲△◇◆▶▷◈○●•"].map((c) => c.charCodeAt(0)));

/**
 * The tokens of `text` from `a` to `b`, each with its offset in `text`: runs of non-space
 * characters, also cut before a list bullet ({@link TOKEN_BULLETS}) glued to the previous item;
 * what `/[▲…•][^\s▲…•]*|[^\s▲…•]+/g` matches, read by code unit (a match array per token was most of
 * what discovery allocated).
 */
function tokens(text: string, a: number, b: number): Token[] {
  const out: Token[] = [];
  forEachRun(text, a, b, (p, q) => out.push({ w: text.slice(p, q), at: p }), TOKEN_BULLETS);
  return out;
}

/** Opening punctuation a name may carry (quotes, brackets, headline dashes and bullets). */
const LEAD = /^[“"‘'(\[<「『\-–—△▲▷▶◇◆◈○●•·…]+/;

/** One sentence being scanned. */
interface Scan {
  text: string;
  toks: Token[];
  words: Words;
  /** Roles an apposition may end with in discovery (no press titles). */
  roles: readonly string[];
}

/** The token at `i` seen by a cue: its opening punctuation, the rest, and where the rest starts. */
interface At {
  i: number;
  lead: string;
  raw: string;
  start: number;
}

/** What a cue found: people (maybe none: the cue rules the token out), and how far it read. */
interface Hit {
  people: { name: string; role: string }[];
  /** Skip the tokens that start before this text offset. */
  skipTo?: number;
  /** Or go on after this token. */
  last?: number;
}

const hit = (people: Hit["people"], where: Omit<Hit, "people"> = {}): Hit => ({ people, ...where });

/** Press titles as an apposition in running text, not a byline: `위원으로는 최다온 KBS 기자, 김하람 …`. */
function pressQualifier(text: string, end: number, words: Words): Qualifier | null {
  const q = qualifierAfter(text, end, {
    words,
    roles: words.pressTitles,
    maxWords: 2,
    placeTitles: false,
  });
  if (!q || !/\s/.test(text.slice(q.start, q.end))) return null;
  const word = /\S+$/.exec(text.slice(q.start, q.end))![0];
  return new RegExp(`${q.role}(?:,|[\uAC00-\uD7A3]+)$`).test(word) &&
    !/[=@]/.test(text.slice(q.end, q.end + 3))
    ? q
    : null;
}

/**
 * A broadcast transcript's speaker tag: `[name/affiliation role : words]`, or closed by `]`, as
 * Korean broadcasters' news sites caption an interviewee (최은영/한국도시연구소 소장 : …), also
 * after the segment's mark and a colon (`[인터뷰:최은영/한국도시연구소 소장]`).
 */
const SPEAKER_TAG =
  /^(?:[\uAC00-\uD7A3]{2,4} ?: ?)?([\uAC00-\uD7A3]{2,4}) ?\/ ?([^:\]\n/]{1,40}?)\s*[:\]]/;

/**
 * Cue: a speaker tag ({@link SPEAKER_TAG}) whose affiliation ends with a role of the lexicon; an
 * anonymous speaker (김모 씨/피해자) or a crew credit (영상취재 …/영상편집 …) has none.
 */
function speakerTagCue(s: Scan, t: At): Hit | null {
  if (!t.lead.endsWith("[")) return null;
  const tag = SPEAKER_TAG.exec(s.text.slice(t.start, t.start + 60));
  if (!tag || !isNameShaped(tag[1], s.words)) return null;
  const role = roleOf(tag[2].trim().split(/\s+/).pop()!, s.roles, s.words.particles);
  return role ? hit([{ name: tag[1], role }], { skipTo: t.start + tag[0].length }) : null;
}

/** Cue: a foreign name family name first with an apposition (오구라 키조 교토대 교수). */
function foreignPairCue(s: Scan, t: At): Hit | null {
  const pair = foreignPair(s.text, s.toks, t.i, t.raw, s.roles, s.words);
  return pair && hit([{ name: pair.names[0], role: pair.role }], { skipTo: pair.end });
}

/** Cue: names joined by middle dots before one apposition (이다온·김하람 전 의원). */
function joinedNamesCue(s: Scan, t: At): Hit | null {
  const joined = joinedNames(s.text, t.raw, t.start, s.roles, s.words);
  return (
    joined &&
    hit(
      joined.names.map((name) => ({ name, role: joined.role })),
      { skipTo: joined.end },
    )
  );
}

/** Cue: a list item that opens with the name and gives the post in parentheses: ▲김다온(한빛대 교수). */
function bulletItemCue(s: Scan, t: At): Hit | null {
  if (!BULLET.test(t.lead)) return null;
  const item = /^([\uAC00-\uD7A3]{3,4}) ?[(（]([^)）]{1,40})[)）]/.exec(
    s.text.slice(t.start, t.start + 50),
  );
  const role =
    item && isNameShaped(item[1], s.words)
      ? roleOf(item[2].trim().split(/\s+/).pop()!, s.roles, s.words.particles)
      : null;
  return item && role ? hit([{ name: item[1], role }], { skipTo: t.start + item[0].length }) : null;
}

/** Cue: names with an age in parentheses, joined by middle dots: 김다온(45·사법연수원 30기)·박하람(52·28기). */
function agedCue(s: Scan, t: At): Hit | null {
  if (!t.raw.includes("(")) return null; // most tokens: no age to read
  const aged = [...t.raw.matchAll(/(?:^|[)）]·)([\uAC00-\uD7A3]{2,4})\((\d{2})[·,)]/g)]
    .map((m) => m[1])
    .filter((n) => isNameShaped(n, s.words));
  return aged.length ? hit(aged.map((name) => ({ name, role: "" }))) : null;
}

/**
 * Cue: an apposition after a bare name (김민지 한빛대 교수는), or a press title in running text; further
 * bare names right before the same role share it (조다온 유하람 김서우 의원과).
 */
function appositionCue(s: Scan, r: NameReading): Hit | null {
  const q =
    qualifierAfter(s.text, r.end, { words: s.words, roles: s.roles, maxWords: 4 }) ??
    pressQualifier(s.text, r.end, s.words);
  if (!q) return null;
  // `<post>에 <name>` names the appointee, and the word before the post is its place
  // (주시안 총영사에 김다온): not a name.
  if (
    /에$/.test(s.text.slice(q.start, q.end)) &&
    isNameShaped(/^\S*/.exec(s.text.slice(q.end).trimStart())![0], s.words)
  )
    return hit([]);
  const people = [{ name: r.name, role: q.role }];
  let j = r.last + 1;
  for (; j < s.toks.length && s.toks[j].at < q.end; j++) {
    if (!isNameShaped(s.toks[j].w, s.words)) break;
    people.push({ name: s.toks[j].w, role: q.role });
  }
  // Further names share the role only when they run up to it (조다온 유하람 김서우 전 의원과); a
  // word before a department or organisation word is the organisation's (한다온 안국동 반도체산업과장).
  const next = s.toks[j]?.w ?? "";
  const toRole =
    next.startsWith(q.role) || s.words.formerWords.has(next) || s.words.postOpeners.has(next);
  return hit(toRole ? people : people.slice(0, 1), { skipTo: q.end });
}

/** Cue: a role before the name (see {@link roleBefore}), and a comma list after it: 배우 김다온, 박하람. */
function roleBeforeCue(s: Scan, t: At, r: NameReading): Hit | null {
  const before = t.lead ? null : roleBefore(s, t.i, r);
  if (!before) return null;
  const people = [{ name: r.name, role: before }];
  let i = r.last;
  while (/,$/.test(s.toks[i].w) && i + 1 < s.toks.length) {
    const next = s.toks[i + 1];
    const n = readName(s.toks, i + 1, next.w, next.at, s.words);
    if (!n || n.name.includes(" ") || n.needsRole || n.twoSyllable) break;
    people.push({ name: n.name, role: before });
    i = n.last;
  }
  return hit(people, { last: i });
}

/** Cues on a name read at the token: a glued 씨, an apposition, a role before, a quote after. */
function nameCue(s: Scan, t: At): Hit | null {
  const r = readName(s.toks, t.i, t.raw, t.start, s.words);
  if (!r) return null;
  if (r.role) return hit([{ name: r.name, role: r.role }]);
  const apposition = r.bare ? appositionCue(s, r) : null;
  if (apposition) return apposition;
  if (r.twoSyllable || r.needsRole) return null;
  const before = roleBeforeCue(s, t, r);
  if (before) return before;
  return r.bare && quotedAfter(s.toks, r.last, t.lead, t.i)
    ? hit([{ name: r.name, role: "" }])
    : null;
}

const CUES = [speakerTagCue, foreignPairCue, joinedNamesCue, bulletItemCue, agedCue, nameCue];

/**
 * Finds person candidates in `text` (names already known are masked by the caller with □ and ■,
 * see src/entities/discover.ts). A name is a Korean full name, a Western given name and the next
 * word (데이비드 워터스), two transliterated words family name first with an apposition (오구라 키조
 * 교토대 교수), a Chinese name with its characters or a surname no Korean has (리잔수), or, only
 * before a known company, a two-syllable name (선둬). It counts when the text says it is a person:
 * - an apposition after it: organisation words and a role (김민지 한빛대 경영학과 교수는), or 씨; bare
 *   names right before the same role, or joined by middle dots, share it; a press title only with an
 *   organisation word and no byline mark (최다온 KBS 기자, …);
 * - an age in parentheses: 김문희(50·사법연수원 34기);
 * - a role before it (see `roleBefore`);
 * - a bulleted item with the post in parentheses: `▲김다온(한빛대 교수)`;
 * - a quote right after a name that opens a headline or digest item: `-김지현 “…”`.
 * @returns candidates in text order, with repeats
 */
export function findPeople(text: string, opts: FindOptions = {}): PersonCandidate[] {
  const words = opts.words ?? wordsFor();
  const display = opts.display ?? text;
  const out: PersonCandidate[] = [];
  const t: At = { i: 0, lead: "", raw: "", start: 0 };
  for (const [a, b] of sentenceSpans(text)) {
    // Most sentences name nobody: their example text is cut only when a cue finds someone.
    let sentence: string | null = null;
    const s: Scan = { text, words, roles: words.discoveryRoles, toks: tokens(text, a, b) };
    for (let i = 0; i < s.toks.length; i++) {
      const lead = LEAD.exec(s.toks[i].w)?.[0] ?? "";
      // One record for every token: a cue reads it during its call and keeps none of it.
      t.i = i;
      t.lead = lead;
      t.raw = s.toks[i].w.slice(lead.length);
      t.start = s.toks[i].at + lead.length;
      let found: Hit | null = null;
      for (let c = 0; c < CUES.length && !found; c++) found = CUES[c](s, t);
      if (!found) continue;
      sentence ??= trimSentence(display.slice(a, b));
      for (const p of found.people) out.push({ name: p.name, role: p.role, sentence });
      if (found.last !== undefined) i = found.last;
      while (found.skipTo !== undefined && i + 1 < s.toks.length && s.toks[i + 1].at < found.skipTo)
        i++;
    }
  }
  return out;
}

/** The role before a name in a bulleted list of appointees, the name ending the item (▲주 가나 대사 백다온 ▲…). */
function bulletedPost(s: Scan, i: number, r: NameReading, prev: string, w: string): string | null {
  const next = s.toks[r.last + 1]?.w ?? "";
  if (
    !r.bare ||
    /[,.·]$/.test(prev) ||
    !roleOf(w, s.roles, s.words.particles) ||
    w !== prev.replace(/^[▲△◇◆▶▷◈○●•]+/, "")
  )
    return null;
  // The list item: a bullet opens it within the four tokens before the name; the name ends it.
  let item = -1;
  for (let j = i - 1; j >= Math.max(0, i - 4) && item < 0; j--)
    if (BULLET.test(s.toks[j].w[0])) item = j;
  return item >= 0 && (next === "" || BULLET.test(next[0]))
    ? roleOf(w, s.roles, s.words.particles)
    : null;
}

/**
 * The role right before the name read at token `i`, when it plainly qualifies the name:
 * - a role with the copula 인 (`회장인 마이크 호`), or a quoted role (`‘특급 기대주’ 손제이가`);
 * - a sports or arts noun of the lexicon (`투수 김민수가`, `배우 정려원이`); 감독, 선수 and 코치 only
 *   when the name carries a particle or punctuation;
 * - in a bulleted list of appointees, the post before the name that ends the item;
 * - a post with 에 in an appointment sentence, the name followed by its former or present post or
 *   a comma (`주파나마 대사에 최다온 전 정책총괄담당관`);
 * - an organisation's head in parentheses: 강동구(구청장 김다온), 합수단(단장 김다온).
 * A bare title before a noun is usually a compound (변호사 사무실, 교수 연구실), so it is not enough.
 */
function roleBefore(s: Scan, i: number, r: NameReading): string | null {
  const { toks, words } = s;
  const prev = toks[i - 1]?.w;
  if (!prev || prev.includes("기자")) return null;
  const w = prev.replace(/^[‘'“"▲△◇◆▶▷◈○●•]+/, "").replace(/[’'”")\]」』]+$/, "");
  const paren = /[(（]([\uAC00-\uD7A3]+)$/.exec(prev);
  const head = paren ? roleOf(paren[1], s.roles, s.words.particles) : null;
  if (head && new RegExp(`^[^\\s]*${r.name}[)）]`).test(toks[r.last].w) && !r.bare) return head;
  const noun = words.rolesBefore.find((role) =>
    words.sportsRolesBefore.has(role) ? w.endsWith(role) : w === role,
  );
  if (noun && !(words.particleOnlyRolesBefore.has(noun) && r.bare)) return noun;
  if (w.endsWith("인") && roleOf(w.slice(0, -1), words.roles, words.particles))
    return roleOf(w.slice(0, -1), words.roles, words.particles);
  if (/[’”'"]$/.test(prev)) return roleOf(w, words.qualifierRoles, words.particles);
  const post = bulletedPost(s, i, r, prev, w);
  if (post) return post;
  const next = toks[r.last + 1]?.w ?? "";
  const appointed =
    words.postOpeners.has(next) || (!r.bare && /^[,]$/.test(toks[r.last].w.slice(-1)));
  return prev.endsWith("에") && roleOf(prev, s.roles, s.words.particles) && appointed
    ? roleOf(prev, s.roles, s.words.particles)
    : null;
}

/**
 * True when the name ending at token `last` is followed by an opening quote and opens a headline
 * or a digest item (first in its sentence, after a dash or bullet, or right after a closing quote).
 */
function quotedAfter(toks: Token[], last: number, lead: string, first: number): boolean {
  const next = toks[last + 1]?.w ?? "";
  if (!/^[“"]/.test(next)) return false;
  if (first === 0 || /[-–—△▲▷…]/.test(lead)) return true;
  return /[”’"'…]$/.test(toks[first - 1].w);
}
