/** TypeScript strict mode over the whole project (tsconfig.json), as part of the tests. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";

test("tsc --noEmit passes in strict mode", () => {
  const tsc = path.join(projectRoot, "node_modules", "typescript", "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "--noEmit", "-p", projectRoot], { encoding: "utf8" });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});
