/**
 * The user-editable dictionaries in `_data/` (YAML): companies, people, tags, outlets.
 * Every entry has an ASCII `id`, a Korean display `name`, `aliases` and a `kind`; the files
 * themselves say where their facts come from. Each file is read through its schema
 * (dictionary-schema.ts), the one `sillok check` reports by. Read once per run, shared by the importer
 * (outlet resolution, entity matching) and the site (entity pages).
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { loadLexicon, type LexiconData } from "./lexicon.ts";
import { ENTRY_SCHEMAS, entitySettingsSchema } from "./dictionary-schema.ts";
import { DictionaryError, schemaProblems, type Problem } from "./problems.ts";
import { dataLayers, projectRoot } from "./paths.ts";
import { cachedParse } from "./yaml-cache.ts";
import { yamlFileMessage } from "./yaml-errors.ts";

export { dataLayers };

/** One dictionary entry. `aliases` never repeats `name`. */
export interface Entry {
  id: string;
  name: string;
  kind?: string;
  aliases?: string[];
  /**
   * Phrases that contain a form of this entry but do not mention it: places, sports teams,
   * products written with a space (삼성 디지털시티, LG 트윈스, 애플 워치). Matched like forms and
   * then dropped, so the longer phrase wins over the name inside it.
   */
  not?: string[];
}

/** A company or group; `parent` is the id of its group (SK하이닉스 → sk-group). */
export interface CompanyEntry extends Entry {
  parent?: string;
  /**
   * Forms (name or aliases) that are also ordinary words (기아 "hunger", 알파벳 "alphabet"): a
   * mention by one counts only with business context (src/entities/company-rule.ts).
   */
  ambiguous?: string[];
}

/**
 * A person. `org` and `role` are display hints, and also what the homonym rule
 * (src/entities/person-rule.ts) compares with the text: a mention qualified by an occupation the
 * `role` does not name (판사, 교수, 씨 …), or by a corporate title at a company that is neither
 * `org` (nor of its group) nor in `orgs`, is a namesake's.
 */
export interface PersonEntry extends Entry {
  org?: string;
  role?: string;
  /** Other companies the person is known at (past posts: 구본준 was LG's 부회장 before LX). */
  orgs?: string[];
}

/**
 * A topic tag (`_data/tags.yaml`). `keywords` are strong: words specific to the topic (반도체,
 * 파운드리). `weak` (optional) are generic words that also occur in unrelated stories (개정안,
 * 항공기, 야구): they add to the evidence but never assign the tag without a strong keyword or a
 * title mention. `not` (Entry.not) lists phrases holding a keyword that are not the topic (야구
 * 글러브). An entry with neither list matches its `name`. The rule: src/entities/tag-rule.ts,
 * `decideTag`.
 */
export interface TagEntry extends Entry {
  keywords: string[];
  weak?: string[];
}

/**
 * A news outlet (`_data/outlets.yaml`). `kind` `portal` marks a news portal that hosts other
 * outlets' copies (Daum, Naver): it is found by host only, never as an article's outlet from text.
 */
export interface OutletEntry extends Entry {
  /** Web domains without scheme or `www.` (dt.co.kr); each also matches its subdomains. */
  domains?: string[];
  /**
   * Domains of the reporters' e-mail addresses where they differ from the web domains
   * (경향신문: site khan.co.kr, reporters `@kyunghyang.com`); read before `domains` by
   * the outlet resolver (`fromEmail`, src/parse/outlet.ts). Lowercase, without `@`.
   */
  emailDomains?: string[];
}

/**
 * Entity settings (`_data/entities.yaml`). `discoverPeople`: also add to articles the people that
 * discovery finds by their role (김민지 한빛대 교수) though people.yaml does not list them. On
 * unless the file says `discover: {people: false}`: readers expect a page for the people their
 * clippings quote, and discovery measures precision ≥ 0.95 on articles it was not tuned on.
 */
export interface EntitySettings {
  discoverPeople: boolean;
}

/** All four dictionaries, and the entity settings. */
export interface Dictionaries {
  companies: CompanyEntry[];
  people: PersonEntry[];
  tags: TagEntry[];
  outlets: OutletEntry[];
  settings: EntitySettings;
  /** The lexicon of the entity rules (`lexicon.yaml` and the user's overlay); absent: the shipped one. */
  lexicon?: LexiconData;
}

/** `entities.yaml` read through its schema; a missing file is the defaults. */
function readSettings(file: string, problems: Problem[]): EntitySettings {
  const data = readYaml(file, problems);
  const parsed = entitySettingsSchema.safeParse(data ?? null);
  if (!parsed.success) problems.push(...schemaProblems(entitySettingsSchema, data, file));
  return { discoverPeople: parsed.data?.discover?.people !== false };
}

/** A YAML file read: its data, and for a top-level list the 1-based line each item starts on. */
interface YamlRead {
  data: unknown;
  itemLines: number[];
}

/**
 * A YAML file's data and item lines; null when it is missing, or (with a problem naming the line
 * the parser gives) when it is not valid YAML.
 */
function readYamlLines(file: string, problems: Problem[]): YamlRead | null {
  if (!existsSync(file)) return null;
  return cachedParse(readFileSync(file, "utf8"), (text) => parseYamlLines(text, file, problems));
}

/** {@link readYamlLines} of the text of `file`, parsed. */
function parseYamlLines(text: string, file: string, problems: Problem[]): YamlRead | null {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    problems.push({ file, field: "", message: yamlFileMessage(error, text) });
    return null;
  }
  const items = YAML.isSeq(doc.contents) ? doc.contents.items : [];
  const itemLines = items.map((n) => {
    const at = (n as { range?: [number, number, number] } | null)?.range?.[0];
    return at === undefined ? 0 : lineCounter.linePos(at).line;
  });
  return { data: doc.toJS(), itemLines };
}

/** A YAML file's data; null when it is missing, or (with a problem) when it is not valid YAML. */
function readYaml(file: string, problems: Problem[]): unknown {
  return readYamlLines(file, problems)?.data ?? null;
}

/** Default folder of the dictionaries: `<project>/_data`. */
export const defaultDataDir = (): string => path.join(projectRoot, "_data");

/**
 * The dictionaries location of an archive: sillok's shipped `_data/` overlaid by the archive's
 * own folder `userDir` (its entries merge with the shipped ones: a new id is added, the same id
 * replaces the shipped entry), so the user's additions live in files sillok never ships and a
 * newer sillok never conflicts with them.
 */
export const archiveDataDir = (userDir: string): string =>
  [defaultDataDir(), path.resolve(userDir)].join(path.delimiter);

/** `base` with `over` laid on it: an entry of `over` replaces the entry of `base` with its id, others are added. */
function overlay<T extends Entry>(base: T[], over: T[]): T[] {
  if (over.length === 0) return base;
  const ids = new Set(over.map((e) => e.id));
  return [...base.filter((e) => !ids.has(e.id)), ...over];
}

/**
 * The entries of one list file read through its schema ({@link ENTRY_SCHEMAS}); an entry the
 * schema refuses is left out and its problems added, its field named by position, the line the
 * item starts on and its id (`3번째 항목 (7번째 줄, id: acme) aliases`).
 */
function readList<T>(file: string, problems: Problem[]): T[] {
  const read = readYamlLines(file, problems);
  const data = read?.data;
  if (data == null) return [];
  if (!Array.isArray(data)) {
    problems.push({
      file,
      field: "",
      message: "항목의 목록이 아닙니다. 줄마다 '- {id: ..., name: ...}' 형식으로 쓰세요",
    });
    return [];
  }
  const schema = ENTRY_SCHEMAS[path.basename(file) as keyof typeof ENTRY_SCHEMAS];
  const out: T[] = [];
  data.forEach((e: unknown, i) => {
    const parsed = schema.safeParse(e);
    if (parsed.success) return void out.push(parsed.data as T);
    const id = (e as { id?: unknown } | null)?.id;
    const line = read?.itemLines[i] ? `${read.itemLines[i]}번째 줄` : "";
    const notes = [line, id == null ? "" : `id: ${String(id)}`].filter(Boolean).join(", ");
    const where = `${i + 1}번째 항목${notes ? ` (${notes})` : ""}`;
    for (const p of schemaProblems(schema, e, file))
      problems.push({ ...p, field: p.field ? `${where} ${p.field}` : where });
  });
  return out;
}

/**
 * Reads the dictionaries of `dataDir` (default `_data/`; several folders overlay each other, see
 * {@link dataLayers}) through their schemas, keeping what they accept and listing what they
 * refuse (for `sillok check`). Missing files read as empty lists (and a missing `entities.yaml` as
 * the default settings; the last folder that has one decides). Not cached.
 */
export function readDictionaries(dataDir: string = defaultDataDir()): {
  dicts: Dictionaries;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const layers = dataLayers(dataDir);
  const list = <T extends Entry>(name: keyof typeof ENTRY_SCHEMAS): T[] =>
    layers.reduce(
      (acc, dir) => overlay(acc, readList<T>(path.join(dir, name), problems)),
      [] as T[],
    );
  const settingsFile = [...layers]
    .reverse()
    .map((d) => path.join(d, "entities.yaml"))
    .find((f) => existsSync(f));
  const dicts: Dictionaries = {
    companies: list<CompanyEntry>("companies.yaml"),
    people: list<PersonEntry>("people.yaml"),
    tags: list<TagEntry>("tags.yaml"),
    outlets: list<OutletEntry>("outlets.yaml"),
    settings: readSettings(
      settingsFile ?? path.join(layers[0] ?? dataDir, "entities.yaml"),
      problems,
    ),
  };
  try {
    dicts.lexicon = loadLexicon(dataDir);
  } catch (e) {
    if (!(e instanceof DictionaryError)) throw e;
    problems.push(...e.problems);
  }
  return { dicts, problems };
}

const cache = new Map<string, Dictionaries>();

/**
 * Hands this process's thread the dictionaries another thread loaded from `dataDir` (a converting
 * thread of the import gets them with its start), so {@link loadDictionaries} does not parse the
 * YAML again: 0.5–1.3 s of CPU per thread on the shipped files.
 */
export function useLoadedDictionaries(
  dataDir: string = defaultDataDir(),
  dicts: Dictionaries,
): void {
  cache.set(dataDir, dicts);
}

/**
 * Loads the dictionaries from `dataDir` (see {@link readDictionaries}), once per folder and process.
 * @throws DictionaryError listing every problem (file, field, fix) when a file breaks its schema:
 *   entities would be found by a dictionary other than the one the user wrote.
 */
export function loadDictionaries(dataDir: string = defaultDataDir()): Dictionaries {
  const hit = cache.get(dataDir);
  if (hit) return hit;
  const { dicts, problems } = readDictionaries(dataDir);
  if (problems.length) throw new DictionaryError(problems);
  cache.set(dataDir, dicts);
  return dicts;
}
