/**
 * scripts/function-length.ts: no function in src/ is over 80 lines (after Prettier), and the
 * script does find a long function.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { longFunctions, longFunctionsIn } from "../scripts/function-length.ts";

test("no function in src/ is over 80 lines", () => {
  const found = longFunctions([path.join(projectRoot, "src")], 80);
  assert.deepEqual(
    found.map((f) => `${path.relative(projectRoot, f.file)}:${f.line} ${f.name} ${f.lines}`),
    [],
  );
});

test("function-length finds functions, arrows and methods over the limit, with their lines", () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  x += ${i};`).join("\n");
  const source = [
    `export function long() {\n  let x = 0;\n${body(80)}\n  return x;\n}`, // 84 lines
    `const arrow = () => {\n  let x = 0;\n${body(10)}\n  return x;\n};`,
    `class C {\n  method() {\n    let x = 0;\n${body(85)}\n    return x;\n  }\n}`,
  ].join("\n");
  const found = longFunctionsIn("probe.ts", source, 80);
  assert.deepEqual(
    found.map((f) => [f.name, f.line, f.lines]),
    [
      ["long", 1, 84],
      ["method", 100, 89],
    ],
  );
});
