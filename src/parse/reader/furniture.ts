/**
 * Page furniture rules, from `_data/furniture.yaml`: the words furniture lines are made of, whole
 * furniture lines, the lines that end an article (other stories, paywalls, footers) and the heads
 * of portal machine summaries. Pure apart from {@link loadFurniture}.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { defaultDataDir } from "../../core/dictionaries.ts";

/** Compiled furniture rules (one list per section of `furniture.yaml`). */
export interface FurnitureRules {
  /** Furniture words, lower-cased. */
  words: Set<string>;
  lines: RegExp[];
  ends: RegExp[];
  summaries: RegExp[];
}

/** No rules: every line may be text. */
export const NO_FURNITURE: FurnitureRules = { words: new Set(), lines: [], ends: [], summaries: [] };

/**
 * Loads `<dataDir>/furniture.yaml` (patterns with flags `iu`); a missing file or section is empty.
 * @throws Error naming the file and pattern when a pattern is not a valid regular expression.
 */
export function loadFurniture(dataDir: string = defaultDataDir()): FurnitureRules {
  const file = path.join(dataDir, "furniture.yaml");
  const data = existsSync(file) ? (YAML.parse(readFileSync(file, "utf8")) ?? {}) : {};
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const compile = (v: unknown) => list(v).map((p) => {
    try {
      return new RegExp(p, "iu");
    } catch (e) {
      throw new Error(`${file}: bad pattern ${JSON.stringify(p)}: ${(e as Error).message}`);
    }
  });
  return { words: new Set(list(data.words).map((w) => w.toLowerCase())), lines: compile(data.lines), ends: compile(data.ends), summaries: compile(data.summaries) };
}

/** Splits a line into the words {@link FurnitureRules.words} are matched against. */
const WORD_SPLIT = /[\s|ㅣ/·,]+/;

/** True when the line is furniture: every word a furniture word, or a whole-line pattern matches. */
export function isFurnitureLine(line: string, rules: FurnitureRules): boolean {
  const words = line.replace(/^[•·*\-–▶▷>]+\s*/, "").split(WORD_SPLIT).filter(Boolean);
  // A word printed twice by a button's icon text and label (`확대확대`) is the word.
  const known = (w: string) => rules.words.has(w) || (w.length % 2 === 0 && w.slice(0, w.length / 2) === w.slice(w.length / 2) && rules.words.has(w.slice(w.length / 2)));
  if (words.length && words.every((w) => known(w.toLowerCase()))) return true;
  return rules.lines.some((r) => r.test(line));
}
