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

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => !!v && typeof v === "object" && !Array.isArray(v);
const isFilled = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isText = (v: unknown): v is string => typeof v === "string";
const optionalText = (v: unknown) => v === undefined || typeof v === "string";

/**
 * A copy of `obj`'s fields `keys` in that order, as zod's object schema gives them: a required
 * key always, an optional key only when `obj` has it (its value may be undefined). Null when a
 * value breaks `ok` (which sees undefined for a key `obj` lacks).
 */
function fields(obj: unknown, keys: [string, boolean, (v: unknown) => boolean][]): Fields | null {
  if (!isObject(obj)) return null;
  const out: Fields = {};
  for (const [k, optional, ok] of keys) {
    if (!ok(obj[k])) return null;
    if (!optional || k in obj) out[k] = obj[k];
  }
  return out;
}

const REPORTER_FIELDS: [string, boolean, (v: unknown) => boolean][] = [
  ["name", false, isFilled],
  ["email", true, optionalText],
  ["role", true, (v) => v === undefined || isFilled(v)],
];
const CAPTION_FIELDS: [string, boolean, (v: unknown) => boolean][] = [
  ["text", false, isText],
  ["credit", true, optionalText],
];
const SOURCE_FIELDS: [string, boolean, (v: unknown) => boolean][] = [
  ["file", false, isFilled],
  ["sha256", false, isText],
  ["encoding", false, isText],
  ["layout", true, optionalText],
];

/** A list of `fields` copies, [] when absent, or null. */
function records(v: unknown, keys: [string, boolean, (v: unknown) => boolean][]): Fields[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return null;
  const out: Fields[] = [];
  for (const item of v) {
    const f = fields(item, keys);
    if (!f) return null;
    out.push(f);
  }
  return out;
}

/** A list of names that are strings already (z.coerce.string() leaves them as they are), or null. */
const names = (v: unknown): string[] | null =>
  v === undefined ? [] : Array.isArray(v) && v.every(isText) ? [...v] : null;

/** Mention counts that are non-negative integers, copied in their order, or null. */
function counts(v: unknown): Record<string, number> | null {
  if (!isObject(v) || Object.getPrototypeOf(v) !== Object.prototype) return null;
  const out: Record<string, number> = {};
  for (const k of Object.keys(v)) {
    const n = v[k];
    // zod's int() is a safe integer.
    if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) return null;
    out[k] = n;
  }
  return out;
}

/**
 * {@link articleMetaSchema}'s output for a record the importer builds (every field of the usual
 * type: strings, lists of records), without zod's general machinery (a sixth of writing an
 * article); null when `data` is anything else, and the caller then asks the schema, which also
 * names what is wrong. Same values, keys and key order as the schema gives.
 */
export function writtenMeta(data: unknown): ArticleMeta | null {
  if (!isObject(data)) return null;
  const d = data;
  // undefined: not a date the contract accepts.
  const date =
    d.date === null ? null : isText(d.date) ? (canonicalDate(d.date) ?? undefined) : undefined;
  const lists = [names(d.tags), names(d.companies), names(d.people)];
  const [reporters, captions] = [
    records(d.reporters, REPORTER_FIELDS),
    records(d.captions, CAPTION_FIELDS),
  ];
  const source = fields(d.source, SOURCE_FIELDS);
  const mentions = d.mentions === undefined ? undefined : counts(d.mentions);
  const copyright = d.copyright === undefined ? null : d.copyright;
  if (
    !isFilled(d.title) ||
    !optionalText(d.subtitle) ||
    !(d.outlet === null || isText(d.outlet)) ||
    date === undefined ||
    !(DATE_SOURCES as readonly unknown[]).includes(d.dateSource) ||
    !reporters ||
    !captions ||
    !source ||
    lists.some((l) => !l) ||
    mentions === null ||
    !(copyright === null || isText(copyright))
  )
    return null;
  const out: Fields = { title: d.title };
  if ("subtitle" in d) out.subtitle = d.subtitle;
  Object.assign(out, { outlet: d.outlet, date, dateSource: d.dateSource, reporters });
  Object.assign(out, { tags: lists[0], companies: lists[1], people: lists[2] });
  if ("mentions" in d) out.mentions = mentions;
  Object.assign(out, { captions, copyright, source });
  return out as unknown as ArticleMeta;
}
