/**
 * The entity index of the search page in parts. The whole index (`assets/search-data.json`,
 * src/site/search-data.ts) grows with the dictionaries; the page needs only the names that begin
 * like the words typed. Stage 6 splits it into one small file per first character of a name's key
 * (`assets/search-names/<code point in hex>.json`: every entity with a form starting with that
 * character, with its group and member companies so that suggestions need no other part) and a
 * list of those characters (`index.json`). The page loads the list once and a part on demand. A
 * part also lists the frequent words of its character that have a first page.
 */
import type { SearchData, SearchEntity } from "../site/search-data.ts";
import { nameKey } from "../site/search-words.ts";

/** Folder of the parts, relative to the site root. */
export const NAMES_DIR = "assets/search-names";

/** Folder of the names' first pages (src/site/search-first.ts), relative to the site root. */
export const FIRST_DIR = "assets/search-first";

/** The list of parts: every first character that has one, in one string. */
export interface NamesManifest {
  keys: string;
}

/** The part a name or query word belongs to: the first character of its {@link nameKey} ("" when none). */
export function shardKey(s: string): string {
  return [...nameKey(s)][0] ?? "";
}

/** File name of a part (`c0bc.json` for 삼). */
export function shardFile(key: string): string {
  return `${key.codePointAt(0)!.toString(16)}.json`;
}

/**
 * Splits the search data by {@link shardKey}: each part holds the entities with a form in it,
 * plus their group and member companies, the words with a first page and the bylines' reporters
 * that it keys.
 */
export function splitSearchData(data: SearchData): Map<string, SearchData> {
  const companies = new Map(
    data.entities.filter((e) => e.type === "company").map((e) => [e.name, e]),
  );
  const members = new Map<string, SearchEntity[]>();
  for (const e of data.entities)
    if (e.parent) members.set(e.parent, [...(members.get(e.parent) ?? []), e]);
  const parts = new Map<string, Set<SearchEntity>>();
  for (const e of data.entities) {
    const family = [
      e,
      ...(e.parent && companies.has(e.parent) ? [companies.get(e.parent)!] : []),
      ...(e.type === "company" ? (members.get(e.name) ?? []) : []),
    ];
    for (const key of new Set(e.forms.map(shardKey).filter(Boolean))) {
      const set = parts.get(key) ?? new Set();
      for (const x of family) set.add(x);
      parts.set(key, set);
    }
  }
  // Keep the data's order (companies first), which is the order suggestions are shown in.
  const order = new Map(data.entities.map((e, i) => [e, i]));
  const out = new Map<string, SearchData>(
    [...parts].map(([k, set]) => [
      k,
      { entities: [...set].sort((a, b) => order.get(a)! - order.get(b)!) },
    ]),
  );
  /** The part of `s` (made when it has no entity), or null when `s` keys none. */
  const partOf = (s: string): SearchData | null => {
    const key = shardKey(s);
    if (!key) return null;
    const part = out.get(key) ?? { entities: [] };
    out.set(key, part);
    return part;
  };
  for (const w of data.words ?? []) {
    const part = partOf(w.word);
    if (part) (part.words ??= []).push(w);
  }
  for (const r of data.reporters ?? []) {
    const part = partOf(r.name);
    if (part) (part.reporters ??= []).push(r);
  }
  return out;
}

/** The parts a query needs: the first character of each of its words; only those that exist. */
export function shardsForQuery(words: string[], manifest: NamesManifest): string[] {
  const have = new Set([...manifest.keys]);
  return [...new Set(words.map(shardKey))].filter((k) => have.has(k));
}
