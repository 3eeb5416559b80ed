/**
 * The lexicon (_data/lexicon.yaml): the shipped file is valid, the user's lexicon.user.yaml is
 * merged over it and changes what discovery reads, and `sillok check` names every problem of it.
 * Needs nothing beside the checkout.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import {
  lexiconProblems,
  loadLexicon,
  mergeLexicon,
  readLexiconFile,
  SHIPPED_LEXICON,
  type LexiconData,
} from "../src/core/lexicon.ts";
import { checkArchive } from "../src/cli/check.ts";
import { EntityExtractor } from "../src/entities/extract.ts";
import { tempDir } from "./helpers.ts";

/** A data folder with the shipped dictionaries and `overlay` as lexicon.user.yaml. */
function dataWith(overlay: string): string {
  const dir = path.join(tempDir(), "_data");
  cpSync(path.join(projectRoot, "_data"), dir, { recursive: true });
  writeFileSync(path.join(dir, "lexicon.user.yaml"), overlay);
  return dir;
}

test("the shipped lexicon has every key, lists of non-empty words, no word twice", () => {
  assert.deepEqual(lexiconProblems(readLexiconFile(SHIPPED_LEXICON), SHIPPED_LEXICON, false), []);
  const lex = loadLexicon();
  assert.ok(lex.corporate_roles.includes("부회장"));
  assert.ok(lex.professions.includes("부장판사"));
  // A merged copy: no corporate role is listed again among the other roles.
  assert.deepEqual(
    lex.roles.filter((r) => lex.corporate_roles.includes(r)),
    [],
  );
});

test("lexicon problems: unknown key, wrong type, empty word, a word twice, a bad overlay operation", () => {
  const problems = lexiconProblems(
    {
      rolez: ["x"],
      roles: "회장",
      professions: ["", "판사", "판사"],
      not_names: { add: [1], drop: ["x"] },
    },
    "f.yaml",
    true,
  );
  const said = problems.map((p) => `${p.key}: ${p.message}`);
  assert.ok(
    said.some((s) => /^rolez: unknown key/.test(s)),
    said.join("\n"),
  );
  assert.ok(
    said.some((s) => /^roles: expected a list/.test(s)),
    said.join("\n"),
  );
  assert.ok(said.includes("professions: an empty word: remove it"), said.join("\n"));
  assert.ok(said.includes("professions: 판사 is listed twice: remove one"), said.join("\n"));
  assert.ok(said.includes("not_names.add: 1 is not a word: quote it"), said.join("\n"));
  assert.ok(said.includes("not_names: unknown drop: use add or remove"), said.join("\n"));
  // A shipped file must have every key.
  assert.ok(
    lexiconProblems({}, "f.yaml", false).some((p) => p.key === "roles" && p.message === "missing"),
  );
});

test("an overlay adds words to a list, removes shipped ones, and merges group maps", () => {
  const base = loadLexicon();
  const merged: LexiconData = mergeLexicon(base, {
    roles: ["조합장"],
    not_names: { remove: ["정부"], add: ["여사님"] },
    occupation_families: { sports: ["씨름"] },
  });
  assert.ok(merged.roles.includes("조합장"));
  assert.ok(!merged.not_names.includes("정부") && merged.not_names.includes("여사님"));
  assert.ok(
    merged.occupation_families.sports.includes("씨름") &&
      merged.occupation_families.sports.includes("투수"),
  );
  assert.ok(!base.roles.includes("조합장"), "the shipped lexicon is not changed");
});

test("lexicon.user.yaml in the data folder changes what discovery reads as a role", () => {
  const text = "김다온 한빛농협 조합장은 이날 기자들과 만났다.";
  const shipped = new EntityExtractor(loadDictionaries())
    .discover(text)
    .people.map((p) => `${p.name}/${p.role}`);
  assert.deepEqual(shipped, []);
  const dicts = loadDictionaries(dataWith("roles: [조합장]\n"));
  assert.deepEqual(
    new EntityExtractor(dicts).discover(text).people.map((p) => `${p.name}/${p.role}`),
    ["김다온/조합장"],
  );
});

test("`sillok check` reports the problems of lexicon.user.yaml with the file and the key", () => {
  const dataDir = dataWith("rolez: [조합장]\nroles: ['', 조합장, 조합장]\n");
  const articles = path.join(tempDir(), "articles");
  mkdirSync(articles);
  const found = checkArchive(articles, loadDictionaries(dataDir), dataDir).problems.map(
    (p) => `${p.where}: ${p.message}`,
  );
  assert.ok(
    found.some((p) => p.startsWith("lexicon.user.yaml: rolez: unknown key")),
    found.join("\n"),
  );
  assert.ok(found.includes("lexicon.user.yaml: roles: an empty word: remove it"), found.join("\n"));
  assert.ok(
    found.includes("lexicon.user.yaml: roles: 조합장 is listed twice: remove one"),
    found.join("\n"),
  );
  assert.equal(found.length, 3, found.join("\n"));
});
