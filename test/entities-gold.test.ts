/**
 * Entity quality on the hand-labelled gold set (test/fixtures/gold-entities.yaml, 30 articles:
 * the seed, corpus files and five written ones). Each file goes through the importer
 * (decode → parse → entities, `convertFile`) exactly as `sillok import` would, so the figures
 * include whatever the parse stage leaves in the body.
 *
 * Gold names and extracted names are compared as dictionary ids (a gold name resolves through
 * the dictionaries' names and aliases: 현대차 and 현대자동차 are one id); a gold name no
 * dictionary knows stays its own key and can only be missed. Micro-averaged precision and recall
 * are printed for two set-ups:
 * - dictionaries only (the default: nothing outside a dictionary is added);
 * - with the `discover.people` opt-in of `_data/entities.yaml` (people found by their role, such
 *   as the professors and lawyers quoted in the gold articles, who are in no dictionary).
 * The issue's bars (companies P ≥ 0.95, R ≥ 0.90; people P ≥ 0.95, R ≥ 0.85) are asserted on
 * companies in both, on people precision in both, and on people recall with the opt-in: most
 * people in the gold set are ordinary named people (interviewees, lawyers, athletes) that no
 * dictionary of public figures should list.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { projectRoot } from "../src/core/paths.ts";
import { loadDictionaries, type Entry } from "../src/core/dictionaries.ts";
import { convertFile, createImportContext, type ImportContext } from "../src/import/index.ts";
import { EntityExtractor } from "../src/entities/extract.ts";

interface GoldItem { file: string; companies: string[]; people: string[] }

const gold = YAML.parse(readFileSync(path.join(projectRoot, "test/fixtures/gold-entities.yaml"), "utf8")) as GoldItem[];
const dicts = loadDictionaries();
const ids = (entries: Entry[]) => {
  const m = new Map<string, string>();
  for (const e of entries) for (const n of [e.name, ...(e.aliases ?? [])]) if (!m.has(n)) m.set(n, e.id);
  return (name: string) => m.get(name) ?? `unknown:${name}`;
};
const companyId = ids(dicts.companies);
const personId = ids(dicts.people);

interface Score { tp: number; fp: number; fn: number; misses: string[] }
const score = (): Score => ({ tp: 0, fp: 0, fn: 0, misses: [] });
function add(s: Score, file: string, got: string[], want: string[], id: (n: string) => string): void {
  const g = new Set(got.map(id));
  const w = new Map(want.map((n) => [id(n), n]));
  for (const k of g) if (w.has(k)) s.tp++; else { s.fp++; s.misses.push(`${file}: extra ${k}`); }
  for (const [k, n] of w) if (!g.has(k)) { s.fn++; s.misses.push(`${file}: missed ${n}`); }
}
const p = (s: Score) => s.tp / (s.tp + s.fp || 1);
const r = (s: Score) => s.tp / (s.tp + s.fn || 1);

function run(ctx: ImportContext): { companies: Score; people: Score } {
  const companies = score();
  const people = score();
  for (const item of gold) {
    const file = path.resolve(projectRoot, item.file);
    const conv = convertFile(readFileSync(file), path.basename(file), ctx);
    if ("skip" in conv) assert.fail(`${item.file} skipped: ${conv.skip}`);
    const name = path.basename(file);
    add(companies, name, conv.article.meta.companies, item.companies, companyId);
    add(people, name, conv.article.meta.people, item.people, personId);
  }
  return { companies, people };
}

const fmt = (label: string, s: Score) => `${label}: precision ${p(s).toFixed(3)} recall ${r(s).toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

test("gold set: dictionaries only (default)", () => {
  assert.ok(gold.length >= 25, `gold set has ${gold.length} articles`);
  const { companies, people } = run(createImportContext());
  console.log(`gold set, ${gold.length} articles, dictionaries only\n  ${fmt("companies", companies)}\n  ${fmt("people   ", people)}`);
  console.log(`  differences:\n    ${[...companies.misses, ...people.misses].join("\n    ")}`);
  assert.ok(p(companies) >= 0.95, fmt("companies", companies));
  assert.ok(r(companies) >= 0.9, fmt("companies", companies));
  assert.ok(p(people) >= 0.95, fmt("people", people));
});

test("gold set: with the discover.people opt-in", () => {
  const ctx = { ...createImportContext(), entities: new EntityExtractor({ ...dicts, settings: { discoverPeople: true } }) };
  const { companies, people } = run(ctx);
  console.log(`gold set, ${gold.length} articles, discover.people on\n  ${fmt("companies", companies)}\n  ${fmt("people   ", people)}`);
  console.log(`  differences:\n    ${[...companies.misses, ...people.misses].join("\n    ")}`);
  assert.ok(p(companies) >= 0.95, fmt("companies", companies));
  assert.ok(r(companies) >= 0.9, fmt("companies", companies));
  assert.ok(p(people) >= 0.95, fmt("people", people));
  assert.ok(r(people) >= 0.85, fmt("people", people));
});
