/** Parsed YAML kept between runs: the same data as parsing, never a stale or broken entry. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { cachedParse } from "../src/core/yaml-cache.ts";
import { projectRoot } from "../src/core/paths.ts";
import { tempDir } from "./helpers.ts";

test("a dictionary parsed once is read back from the cache as the same data", () => {
  const dir = tempDir();
  const text = readFileSync(path.join(projectRoot, "_data", "companies.yaml"), "utf8");
  let parses = 0;
  const parse = (t: string) => (parses++, YAML.parse(t) as unknown);
  const first = cachedParse(text, parse, dir);
  const again = cachedParse(text, parse, dir);
  assert.equal(parses, 1);
  assert.deepEqual(again, YAML.parse(text));
  assert.deepEqual(again, first);
  assert.equal(readdirSync(dir).length, 1);
});

test("an edited text is parsed afresh; a broken entry is parsed again; a failed parse is not kept", () => {
  const dir = tempDir();
  const parse = (t: string) => YAML.parse(t) as unknown;
  assert.deepEqual(cachedParse("- id: a\n", parse, dir), [{ id: "a" }]);
  assert.deepEqual(cachedParse("- id: b\n", parse, dir), [{ id: "b" }]);
  for (const f of readdirSync(dir)) writeFileSync(path.join(dir, f), "{not json");
  assert.deepEqual(cachedParse("- id: b\n", parse, dir), [{ id: "b" }]);
  assert.equal(
    cachedParse("- id: c\n", () => null, dir),
    null,
  );
  assert.equal(readdirSync(dir).length, 2);
});
