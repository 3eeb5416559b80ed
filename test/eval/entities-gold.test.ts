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
 * - the default run: dictionaries plus people discovery (`discover.people`, on unless
 *   `_data/entities.yaml` or `--no-discover-people` turns it off: people found by their role,
 *   such as the professors and lawyers quoted in the gold articles, who are in no dictionary);
 * - dictionaries only (`--no-discover-people`).
 * The bars (companies P ≥ 0.95, R ≥ 0.90; people P ≥ 0.95, R ≥ 0.85) are asserted on the
 * default run; without discovery people recall stays below 0.85: most people in the gold set
 * are ordinary named people (interviewees, lawyers, athletes) that no dictionary of public
 * figures should list.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadDictionaries } from "../../src/core/dictionaries.ts";
import { createImportContext, type ImportContext } from "../../src/import/index.ts";
import {
  addComparison as add,
  fmt,
  idsOf,
  importLabelled,
  precision as p,
  recall as r,
  readLabels,
  score,
  type Score,
} from "./scoring.ts";

interface GoldItem {
  file: string;
  companies: string[];
  people: string[];
}

const gold = readLabels<GoldItem>("gold-entities.yaml");
const dicts = loadDictionaries();
const companyId = idsOf(dicts.companies);
const personId = idsOf(dicts.people);

function run(ctx: ImportContext): { companies: Score; people: Score } {
  const companies = score();
  const people = score();
  for (const { item, name, meta } of importLabelled(gold, ctx)) {
    add(companies, name, meta.companies, item.companies, companyId);
    add(people, name, meta.people, item.people, personId);
  }
  return { companies, people };
}

test("gold set: the default run (people discovery on): people recall ≥ 0.85, precision ≥ 0.95", () => {
  assert.ok(gold.length >= 25, `gold set has ${gold.length} articles`);
  const { companies, people } = run(createImportContext());
  console.log(
    `gold set, ${gold.length} articles, default run (discover.people on)\n  ${fmt("companies", companies)}\n  ${fmt("people   ", people)}`,
  );
  console.log(`  differences:\n    ${[...companies.diffs, ...people.diffs].join("\n    ")}`);
  assert.ok(p(companies) >= 0.95, fmt("companies", companies));
  assert.ok(r(companies) >= 0.9, fmt("companies", companies));
  assert.ok(p(people) >= 0.95, fmt("people", people));
  assert.ok(r(people) >= 0.85, fmt("people", people));
});

test("gold set: dictionaries only (--no-discover-people)", () => {
  const { companies, people } = run(createImportContext(undefined, undefined, false));
  console.log(
    `gold set, ${gold.length} articles, dictionaries only\n  ${fmt("companies", companies)}\n  ${fmt("people   ", people)}`,
  );
  assert.ok(p(companies) >= 0.95, fmt("companies", companies));
  assert.ok(r(companies) >= 0.9, fmt("companies", companies));
  assert.ok(p(people) >= 0.95, fmt("people", people));
  assert.ok(
    r(people) < 0.85,
    `without discovery, people recall is the dictionaries' alone: ${fmt("people", people)}`,
  );
});
