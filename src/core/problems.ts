/**
 * How a schema problem is told to a person: the file, the field and the fix, in Korean, e.g.
 * `articles/2024/05/x.md: date — "2024-13-01"은 날짜가 아닙니다. YYYY-MM-DD 또는 ISO 8601로 고치세요`.
 * The article and dictionary schemas (zod) give their own message where a field needs one;
 * {@link koreanIssue} words the generic cases (a wrong type, a value not in a list, an unknown key).
 */
import type { z } from "zod";

/** One problem of a file: the file as the user names it, the field (a path such as `reporters 1번째 role`; "" for the whole file), and what is wrong and how to fix it. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** `field — message` (the message alone for the whole file). */
export const fieldMessage = (p: Problem): string =>
  p.field ? `${p.field} — ${p.message}` : p.message;

/** `file: field — message` (`file: message` for the whole file). */
export const formatProblem = (p: Problem): string => `${p.file}: ${fieldMessage(p)}`;

/** Readings of the digits, for the particle after a number (1 일 ends in a consonant, 2 이 does not). */
const DIGIT_HAS_FINAL = [true, true, false, true, false, false, true, true, true, false];

/**
 * The topic particle after `word`: 은 after a final consonant, 는 after a vowel, read from the
 * last Hangul syllable or digit (Unicode Hangul syllables: (code − 0xAC00) % 28 is the final
 * consonant); 은(는) when the last letter gives no reading (Latin letters, symbols).
 */
export function topicParticle(word: string): string {
  const last = word.replace(/["'\s)\]}]+$/, "").at(-1) ?? "";
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 ? "은" : "는";
  if (/[0-9]/.test(last)) return DIGIT_HAS_FINAL[Number(last)] ? "은" : "는";
  return "은(는)";
}

/** A value as the user typed it, short: strings in double quotes, lists and maps as JSON. */
export function shown(value: unknown): string {
  const s = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? "없음");
  return s.length > 50 ? `${s.slice(0, 49)}…` : s;
}

/** `"값"은` — a value followed by its topic particle. */
export const shownTopic = (value: unknown): string => {
  const s = shown(value);
  return `${s}${topicParticle(s)}`;
};

/** What a value of each zod type is called, as subject and object (이/가, 을/를), and how to fix it. */
const TYPES: Record<string, [string, string, string]> = {
  string: ["글이", "글을", '따옴표로 감싸 글로 쓰세요 (예: "3")'],
  array: ["목록이", "목록을", "[가, 나] 또는 줄마다 '- 가' 형식의 목록으로 고치세요"],
  object: ["맵이", "맵을", "'키: 값' 줄로 된 맵으로 고치세요"],
  number: ["숫자가", "숫자를", "숫자로 고치세요"],
  boolean: ["true/false가", "true/false를", "true 또는 false로 고치세요"],
  null: ["null이", "null을", "null로 고치세요"],
};

/**
 * The Korean message of a generic zod issue (wrong type, value outside an enum, unknown key, an
 * empty text), for the `error` option of `safeParse`; undefined leaves the issue's own message.
 */
export function koreanIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case "invalid_type": {
      const e = issue.expected;
      const [subject, object, fix] = TYPES[e] ?? [`${e}이(가)`, `${e}을(를)`, `${e}로 고치세요`];
      if (input === undefined) return `없습니다. 꼭 있어야 하는 필드입니다: ${object} 쓰세요`;
      return `${shownTopic(input)} ${subject} 아닙니다. ${fix}`;
    }
    case "invalid_value":
      return `${shownTopic(input)} 쓸 수 없는 값입니다. ${issue.values.map((v) => String(v)).join(", ")} 중 하나로 고치세요`;
    case "unrecognized_keys": {
      const shape = (issue.inst as { def?: { shape?: Record<string, unknown> } } | undefined)?.def
        ?.shape;
      const known = shape ? ` (쓸 수 있는 키: ${Object.keys(shape).join(", ")})` : "";
      return `모르는 키 ${issue.keys.join(", ")}입니다. 철자를 고치거나 지우세요${known}`;
    }
    case "too_small":
      return issue.origin === "string"
        ? "비어 있습니다. 내용을 쓰거나 이 줄을 지우세요"
        : `${issue.minimum}개 이상이어야 합니다`;
    default:
      return undefined;
  }
}

/**
 * A zod path as a field name: keys joined by `.`, list positions counted from 1 as people count
 * them (`reporters 1번째 role`, `captions 2번째 text`).
 */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? ` ${p + 1}번째` : `${i ? "." : ""}${String(p)}`))
    .join("")
    .replace(/번째\./g, "번째 ");
}

/**
 * The problems of `data` against `schema`, one per issue, in the file `file`; empty when it is
 * valid. The Korean wording is asked for here, on the rare failed read: a parse given an error
 * map takes twice as long, so the readers parse without one first.
 */
export function schemaProblems(schema: z.ZodType, data: unknown, file: string): Problem[] {
  const parsed = schema.safeParse(data, { error: koreanIssue });
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ file, field: fieldName(i.path), message: i.message }));
}

/**
 * A dictionary or lexicon file the loader refuses: every problem, one a line (the first ten;
 * `sillok check` lists them all).
 */
export class DictionaryError extends Error {
  constructor(readonly problems: Problem[]) {
    const shownLines = problems.slice(0, 10).map(formatProblem);
    if (problems.length > 10) shownLines.push(`… ${problems.length - 10}개 더 (sillok check)`);
    super(`사전 파일에 고칠 곳이 있습니다:\n${shownLines.join("\n")}`);
  }
}
