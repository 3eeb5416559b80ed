/**
 * Layout `email`: an article or newsletter pasted from an e-mail, with the mail's header lines
 * on top (`From:`, `Sent:`/`Date:`, `To:`, `Subject:`, or the Korean forms 보낸 사람, 받는 사람,
 * 보낸 날짜, 날짜, 제목 as Outlook, Gmail and Naver Mail print them). The subject is the headline,
 * the sent date the date (Korea time, src/parse/dates.ts), the sender's display name a clue to
 * the outlet; the rest is read like any body (a headline repeated under the header is dropped
 * by refine).
 */
import { nonEmptyLines, splitRuns } from "../text.ts";
import type { FurnitureRules } from "../reader/furniture.ts";
import type { MailField, PageWords } from "../page-words.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";

/** The header lines at the top of `lines` (blank lines allowed between them). */
function headerLines(lines: string[], words: PageWords): { field: MailField; value: string }[] {
  const out: { field: MailField; value: string }[] = [];
  for (const line of lines) {
    const m = words.mailHeader.exec(line.trim());
    if (!m) break;
    out.push({ field: words.mailField(m[1]), value: m[2].trim() });
  }
  return out;
}

/** The subject without the client's `RE:` / `FW:` marks, however many stand in front. */
export function cleanSubject(subject: string, rules: FurnitureRules): string {
  let s = subject.trim();
  for (let guard = 0; guard < 8; guard++) {
    const r = rules.mailSubjectMarks.find((x) => x.test(s));
    if (!r) break;
    s = s.replace(r, "").trim();
  }
  return s;
}

/** The text without the sender's greeting and sign-off lines at its start and end. */
export function trimMailLines(lines: string[], rules: FurnitureRules): string[] {
  const mail = (l: string) => rules.mailLines.some((r) => r.test(l.trim()));
  let from = 0;
  let to = lines.length;
  while (from < to && mail(lines[from])) from++;
  while (to > from && mail(lines[to - 1])) to--;
  return lines.slice(from, to);
}

export const email: Layout = {
  id: "email",
  description: "a pasted e-mail: From/Sent/Subject (or 보낸 사람/날짜/제목) lines, then the text",
  detect(src: SourceText, ctx: ParseContext): number {
    const h = headerLines(nonEmptyLines(src.text).slice(0, 8), ctx.words);
    return h.some((x) => x.field === "subject") && h.length >= 2 ? 0.9 : 0;
  },
  parse(src: SourceText, ctx): Draft {
    const lines = nonEmptyLines(src.text);
    const h = headerLines(lines, ctx.words);
    const get = (f: string) => h.find((x) => x.field === f)?.value ?? "";
    const from = get("from")
      .replace(/<[^>]*>/g, "")
      .replace(/["']/g, "")
      .trim();
    const date = ctx.words.dates.parseDateLine(get("date"));
    return {
      title: cleanSubject(get("subject"), ctx.furniture),
      outletHint: null,
      date,
      dateSource: date ? "text" : "none",
      reporters: [],
      paragraphs: trimMailLines(lines.slice(h.length), ctx.furniture).flatMap((l) =>
        splitRuns(l, ctx.words),
      ),
      captions: [],
      copyright: null,
      clues: from ? [from] : [],
      warnings: date ? [] : ["e-mail without a readable date: left empty"],
    };
  },
};
