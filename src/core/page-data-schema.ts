/**
 * The contract of the page-data files of `_data/`: `furniture.yaml` (the words and patterns of
 * page furniture), `boilerplate.yaml` (patterns of text that is not the article) and `site.yaml`
 * (what every page says about the archive), as zod schemas. Their loaders read through them and
 * `sillok check` lists what they refuse, file, field and fix in Korean (problems.ts), as for the
 * dictionaries and the lexicon. Every file is optional, and an empty file is no change.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { z } from "zod";
import { words } from "./dictionary-schema.ts";
import { dataLayers } from "./paths.ts";
import { DictionaryError, schemaProblems, shown, shownTopic, type Problem } from "./problems.ts";
import { yamlFileMessage, type YamlError } from "./yaml-errors.ts";

/** Why `p` is no regular expression (read with the flags the loaders use, `iu`), or null. */
function patternError(p: string): string | null {
  try {
    new RegExp(p, "iu");
    return null;
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, "");
  }
}

/** A list of regular expressions (JavaScript syntax, flags `iu`), each one compiling. */
const patterns = z.array(
  z
    .string({ error: (i) => `${shown(i.input)}: 정규식이 아닙니다. 따옴표로 감싼 글로 쓰세요` })
    .superRefine((p, ctx) => {
      const why = patternError(p);
      if (why)
        ctx.addIssue({
          code: "custom",
          message: `${shown(p)}: 정규식으로 읽히지 않습니다 (${why}). 괄호와 \\ 를 고치거나 줄을 지우세요`,
        });
    }),
);

/** A list of photo-credit patterns: each also names the holder in a group `(?<credit>…)`. */
const creditPatterns = z
  .array(
    z.string().refine((p) => patternError(p) !== null || p.includes("(?<credit>"), {
      message: "사진 출처를 담을 (?<credit>…) 묶음이 없습니다. 출처 부분을 (?<credit>…)로 감싸세요",
    }),
  )
  .and(patterns);

/** `furniture.yaml`: furniture words and section names, and patterns of whole lines. */
export const furnitureSchema = z
  .strictObject({
    words: words.nullish(),
    sections: words.nullish(),
    lines: patterns.nullish(),
    ends: patterns.nullish(),
    summaries: patterns.nullish(),
    flashes: patterns.nullish(),
    mail_subject_marks: patterns.nullish(),
    mail_lines: patterns.nullish(),
    mail_headers: z.record(z.string(), words).nullish(),
    html_drop: words.nullish(),
    html_end: words.nullish(),
    html_credit: words.nullish(),
    html_body: patterns.nullish(),
    html_subtitle: patterns.nullish(),
    html_summary: patterns.nullish(),
  })
  .nullable();

/** `boilerplate.yaml`: one list of patterns per kind of text that is not the article. */
export const boilerplateSchema = z
  .strictObject({
    breaks: patterns.nullish(),
    furniture: patterns.nullish(),
    copyright: patterns.nullish(),
    tips: patterns.nullish(),
    markers: patterns.nullish(),
    signoffs: patterns.nullish(),
    summaries: patterns.nullish(),
    credits: creditPatterns.nullish(),
    caption_credits: creditPatterns.nullish(),
    sources: patterns.nullish(),
  })
  .nullable();

/** An absolute http(s) URL, or "" (not known). */
const siteUrl = z.string().superRefine((u, ctx) => {
  if (u !== "" && !/^https?:\/\/[^\s/]+/.test(u))
    ctx.addIssue({
      code: "custom",
      message: `${shownTopic(u)} 전체 주소가 아닙니다. http:// 또는 https://로 시작하게 쓰거나, 모르면 ""로 두세요`,
    });
});

/** `site.yaml`: title, description, language and the published URL, each optional. */
export const siteSchema = z
  .strictObject({
    title: z.string().nullish(),
    description: z.string().nullish(),
    language: z.string().nullish(),
    url: siteUrl.nullish(),
  })
  .nullable();

/** The schema of each page-data file, by its name in a data folder. */
export const PAGE_DATA_SCHEMAS = {
  "furniture.yaml": furnitureSchema,
  "boilerplate.yaml": boilerplateSchema,
  "site.yaml": siteSchema,
} as const;

export type PageDataFile = keyof typeof PAGE_DATA_SCHEMAS;

/** Reads one YAML file and lists what its schema refuses (a file that is no YAML is one problem). */
function readChecked(file: string, name: PageDataFile): { data: unknown; problems: Problem[] } {
  let data: unknown;
  const text = readFileSync(file, "utf8");
  try {
    data = YAML.parse(text);
  } catch (e) {
    const message = yamlFileMessage(e as YamlError, text);
    return { data: null, problems: [{ file, field: "", message }] };
  }
  return { data, problems: schemaProblems(PAGE_DATA_SCHEMAS[name], data, file) };
}

/**
 * The `name` file of every folder of a data location that has one (several folders overlay each
 * other, see {@link dataLayers}), each parsed and checked against its schema, in overlay order.
 * @throws DictionaryError listing every problem (file, field, fix) when a file is no YAML or
 *   breaks its schema: the same problems `sillok check` lists.
 */
export function readPageData(dataDir: string, name: PageDataFile): Record<string, unknown>[] {
  const problems: Problem[] = [];
  const out: Record<string, unknown>[] = [];
  for (const dir of dataLayers(dataDir)) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const read = readChecked(file, name);
    problems.push(...read.problems);
    out.push((read.data ?? {}) as Record<string, unknown>);
  }
  if (problems.length) throw new DictionaryError(problems);
  return out;
}

/** Every problem of the page-data files of a data location (for `sillok check`); empty when valid. */
export function pageDataProblems(dataDir: string): Problem[] {
  return dataLayers(dataDir).flatMap((dir) =>
    (Object.keys(PAGE_DATA_SCHEMAS) as PageDataFile[])
      .map((name) => path.join(dir, name))
      .filter((file) => existsSync(file))
      .flatMap((file) => readChecked(file, path.basename(file) as PageDataFile).problems),
  );
}
