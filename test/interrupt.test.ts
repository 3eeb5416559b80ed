/**
 * Ctrl+C in the middle of an import (cli/interrupt.ts): the run stops between two sources, says
 * so in Korean, exits 130 and releases its lock; what it wrote stays, and the next run imports
 * the rest. A real process signalled at a known source, so the outcome does not depend on timing.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot, listMarkdown } from "../src/core/paths.ts";
import { articlesLockFile } from "../src/core/lock.ts";
import { importSources, listSources } from "../src/import/index.ts";
import { samples, tempDir } from "./helpers.ts";

const module = (rel: string) => JSON.stringify(pathToFileURL(path.join(projectRoot, rel)).href);

/** A run that holds the articles lock and imports on one thread, sending itself SIGINT as source `at` is done. */
const SCRIPT = `
import { exitOnInterrupt } from ${module("src/cli/interrupt.ts")};
import { articlesLockFile, withLocks } from ${module("src/core/lock.ts")};
import { importSourcesOnThreads } from ${module("src/import/index.ts")};
const [sourcesDir, articlesDir, at] = process.argv.slice(2);
exitOnInterrupt("남은 것은 그대로입니다.");
await withLocks([articlesLockFile(articlesDir)], { command: "test" }, () =>
  importSourcesOnThreads({
    sourcesDir,
    articlesDir,
    jobs: 1,
    onProgress: (done) => done === Number(at) && process.kill(process.pid, "SIGINT"),
  }),
);
console.log("끝까지 가져옴");
`;

test("Ctrl+C during an import: exit 130 after the source at hand, a Korean message, the lock released, the rest imported by the next run", () => {
  const root = tempDir();
  const sources = samples(root);
  const articles = path.join(root, "articles");
  const script = path.join(root, "interrupted.mts");
  writeFileSync(script, SCRIPT);
  const run = spawnSync(process.execPath, ["--import", "tsx", script, sources, articles, "2"], {
    cwd: projectRoot,
    encoding: "utf8",
  });
  assert.equal(run.status, 130, run.stderr);
  assert.match(run.stderr, /^\nsillok: 중단했습니다\(SIGINT\)\. 남은 것은 그대로입니다\.\n$/);
  assert.doesNotMatch(run.stdout, /끝까지 가져옴/);
  assert.equal(existsSync(articlesLockFile(articles)), false, "the lock is released");
  // Exactly the articles of the first two sources were written.
  const whole = importSources({ sourcesDir: sources, articlesDir: path.join(root, "whole") });
  const firstTwo = listSources(sources).slice(0, 2);
  const expected = whole.results
    .filter((r) => firstTwo.includes(r.file) && r.article)
    .map((r) => r.article!.replace(/\\/g, "/"))
    .sort();
  assert.ok(expected.length > 0, "the first two sources give articles");
  assert.deepEqual(listMarkdown(articles).sort(), expected);
  // The next run imports the rest and finds the first ones unchanged.
  const next = importSources({ sourcesDir: sources, articlesDir: articles });
  assert.deepEqual(listMarkdown(articles).sort(), listMarkdown(path.join(root, "whole")).sort());
  assert.equal(next.results.filter((r) => r.status === "unchanged").length, expected.length);
});
