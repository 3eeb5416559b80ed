/**
 * The lexicon: the words the entity stage reads people, companies and roles by (`_data/lexicon.yaml`),
 * and the user's own additions (`lexicon.user.yaml` in the data folder), merged over it. Each
 * list's source is written above it in the shipped file. The file shape is {@link LexiconData};
 * `sillok check` reports the problems {@link lexiconProblems} finds.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { dataLayers, projectRoot } from "./paths.ts";

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
  "place_after_company",
  "posted_on_nouns",
  "posting_verbs",
  "hanja_country_prefixes",
  "country_syllables",
] as const;

/** Keys whose value maps a group name to a list of words. */
export const LEXICON_GROUPS = ["occupation_families", "surname_spellings"] as const;

export type LexiconListKey = (typeof LEXICON_LISTS)[number];
export type LexiconGroupKey = (typeof LEXICON_GROUPS)[number];

/** The lexicon as data: every list of {@link LEXICON_LISTS}, every group map of {@link LEXICON_GROUPS}. */
export type LexiconData = { readonly [K in LexiconListKey]: readonly string[] } & {
  readonly [K in LexiconGroupKey]: Readonly<Record<string, readonly string[]>>;
};

/** The shipped lexicon file. */
export const SHIPPED_LEXICON = path.join(projectRoot, "_data", "lexicon.yaml");
/** The name of the user's overlay in a data folder. */
export const USER_LEXICON = "lexicon.user.yaml";

/** One problem of a lexicon file: where, and what to do about it. */
export interface LexiconProblem {
  file: string;
  key: string;
  message: string;
}

const isList = (k: string): k is LexiconListKey => (LEXICON_LISTS as readonly string[]).includes(k);
const isGroup = (k: string): k is LexiconGroupKey =>
  (LEXICON_GROUPS as readonly string[]).includes(k);

/** The problems of one list: not a list, a non-string or empty word, a word twice. */
function listProblems(file: string, key: string, value: unknown): LexiconProblem[] {
  if (!Array.isArray(value))
    return [{ file, key, message: "expected a list of words, e.g. [회장, 사장]" }];
  const out: LexiconProblem[] = [];
  const seen = new Set<string>();
  for (const w of value) {
    if (typeof w !== "string")
      out.push({ file, key, message: `${JSON.stringify(w)} is not a word: quote it` });
    else if (!w.trim()) out.push({ file, key, message: "an empty word: remove it" });
    else if (seen.has(w)) out.push({ file, key, message: `${w} is listed twice: remove one` });
    else seen.add(w);
  }
  return out;
}

/** The problems of an overlay value: a list, or `{add, remove}` lists. */
function overlayProblems(file: string, key: string, value: unknown): LexiconProblem[] {
  if (Array.isArray(value)) return listProblems(file, key, value);
  if (!value || typeof value !== "object")
    return [{ file, key, message: "expected a list of words or {add: [...], remove: [...]}" }];
  const out: LexiconProblem[] = [];
  for (const [op, list] of Object.entries(value)) {
    if (op !== "add" && op !== "remove")
      out.push({ file, key, message: `unknown ${op}: use add or remove` });
    else out.push(...listProblems(file, `${key}.${op}`, list));
  }
  return out;
}

/**
 * Checks a parsed lexicon file: unknown keys, values of the wrong type, empty words and words
 * listed twice. `overlay` allows the `{add, remove}` form of a user file and missing keys.
 * @returns the problems, empty when the file is valid
 */
export function lexiconProblems(data: unknown, file: string, overlay: boolean): LexiconProblem[] {
  if (data == null && overlay) return [];
  if (!data || typeof data !== "object" || Array.isArray(data))
    return [{ file, key: "", message: "expected a map of lists" }];
  const out: LexiconProblem[] = [];
  const record = data as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (isList(key))
      out.push(...(overlay ? overlayProblems(file, key, value) : listProblems(file, key, value)));
    else if (isGroup(key) && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [g, list] of Object.entries(value)) {
        out.push(
          ...(overlay
            ? overlayProblems(file, `${key}.${g}`, list)
            : listProblems(file, `${key}.${g}`, list)),
        );
      }
    } else if (isGroup(key)) out.push({ file, key, message: "expected a map of named lists" });
    else
      out.push({
        file,
        key,
        message: `unknown key (known: ${[...LEXICON_LISTS, ...LEXICON_GROUPS].join(", ")})`,
      });
  }
  if (!overlay)
    for (const key of [...LEXICON_LISTS, ...LEXICON_GROUPS])
      if (!(key in record)) out.push({ file, key, message: "missing" });
  return out;
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
  try {
    return YAML.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: not valid YAML: ${(e as Error).message}`);
  }
}

/**
 * Every problem of the shipped lexicon and of `<dataDir>/lexicon.user.yaml` (for `sillok check`).
 * A file that is not valid YAML is one problem.
 */
export function checkLexiconFiles(dataDir?: string): LexiconProblem[] {
  const files: [string, boolean][] = [[SHIPPED_LEXICON, false]];
  for (const file of overlayFiles(dataDir)) files.push([file, true]);
  return files.flatMap(([file, overlay]) => {
    try {
      return overlay && !existsSync(file)
        ? []
        : lexiconProblems(readLexiconFile(file), file, overlay);
    } catch (e) {
      return [{ file, key: "", message: (e as Error).message }];
    }
  });
}

const cache = new Map<string, LexiconData>();

/**
 * Loads the shipped lexicon and merges `<dataDir>/lexicon.user.yaml` over it when that file exists.
 * Read once per data folder and process.
 * @throws Error naming the file and the first problem when the shipped file is not a valid
 *   lexicon or the overlay is not valid YAML; `sillok check` lists every overlay problem.
 */
export function loadLexicon(dataDir?: string): LexiconData {
  const files = overlayFiles(dataDir);
  const cacheKey = files.join(path.delimiter);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const data = readLexiconFile(SHIPPED_LEXICON);
  const problems = lexiconProblems(data, SHIPPED_LEXICON, false);
  if (problems.length)
    throw new Error(`${problems[0].file}: ${problems[0].key}: ${problems[0].message}`);
  const lexicon = files.reduce((acc, file) => {
    const overlay = readLexiconFile(file);
    return overlay && typeof overlay === "object"
      ? mergeLexicon(acc, overlay as Record<string, unknown>)
      : acc;
  }, data as LexiconData);
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
