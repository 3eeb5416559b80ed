/**
 * Layout `email`: an article or newsletter pasted from an e-mail, with the mail's header lines
 * on top (`From:`, `Sent:`/`Date:`, `To:`, `Subject:`, or the Korean forms 보낸 사람, 받는 사람,
 * 보낸 날짜, 날짜, 제목 as Outlook, Gmail, Naver Mail and Daum Mail print them), also a forward:
 * the forwarder's note, a divider (`-----Original Message-----`, `---------- Forwarded message
 * ---------`, `----- 원본 메일 -----`) and the forwarded mail's header above the article.
 *
 * The article is the text after the last header block, read like a page copy (../reader/): its
 * own headline and date come first. The subject is the headline only when the article shows none,
 * and the sent date the date only when the article gives none (Korea time, src/parse/dates.ts),
 * with a warning; nothing is invented. The header lines, and the forwarder's own text above them,
 * never reach the body, and the addresses of the mail's sender and recipients are private: they
 * are taken out of whatever the article text repeats. Header labels are data
 * (`mail_headers` in `_data/furniture.yaml`).
 */
import { EMAIL } from "../byline.ts";
import type { DateLines } from "../dates.ts";
import type { FurnitureRules } from "../reader/furniture.ts";
import { nonEmptyLines, splitRuns } from "../text.ts";
import type { Draft, Layout, ParseContext, SourceText } from "../types.ts";
import { page } from "./page.ts";

/** One header line: its field (a `mail_headers` key: from, date, to, cc, subject) and value. */
interface MailHeader {
  field: string;
  value: string;
}

/** A run of header lines: lines `start` to `end` (exclusive) of the text. */
interface HeaderBlock {
  start: number;
  end: number;
  headers: MailHeader[];
}

/** How far into a text a mail's first header may start (a forwarder's note, a divider above it). */
const FIRST_HEADER_WITHIN = 40;
const HEADER_LINE = /^([^:：]{1,24}?)\s*[:：]\s*(.*)$/;
/** An e-mail address (RFC 5322's common form), as the byline reader reads one: every match. */
const ADDRESS = new RegExp(EMAIL.source, "g");

/** The header a line is (`보낸 사람: …` → from), or null. */
function headerOf(line: string, rules: FurnitureRules): MailHeader | null {
  const m = HEADER_LINE.exec(line.trim());
  if (!m) return null;
  const field = rules.mailHeaders.get(m[1].toLowerCase().replace(/\s/g, ""));
  return field ? { field, value: m[2].trim() } : null;
}

/**
 * A line that continues the recipients of the header line above it: a long `To:` list wraps
 * (`홍보팀 <pr@x.example>; 기획팀 <plan@x.example>`). Only addresses, names and separators.
 */
const isRecipientsLine = (line: string) =>
  /@/.test(line) && !/[.!?]\s*$/.test(line.replace(ADDRESS, "")) && line.length <= 200;

/** The header block that starts at line `i`, or null when fewer than two header lines stand there. */
function blockAt(lines: string[], i: number, rules: FurnitureRules): HeaderBlock | null {
  const headers: MailHeader[] = [];
  let end = i;
  for (let j = i; j < lines.length; j++) {
    const line = lines[j].trim();
    const h = headerOf(line, rules);
    if (h) headers.push(h);
    else if (!(headers.length && /^(to|cc)$/.test(headers.at(-1)!.field) && isRecipientsLine(line)))
      break;
    end = j + 1;
  }
  const has = (f: string) => headers.some((h) => h.field === f);
  return headers.length >= 2 && (has("subject") || (has("from") && has("date")))
    ? { start: i, end, headers }
    : null;
}

/** Every header block of the text, in order; the first must start near the top. */
function headerBlocks(lines: string[], rules: FurnitureRules): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!blocks.length && i >= FIRST_HEADER_WITHIN) break;
    const b = blockAt(lines, i, rules);
    if (b) {
      blocks.push(b);
      i = b.end - 1;
    }
  }
  return blocks;
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
  while (from < to && (!lines[from].trim() || mail(lines[from]))) from++;
  while (to > from && (!lines[to - 1].trim() || mail(lines[to - 1]))) to--;
  return lines.slice(from, to);
}

/**
 * A mail client's sent date as a date line the date reader knows: Naver Mail's `2024-03-05 (화)
 * 15:20:11 (GMT+09:00)`, Daum Mail's `2024년 3월 5일 화요일, 15시 20분 11초 +0900`. Null when unreadable.
 */
export function sentDate(value: string, dates: DateLines): string | null {
  const plain = value
    .replace(dates.weekday, " ")
    .replace(/(\d{1,2})시\s*(\d{1,2})분(?:\s*(\d{1,2})초)?/, (_, h, m, s) =>
      [h, m, ...(s ? [s] : [])].join(":"),
    )
    .replace(/\(?\s*(?:GMT|UTC)\s*([+-]\d{2}):?(\d{2})\s*\)?/i, " $1$2")
    .replace(/(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/, (_, y, m, d) =>
      [y, m.padStart(2, "0"), d.padStart(2, "0")].join("-"),
    )
    .replace(/\s*,\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return dates.parseDateLine(value) ?? dates.parseDateLine(plain);
}

/** `text` without the given addresses (and the `<>` or `()` around them); counts what it took out. */
function withoutAddresses(text: string, private_: Set<string>, taken: { n: number }): string {
  return text
    .replace(/[<(]?\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[>)]?/g, (all, addr: string) => {
      if (!private_.has(addr.toLowerCase())) return all;
      taken.n++;
      return "";
    })
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/** The pasted mail taken apart: its header fields, the article's lines and what was left out. */
interface MailParts {
  get: (field: string) => string;
  body: string;
  addresses: Set<string>;
  /** Non-empty lines of the mail's own text above the last header (a forwarder's note). */
  noteLines: number;
}

function mailParts(text: string, rules: FurnitureRules): MailParts {
  const lines = text.split("\n");
  const blocks = headerBlocks(lines, rules);
  const last = blocks.at(-1)!;
  const addresses = new Set<string>();
  for (const b of blocks)
    for (const h of b.headers)
      for (const a of h.value.match(ADDRESS) ?? []) addresses.add(a.toLowerCase());
  const inBlock = (i: number) => blocks.some((b) => i >= b.start && i < b.end);
  const note = lines
    .slice(0, last.start)
    .filter((l, i) => l.trim() && !inBlock(i) && !rules.mailLines.some((r) => r.test(l.trim())));
  // The last block is the forwarded message's own header: its subject and date are the article's.
  const get = (f: string) =>
    last.headers.find((h) => h.field === f)?.value ??
    blocks.flatMap((b) => b.headers).find((h) => h.field === f)?.value ??
    "";
  const body = trimMailLines(lines.slice(last.end), rules).join("\n");
  return { get, body, addresses, noteLines: note.length };
}

/**
 * The article of the mail's body. A forwarded page copy has its own header (a headline over a date
 * stamp, or a headline line over the text): the page-copy reader reads it, and its headline wins
 * over the subject (the forwarder's words, `기사 공유드립니다`). Text with no headline line of
 * its own (a newsletter, a pasted article body) never has its first sentence taken for one: the
 * subject is the headline, and every line is text.
 */
function readBody(src: SourceText, body: string, subject: string, ctx: ParseContext): Draft {
  const read = page.parse({ file: src.file, text: body }, ctx);
  if (read.title || !subject) return read;
  return {
    title: "",
    outletHint: null,
    date: null,
    dateSource: "none",
    reporters: [],
    paragraphs: nonEmptyLines(body).flatMap((l) => splitRuns(l, ctx.words)),
    captions: [],
    copyright: null,
    clues: [],
    warnings: [],
  };
}

/** The draft of the article read from the body, with the private addresses taken out. */
function redact(draft: Draft, addresses: Set<string>): { draft: Draft; taken: number } {
  const taken = { n: 0 };
  const clean = (s: string) => withoutAddresses(s, addresses, taken);
  return {
    draft: {
      ...draft,
      paragraphs: draft.paragraphs.map(clean).filter(Boolean),
      captions: draft.captions.map((c) => ({ ...c, text: clean(c.text) })),
      reporters: draft.reporters.map((r) =>
        r.email && addresses.has(r.email.toLowerCase()) ? { ...r, email: undefined } : r,
      ),
      clues: draft.clues.map(clean),
    },
    taken: taken.n,
  };
}

export const email: Layout = {
  id: "email",
  description:
    "a pasted or forwarded e-mail: From/Sent/Subject (or 보낸 사람/날짜/제목) lines, then the text",
  detect(src: SourceText, ctx: ParseContext): number {
    return headerBlocks(src.text.split("\n"), ctx.furniture).length ? 0.9 : 0;
  },
  parse(src: SourceText, ctx): Draft {
    const mail = mailParts(src.text, ctx.furniture);
    const subject = cleanSubject(mail.get("subject"), ctx.furniture);
    const { draft, taken } = redact(readBody(src, mail.body, subject, ctx), mail.addresses);
    const sent = sentDate(mail.get("date"), ctx.words.dates);
    const date = draft.date ?? sent;
    const from = mail
      .get("from")
      .replace(ADDRESS, "")
      .replace(/[<>"'()]/g, "")
      .trim();
    const warnings = [...draft.warnings];
    if (!draft.date && sent)
      warnings.push("날짜는 메일을 보낸 날짜입니다: 전달된 글에는 날짜가 없습니다");
    if (!date) warnings.push("메일에서 날짜를 읽지 못해 비워 둡니다");
    if (mail.noteLines)
      warnings.push(
        `전달된 메시지 위에 쓴 메일 글(${mail.noteLines}줄)은 기사가 아니라서 뺐습니다`,
      );
    if (taken) warnings.push(`메일의 개인 e메일 주소 ${taken}개를 본문에서 뺐습니다`);
    return {
      ...draft,
      title: draft.title || subject,
      date,
      dateSource: draft.date ? draft.dateSource : date ? "text" : "none",
      clues: from ? [...draft.clues, from] : draft.clues,
      warnings,
      undatedTold: !date,
    };
  },
};
