/**
 * Parsed YAML kept between runs: the dictionaries (half a megabyte of YAML) take 0.5–1.3 s of CPU
 * to parse on every run and in every converting thread, their data as JSON a few milliseconds.
 * An entry is named by the SHA-256 of the text and of the parser's version, so an edited file or
 * another `yaml` release is parsed afresh and no entry is ever stale. The folder is
 * `node_modules/.cache/sillok` of the sillok package, where tools keep caches by convention
 * (https://github.com/sindresorhus/find-cache-dir) and which git ignores; a cache that cannot be
 * read or written is only slower.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sha256 } from "./hash.ts";
import { projectRoot } from "./paths.ts";

/** Default folder of the cache. */
export const YAML_CACHE_DIR = path.join(projectRoot, "node_modules", ".cache", "sillok");

/** The `yaml` package's version: part of each entry's name, so a new parser never reads an old parse. */
const PARSER: string = (() => {
  try {
    const file = path.join(projectRoot, "node_modules", "yaml", "package.json");
    return String(JSON.parse(readFileSync(file, "utf8")).version);
  } catch {
    return "unknown";
  }
})();

/**
 * `parse(text)`, from the cache when this text was parsed before. `parse` returns JSON data
 * (objects, arrays, strings, numbers, booleans, null: what YAML's core schema gives), or null
 * when the text is not to be kept (it did not parse; the caller reports why each time).
 * @param dir the cache folder (tests give their own)
 */
export function cachedParse<T>(
  text: string,
  parse: (text: string) => T | null,
  dir = YAML_CACHE_DIR,
): T | null {
  const file = path.join(dir, `${sha256(`${PARSER}\n${text}`)}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // not cached yet (or unreadable): parse
  }
  const data = parse(text);
  if (data === null) return null;
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, file);
  } catch {
    // a read-only folder: parsed again next time
  }
  return data;
}
