/**
 * Date stamp lines of news pages: a publication label (입력, 승인, 기사승인, 등록, 송고, 기사입력,
 * 게재, 발행, 게시일, 작성, 전송), with or without a colon or bar, before or after the date; a
 * 수정/업데이트 (modified) stamp; a portal's byline + date line (`홍길동 기자(x@y.kr) 2024. 1. 11.
 * 16:15`); a bare date line under the headline. Dates dotted, dashed, slashed or in Korean words
 * (`2024년 3월 5일 오후 6시 21분`), with 오전/오후. A line is a stamp only when little else is on
 * it, so a date inside a sentence or caption never is one.
 */
import type { Reporter } from "../../core/article.ts";
import { EMAIL, mergeReporters } from "../byline.ts";
import { iso } from "../dates.ts";
import type { PageWords } from "../page-words.ts";
import type { Stamp } from "./state.ts";

/** Longest remainder (after dates, labels, names and noise) of a line that is still a stamp line. */
const REST_MAX = 4;

/**
 * Reads a stamp line: its dates with their labels, and any reporters it names. The labels, the
 * other words a stamp line may hold and the roles are the lexicon's (`words.stamps`).
 * @returns the stamps in line order, or null when the line is not a stamp line.
 */
export function readStamps(line: string, words: PageWords): Stamp[] | null {
  const w = words.stamps;
  const s = line.replace(/^[•·*]\s*/, "").trim();
  if (s.length > 120 || !/\d{4}\s*[.\-/년]|\d{2}\.\d{2}\.\d{2}\s/.test(s)) return null;
  const found: { at: number; end: number; date: string; timed: boolean }[] = [];
  for (const m of s.matchAll(w.date)) {
    const [, yy, mo, d, ap1, h, mi, sec, ap2] = m;
    // A two-digit year (`25.06.18 17:52`, see page-words.ts) is this century's.
    const y = yy.length === 2 ? 2000 + +yy : +yy;
    // A day without a time of day stays a day (`2024-03-05`): no 00:00 is invented.
    const date =
      h === undefined
        ? (iso(y, +mo, +d)?.slice(0, 10) ?? null)
        : iso(y, +mo, +d, +h, +mi, sec ? +sec : 0, ap1 ?? ap2);
    if (date)
      found.push({ at: m.index!, end: m.index! + m[0].length, date, timed: h !== undefined });
  }
  if (!found.length) return null;
  const reporters = stampReporters(s, found[0].at, words);
  let rest = s;
  for (const f of [...found].reverse()) rest = rest.slice(0, f.at) + " " + rest.slice(f.end);
  rest = rest.replace(EMAIL, " ").replace(w.publication, " ").replace(w.modified, " ");
  for (const r of reporters) rest = rest.replace(r.name, " ");
  rest = rest.replace(w.roleWord, " ").replace(w.noise, " ").trim();
  // One word besides the stamp may be the outlet's or portal's name (`가나뉴스 2024.03.05 08:30`).
  const oneName = /^[가-힣A-Za-z0-9]{2,12}$/.test(rest);
  if (!oneName && rest.replace(/\s+/g, "").length > REST_MAX + (reporters.length ? 12 : 0))
    return null;
  return found.map((f, i) => {
    const before = s.slice(i ? found[i - 1].end : 0, f.at);
    const after = s.slice(f.end, found[i + 1]?.at ?? s.length);
    const label = w.modified.test(before)
      ? "modified"
      : w.publication.test(before) || w.publicationAfter.test(after)
        ? "publication"
        : "none";
    return { date: f.date, label, timed: f.timed, reporters };
  });
}

/** Reporters named before the first date of a stamp line (`홍길동 기자(x@y.kr) 2024. …`). */
function stampReporters(s: string, firstDate: number, words: PageWords): Reporter[] {
  const head = s.slice(0, firstDate).replace(words.stamps.labelAtEnd, "").trim();
  const tail = s
    .slice(firstDate)
    .replace(words.stamps.date, " ")
    .replace(/[\[\]:|]/g, " ")
    .trim();
  const out: Reporter[] = [];
  for (const part of [head, tail]) {
    const email = EMAIL.exec(part)?.[0];
    // `홍길동 기자`, `홍길동 매경닷컴 기자` (an outlet word between name and role), `홍길동·김철수 기자`.
    const names = [...part.matchAll(words.stamps.byline)].flatMap((m) =>
      words.bylines.parseAuthorLine(`${m[1]} ${m[2]}`),
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
