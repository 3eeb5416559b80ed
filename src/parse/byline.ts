/**
 * Bylines and datelines: who wrote an article, taken out of the text it is glued to.
 *
 * Forms (Korean newsroom conventions, e.g. Yonhap's style guide for wire datelines, and the
 * shapes listed in ../shared/corpus/README.md "Bylines"):
 * - trailing byline: `…전망이다. 박정일기자 comja77@dt.co.kr`, `이서연·박지훈 기자`, a bare e-mail,
 *   a place prefix `광주광역시=진창일 기자`, a duplicated `김달호 기자김달호 기자(…)`, a name with
 *   only an e-mail `고재형 [x@y.kr]`;
 * - leading wire dateline: `(서울=연합뉴스) 정다은 기자 = `, `【서울=뉴시스】홍길동 기자 = `,
 *   `(베이징·홍콩=연합뉴스) 심재훈 안승섭 특파원 =`; the same dateline moved to the end;
 * - bracket byline: `[아시아경제 노태영 기자]`, `[스포츠월드=정가영 기자]`, `[파이낸셜뉴스]`;
 * - metadata author line: `영천=노인호 기자, 강지은 기자`, `박근희 여행기자`, `박준석 기자 외 1명`;
 * - an author's signature below an opinion piece or contribution: `홍길동 | 미술평론가`,
 *   `…밝혔다./홍길동 가나경제연구원 연구위원`, `홍길동 칼럼니스트`, an author credit `글 홍길동`,
 *   `글·사진 홍길동 기자`, and a bare closing signature with no role (`홍길동 가나산방 씀`).
 * Each reporter keeps the role the byline writes (`특파원`, `논설위원`, `여행기자`, `미술평론가`,
 * `가나경제연구원 연구위원`) in `role`, except the default 기자, which is never written.
 */
import type { Reporter } from "../core/article.ts";
import { alternationOf, creditAlternation, type LexiconData } from "../core/lexicon.ts";
import { iso } from "./dates.ts";

/** An e-mail address (RFC 5322's common subset; ASCII local part, so glued Hangul is not taken). */
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
const NAME = String.raw`[가-힣]{2,4}`;
/** Full names joined by slashes (`홍길동/김영희 기자`); a two-syllable word before a slash is a credit (`사진/`). */
const SLASHED = String.raw`[가-힣]{3}(?:\/[가-힣]{3})+`;
/** The role every byline is read with when it names none: written nowhere (see {@link Reporter}). */
export const DEFAULT_ROLE = "기자";
const PLACE = String.raw`(?:[가-힣·]{1,10}\s?=\s?)?`;
/** What may follow a role: a beat or region in parentheses `기자(=경남)`, a pool `, 외교부 공동취재단`. */
const ROLE_TAIL = String.raw`(?:\s*\(=?[가-힣]{1,6}\))?(?:\s*,\s*[가-힣]{1,8}\s?[가-힣]*취재단)?`;

/** The byline patterns, compiled from the lexicon by {@link bylinePatterns}. */
interface BylinePatterns {
  /** Words that stand where a name stands but are not people (`인터넷 기자`, `온라인뉴스팀`). */
  notNames: ReadonlySet<string>;
  /** Korean surnames (the lexicon's `surnames`), one or two syllables. */
  surnames: ReadonlySet<string>;
  /** Places a bureau prints before a reporter's name (`place_names`), and their units (`place_units`). */
  places: ReadonlySet<string>;
  placeUnits: ReadonlySet<string>;
  trailing: RegExp;
  /** A role anywhere: a text without one (and without `@`) holds no trailing byline to look for. */
  anyRole: RegExp;
  listPart: RegExp;
  trailingNameEmail: RegExp;
  trailingEmail: RegExp;
  dateline: RegExp;
  namesRole: RegExp;
  bracketBar: RegExp;
  bracketInner: RegExp;
  deskBracket: RegExp;
  deskReporter: RegExp;
  /** A word ending like a newsroom unit (사회부, 취재단): no outlet. */
  deskEnding: RegExp;
  /** A word ending in a desk word (정치팀, AI리포터): no person. */
  deskWord: RegExp;
  leading: RegExp;
  roleAtEnd: RegExp;
  /** A whole word that is a role (`여행기자`, `논설위원`). */
  role: RegExp;
  writtenBy: RegExp;
  /** A photo or graphic credit naming a reporter (`사진=홍길동 기자 x@y.kr`). */
  creditedBy: RegExp;
  /** Where a line of several credits parts them (`글=홍길동 기자 · 사진=김철수 기자`). */
  creditJoin: RegExp;
  roleSignature: RegExp;
  sentenceEnd: RegExp;
  particleWord: RegExp;
}

/**
 * The pattern of a desk title (`desk_roles`: 부장, 차장 …) as a byline role: after its desk's
 * name, glued or spaced (산업부장, 경제부 차장), or alone; a space stands before it, so a name is
 * never glued to it (`운영본부장` is a 본부장, no 운영본 부장).
 */
export function deskRole(lex: LexiconData): string {
  return String.raw`(?<=\s)(?:[가-힣\d]{1,6}\s?)?(?:${alternationOf(lex.desk_roles)})`;
}

/**
 * The byline patterns of a lexicon: the roles (`reporter_roles`, a short glued prefix being a beat
 * as in `외교전문기자`; `signing_roles`), the author roles and credits, desks and the words that
 * are no reporter's name.
 */
function bylinePatterns(lex: LexiconData): BylinePatterns {
  const reporter = alternationOf(lex.reporter_roles);
  const NAMES = String.raw`(?:${SLASHED}|${NAME}(?:\s?[·ㆍ,]\s?${NAME}|\s${NAME}(?=(?:\s${NAME})*\s(?:${reporter})))*)`;
  const ROLE = String.raw`(?:(?:[가-힣]{1,4})?(?:${reporter})|${alternationOf(lex.signing_roles)}|${deskRole(lex)})`;
  const BEFORE = String.raw`(?:^|(?<=[.!?"'”’)\]>〉》…/]|${reporter})\s*|\s+)`;
  const desks = alternationOf(lex.desk_words);
  const authorRole = String.raw`(?:[가-힣]{0,6}(?:${alternationOf(lex.author_roles)}))`;
  const credits = creditAlternation(lex.author_credits);
  const photo = alternationOf(lex.credit_words);
  return {
    notNames: new Set([...lex.desk_names, ...lex.not_reporter_names]),
    surnames: new Set(lex.surnames),
    places: new Set(lex.place_names),
    placeUnits: new Set(lex.place_units),
    ...bylineForms(NAMES, ROLE, BEFORE),
    deskBracket: new RegExp(
      String.raw`^([가-힣A-Za-z0-9]{2,12})\s+(?:[가-힣A-Za-z0-9]{0,8}(?:${desks})|(?:[가-힣]{2,4}))$`,
    ),
    deskReporter: new RegExp(String.raw`^(${NAMES})\s?(${ROLE})\s*(?:=|[|ㅣ])\s*`),
    deskEnding: new RegExp(`(?:${alternationOf(lex.desk_endings)})$`),
    deskWord: new RegExp(`(?:${desks})$`),
    roleAtEnd: new RegExp(`\\s*(${ROLE})$`),
    role: new RegExp(`^${ROLE}$`),
    writtenBy: new RegExp(String.raw`^(${credits})\s?[=:]?\s?(${NAMES})(?:\s?(${ROLE}))?$`),
    // A credit word (`credit_words`: 사진, 그래픽 …) before a person needs `=` and a role, so a
    // source (`자료=통계청`) or an agency (`사진=가나뉴스`) is never read as a name.
    creditedBy: new RegExp(
      String.raw`^(${photo})(?:\s?[=:]\s?|\s)(${NAMES})\s?(${ROLE})(?:\s*[(\[<]?\s*(${EMAIL.source})\s*[)\]>]?)?$`,
    ),
    creditJoin: new RegExp(
      String.raw`\s+[·ㆍ/|]\s+|\s*[·ㆍ/|]\s*(?=(?:${credits}|${photo})\s?[=:])`,
    ),
    roleSignature: new RegExp(
      String.raw`(?:^|(?<=[.!?"”’'])\s*/\s*)(${NAME})((?:\s[가-힣A-Za-z0-9·()]{1,20}){0,3}\s?${authorRole}(?:\s?\([^()]{1,30}\))?)$`,
    ),
    sentenceEnd: new RegExp(`(?:${alternationOf(lex.sentence_endings)})$`),
    particleWord: new RegExp(`(?:${alternationOf(lex.signature_particles)})(?:\\s|$)`),
  };
}

/** The patterns of the byline forms that read names and a role (see the module comment). */
function bylineForms(NAMES: string, ROLE: string, BEFORE: string) {
  return {
    /** A trailing byline, bare or in square or angle brackets (`…밝혔다.<홍길동 기자>`, `〈홍길동 기자〉`). */
    trailing: new RegExp(
      String.raw`${BEFORE}[\[【<〈《]?\s*${PLACE}(${NAMES})\s?(${ROLE})${ROLE_TAIL}(?:\s*[(\[]?\s*(${EMAIL.source})\s*[)\]]?)?[\s/\]】>〉》]*$`,
    ),
    anyRole: new RegExp(ROLE),
    /** A bracket holding several bylines: `[도쿄 = 정욱 특파원 / 서울 = 이진명 기자]`. */
    listPart: new RegExp(String.raw`^${PLACE}(${NAMES})\s?(${ROLE})${ROLE_TAIL}$`),
    trailingNameEmail: new RegExp(
      String.raw`${BEFORE}(${NAME})\s*[(\[]\s*(${EMAIL.source})\s*[)\]]\s*$`,
    ),
    trailingEmail: new RegExp(
      String.raw`(?:^|\s|(?<=[가-힣.!?"”]))[(\[]?\s*(${EMAIL.source})\s*[)\]]?\s*$`,
    ),
    // Reporters after the dateline: `홍길동 기자`, `심재훈 안승섭 특파원`, or several with their
    // roles, `문대현 기자,김다혜 기자`.
    dateline: new RegExp(
      String.raw`^\s*[(（【\[]\s*([^()（）【】\[\]=]{1,30})[=＝]\s*([^()（）【】\[\]]{1,20}?)\s*[)）】\]]\s*(?:((?:${NAMES})\s?${ROLE}(?:\s*[,·ㆍ]\s*(?:${NAMES})\s?${ROLE})*)\s*)?(?:=|＝)?\s*`,
    ),
    /** One `names role` part of a dateline's reporters (`문대현 기자`, `심재훈 안승섭 특파원`). */
    namesRole: new RegExp(String.raw`(${NAMES})\s?(${ROLE})`, "g"),
    /** A bracket that is only a byline, with or without an outlet before a bar: `[홍길동기자]`, `[가나일보|홍길동 기자]`. */
    bracketBar: new RegExp(
      String.raw`^(?:([^|ㅣ\[\]]{1,20}?)\s*[|ㅣ]\s*(${NAMES})|(${NAME}))\s?(${ROLE})${ROLE_TAIL}$`,
    ),
    bracketInner: new RegExp(String.raw`^(.+?)(?:\s*[=\s]\s*(${NAMES})\s?(${ROLE})${ROLE_TAIL})?$`),
    /**
     * A byline opening the first paragraph without a wire dateline: `(가나일보 홍길동 기자) 본문`,
     * `가나일보 홍길동 기자 | 본문`, `[가나일보 취재1팀] 홍길동 기자 = 본문`, `가나일보 홍길동 기자 본문`
     * (the last only when the first word is a known outlet). Group 1: the outlet word, 2: names, 3: role.
     */
    leading: new RegExp(
      String.raw`^(?:[(（]\s*(?:([가-힣A-Za-z0-9]{2,12})\s)?(${NAMES})\s?(${ROLE})\s*[)）]|(?:[\[【][^\[\]【】]{1,20}[\]】]\s*)?(?:([가-힣A-Za-z0-9]{2,12})\s)?(${NAMES})\s?(${ROLE})\s*(=|[|ㅣ]|(?=\s)))\s*`,
    ),
  };
}

/** Splits `이서연·박지훈`, `심재훈 안승섭` into names. */
function splitNames(p: BylinePatterns, s: string): string[] {
  const list = s
    .split(/\s?[·ㆍ,/]\s?|\s+/)
    .map((n) => n.trim())
    .filter((n) => n && !p.notNames.has(n));
  // In a run of words with no separator (`가나경제 홍길동 기자`, `홍길동 가나경제 기자`) a word that
  // cannot be a Korean name (no surname opens it; four syllables without a two-syllable surname)
  // is the outlet's name standing beside the reporter, not a second reporter.
  // Names joined by a slash (`홍길동/김영희 기자`) are read only when each reads as a name: a
  // slash also parts a credit from its name (`사진/홍길동 기자`).
  if (s.includes("/")) return list.filter((n) => personLike(p, n));
  if (list.length < 2 || /[·ㆍ,]/.test(s)) return list;
  const people = list.filter((n) => personLike(p, n));
  return withoutPlace(p, people.length ? people : list);
}

/**
 * A run of names with no separator whose first word is a place (`구미 이정훈 기자`, `춘천시 홍길동
 * 기자`, `워싱턴 김영희 특파원`): regional papers and foreign bureaus print the bureau's place
 * before the reporter's name, and a place may open like a surname (구미, 안동, 전주시). The
 * places are the lexicon's (`place_names`, bare or with a unit of `place_units` after them), so
 * a reporter's two-syllable name before another's (`정욱 이진명 기자`) stays a name.
 */
function withoutPlace(p: BylinePatterns, list: string[]): string[] {
  return list.length >= 2 && isPlace(p, list[0]) ? list.slice(1) : list;
}

/** Whether `word` is a place of the lexicon (`place_names`), bare or with its unit (춘천시, 정선군). */
function isPlace(p: BylinePatterns, word: string): boolean {
  if (p.places.has(word)) return true;
  return word.length > 2 && p.placeUnits.has(word.slice(-1)) && p.places.has(word.slice(0, -1));
}

/** A Korean name's shape: a surname, then one or two syllables (two after a two-syllable one). */
function personLike(p: BylinePatterns, n: string): boolean {
  if (n.length === 4) return p.surnames.has(n.slice(0, 2));
  return p.surnames.has(n[0]) || p.surnames.has(n.slice(0, 2));
}

/**
 * Latin letters an address may open with for each initial consonant of a surname (ㄱ 강 kang, gang;
 * ㅇ 이 lee, yi, rhee; ㅈ 정 jung, chung …). Source: the Revised Romanization of Korean (국립국어원)
 * and the common spellings of Korean surnames in passports.
 */
// prettier-ignore
const INITIAL_LETTERS = ["gk", "gk", "n", "dt", "dt", "rlny", "m", "bp", "bp", "s", "s", "aeiouywlr", "jc", "jc", "c", "k", "t", "p", "h"];

/**
 * Which of several names `list` the one e-mail of their byline belongs to (`강태윤/오세린 기자
 * kang@…`): the only name whose surname's initial consonant may open the address; -1 when none
 * or several may (the address stays with no one). One name owns the e-mail (index 0).
 */
function mailOwner(list: string[], email: string): number {
  if (list.length === 1) return 0;
  const first = email[0].toLowerCase();
  const fits = list.map((n) => {
    const code = n.charCodeAt(0) - 0xac00;
    return code >= 0 && code <= 11171 && INITIAL_LETTERS[Math.floor(code / 588)].includes(first);
  });
  return fits.filter(Boolean).length === 1 ? fits.indexOf(true) : -1;
}

/** Result of taking a byline off a piece of text. */
export interface BylineCut {
  /** The text without the byline (trimmed). */
  text: string;
  reporters: Reporter[];
}

/**
 * Reporters of a names run (`이서연·박지훈`), each with `role` as written unless it is the
 * default 기자; the e-mail with the one name it may belong to ({@link mailOwner}).
 */
function reportersOf(p: BylinePatterns, names: string, email?: string, role?: string): Reporter[] {
  const list = splitNames(p, names);
  const r = role?.trim();
  const owner = email ? mailOwner(list, email) : -1;
  return list.map((name, k) => ({
    name,
    ...(email && k === owner ? { email } : {}),
    ...(r && r !== DEFAULT_ROLE ? { role: r } : {}),
  }));
}

/**
 * Takes trailing bylines off the end of a paragraph or line, repeatedly (a duplicated byline
 * is cut twice, the reporter listed once).
 * @returns the shortened text and the reporters; `reporters` is empty when none was found.
 */
function cutTrailingByline(p: BylinePatterns, raw: string): BylineCut {
  // Every form below needs a role or an e-mail address: most lines have neither, and the
  // trailing patterns, tried at each position of a line, cost far more than this test.
  if (!raw.includes("@") && !p.anyRole.test(raw)) return { text: raw.trim(), reporters: [] };
  // A bracketed byline with its address glued on (`<홍길동 기자>hong@gana.kr`) reads as spaced.
  const text = raw.replace(GLUED_ADDRESS, "$1 ");
  const list = /^\s*[\[【(]([^\[\]【】()]+\/[^\[\]【】()]+)[\]】)]\s*$/.exec(text);
  if (list) {
    const parts = list[1].split("/").map((part) => p.listPart.exec(part.trim()));
    if (parts.every(Boolean))
      return {
        text: "",
        reporters: mergeReporters(...parts.map((m) => reportersOf(p, m![1], undefined, m![2]))),
      };
  }
  const several = severalBylines(p, text);
  if (several) return { text: "", reporters: several };
  let rest = text;
  let reporters: Reporter[] = [];
  for (let guard = 0; guard < 6; guard++) {
    const t = p.trailing.exec(rest);
    const m = t ?? p.trailingNameEmail.exec(rest);
    if (m) {
      reporters = mergeReporters(
        t ? reportersOf(p, t[1], t[3], t[2]) : reportersOf(p, m[1], m[2]),
        reporters,
      );
      // `홍길동 기자 · 김영희 기자`: the separator between two bylines goes with the cut one.
      rest = rest.slice(0, m.index).replace(/[\s/·ㆍ,]+$/, "");
      continue;
    }
    const e = p.trailingEmail.exec(rest);
    if ((e && e.index > 0) || (e && e.index === 0 && rest.trim() === e[0].trim())) {
      rest = rest.slice(0, e.index).replace(/[\s/,]+$/, "");
      continue;
    }
    break;
  }
  return { text: rest.trim(), reporters };
}

/** Longest line of several bylines, in characters (four reporters with their e-mails). */
const SEVERAL_MAX = 120;
/** A separator between two whole bylines on one line (`홍길동 기자 · 김영희 기자`). */
const BYLINE_SEPARATOR = /\s+[·ㆍ,/|]\s+|\s*,\s*/;

/**
 * The reporters of a line of several whole bylines parted by `·`, `,`, `/` or `|` (`홍길동 기자 ·
 * 김영희 기자`, each with its own role), or null when a piece is no byline alone.
 */
function severalBylines(p: BylinePatterns, text: string): Reporter[] | null {
  // Only a short line: a paragraph's commas would cost a trailing-byline search each.
  if (text.length > SEVERAL_MAX) return null;
  const pieces = text.trim().split(BYLINE_SEPARATOR);
  if (pieces.length < 2) return null;
  const cuts = pieces.map((piece) => cutTrailingByline(p, piece));
  if (cuts.some((c) => c.text !== "" || c.reporters.length !== 1)) return null;
  return mergeReporters(...cuts.map((c) => c.reporters));
}

/** True when the whole line is only a byline (`김민준 기자 minjun@example.com`) or e-mail. */
function isBylineLine(p: BylinePatterns, line: string): boolean {
  const cut = cutTrailingByline(p, line.trim());
  return cut.text === "" && (cut.reporters.length > 0 || EMAIL.test(line));
}

/** A closing bracket with an e-mail address right after it, no space between. */
const GLUED_ADDRESS = /([>＞›〉\]】)）])(?=[\w.+-]+@[\w-]+\.)/g;

const TRAILING_DATELINE =
  /\s*[(（【\[]\s*([^()（）【】\[\]=]{1,30})[=＝]\s*([^()（）【】\[\]]{1,20}?)\s*[)）】\]]\s*$/;

/** A wire dateline taken off a paragraph. */
export interface DatelineCut extends BylineCut {
  /** The outlet named in the dateline (`연합뉴스`), or null. */
  outletName: string | null;
  /** The place (`서울`, `베이징·홍콩`), or null. */
  place: string | null;
  /** The day a press-release dateline prints (`2026-11-04`), or absent. */
  day?: string;
}

/**
 * A press-release wire's dateline, Business Wire's `CITY--(BUSINESS WIRE)--` shape as Korean wires
 * print it (`서울--(뉴스와이어) 2026년 11월 04일 --`): group 1 the place, 2 the wire.
 */
const RELEASE_DATELINE = /^\s*([가-힣A-Za-z·]{1,20})\s?[-–]{2}\s?[(（]([^()（）]{1,20})[)）]\s*/;
/** The release day after a wire dateline, closed by `--` (`2026년 11월 04일 --`, `2026.11.04 --`). */
const RELEASE_DAY =
  /^(\d{4})\s?(?:년\s?|[.\-/]\s?)(\d{1,2})\s?(?:월\s?|[.\-/]\s?)(\d{1,2})일?\s*[-–]{1,2}\s*/;

/** The release day opening `text` (after a dateline) and the length it takes, or null. */
function releaseDay(text: string): { day: string; length: number } | null {
  const m = RELEASE_DAY.exec(text);
  const day = m ? iso(+m[1], +m[2], +m[3])?.slice(0, 10) : undefined;
  return m && day ? { day, length: m[0].length } : null;
}

/**
 * Takes a wire dateline `(서울=연합뉴스) 정다은 기자 = ` off the start of a paragraph, or a
 * press-release dateline with its day (`서울--(뉴스와이어) 2026년 11월 04일 --`,
 * `(서울=뉴스와이어) 2026년 11월 04일 --`: the day in `day`).
 */
function cutDateline(p: BylinePatterns, text: string): DatelineCut {
  const release = RELEASE_DATELINE.exec(text);
  const m = release ?? p.dateline.exec(text);
  if (!m) return { text, reporters: [], outletName: null, place: null };
  const after = text.slice(m[0].length);
  const rd = releaseDay(after);
  if (release || rd)
    return {
      text: after.slice(rd?.length ?? 0).trim(),
      reporters: [],
      outletName: m[2].trim(),
      place: m[1].trim(),
      ...(rd ? { day: rd.day } : {}),
    };
  const reporters = m[3]
    ? mergeReporters(
        ...[...m[3].matchAll(p.namesRole)].map((r) => reportersOf(p, r[1], undefined, r[2])),
      )
    : [];
  return {
    text: text.slice(m[0].length).trim(),
    reporters,
    outletName: m[2].trim(),
    place: m[1].trim(),
  };
}

/** Takes a wire dateline moved to the end of a paragraph (`… 김병권 (서울=연합뉴스)`) off it. */
export function cutTrailingDateline(text: string): DatelineCut {
  const m = TRAILING_DATELINE.exec(text);
  if (!m) return { text, reporters: [], outletName: null, place: null };
  return {
    text: text.slice(0, m.index).trim(),
    reporters: [],
    outletName: m[2].trim(),
    place: m[1].trim(),
  };
}

const BRACKET = /^\s*[\[【]\s*([^\]】]{1,40}?)\s*[\]】]\s*/;
/** A bracket byline taken off the start of a paragraph. */
export interface BracketCut extends BylineCut {
  /** The outlet text inside the brackets (`아시아경제`, `KBS 부산`), or null (`【외교부 공동취재단 강중모 기자】`). */
  outletName: string | null;
  /** The word the bracket puts where the outlet stands (`[가나일보 홍길동 기자]` → 가나일보), known or not. */
  named?: string;
}

/**
 * A bracket that names a desk (`[가나일보 정치팀]`) or a person `isName` accepts (`[가나일보 홍길동]`)
 * after a word that stands where the outlet does: the word is the outlet as the page names it.
 */
function deskBracket(
  p: BylinePatterns,
  rest: string,
  head: string,
  isName?: (s: string) => boolean,
): BracketCut | null {
  const m = p.deskBracket.exec(head);
  if (!m || p.deskEnding.test(m[1])) return null;
  const last = head.slice(m[1].length).trim();
  const person = /^[가-힣]{2,4}$/.test(last) && !p.deskWord.test(last);
  if (person && !isName?.(last)) return null;
  // The desk's reporter may follow the bracket (`[가나일보 취재1팀] 홍길동 기자 = 본문`).
  const lead = person ? null : p.deskReporter.exec(rest);
  return {
    text: lead ? rest.slice(lead[0].length).trim() : rest,
    reporters: person ? [{ name: last }] : lead ? reportersOf(p, lead[1], undefined, lead[2]) : [],
    outletName: null,
    named: m[1],
  };
}

/**
 * Takes a bracket byline `[아시아경제 노태영 기자]`, `[스포츠월드=정가영 기자]`, `[파이낸셜뉴스]`,
 * `【외교부 공동취재단 강중모 기자】` off the start of a paragraph, when `isOutlet` accepts the
 * outlet part or the bracket ends in a name and a role (so `[속보]` or `[인사]` are never taken);
 * also `[가나일보 정치팀]` and, with `isName`, `[가나일보 홍길동]` (see {@link deskBracket}).
 */
function cutBracketByline(
  p: BylinePatterns,
  text: string,
  isOutlet: (s: string) => boolean,
  isName?: (s: string) => boolean,
): BracketCut | null {
  const m = BRACKET.exec(text);
  if (!m) return null;
  const bar = p.bracketBar.exec(m[1]);
  if (bar) {
    const head = bar[1]?.trim() ?? "";
    const outlet = head && isOutlet(head) ? head : null;
    const named = outlet ?? (/^[가-힣A-Za-z0-9]{2,12}$/.test(head) ? head : null);
    return {
      text: text.slice(m[0].length).trim(),
      reporters: reportersOf(p, bar[2] ?? bar[3], undefined, bar[4]),
      outletName: outlet,
      ...(named ? { named } : {}),
    };
  }
  const inner = p.bracketInner.exec(m[1]);
  if (!inner) return null;
  const head = inner[1].trim();
  const tokens = head.split(/[\s=·ㆍ]+/);
  // With a reporter, the outlet may be any word (`외교부 공동취재단·아시아경제 노태영 기자`);
  // without one, only the outlet and a region (`[KBS 부산]`), so `[CBS 시사자키 정관용입니다]` is no byline.
  const outletName = isOutlet(head)
    ? head
    : inner[2]
      ? (tokens.find(isOutlet) ?? null)
      : tokens.length === 2 && isOutlet(tokens[0]) && /^[가-힣]{1,4}$/.test(tokens[1])
        ? tokens[0]
        : null;
  // Without an outlet, only a bracket that ends in a reporter's name and role is a byline, or
  // one that pairs a name-like word with a desk or a person (`[가나일보 정치팀]`, `[가나일보 홍길동]`).
  if (!outletName && !inner[2]) return deskBracket(p, text.slice(m[0].length).trim(), head, isName);
  // One word before the reporter stands where the outlet does (`[가나일보 홍길동 기자]`), unless it
  // is a desk or pool (`취재단`, `…팀`, `…부`).
  const named =
    outletName ??
    (inner[2] &&
    tokens.length === 1 &&
    /^[가-힣A-Za-z0-9]{2,12}$/.test(tokens[0]) &&
    !p.deskEnding.test(tokens[0])
      ? tokens[0]
      : undefined);
  return {
    text: text.slice(m[0].length).trim(),
    reporters: inner[2] ? reportersOf(p, inner[2], undefined, inner[3]) : [],
    outletName,
    ...(named ? { named } : {}),
  };
}

/**
 * Takes a byline that opens a paragraph (see `leading` in {@link bylineForms}) off it. Null when the
 * paragraph opens otherwise, or when a byline with no separator does not start with a known outlet.
 */
function cutLeadingByline(
  p: BylinePatterns,
  text: string,
  isOutlet: (s: string) => boolean,
): BracketCut | null {
  const m = p.leading.exec(text);
  if (!m) return null;
  const [outlet, names, role] = m[2] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const separated = m[2] !== undefined || m[7] === "=" || /[|ㅣ]/.test(m[7] ?? "");
  if (!separated && !(outlet && isOutlet(outlet))) return null;
  if (outlet && !isOutlet(outlet) && p.notNames.has(outlet)) return null;
  const rest = text.slice(m[0].length).trim();
  if (rest.length < 10) return null;
  return {
    text: rest,
    reporters: reportersOf(p, names, undefined, role),
    outletName: outlet && isOutlet(outlet) ? outlet : null,
    ...(outlet ? { named: outlet } : {}),
  };
}

/**
 * Reads a metadata author line (RSS `dc:creator`, a fixture's `authors`): names separated by
 * commas, each possibly with a place prefix (`인천=`), a role (`기자`, `여행기자`, `특파원`) or
 * `외 N명`. Parts that are not a 2–4 syllable Hangul name (an outlet, `조선일보`) are left out.
 * @param isOutlet tells an outlet name from a person's name
 */
function parseAuthorLine(
  p: BylinePatterns,
  line: string,
  isOutlet: (s: string) => boolean = () => false,
): Reporter[] {
  const out: Reporter[] = [];
  for (const raw of line.split(/\s*[,，]\s*/)) {
    let s = raw.trim().replace(/\s*외\s*\d+\s*명$/, "");
    const email = EMAIL.exec(s)?.[0];
    s = s
      .replace(EMAIL, "")
      .replace(/[()[\]]/g, "")
      .trim();
    s = s.replace(/^[가-힣·ㆍ\s]{1,30}=\s*/, "");
    const role = p.roleAtEnd.exec(s);
    if (role) s = s.slice(0, role.index);
    for (const name of s.trim().split(/\s*[·ㆍ]\s*/)) {
      if (!ONE_NAME.test(name) || isOutlet(name) || p.notNames.has(name)) continue;
      out.push(...reportersOf(p, name, email, role?.[1]));
    }
  }
  return mergeReporters(out);
}

/** A signature with a bar: `홍길동 | 미술평론가`, `홍길동ㅣ가나대 교수`. */
const BAR_SIGNATURE = new RegExp(String.raw`^(${NAME})\s?[|ㅣ]\s?([가-힣A-Za-z0-9·() ]{2,30})$`);
const ONE_NAME = new RegExp(`^${NAME}$`);
/** A closing signature without a role word: two or three bare words (`홍길동 가나산방 씀`). */
const BARE_SIGNATURE = /^[가-힣]{2,4}(?:\s[가-힣]{1,6}){1,2}$/;

/** Longest line of credits, in characters (a paragraph of text is never read as one). */
const CREDIT_LINE_MAX = 100;

/**
 * Reporters of a line that is only credits, wherever it stands: an author credit (`글 홍길동`,
 * `글·사진 홍길동 기자`, `정리=홍길동`), a photo credit naming a reporter (`사진=홍길동 기자
 * x@y.kr`), or several parted by ` · ` or `/` (`글=홍길동 기자 · 사진=김철수 객원기자`, the credit
 * line of Korean magazines). The writers are the reporters; a photo credit is one only on a line
 * with no writer (a photo item's `사진=` byline). Null when the line is something else.
 */
function writtenByLine(p: BylinePatterns, line: string): Reporter[] | null {
  if (line.length > CREDIT_LINE_MAX) return null;
  const whole = p.writtenBy.exec(line.trim());
  if (whole) return authorCredit(p, whole);
  const writers: Reporter[] = [];
  const photographers: Reporter[] = [];
  for (const part of line.trim().split(p.creditJoin)) {
    const m = p.writtenBy.exec(part);
    const c = m ? null : p.creditedBy.exec(part);
    if (m) writers.push(...authorCredit(p, m));
    else if (c) photographers.push(...reportersOf(p, c[2], c[4], c[3]));
    else return null;
  }
  return mergeReporters(writers.length ? writers : photographers);
}

/**
 * The reporters of an author credit (`writtenBy`). A credit with no role (`글 홍길동`) keeps its
 * credit word as the role: the writer is not said to be a 기자 (a reporter without a role prints
 * as one).
 */
function authorCredit(p: BylinePatterns, m: RegExpExecArray): Reporter[] {
  return reportersOf(p, m[2], undefined, m[3] ?? m[1].replace(/\s/g, ""));
}

/** An author's signature taken off the end of an article. */
export interface SignatureCut extends BylineCut {
  /** True for a signature with no role word: dropped, but no name can be told from the other words. */
  bare: boolean;
}

/**
 * Takes the author's signature off the last paragraph of an article (columnists, contributors,
 * the Korean convention of signing an opinion piece below its text): a bar signature
 * `홍길동 | 미술평론가` (its second part no sentence), a role signature `홍길동 가나대 교수` (the whole paragraph, or glued after
 * the last sentence with a slash: `…밝혔다./홍길동 가나경제연구원 연구위원`), an author credit
 * `글 홍길동`; and, when `previousEndsSentence`, a bare signature of two or three words with no
 * role and no sentence end (`홍길동 가나산방 씀`: dropped, no reporter). Null when the paragraph
 * ends otherwise.
 * @param previousEndsSentence whether the paragraph before ends a sentence (a bare signature
 *   follows finished text; a short line after a list item or heading is no signature)
 */
function cutSignature(
  p: BylinePatterns,
  text: string,
  previousEndsSentence: boolean,
): SignatureCut | null {
  const s = text.trim();
  const credit = writtenByLine(p, s);
  if (credit) return { text: "", reporters: credit, bare: false };
  const bar = s.length <= 40 ? BAR_SIGNATURE.exec(s) : null;
  // A role or title never closes a sentence: `안내 | 본 메일은 발신 전용입니다` is a notice.
  if (bar && !p.sentenceEnd.test(bar[2].trim()))
    return { text: "", reporters: reportersOf(p, bar[1], undefined, bar[2]), bare: false };
  const role = p.roleSignature.exec(s);
  if (role && s.length - role.index <= 50 && !p.notNames.has(role[1])) {
    return {
      text: s.slice(0, role.index).replace(/[\s/]+$/, ""),
      reporters: reportersOf(p, role[1], undefined, role[2]),
      bare: false,
    };
  }
  // No word may end in a particle (`정부는 아직 결정`: a sentence the scrape cut short, not a name).
  if (
    previousEndsSentence &&
    s.length <= 20 &&
    BARE_SIGNATURE.test(s) &&
    !p.sentenceEnd.test(s) &&
    !p.particleWord.test(s)
  ) {
    return { text: "", reporters: [], bare: true };
  }
  return null;
}

/**
 * The authors a standalone signature line names (`이진숙 | 미술평론가`, `천경훈 교수(서울대 로스쿨)`),
 * without outlet names; [] when the line is no signature or a bare one (see {@link cutSignature}).
 */
function signatureReporters(
  p: BylinePatterns,
  line: string,
  isOutlet: (name: string) => boolean,
): Reporter[] {
  const sig = cutSignature(p, line, true);
  return sig && !sig.bare ? sig.reporters.filter((r) => !isOutlet(r.name)) : [];
}

/** Merges reporter lists, keeping the first of each name and any e-mail or role found later. */
export function mergeReporters(...lists: Reporter[][]): Reporter[] {
  const out: Reporter[] = [];
  for (const r of lists.flat()) {
    const have = out.find((x) => x.name === r.name);
    if (!have) out.push({ ...r });
    else {
      if (!have.email && r.email) have.email = r.email;
      if (!have.role && r.role) have.role = r.role;
    }
  }
  // Keys in the order the front matter shows them: name, email, role.
  return out.map(({ name, email, role }) => ({
    name,
    ...(email ? { email } : {}),
    ...(role ? { role } : {}),
  }));
}

/**
 * The byline readers of one lexicon, each a function of the text alone (see the functions above
 * for shapes). Build with {@link compileBylines}; the parse context carries the one built from the
 * archive's lexicon.
 */
export interface Bylines {
  /** Takes trailing bylines off a paragraph (a duplicated byline is cut twice, listed once). */
  cutTrailingByline(text: string): BylineCut;
  /** True when the whole line is only a byline (`김민준 기자 minjun@example.com`) or e-mail. */
  isBylineLine(line: string): boolean;
  /** Takes a wire dateline `(서울=연합뉴스) 정다은 기자 = ` off the start of a paragraph. */
  cutDateline(text: string): DatelineCut;
  /** Takes a bracket byline off the start of a paragraph, or null. */
  cutBracketByline(
    text: string,
    isOutlet: (s: string) => boolean,
    isName?: (s: string) => boolean,
  ): BracketCut | null;
  /** Takes a byline that opens a paragraph off it, or null. */
  cutLeadingByline(text: string, isOutlet: (s: string) => boolean): BracketCut | null;
  /** Reads a metadata author line (`영천=노인호 기자, 강지은 기자`). */
  parseAuthorLine(line: string, isOutlet?: (s: string) => boolean): Reporter[];
  /** Reporters of a line that is only an author credit (`글 홍길동`), or null. */
  writtenByLine(line: string): Reporter[] | null;
  /** Takes the author's signature off the last paragraph, or null. */
  cutSignature(text: string, previousEndsSentence: boolean): SignatureCut | null;
  /** The authors a standalone signature line names, without outlet names. */
  signatureReporters(line: string, isOutlet: (name: string) => boolean): Reporter[];
  /** True when `word` is a role a byline signs with (`기자`, `여행기자`, `논설위원`). */
  isRole(word: string): boolean;
  /** True when `word` ends like a desk or pool (`정치부`, `온라인뉴스팀`, `공동취재단`). */
  isDesk(word: string): boolean;
}

/**
 * Compiles the byline readers from a lexicon (`reporter_roles`, `signing_roles`, `author_roles`,
 * `author_credits`, `desk_words`, `desk_endings`, `desk_names`, `not_reporter_names`,
 * `sentence_endings`, `signature_particles`), so that an archive's `lexicon.user.yaml` can add a
 * role. Pure; compile once per lexicon.
 */
export function compileBylines(lex: LexiconData): Bylines {
  const p = bylinePatterns(lex);
  return {
    cutTrailingByline: (text) => cutTrailingByline(p, text),
    isBylineLine: (line) => isBylineLine(p, line),
    cutDateline: (text) => cutDateline(p, text),
    cutBracketByline: (text, isOutlet, isName) => cutBracketByline(p, text, isOutlet, isName),
    cutLeadingByline: (text, isOutlet) => cutLeadingByline(p, text, isOutlet),
    parseAuthorLine: (line, isOutlet) => parseAuthorLine(p, line, isOutlet),
    writtenByLine: (line) => writtenByLine(p, line),
    cutSignature: (text, previous) => cutSignature(p, text, previous),
    signatureReporters: (line, isOutlet) => signatureReporters(p, line, isOutlet),
    isRole: (word) => p.role.test(word),
    isDesk: (word) => p.deskEnding.test(word) || p.deskWord.test(word),
  };
}
