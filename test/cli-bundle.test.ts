/** The command line's bundle: named by every source folder, built once, and importing as the sources do. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../src/core/paths.ts";
import { YAML_CACHE_DIR } from "../src/core/yaml-cache.ts";
import { BUNDLE_CACHE_DIR, cliBundle } from "../src/core/bundle-name.js";
import { buildCliBundle } from "../src/cli/cli-bundle.ts";
import { main } from "../src/cli/main.ts";

/** Runs a CLI `main` with console.log captured: [exit code, printed text]. */
async function run(
  entry: (argv: string[]) => Promise<number>,
  args: string[],
): Promise<[number, string]> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => void lines.push(a.join(" "));
  try {
    return [await entry(["node", "sillok", ...args]), lines.join("\n")];
  } finally {
    console.log = log;
  }
}

test("the command line's bundle imports the sample sources as the sources do", async () => {
  assert.equal(BUNDLE_CACHE_DIR, YAML_CACHE_DIR, "one cache folder");
  // Inside node_modules, as the real cache is, so that the bundle finds its packages.
  const cache = path.join(projectRoot, "node_modules", ".cache", `sillok-cli-test-${process.pid}`);
  const work = mkdtempSync(path.join(os.tmpdir(), "sillok-cli-bundle-"));
  try {
    const before = cliBundle(cache);
    assert.ok(before, "esbuild is a dependency");
    assert.equal(before.ready, false);
    assert.match(path.basename(before.file), /^cli-[0-9a-f]{64}\.mjs$/);
    // An older bundle, and a converter's, are in the cache: building removes the older one only.
    mkdirSync(cache, { recursive: true });
    const converter = `convert-${"0".repeat(64)}.mjs`;
    writeFileSync(path.join(cache, `cli-${"0".repeat(64)}.mjs`), "export {};\n");
    writeFileSync(path.join(cache, converter), "export {};\n");
    await buildCliBundle(before.file);
    assert.deepEqual(cliBundle(cache), { file: before.file, ready: true });
    assert.deepEqual(readdirSync(cache).sort(), [path.basename(before.file), converter].sort());
    // Every module keeps its own URL, JavaScript ones too: left as the bundle's, bundle-name.js
    // looked for the sources under node_modules and the converting threads ran under tsx.
    assert.doesNotMatch(readFileSync(before.file, "utf8"), /\bimport\.meta\.url\b/);

    const bundled = (await import(pathToFileURL(before.file).href)) as { main: typeof main };
    const sources = path.join(projectRoot, "sources");
    const answers = [];
    for (const [name, entry] of [
      ["sources", main],
      ["bundle", bundled.main],
    ] as const) {
      const articles = path.join(work, name);
      const [code, out] = await run(entry, [
        "import",
        "--sources",
        sources,
        "--articles",
        articles,
        "--json",
      ]);
      const report = JSON.parse(out) as { results: unknown[] };
      const manifest = readFileSync(path.join(articles, ".sillok", "manifest.json"), "utf8");
      answers.push({ code, results: report.results, manifest });
    }
    assert.ok((answers[0].results as unknown[]).length >= 3);
    assert.deepEqual(answers[1], answers[0]);
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});
