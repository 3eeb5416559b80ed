/**
 * Entity and tag quality on the held-out set (test/fixtures/holdout.yaml: 30 corpus files that
 * are in neither the entity nor the tag gold set, labelled by reading them before sillok ran on
 * them). It measures what the rules do on articles nobody tuned them on, so it PRINTS the
 * figures and every difference and asserts only what must hold whatever the rules become:
 * the set has at least 30 articles, every file imports, and loose precision floors (companies
 * ≥ 0.8, people ≥ 0.9, tags ≥ 0.6: a rule that starts linking wrong names fails). Recall is
 * printed, not asserted: most held-out names are ordinary people and small firms that no
 * dictionary lists (15 company labels, 11 of them firms like a publisher or a joint venture),
 * so a recall floor would either fail for want of dictionary entries or invite adding these
 * very names, which would end the set's use.
 *
 * Each file goes through the importer (decode → parse → entities, `convertFile`) exactly as
 * `sillok import` would. Scoring is that of test/entities-gold.test.ts: gold names and extracted
 * names are compared as dictionary ids (a gold name resolves through the dictionaries' names and
 * aliases, so 현대차 and 현대자동차 are one id); a gold name no dictionary knows stays its own key
 * (`unknown:<name>`) and can only be missed. Tags are compared as ids of _data/tags.yaml (sillok
 * writes display names, mapped back to ids). Micro-averaged precision and recall are printed for
 * companies, people and tags on the default run (people discovery on), and for people again
 * with the dictionaries only (`discover: {people: false}` / `--no-discover-people`). `extra` = sillok has it and the label
 * does not, `missed` = the label has it and sillok does not.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { sharedFile } from "../helpers.ts";
import { loadDictionaries } from "../../src/core/dictionaries.ts";
import { createImportContext } from "../../src/import/index.ts";
import { EntityExtractor } from "../../src/entities/extract.ts";
import {
  addComparison as add,
  fmt,
  idsOf,
  importLabelled,
  precision,
  readLabels,
  recall,
  score,
} from "./scoring.ts";

interface HoldoutItem {
  file: string;
  companies: string[];
  people: string[];
  tags: string[];
  notes?: string;
}

const holdout = readLabels<HoldoutItem>("holdout.yaml");
const dicts = loadDictionaries();
const companyId = idsOf(dicts.companies);
const personId = idsOf(dicts.people);
const tagIdOf = new Map(dicts.tags.map((t) => [t.name, t.id]));
const tagId = (name: string) => tagIdOf.get(name) ?? `unknown:${name}`;
const tagIds = new Set(dicts.tags.map((t) => t.id));
const importAll = (ctx: Parameters<typeof importLabelled>[1]) => importLabelled(holdout, ctx);

test("held-out set: at least 30 distinct readable articles, tags are ids of _data/tags.yaml", () => {
  assert.ok(holdout.length >= 30, `held-out set has ${holdout.length} articles`);
  assert.equal(
    new Set(holdout.map((h) => h.file)).size,
    holdout.length,
    "a file is labelled twice",
  );
  for (const h of holdout) {
    assert.ok(
      existsSync(sharedFile(h.file)),
      `${h.file} not found (npm run eval needs ../shared beside the checkout, or SILLOK_SHARED)`,
    );
    for (const t of h.tags) assert.ok(tagIds.has(t), `${h.file}: unknown tag id ${t}`);
  }
});

test("held-out set: companies, people and tags on the default run (people discovery on)", () => {
  const companies = score();
  const people = score();
  const tags = score();
  for (const { item, name, meta } of importAll(createImportContext())) {
    add(companies, name, meta.companies, item.companies, companyId);
    add(people, name, meta.people, item.people, personId);
    add(tags, name, meta.tags.map(tagId), item.tags, (n) => n);
  }
  console.log(
    `held-out set, ${holdout.length} articles, default run (discover.people on)\n  ${fmt("companies", companies)}\n  ${fmt("people   ", people)}\n  ${fmt("tags     ", tags)}`,
  );
  console.log(
    `  differences:\n    ${[...companies.diffs, ...people.diffs, ...tags.diffs].join("\n    ") || "(none)"}`,
  );
  assert.ok(precision(companies) >= 0.8, fmt("companies", companies));
  assert.ok(precision(people) >= 0.95, fmt("people", people));
  assert.ok(recall(people) >= 0.8, fmt("people", people));
  assert.ok(precision(tags) >= 0.6, fmt("tags", tags));
});

test("held-out set: people with the dictionaries only (--no-discover-people)", () => {
  const ctx = {
    ...createImportContext(),
    entities: new EntityExtractor({ ...dicts, settings: { discoverPeople: false } }),
  };
  const people = score();
  for (const { item, name, meta } of importAll(ctx))
    add(people, name, meta.people, item.people, personId);
  console.log(
    `held-out set, ${holdout.length} articles, dictionaries only\n  ${fmt("people   ", people)}`,
  );
  console.log(`  differences:\n    ${people.diffs.join("\n    ") || "(none)"}`);
  assert.ok(precision(people) >= 0.9, fmt("people", people));
});
