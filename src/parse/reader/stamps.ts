/**
 * Date stamp lines of news pages: a publication label (입력, 승인, 기사승인, 등록, 송고, 기사입력,
 * 게재, 발행, 게시일, 작성, 전송), with or without a colon or bar, before or after the date; a
 * 수정/업데이트 (modified) stamp; a portal's byline + date line (`홍길동 기자(x@y.kr) 2024. 1. 11.
 * 16:15`); a bare date line under the headline. Dates dotted, dashed, slashed or in Korean words
 * (`2024년 3월 5일 오후 6시 21분`), with 오전/오후. A line is a stamp only when little else is on
 * it, so a date inside a sentence or caption never is one.
 */
import type { Reporter } from "../../core/article.ts";
import { EMAIL, mergeReporters, parseAuthorLine } from "../byline.ts";
import { iso } from "../dates.ts";
import type { Stamp } from "./state.ts";

const DATE = new RegExp(
  String.raw`(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*(?:[.일](?!\d))?\s*(?:\(\s*[월화수목금토일]\s*\)|[월화수목금토일]요일)?\s*[\[(]?\s*` +
    String.raw`(?:(오전|오후|AM|PM)\s*)?(?:(\d{1,2})\s*(?::|시)\s*(\d{1,2})\s*분?(?:\s*:\s*(\d{2})\s*초?)?)?\s*[\])]?\s*(오전|오후|AM|PM)?`,
  "gi",
);
const PUBLICATION = /(?:입력|승인|등록|송고|게재|발행|게시|작성|전송|Published|Posted|조회)/i;
const MODIFIED = /(?:수정|업데이트|갱신|Updated|Modified)/i;
/** A line holding only a stamp label (`입력`, `기사입력 :`, `업데이트`): its date may be on the next line. */
export const LABEL_ONLY =
  /^[•·\-]?\s*(?:기사\s?)?(?:입력|승인|등록|송고|게재|발행|게시|작성|전송|수정|최종\s?수정|업데이트)(?:일|일시|시간|일자)?\s*[:：|ㅣ]?$/;
/** What else a stamp line may hold besides dates and labels: separators, view counts, page refs. */
const NOISE =
  /(?:기사|최종|일시|시간|일자|일|지면|면|조회수?|댓글|\d+\s?개|[\d,]+|기사원문|on|at|KST|[:：|ㅣ·,()\[\]•\-–/])/gi;
/** Longest remainder (after dates, labels, names and noise) of a line that is still a stamp line. */
const REST_MAX = 4;

/**
 * Reads a stamp line: its dates with their labels, and any reporters it names.
 * @returns the stamps in line order, or null when the line is not a stamp line.
 */
export function readStamps(line: string): Stamp[] | null {
  const s = line.replace(/^[•·*]\s*/, "").trim();
  if (s.length > 120 || !/\d{4}\s*[.\-/년]/.test(s)) return null;
  const found: { at: number; end: number; date: string; timed: boolean }[] = [];
  for (const m of s.matchAll(DATE)) {
    const [, y, mo, d, ap1, h, mi, sec, ap2] = m;
    // A day without a time of day stays a day (`2024-03-05`): no 00:00 is invented.
    const date =
      h === undefined
        ? (iso(+y, +mo, +d)?.slice(0, 10) ?? null)
        : iso(+y, +mo, +d, +h, +mi, sec ? +sec : 0, ap1 ?? ap2);
    if (date)
      found.push({ at: m.index!, end: m.index! + m[0].length, date, timed: h !== undefined });
  }
  if (!found.length) return null;
  const reporters = stampReporters(s, found[0].at);
  let rest = s;
  for (const f of [...found].reverse()) rest = rest.slice(0, f.at) + " " + rest.slice(f.end);
  rest = rest.replace(EMAIL, " ").replace(PUBLICATION, " ").replace(MODIFIED, " ");
  for (const r of reporters) rest = rest.replace(r.name, " ");
  rest = rest
    .replace(/[가-힣]{0,6}(?:기자|특파원|뉴스팀|취재팀|편집위원|논설위원)/g, " ")
    .replace(NOISE, " ")
    .trim();
  // One word besides the stamp may be the outlet's or portal's name (`가나뉴스 2024.03.05 08:30`).
  const oneName = /^[가-힣A-Za-z0-9]{2,12}$/.test(rest);
  if (!oneName && rest.replace(/\s+/g, "").length > REST_MAX + (reporters.length ? 12 : 0))
    return null;
  return found.map((f, i) => {
    const before = s.slice(i ? found[i - 1].end : 0, f.at);
    const after = s.slice(f.end, found[i + 1]?.at ?? s.length);
    const label = MODIFIED.test(before)
      ? "modified"
      : PUBLICATION.test(before) || /^\s*(?:송고|입력|등록)/.test(after)
        ? "publication"
        : "none";
    return { date: f.date, label, timed: f.timed, reporters };
  });
}

const STAMP_BYLINE =
  /(?<![가-힣])([가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4})*)(?:\s+[가-힣A-Za-z]{2,8})?\s?(기자|특파원|논설위원|편집위원|선임기자)(?![가-힣])/g;

/** Reporters named before the first date of a stamp line (`홍길동 기자(x@y.kr) 2024. …`). */
function stampReporters(s: string, firstDate: number): Reporter[] {
  const head = s
    .slice(0, firstDate)
    .replace(/(?:기사\s?)?(?:입력|승인|등록|송고)\s*[:：]?\s*$/, "")
    .trim();
  const tail = s
    .slice(firstDate)
    .replace(DATE, " ")
    .replace(/[\[\]:|]/g, " ")
    .trim();
  const out: Reporter[] = [];
  for (const part of [head, tail]) {
    const email = EMAIL.exec(part)?.[0];
    // `홍길동 기자`, `홍길동 매경닷컴 기자` (an outlet word between name and role), `홍길동·김철수 기자`.
    const names = [...part.matchAll(STAMP_BYLINE)].flatMap((m) =>
      parseAuthorLine(`${m[1]} ${m[2]}`),
    );
    out.push(...names.map((r) => (email && names.length === 1 ? { ...r, email } : r)));
  }
  return mergeReporters(out);
}

/** The publication date among a line's stamps: a labelled publication stamp, else the first that is not 수정. */
export function publicationOf(stamps: Stamp[]): Stamp | null {
  return (
    stamps.find((s) => s.label === "publication") ?? stamps.find((s) => s.label === "none") ?? null
  );
}
