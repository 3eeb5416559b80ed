/**
 * Publication dates as printed in Korean news pages, converted to ISO 8601 in Asia/Seoul with
 * luxon (https://moment.github.io/luxon/#/zones). A date without an offset is Korea time; one
 * with an offset (RFC 822 `+0000`, ISO `Z`/`+09:00`) is converted to Korea time, so a 08:30 KST
 * article never slips to the previous day.
 */
import { DateTime, FixedOffsetZone } from "luxon";
import { alternationOf, type LexiconData } from "../core/lexicon.ts";

/** The zone every date is shown and grouped in (SPEC §5). */
export const ZONE = "Asia/Seoul";

/** The stamp patterns of a lexicon, built by {@link datePatterns}. */
interface DatePatterns {
  /** A stamp label before a date, optional (`기사입력 :`, `최종 수정일`, `Published`). */
  label: string;
  /** Splits a line before each stamp label, keeping the label with its stamp. */
  labelSplit: RegExp;
  /** Labels of the publication stamp, preferred over 수정 (update) stamps. */
  publicationLabel: RegExp;
  /** Where a second stamp starts on a combined line: `입력 2024.03.05 08:30 | 수정 2024.03.05 09:10`. */
  secondStamp: RegExp;
  /** A stamp label after the date (Yonhap's `2024/03/05 15:45 송고`). */
  trailingLabel: RegExp;
  /** A Korean date with its weekday and time of day. */
  korean: RegExp;
}

/**
 * The stamp patterns of a lexicon: `publication_labels` and `modified_labels`, each with an
 * optional head (`stamp_label_heads`, 기사입력) and tail (`stamp_label_tails`, 입력일시), and the
 * `weekdays` a date may carry.
 */
function datePatterns(lex: LexiconData): DatePatterns {
  const head = alternationOf(lex.stamp_label_heads);
  const tail = alternationOf(lex.stamp_label_tails);
  const publication = alternationOf(lex.publication_labels);
  const modified = alternationOf(lex.modified_labels);
  // Words that open a label of two words (최종 of 최종 수정): no split falls between them.
  const opening = [...lex.stamp_label_heads, ...lex.modified_labels, ...lex.publication_labels]
    .filter((w) => w.includes(" "))
    .map((w) => w.split(" ")[0]);
  const before = alternationOf([...lex.stamp_label_heads, ...opening]);
  const day = lex.weekdays.join("");
  return {
    label: String.raw`(?:(?:${head})\s*)?(?:${publication}|${modified}|Published|Updated|Posted|Date)?\s*(?:${tail}|on)?\s*[:：]?\s*`,
    labelSplit: new RegExp(
      String.raw`(?<!(?:${before})\s*)(?=(?:(?:${head})\s*)?(?:${publication}|${modified})\s*(?:${tail})?\s*[:：]?\s*\d)`,
    ),
    publicationLabel: new RegExp(String.raw`^(?:(?:${head})\s*)?(?:${publication})`),
    secondStamp: new RegExp(
      String.raw`\s*[|ㅣ]?\s*(?=(?:(?:${head})\s*)?(?:${modified})|Updated)`,
      "i",
    ),
    trailingLabel: new RegExp(String.raw`\s*(?:${publication}|${modified})$`),
    korean: new RegExp(
      String.raw`(\d{4})\s*(?:[.\-/년]\s*)(\d{1,2})\s*(?:[.\-/월]\s*)(\d{1,2})\s*[.일]?\s*(?:\([${day}]\)\s*|[${day}]요일\s*)?` +
        String.raw`(?:(오전|오후|AM|PM|am|pm)?\s*(\d{1,2})\s*(?::|시)\s*(\d{1,2})\s*분?(?:\s*:?\s*(\d{1,2})\s*초?)?\s*(오전|오후|AM|PM|am|pm)?)?$`,
    ),
  };
}

/** Builds the ISO string (Korea time); null when the parts are not a real date. `ampm` is 오전/오후/AM/PM. */
export function iso(
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
  ampm?: string,
): string | null {
  let hour = h;
  if (ampm) {
    const pm = /오후|PM|pm/.test(ampm);
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  const fast = seoulSince1989(y, mo, d, hour, mi, s);
  if (fast) return fast;
  const dt = DateTime.fromObject(
    { year: y, month: mo, day: d, hour, minute: mi, second: s },
    { zone: ZONE },
  );
  if (!dt.isValid || y < 1900 || y > 2100) return null;
  return dt.toISO({ suppressMilliseconds: true });
}

/** First year from which Korea time is UTC+09:00 all year: its last daylight saving time ended in October 1988 (IANA tz database, `asia`, Zone Asia/Seoul). */
const FIXED_OFFSET_FROM = 1989;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The ISO string luxon writes for an ordinary Korea-time moment from 1989 to 2100, built without
 * luxon (whose zone lookup was most of a stamp's cost): null for anything else (an earlier year,
 * an impossible day or time, 24:00), which {@link iso} leaves to luxon.
 */
function seoulSince1989(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): string | null {
  const parts = [y, mo, d, h, mi, s];
  if (!parts.every(Number.isInteger) || y < FIXED_OFFSET_FROM || y > 2100) return null;
  // Day 0 of the next month is the last day of this one (Date counts months from 0).
  const monthDays = mo >= 1 && mo <= 12 ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 0;
  if (d < 1 || d > monthDays || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
    return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+09:00`;
}

/** Converts a luxon DateTime with any offset to the Korea-time ISO string. */
function toSeoul(dt: DateTime): string | null {
  return dt.isValid ? dt.setZone(ZONE).toISO({ suppressMilliseconds: true }) : null;
}

/**
 * Parses a whole line that is a date line (`입력 2024.03.05 08:30`, `2024-03-05 오후 6:21`,
 * `기사입력 : 2024년 03월 05일 08시 30분`, `2024. 3. 5. 오전 8:30`, `승인 2024.03.05 23:50`,
 * `기사전송 2024-03-04 15:30`, `등록일 2024.03.05`,
 * `2018-10-28 17:34`, `기사입력2018.01.01 오후 5:51`, RFC 822, ISO 8601 with or without offset;
 * a combined `입력 … | 수정 …` line gives its first stamp).
 * @returns ISO 8601 with `+09:00`, or null when the line is not only a date.
 */
function parseDateLine(p: DatePatterns, line: string): string | null {
  const whole = parseOne(p, line);
  if (whole) return whole;
  // A line with several stamps (`입력 … | 수정 …`, also in the other order): the publication
  // stamp (입력, 등록, 승인, 송고) is the date; without one, the first stamp that parses.
  const parts = line
    .trim()
    .split(p.labelSplit)
    .map((part) => part.replace(/^[\s|ㅣ·,]+|[\s|ㅣ·,]+$/g, ""))
    .filter(Boolean);
  if (parts.length < 2) {
    const cut = line.trim().search(p.secondStamp);
    return cut > 0 ? parseOne(p, line.trim().slice(0, cut)) : null;
  }
  const dated = parts.map((part) => ({ part, d: parseOne(p, part) }));
  // Every part must be a stamp: `홍길동 기자 입력 …` is a byline line, not a date line.
  if (dated.some((x) => !x.d)) return null;
  return (dated.find((x) => p.publicationLabel.test(x.part)) ?? dated[0])?.d ?? null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?`;
const CLOCK = String.raw`(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?)?`;
const OFFSET = String.raw`(?:\s*(?:GMT|UTC)?\s*([+-]\d{1,2}(?::?\d{2})?))?`;
const ENGLISH_MDY = new RegExp(
  String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2}),?\s+(\d{4})${CLOCK}${OFFSET}$`,
  "i",
);
const ENGLISH_DMY = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})\s+${MONTH},?\s+(\d{4})${CLOCK}${OFFSET}$`,
  "i",
);

/**
 * An English date as mail programs print it (Outlook `Tuesday, March 5, 2024 3:20 PM`, Gmail
 * `Tue, Mar 5, 2024 at 3:20 PM`, `5 March 2024 15:20`): Korea time unless an offset is given
 * (`+0900`, `GMT-5`). Null when `s` is not such a date.
 */
function englishDate(s: string): string | null {
  const mdy = ENGLISH_MDY.exec(s);
  const dmy = mdy ? null : ENGLISH_DMY.exec(s);
  if (!mdy && !dmy) return null;
  const [, monthName, day, year, h, mi, sec, ampm, offset] = mdy ?? [
    dmy![0],
    dmy![2],
    dmy![1],
    ...dmy!.slice(3),
  ];
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (!offset)
    return h === undefined
      ? iso(+year, month, +day)
      : iso(+year, month, +day, +h, +mi, sec ? +sec : 0, ampm?.replace(/\./g, "").toUpperCase());
  const [, sign, oh, om] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(offset) ?? [];
  if (!sign) return null;
  let hour = h === undefined ? 0 : +h;
  const pm = /^p/i.test(ampm ?? "");
  if (ampm && pm && hour < 12) hour += 12;
  if (ampm && !pm && hour === 12) hour = 0;
  const zone = FixedOffsetZone.instance((sign === "-" ? -1 : 1) * (+oh * 60 + (om ? +om : 0)));
  return toSeoul(
    DateTime.fromObject(
      { year: +year, month, day: +day, hour, minute: mi ? +mi : 0, second: sec ? +sec : 0 },
      { zone },
    ),
  );
}

function parseOne(p: DatePatterns, line: string): string | null {
  // ISO 8601 without an offset is Korea time: `2024-03-05T08:30:00` reads as `2024-03-05 08:30:00`.
  const s = line
    .trim()
    .replace(/\s+/g, " ")
    // A stamp label after the date (Yonhap's `2024/03/05 15:45 송고`) reads like one before it.
    .replace(p.trailingLabel, "")
    .replace(/^(?:Published|Updated|Posted|Date)\s*:?\s*(?=\d{4}-\d{2}-\d{2}T)/i, "")
    .replace(/^(.*\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/, "$1 $2");
  if (!s || s.length > 80) return null;
  // RFC 822 / RFC 2822: "Sat, 09 Aug 2025 05:07:28 +0000"
  if (
    /^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(:\d{2})? ([+-]\d{4}|GMT|UTC|Z)$/.test(
      s,
    )
  ) {
    return toSeoul(
      DateTime.fromRFC2822(s.replace(/ (GMT|UTC|Z)$/, " +0000").replace(/-0000$/, "+0000"), {
        setZone: true,
      }),
    );
  }
  // ISO 8601 with a T or a space and an explicit offset: "2025-05-15 20:00:52+09:00"
  const isoOff =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s?(Z|[+-]\d{2}:?\d{2})$/.exec(s);
  if (isoOff) {
    const off = isoOff[3] === "Z" ? "Z" : isoOff[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    return toSeoul(DateTime.fromISO(`${isoOff[1]}T${isoOff[2]}${off}`, { setZone: true }));
  }
  const english = englishDate(s);
  if (english) return english;
  const re = new RegExp(`^${p.label}${p.korean.source}`);
  const m = re.exec(s);
  if (!m) return null;
  const [, y, mo, d, ampm1, h, mi, sec, ampm2] = m;
  if (h === undefined) return iso(+y, +mo, +d);
  return iso(+y, +mo, +d, +h, +mi, sec ? +sec : 0, ampm1 ?? ampm2);
}

/** Reads date lines with the stamp labels of one lexicon. Build with {@link compileDates}. */
export interface DateLines {
  /**
   * Parses a whole line that is a date line (`입력 2024.03.05 08:30`, `2024-03-05 오후 6:21`,
   * `기사입력 : 2024년 03월 05일 08시 30분`, RFC 822, ISO 8601…; a combined `입력 … | 수정 …` line
   * gives its publication stamp). ISO 8601 with `+09:00`, or null when the line is not only a date.
   */
  parseDateLine(line: string): string | null;
  /** A weekday as mail clients and pages print it beside a date (`(화)`, `화요일,`), global. */
  weekday: RegExp;
}

/** Compiles the date-line reader from a lexicon's stamp labels and weekdays. Pure. */
export function compileDates(lex: LexiconData): DateLines {
  const p = datePatterns(lex);
  const day = lex.weekdays.join("");
  return {
    parseDateLine: (line) => parseDateLine(p, line),
    weekday: new RegExp(String.raw`\(\s*[${day}]\s*\)|[${day}]요일\s*,?`, "g"),
  };
}
