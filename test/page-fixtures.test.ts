/**
 * The in-repo page copies (test/fixtures/pages/, written for sillok) and their gold labels are
 * consistent with each other: every listed file exists and every label can be read off its text.
 * What the page reader makes of them is measured elsewhere; this only keeps the fixtures honest.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import iconv from "iconv-lite";
import { projectRoot } from "../src/core/paths.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import type { WebGold } from "./page-score.ts";

const DIR = path.join(projectRoot, "test", "fixtures", "pages");

type PageGold = WebGold;

const gold: PageGold[] = YAML.parse(readFileSync(path.join(DIR, "gold.yaml"), "utf8"));
const collapse = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** The file's text: UTF-8 when it decodes as such, else CP949 (the one legacy-encoded copy). */
function readText(file: string): { text: string; encoding: "utf-8" | "cp949" } {
  const bytes = readFileSync(path.join(DIR, file));
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(bytes, "cp949"), encoding: "cp949" };
  }
}

test("the gold file parses: 12–30 entries, one per page file, with every field", () => {
  assert.ok(
    Array.isArray(gold) && gold.length >= 12 && gold.length <= 30,
    `${gold?.length} entries`,
  );
  const files = gold.map((g) => g.file);
  assert.equal(new Set(files).size, files.length, "a file is listed twice");
  const onDisk = readdirSync(DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  assert.deepEqual([...files].sort(), onDisk, "every page file has one gold entry");
  for (const g of gold) {
    assert.deepEqual(
      Object.keys(g).sort(),
      ["body_first", "date", "file", "notes", "outlet", "reporters", "title", "url"],
      g.file,
    );
    assert.ok(existsSync(path.join(DIR, g.file)), g.file);
    assert.match(g.file, /^[a-z0-9-]+(\.[a-z0-9-]+)+\.txt$/, `${g.file}: named <host>.txt`);
    assert.equal(
      new URL(g.url).hostname + ".txt",
      g.file,
      `${g.file}: the file is named after its URL's host`,
    );
    assert.ok(
      g.date === null || /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+09:00)?$/.test(g.date),
      `${g.file}: date ${g.date}`,
    );
    assert.ok(
      g.body_first === null || [...g.body_first].length === 15,
      `${g.file}: body_first is 15 characters`,
    );
    assert.ok(g.notes.length > 40, `${g.file}: notes say what the traps are`);
  }
});

test("every label can be read off its page: title, body start and reporters are in the text, the outlet is in the registry or named on the page", () => {
  const outletNames = new Set(loadDictionaries().outlets.map((o) => o.name));
  const encodings: string[] = [];
  for (const g of gold) {
    const { text, encoding } = readText(g.file);
    encodings.push(encoding);
    const flat = collapse(text);
    assert.ok(flat.includes(collapse(g.title)), `${g.file}: title`);
    if (g.body_first) assert.ok(flat.includes(collapse(g.body_first)), `${g.file}: body_first`);
    for (const r of g.reporters) assert.ok(flat.includes(r), `${g.file}: reporter ${r}`);
    // An outlet the registry does not know is kept as the page names it (a copyright line).
    assert.ok(
      g.outlet === null || outletNames.has(g.outlet) || flat.includes(g.outlet),
      `${g.file}: outlet ${g.outlet} is in _data/outlets.yaml or named on the page`,
    );
  }
  // One legacy-encoded copy, as users still bring them.
  assert.deepEqual(encodings.filter((e) => e === "cp949").length, 1);
});
