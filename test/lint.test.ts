/**
 * `npm run lint` stays clean: ESLint (eslint.config.js) over src/, scripts/ and test/ reports no
 * error. Warnings (nesting deeper than 3, an `any`) are printed, not failed on.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { ESLint } from "eslint";
import * as prettier from "prettier";
import { readdirSync, readFileSync } from "node:fs";
import { projectRoot } from "../src/core/paths.ts";

test("eslint: no errors in src/, scripts/ and test/", async () => {
  // The cache (under node_modules/) re-lints only changed files on the next run.
  const eslint = new ESLint({
    cwd: projectRoot,
    cache: true,
    cacheLocation: path.join(projectRoot, "node_modules", ".cache", "eslint"),
  });
  const results = await eslint.lintFiles(["src", "scripts", "test"]);
  const errors = results.flatMap((r) =>
    r.messages
      .filter((m) => m.severity === 2)
      .map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`),
  );
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  console.log(`eslint: ${results.length} files, ${errors.length} errors, ${warnings} warnings`);
  assert.ok(results.length > 50, `eslint saw only ${results.length} files`);
  assert.deepEqual(errors, []);
});

test("eslint: the house rules are on (an unused variable and == are errors)", async () => {
  const eslint = new ESLint({ cwd: projectRoot });
  const [r] = await eslint.lintText(
    "export function f(a: number): boolean {\n  let unused = 1;\n  return a == 1;\n}\n",
    { filePath: "src/probe.ts" },
  );
  const rules = r.messages.map((m) => m.ruleId);
  assert.ok(rules.includes("@typescript-eslint/no-unused-vars"), rules.join(", "));
  assert.ok(rules.includes("eqeqeq"), rules.join(", "));
  assert.ok(rules.includes("prefer-const"), rules.join(", "));
});

/** Every .ts/.js file under `dir` (relative to the project root), skipping node_modules and fixtures. */
function codeFiles(dir: string): string[] {
  const entries = readdirSync(path.join(projectRoot, dir), {
    withFileTypes: true,
    recursive: true,
  });
  return entries
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name))
    .map((e) => path.relative(projectRoot, path.join(e.parentPath, e.name)))
    .filter((rel) => !/node_modules|fixtures/.test(rel));
}

test("prettier: every code file is formatted (.prettierrc.json, printWidth 100)", async () => {
  // Prettier's own API, so the check needs no shell; `npx prettier --write .` fixes a failure.
  const files = ["src", "scripts", "test", "bin"].flatMap(codeFiles);
  const unformatted: string[] = [];
  for (const rel of files) {
    const file = path.join(projectRoot, rel);
    const options = (await prettier.resolveConfig(file)) ?? {};
    if (!(await prettier.check(readFileSync(file, "utf8"), { ...options, filepath: file }))) {
      unformatted.push(rel);
    }
  }
  console.log(`prettier: ${files.length} files checked, ${unformatted.length} unformatted`);
  assert.ok(files.length > 50, `prettier saw only ${files.length} files`);
  assert.deepEqual(unformatted, [], "run `npx prettier --write .`");
});
