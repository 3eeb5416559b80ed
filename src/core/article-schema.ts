/**
 * The front matter contract of an article (SPEC §4) as one zod schema, used by the writer
 * (`serializeArticle` writes only what it accepts) and by the reader (`parseArticleFile` accepts
 * what a hand edit may reasonably leave: a missing list is empty, a date without an offset is Korea
 * time). Each field's message says what is wrong and how to fix it (see problems.ts).
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { normalizeDate } from "./dates.ts";
import { shownTopic } from "./problems.ts";
import type { ArticleMeta } from "./article.ts";

/** Where the `date` field may come from. */
export const DATE_SOURCES = ["text", "filename", "sidecar", "manual", "none"] as const;

/** A text that must say something. */
const filled = z
  .string()
  .refine((s) => s.trim() !== "", { message: "비어 있습니다. 내용을 쓰세요" });

/** The list fields; a missing or `null` list is empty (older and hand-written files leave empty lists out). */
const LIST_FIELDS = ["reporters", "tags", "companies", "people", "captions"] as const;

/**
 * A name in `tags`, `companies`, `people`: YAML reads `2024` or `true` as a number or boolean, but
 * the user meant the word.
 */
const nameItem = z.coerce.string();

/** {@link normalizeDate}, remembering the last value: the check and the rewrite of one date ask twice. */
let lastDate: [string, string | null] = ["", null];
function canonicalDate(s: string): string | null {
  if (lastDate[0] !== s) lastDate = [s, normalizeDate(s)];
  return lastDate[1];
}

/**
 * Why a value written as YYYY-MM-DD (with or without a time) names no real day: the month or the
 * day does not exist in the Gregorian calendar (2026-11-31, 2024-13-01); null when the day exists
 * (then the time, if any, is what is wrong) or the value is not in that form.
 */
function missingDay(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${month}월은 없습니다 (1~12월)`;
  const last = DateTime.local(year, month).daysInMonth ?? 31;
  return day < 1 || day > last ? `${year}년 ${month}월은 ${last}일까지입니다` : null;
}

function notADate(v: unknown): string {
  if (v === undefined) return "없습니다. 날짜(YYYY-MM-DD 또는 ISO 8601) 또는 모르면 null을 쓰세요";
  const missing = typeof v === "string" ? missingDay(v.trim()) : null;
  if (missing)
    return `${shownTopic(v)} 없는 날짜입니다: ${missing}. 날짜를 고치거나, 모르면 null을 쓰세요`;
  return `${shownTopic(v)} 날짜가 아닙니다. YYYY-MM-DD 또는 ISO 8601로 고치세요 (시차가 없으면 한국 시간)`;
}

/**
 * `date`: an ISO 8601 date or date-time in its canonical form (dates.ts: Korea time without an
 * offset, a date-only value stays a day), or null when the input gives none; never guessed.
 */
const dateField = z
  .string({ error: (i) => notADate(i.input) })
  .refine((s) => canonicalDate(s) !== null, { error: (i) => notADate(i.input) })
  .overwrite((s) => canonicalDate(s) ?? s)
  .nullable();

/**
 * What a hand edit may leave that the contract reads as the writer would have written it: `null`
 * or an empty key for a list (an empty list), a YAML timestamp (its ISO text). A new object when
 * something changes; `data` itself never.
 */
function asWritten(data: unknown): unknown {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data;
  const d = data as Record<string, unknown>;
  const nulls = LIST_FIELDS.filter((k) => d[k] === null);
  if (!nulls.length && !(d.date instanceof Date)) return data;
  const out = { ...d };
  for (const k of nulls) delete out[k];
  if (d.date instanceof Date) out.date = d.date.toISOString();
  return out;
}

const reporter = z.object({
  name: filled,
  email: z.string().optional(),
  role: filled.optional(),
});

const caption = z.object({ text: z.string(), credit: z.string().optional() });

const source = z.object({
  file: filled,
  sha256: z.string(),
  encoding: z.string(),
  layout: z.string().optional(),
});

const mentionCount = z
  .number()
  .int()
  .nonnegative({ message: "횟수는 0 이상의 정수입니다. 숫자로 고치세요" });

/**
 * The front matter schema. Its output is {@link ArticleMeta}: lists present (empty when left
 * out), `copyright` null when left out, `date` canonical; keys it does not know are dropped.
 */
export const articleMetaSchema: z.ZodType<ArticleMeta> = z.preprocess(
  asWritten,
  z.object(
    {
      title: filled,
      subtitle: z.string().optional(),
      outlet: z.string().nullable(),
      date: dateField,
      dateSource: z.enum(DATE_SOURCES),
      reporters: z.array(reporter).default([]),
      tags: z.array(nameItem).default([]),
      companies: z.array(nameItem).default([]),
      people: z.array(nameItem).default([]),
      mentions: z.record(z.string(), mentionCount).optional(),
      captions: z.array(caption).default([]),
      copyright: z.string().nullable().default(null),
      source,
    },
    {
      error: (i) =>
        i.code === "invalid_type"
          ? "front matter가 맵이 아닙니다. '키: 값' 줄로 쓰세요"
          : undefined,
    },
  ),
);
