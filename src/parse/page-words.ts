/**
 * The words of the parse stage, compiled once from the lexicon (`_data/lexicon.yaml` and an
 * archive's `lexicon.user.yaml` over it) into the patterns the layouts, the page reader and
 * refine read: roles, stamp labels, speaker marks, end boxes, credits, outlet tails and the
 * particles and endings they need. No word is written here; each list's source is in the data.
 */
import { alternationOf, type LexiconData } from "../core/lexicon.ts";
import { compileBylines, deskRole, type Bylines } from "./byline.ts";
import { compileDates, type DateLines } from "./dates.ts";

/** Compiled page words. Build with {@link compilePageWords}. */
export interface PageWords {
  bylines: Bylines;
  dates: DateLines;
  /** A role word alone opening a run (`기자 x@y.kr` split from its name), or a run of closing brackets. */
  runOpensWithRole: RegExp;
  /** A run that stops on a clause particle or a comma: the scraper cut a sentence there. */
  cutSentence: RegExp;
  /** What follows a closing quote in the same sentence (`."라고`, `."며`). */
  quotative: RegExp;
  /** A quote followed by the quotative or a particle that continues it. */
  quoteGoesOn: RegExp;
  /** A caption's credit in brackets (`[사진=연합뉴스]`); group 1 the holder. */
  captionCredit: RegExp;
  /** A credit word and `=` opening a credit (`사진=`). */
  creditLabel: RegExp;
  /** A credit alone, `그래픽=홍길동`; group 1 the holder. */
  creditAlone: RegExp;
  /** A place name's last syllable (수원시, 강원도). */
  placeEnd: RegExp;
  /** The ban of a copyright notice (`무단 전재`, `재배포 금지`). */
  noticeBan: RegExp;
  /** A copyright sign or word anywhere in a line (`ⓒ`, `(c)`, `저작권자`, `Copyright`). */
  copyrightMark: RegExp;
  /**
   * The holder of a copyright line, group 1: `ⓒ 가나일보, 무단…`, `저작권자 © 가나일보`,
   * `Copyright@가나일보(x.kr)`, `Copyright 2024 가나일보 & gana.com`.
   */
  copyrightHolder: RegExp;
  /** Words a logo line adds to the outlet's name (`가나방송 NEWS`). */
  outletTail: RegExp;
  /** A line that only says whose page it is (`가나일보 언론사 이미지`); group 1 the outlet. */
  outletLogo: RegExp;
  /** An outlet's tip line (`가나TV 기사문의 및 제보 …`); group 1 the outlet. */
  outletTip: RegExp;
  /** A page header's byline line; group 1 or 2 the name, 3 the role. */
  headerByline: RegExp;
  /** A byline in front of the date stamps: `홍길동 기자 입력 2024. 3. 5. 08:30`. */
  bylineDate: RegExp;
  /** A byline line with the role first: `편집장 홍길동 hong@gana.kr`; group 1 the name. */
  roleFirstByline: RegExp;
  /** A transcript's reporter label alone on its line: `홍길동 기자 :`; group 1 the name. */
  reporterSpeaker: RegExp;
  /** A sentence end inside or at the end of a line. */
  sentence: RegExp;
  /** A headline-shaped line never ends with a sentence ending and a full stop. */
  sentenceEndStop: RegExp;
  /** A photo caption's sentence end: the scene in the progressive or its state (`…하고 있다.`). */
  captionEnd: RegExp;
  /** A photo page's label: a headline's bracketed tag (`[포토]…`) or a section line alone (`포토`). */
  photoLabel: RegExp;
  /** A box at the end of a page that is not the article (`붙임: 1. 사진`, `■ 필자 홍길동`). */
  endBox: RegExp;
  /** A transcript's speaker label alone on its line; group 1 the speaker. */
  speakerLine: RegExp;
  /** An interview's programme box line (`■ 진행 : 홍길동 앵커`). */
  programmeCredit: RegExp;
  /** A speaker mark of a transcript as page copies print it, alone on its line. */
  speakerMark: RegExp;
  /**
   * A speaker mark with its speaker's name and role (`인터뷰 : 홍길동 / 가나시장`, `[인터뷰] 홍길동 /
   * 가나시장`): group 1 or 2 the mark, group 3 the speaker.
   */
  speakerNamed: RegExp;
  /** A speaker's name and role alone on the line under a speaker mark (`홍길동 / 가나시장`). */
  speakerWho: RegExp;
  /** Every speaker label in a text. */
  /** A transcript's segment label of two marks bare on its line (`앵커멘트`, `기자 리포트`). */
  speakerBare: RegExp;
  speakerAll: RegExp;
  /** A line ending in a speaker mark after a bracket byline (`[가나방송 부산] [앵커]`). */
  speakerAtEnd: RegExp;
  stamps: StampWords;
}

/** The words of date stamp lines (see `reader/stamps.ts`). */
export interface StampWords {
  publication: RegExp;
  modified: RegExp;
  /** A line holding only a stamp label (`입력`, `기사입력 :`). */
  labelOnly: RegExp;
  /** What else a stamp line may hold besides dates and labels. */
  noise: RegExp;
  /** A role or desk with its short prefix, taken out of a stamp line. */
  roleWord: RegExp;
  /** A publication label right after a date (`2024/03/05 15:45 송고`). */
  publicationAfter: RegExp;
  /** `홍길동 기자`, `홍길동 매경닷컴 기자` before a stamp. */
  byline: RegExp;
  /** A publication label at the end of a stamp's head. */
  labelAtEnd: RegExp;
  /** A Korean date with weekday and time, global. */
  date: RegExp;
}

const alt = alternationOf;
/** Words whose every syllable may be spaced (`진 행`). */
const spacedSyllables = (words: readonly string[]) =>
  words.map((w) => [...w].join(String.raw`\s?`)).join("|");

/** A two-digit year opening a dotted day and a clock (`25.06.18 17:52`), read as 20xx. */
const SHORT_YEAR = String.raw`\d{2}(?=\.\d{2}\.\d{2}\s+\d{1,2}:\d{2})`;

/** The stamp-line patterns of a lexicon. */
function stampWords(lex: LexiconData): StampWords {
  const head = alt(lex.stamp_label_heads, String.raw`\s?`);
  const tail = alt(lex.stamp_label_tails);
  const pub = alt(lex.publication_labels, String.raw`\s?`);
  const mod = alt(lex.modified_labels, String.raw`\s?`);
  const opening = lex.modified_labels.filter((w) => w.includes(" ")).map((w) => w.split(" ")[0]);
  const noise = alt([
    ...lex.stamp_label_heads,
    ...opening,
    ...lex.stamp_label_tails,
    ...lex.stamp_noise,
  ]);
  const roles = [...lex.reporter_roles, ...lex.signing_roles];
  const day = lex.weekdays.join("");
  return {
    publication: new RegExp(`(?:${pub}|Published|Posted)`, "i"),
    modified: new RegExp(`(?:${mod}|Updated|Modified)`, "i"),
    labelOnly: new RegExp(
      String.raw`^[•·\-]?\s*(?:(?:${head})\s?)?(?:${pub}|${mod})(?:${tail})?\s*[:：|ㅣ]?$`,
    ),
    noise: new RegExp(
      String.raw`(?:${noise}|\d+\s?개|[\d,]+|on|at|KST|[:：|ㅣ·,()\[\]•\-–/])`,
      "gi",
    ),
    roleWord: new RegExp(String.raw`[가-힣]{0,6}(?:${alt([...roles, ...lex.desk_names])})`, "g"),
    publicationAfter: new RegExp(String.raw`^\s*(?:${pub})`),
    byline: new RegExp(
      String.raw`(?<![가-힣])([가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4})*)(?:\s+[가-힣A-Za-z]{2,8})?\s?(${alt(roles)})(?![가-힣])`,
      "g",
    ),
    labelAtEnd: new RegExp(String.raw`(?:(?:${head})\s?)?(?:${pub})\s*[:：]?\s*$`),
    // A two-digit year only in the dotted form with a time of day (`25.06.18 17:52`, as some
    // internet outlets print their stamps): elsewhere two digits and dots are a figure.
    date: new RegExp(
      String.raw`(\d{4}|(?<!\d)${SHORT_YEAR})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*(?:[.일](?!\d))?\s*(?:\(\s*[${day}]\s*\)|[${day}]요일)?\s*[\[(]?\s*` +
        String.raw`(?:(오전|오후|AM|PM)\s*)?(?:(\d{1,2})\s*(?::|시)\s*(\d{1,2})\s*분?(?:\s*:\s*(\d{2})\s*초?)?)?\s*[\])]?\s*(오전|오후|AM|PM)?`,
      "gi",
    ),
  };
}

/**
 * A transcript's speaker as broadcasters' pages print it under an interview mark: a name, a
 * slash and a role or affiliation with no sentence punctuation (`김영환 / 충북지사`). Source: the
 * on-screen name captions of Korean TV news as their web transcripts print them.
 */
const SPEAKER_WHO = String.raw`[가-힣]{2,5}\s?/\s?[^/"“”'‘’.?!:]{1,30}`;

/** The patterns of transcripts and end boxes (refine and the page reader). */
function boxWords(lex: LexiconData) {
  const speakers = alt(lex.speaker_marks, String.raw`\s?`);
  const turns = alt([...lex.speaker_marks, ...lex.interview_marks], String.raw`\s?`);
  // Marks of two words (앵커 멘트, 기자 리포트) are segment labels even bare on their line (`앵커멘트`);
  // a bare one-word mark (인터뷰, 기자) may be a section label or text, so it needs its brackets.
  const bare = alt(
    lex.speaker_marks.filter((w) => w.includes(" ")),
    String.raw`\s?`,
  );
  return {
    endBox: new RegExp(
      String.raw`^(?:[■□▶※◆]\s?)?(?:${alt(lex.end_box_labels, String.raw`\s?`)})(?:\s?[:：]|\s?\d|\s([가-힣]{2,4})$|$)`,
    ),
    speakerLine: new RegExp(String.raw`^[\[【◀]\s*(${turns})\s*[\]】▶]$`),
    programmeCredit: new RegExp(
      String.raw`^■\s?(${spacedSyllables(lex.programme_credits)})\s?[:：]\s?(.{2,60})$`,
    ),
    speakerMark: new RegExp(
      String.raw`^(?:[<＜‹〈\[【◀]\s*(?:${speakers})\s*[>＞›〉\]】▶]|(?:[가-힣]{2,4}\s)?(?:${speakers})\s?[>:：]${bare ? `|${bare}` : ""})$`,
    ),
    speakerNamed: new RegExp(
      String.raw`^(?:[<＜\[【]\s*(${speakers})\s*[>＞\]】]|(${speakers})\s?[:：])\s*(${SPEAKER_WHO})$`,
    ),
    speakerWho: new RegExp(String.raw`^${SPEAKER_WHO}$`),
    speakerBare: bare ? new RegExp(String.raw`^(?:${bare})$`) : /$^/,
    speakerAll: new RegExp(String.raw`[\[【◀]\s*(?:${turns})\s*[\]】▶]`, "g"),
    speakerAtEnd: new RegExp(String.raw`^\[[^\[\]]{2,20}\]\s*\[(?:${speakers})\]$`),
  };
}

/** The patterns of bylines in page headers and scrape runs. */
function headerWords(lex: LexiconData) {
  const reporter = alt(lex.reporter_roles);
  const roles = `${alt([...lex.reporter_roles, ...lex.signing_roles, ...lex.header_roles])}|${deskRole(lex)}`;
  const labels = alt(lex.author_labels);
  return {
    runOpensWithRole: new RegExp(String.raw`^(?:(?:${reporter})(?=[\s\]】)(]|$)|[\]】)]+$)`),
    headerByline: new RegExp(
      String.raw`^(?:[^|ㅣ]{1,12}\s*[|ㅣ]\s*)?(?:(?:${labels})\s*:?\s*([가-힣]{2,4})|([가-힣]{2,4})\s?(${roles}))(?:\s*[|ㅣ(]?\s*[\w.+-]+@[\w.-]+[)]?)?$`,
    ),
    roleFirstByline: new RegExp(
      String.raw`^(?:${roles})\s+([가-힣]{2,4})(?:\s*[|ㅣ(]?\s*[\w.+-]+@[\w.-]+[)]?)?$`,
    ),
    reporterSpeaker: new RegExp(String.raw`^([가-힣]{2,4})\s?(?:${reporter})\s*[:：]$`),
    bylineDate: new RegExp(
      String.raw`^(?:(?:${labels})\s*)?([가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4})*\s?(?:${reporter}))\s*[|ㅣ·]?\s*(.+)$`,
    ),
  };
}

/**
 * Compiles the parse stage's words from a lexicon. Pure; the parse context holds the one built
 * from the archive's lexicon (see `createParseContext`).
 */
export function compilePageWords(lex: LexiconData): PageWords {
  const credit = alt(lex.credit_words);
  const endings = lex.sentence_endings.join("");
  return {
    bylines: compileBylines(lex),
    dates: compileDates(lex),
    cutSentence: new RegExp(
      String.raw`^(?![◇◆■▲△▶□○●\[【<※-])[^]*(?:[가-힣](?:${alt(lex.clause_particles)})|[가-힣],)$`,
    ),
    quotative: new RegExp(`^(?:${alt(lex.quote_openers)})`),
    quoteGoesOn: new RegExp(String.raw`^(?:${alt(lex.quote_particles)})(?:[\s,.]|$)`),
    captionCredit: new RegExp(
      String.raw`\s*[\[(]\s*(?:${credit})?\s*(?:[=:]\s*)?([^\[\]()]{1,30}?)\s*[\])]\s*$`,
    ),
    creditLabel: new RegExp(String.raw`^(?:${credit})\s*[=:]\s*`),
    creditAlone: new RegExp(String.raw`^(?:${credit})\s*=\s*(\S.{0,30})$`),
    placeEnd: new RegExp(`[${lex.place_endings.join("")}]$`),
    noticeBan: new RegExp(alt(lex.copyright_bans), "i"),
    ...copyrightPatterns(lex),
    outletTail: new RegExp(String.raw`\s?(?:${alt(lex.outlet_tails)})$`),
    outletLogo: new RegExp(String.raw`^(\S.{0,24}?)\s*(?:${alt(lex.outlet_logo_marks)})$`),
    outletTip: new RegExp(String.raw`^(\S.{0,24}?)\s*(?:${alt(lex.outlet_tip_marks)})`),
    sentence: new RegExp(String.raw`(?:[가-힣][.!?]|[${endings}]|[.!?…])["'”’)\]]*(?:\s|$)`),
    sentenceEndStop: new RegExp(`[${endings}][.]$`),
    captionEnd: new RegExp(String.raw`(?:${alt(lex.caption_endings, String.raw`\s?`)})\.$`),
    photoLabel: new RegExp(
      String.raw`^(?:[\[【<〈]\s?(?:${alt(lex.photo_labels)})\s?[\]】>〉]|(?:${alt(lex.photo_labels)})$)`,
    ),
    ...headerWords(lex),
    ...boxWords(lex),
    stamps: stampWords(lex),
  };
}

/**
 * The copyright sign and word patterns (one source for the outlet's page lines, its signals and
 * the footer): a sign, or a word before one (or `@`, `Copyright@가나일보`); a word in Latin
 * letters alone (`Copyright 2024 가나일보`) stands for the sign, a Korean one does not (`저작권자
 * 허락 없이` opens a sentence). The holder is a Hangul name of 2–15 characters after a year.
 */
function copyrightPatterns(lex: LexiconData): Pick<PageWords, "copyrightMark" | "copyrightHolder"> {
  const signs = alt(lex.copyright_signs);
  const words = alt(lex.copyright_words);
  const latin = alt(lex.copyright_words.filter((w) => /^[a-z]/i.test(w)));
  const bare = latin ? String.raw`|(?:${latin})s?\s` : "";
  return {
    copyrightMark: new RegExp(`${signs}|${words}`, "i"),
    copyrightHolder: new RegExp(
      String.raw`(?:(?:${words})?\s*(?:${signs}|@)${bare})\s*(?:\d{4}\s*)?([가-힣][가-힣A-Za-z0-9]{1,14})(?=[\s,.()\[\]<>&]|$)`,
      "i",
    ),
  };
}
