/**
 * Scoring shared by the labelled sets (test/entities-gold.test.ts, test/holdout.test.ts,
 * test/tags-gold.test.ts): labels and sillok's output compared as ids, micro-averaged precision
 * and recall, and every difference as a line (`<file>: extra <id>` = sillok has it and the label
 * does not, `<file>: missed <name>` = the label has it and sillok does not).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { projectRoot } from "../../src/core/paths.ts";
import { sharedFile } from "../helpers.ts";
import type { Entry } from "../../src/core/dictionaries.ts";
import { convertFile, type ImportContext } from "../../src/import/index.ts";
import type { Article } from "../../src/core/article.ts";

/** A labelled file: its path relative to the project (e.g. `../shared/corpus/raw/003_khan.txt`). */
export interface Labelled {
  file: string;
}

/** Reads a labelled set from `test/fixtures/<name>`. */
export function readLabels<T extends Labelled>(name: string): T[] {
  return YAML.parse(readFileSync(path.join(projectRoot, "test/fixtures", name), "utf8")) as T[];
}

/**
 * Name → id through the entries' names and aliases (현대차 and 현대자동차 are one id); a name no
 * entry knows stays its own key `unknown:<name>` and can only be missed.
 */
export function idsOf(entries: Entry[]): (name: string) => string {
  const m = new Map<string, string>();
  for (const e of entries)
    for (const n of [e.name, ...(e.aliases ?? [])]) if (!m.has(n)) m.set(n, e.id);
  return (name: string) => m.get(name) ?? `unknown:${name}`;
}

/** Counts of one comparison and its difference lines. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  diffs: string[];
}

export const score = (): Score => ({ tp: 0, fp: 0, fn: 0, diffs: [] });

/** Adds one article to `s`: `got` are sillok's names, `want` the labels, both keyed by `id`. */
export function addComparison(
  s: Score,
  file: string,
  got: string[],
  want: string[],
  id: (n: string) => string,
): void {
  const g = new Set(got.map(id));
  const w = new Map(want.map((n) => [id(n), n]));
  for (const k of g)
    if (w.has(k)) s.tp++;
    else {
      s.fp++;
      s.diffs.push(`${file}: extra ${k}`);
    }
  for (const [k, n] of w)
    if (!g.has(k)) {
      s.fn++;
      s.diffs.push(`${file}: missed ${n}`);
    }
}

export const precision = (s: Score) => s.tp / (s.tp + s.fp || 1);
export const recall = (s: Score) => s.tp / (s.tp + s.fn || 1);
export const fmt = (label: string, s: Score) =>
  `${label}: precision ${precision(s).toFixed(3)} recall ${recall(s).toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** Imports every labelled file with `ctx` as `sillok import` would; fails the test when one is skipped. */
export function importLabelled<T extends Labelled>(
  items: T[],
  ctx: ImportContext,
): Array<{ item: T; name: string; meta: Article["meta"] }> {
  return items.map((item) => {
    const file = sharedFile(item.file);
    const conv = convertFile(readFileSync(file), path.basename(file), ctx);
    if ("skip" in conv) assert.fail(`${item.file} skipped: ${conv.skip}`);
    return { item, name: path.basename(file), meta: conv.article.meta };
  });
}
