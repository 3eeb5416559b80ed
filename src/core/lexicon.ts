/**
 * The lexicon: the words the parse stage reads bylines, stamps and boxes by and the entity stage
 * people, companies and roles by, with the particles both need (`_data/lexicon.yaml`),
 * and the user's own additions (`lexicon.user.yaml` in the data folder), merged over it. Each
 * list's source is written above it in the shipped file. The file shapes are
 * {@link lexiconSchema} and {@link lexiconOverlaySchema}: the loader refuses what they refuse and
 * `sillok check` lists it ({@link lexiconProblems}).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { z } from "zod";
import { dataLayers, projectRoot } from "./paths.ts";
import { words } from "./dictionary-schema.ts";
import { DictionaryError, schemaProblems, shownTopic, type Problem } from "./problems.ts";
import { cachedParse } from "./yaml-cache.ts";
import { yamlFileMessage, type YamlError } from "./yaml-errors.ts";

/** Keys whose value is a list of words, in the order of the shipped file. */
export const LEXICON_LISTS = [
  "surnames",
  "given_names",
  "not_names",
  "not_name_endings",
  "given_before_eun",
  "people_noun_stems",
  "people_noun_endings",
  "copula_nouns",
  "verb_endings",
  "caption_positions",
  "not_foreign_names",
  "not_family_name_endings",
  "not_given_name_endings",
  "chinese_surnames",
  "chinese_surnames_long",
  "chinese_surnames_wide",
  "not_chinese_prefixes",
  "chinese_place_endings",
  "corporate_roles",
  "roles",
  "place_titles",
  "professions",
  "press_titles",
  "byline_titles",
  "sports_roles_before",
  "arts_roles_before",
  "roles_before_particle_only",
  "post_openers",
  "former_words",
  "former_after",
  "apposition_breakers",
  "clause_endings",
  "person_glue",
  "company_suffixes",
  "industry_suffixes",
  "generic_company_prefixes",
  "business_cues",
  "list_closers",
  "count_units",
  "place_after_company",
  "posted_on_nouns",
  "posting_verbs",
  "hanja_country_prefixes",
  "country_syllables",
  "reporter_roles",
  "signing_roles",
  "header_roles",
  "desk_roles",
  "author_labels",
  "author_roles",
  "author_credits",
  "desk_words",
  "desk_endings",
  "desk_names",
  "not_reporter_names",
  "publication_labels",
  "modified_labels",
  "stamp_label_heads",
  "stamp_label_tails",
  "stamp_noise",
  "weekdays",
  "outlet_tails",
  "outlet_logo_marks",
  "outlet_tip_marks",
  "speaker_marks",
  "interview_marks",
  "programme_credits",
  "end_box_labels",
  "credit_words",
  "copyright_bans",
  "copyright_signs",
  "copyright_words",
  "place_endings",
  "place_units",
  "place_names",
  "particles",
  "particle_contractions",
  "honorifics",
  "linking_particles",
  "clause_particles",
  "signature_particles",
  "quote_particles",
  "quote_openers",
  "breaker_particles",
  "place_particles",
  "short_particles",
  "sentence_endings",
  "caption_endings",
  "photo_labels",
] as const;

/** Keys whose value maps a group name to a list of words. */
export const LEXICON_GROUPS = ["occupation_families", "surname_spellings"] as const;

export type LexiconListKey = (typeof LEXICON_LISTS)[number];
export type LexiconGroupKey = (typeof LEXICON_GROUPS)[number];

/** The lexicon as data: every list of {@link LEXICON_LISTS}, every group map of {@link LEXICON_GROUPS}. */
export type LexiconData = { readonly [K in LexiconListKey]: readonly string[] } & {
  readonly [K in LexiconGroupKey]: Readonly<Record<string, readonly string[]>>;
};

/** Escapes the characters a regular expression reads as syntax. */
export const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A list of lexicon words as a regular-expression alternation (`기자|특파원`), for the rules that
 * compile their patterns from the lexicon: each word escaped, and a space inside a word read as
 * `space` (default `\s*`, so `최종 수정` also reads 최종수정). Order is kept: an alternation tries
 * its words in the order the list gives them.
 */
export function alternationOf(words: readonly string[], space = String.raw`\s*`): string {
  return words.map((w) => escapeRegExp(w).replace(/ +/g, space)).join("|");
}

/**
 * The lexicon's author credits (`author_credits`) as a pattern source, as bylines write them: a
 * space inside a credit also matches none (`대담 정리` reads 대담정리), a middle dot also ㆍ or a
 * slash (`글·사진` reads 글ㆍ사진, 글/사진). The byline reader and the article page read credits so.
 */
export function creditAlternation(credits: readonly string[]): string {
  return alternationOf(credits, String.raw`\s?`).replace(/·/g, String.raw`\s?[·ㆍ/]\s?`);
}

/** The shipped lexicon file. */
export const SHIPPED_LEXICON = path.join(projectRoot, "_data", "lexicon.yaml");
/** The name of the user's overlay in a data folder. */
export const USER_LEXICON = "lexicon.user.yaml";

/** A list of the lexicon: words, none empty, none twice. */
const lexiconList = words.superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const [i, w] of list.entries()) {
    if (seen.has(w))
      ctx.addIssue({ code: "custom", path: [i], message: `${w}: 두 번 있습니다. 하나를 지우세요` });
    seen.add(w);
  }
});

const unknownKey = (i: z.core.$ZodRawIssue): string | undefined =>
  i.code === "unrecognized_keys"
    ? `모르는 키 ${i.keys.join(", ")}입니다. 철자를 고치거나 지우세요 (쓸 수 있는 키: ${[...LEXICON_LISTS, ...LEXICON_GROUPS].join(", ")})`
    : undefined;

/** The shipped `lexicon.yaml`: every list and group map, nothing else. */
export const lexiconSchema = z.strictObject(
  {
    ...Object.fromEntries(LEXICON_LISTS.map((k) => [k, lexiconList])),
    ...Object.fromEntries(LEXICON_GROUPS.map((k) => [k, z.record(z.string(), lexiconList)])),
  } as Record<string, z.ZodType>,
  { error: unknownKey },
);

/**
 * An overlay value: words to add, or `{add, remove}`. A list is read as `{add: list}`, so that a
 * problem inside it is named (`roles.add 2번째`) rather than "neither form".
 */
const overlayValue = z.preprocess(
  (v) => (Array.isArray(v) ? { add: v } : v),
  z.strictObject(
    { add: lexiconList.optional(), remove: lexiconList.optional() },
    {
      error: (i) =>
        i.code === "invalid_type"
          ? `${shownTopic(i.input)} 낱말 목록이 아닙니다. [회장, 사장] 또는 {add: [...], remove: [...]}로 쓰세요`
          : i.code === "unrecognized_keys"
            ? `모르는 연산 ${i.keys.join(", ")}입니다. add 또는 remove를 쓰세요`
            : undefined,
    },
  ),
);

/** The user's `lexicon.user.yaml`: any of the shipped keys, each words to add or `{add, remove}`; an empty file is no change. */
export const lexiconOverlaySchema = z
  .strictObject(
    {
      ...Object.fromEntries(LEXICON_LISTS.map((k) => [k, overlayValue.optional()])),
      ...Object.fromEntries(
        LEXICON_GROUPS.map((k) => [k, z.record(z.string(), overlayValue).optional()]),
      ),
    } as Record<string, z.ZodType>,
    { error: unknownKey },
  )
  .nullable();

/**
 * Checks a parsed lexicon file against {@link lexiconSchema} (`overlay` false) or
 * {@link lexiconOverlaySchema}: unknown keys, values of the wrong type, empty words and words
 * listed twice, and for the shipped file a missing key.
 * @returns the problems, empty when the file is valid
 */
export function lexiconProblems(data: unknown, file: string, overlay: boolean): Problem[] {
  return schemaProblems(overlay ? lexiconOverlaySchema : lexiconSchema, data, file);
}

/** The words of an overlay list; anything that is not a list of strings reads as none. */
const wordsIn = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.filter((w): w is string => typeof w === "string" && w.trim() !== "")
    : [];

/** Applies an overlay value (a list to add, or `{add, remove}`) to a shipped list; order kept. */
function applyOverlay(base: readonly string[], value: unknown): string[] {
  const ops = (Array.isArray(value) ? { add: value } : (value ?? {})) as {
    add?: unknown;
    remove?: unknown;
  };
  const remove = new Set(wordsIn(ops.remove));
  const out = base.filter((w) => !remove.has(w));
  for (const w of wordsIn(ops.add)) if (!out.includes(w)) out.push(w);
  return out;
}

/**
 * Merges a user overlay over the shipped lexicon: each list gains the overlay's words (or its
 * `add`) and loses its `remove`; a group map merges group by group. Unknown keys are ignored
 * here (`sillok check` names them). Pure.
 */
export function mergeLexicon(shipped: LexiconData, overlay: Record<string, unknown>): LexiconData {
  const out: Record<string, unknown> = { ...shipped };
  for (const key of LEXICON_LISTS)
    if (overlay[key] !== undefined) out[key] = applyOverlay(shipped[key], overlay[key]);
  for (const key of LEXICON_GROUPS) {
    const groups = overlay[key];
    if (!groups || typeof groups !== "object" || Array.isArray(groups)) continue;
    const merged: Record<string, readonly string[]> = { ...shipped[key] };
    for (const [g, value] of Object.entries(groups))
      merged[g] = applyOverlay(merged[g] ?? [], value);
    out[key] = merged;
  }
  return out as LexiconData;
}

/** Reads a YAML file; null when it does not exist. @throws Error naming the file on bad YAML. */
export function readLexiconFile(file: string): unknown {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, "utf8");
  try {
    return cachedParse(text, (t) => YAML.parse(t));
  } catch (e) {
    throw new Error(`${file}: ${yamlFileMessage(e as YamlError, text)}`);
  }
}

const cache = new Map<string, LexiconData>();

/**
 * Loads the shipped lexicon and merges `<dataDir>/lexicon.user.yaml` over it when that file exists.
 * Read once per data folder and process.
 * @throws DictionaryError listing every problem (file, field, fix) when a file is not valid YAML
 *   or breaks its schema: the same problems `sillok check` lists.
 */
export function loadLexicon(dataDir?: string): LexiconData {
  const files = overlayFiles(dataDir);
  const cacheKey = files.join(path.delimiter);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const problems: Problem[] = [];
  const read = (file: string, overlay: boolean): unknown => {
    try {
      const data = readLexiconFile(file);
      problems.push(...lexiconProblems(data, file, overlay));
      return data;
    } catch (e) {
      const reason = (e as Error).message.slice(file.length + 2);
      problems.push({ file, field: "", message: reason });
      return null;
    }
  };
  const data = read(SHIPPED_LEXICON, false);
  const overlays = files.map((file) => read(file, true) as Record<string, unknown> | null);
  if (problems.length) throw new DictionaryError(problems);
  const lexicon = overlays.reduce<LexiconData>(
    (acc, overlay) => (overlay ? mergeLexicon(acc, overlay) : acc),
    data as LexiconData,
  );
  cache.set(cacheKey, lexicon);
  return lexicon;
}

/**
 * The user's lexicon files of a data location, in the order they apply: `lexicon.user.yaml` in
 * each of its folders (several folders overlay each other, see {@link dataLayers}) that has one.
 */
function overlayFiles(dataDir?: string): string[] {
  if (!dataDir) return [];
  return dataLayers(dataDir)
    .map((dir) => path.join(dir, USER_LEXICON))
    .filter((file) => existsSync(file));
}
