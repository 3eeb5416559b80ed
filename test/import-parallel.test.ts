/**
 * The import on worker threads (src/import/parallel.ts) decides and writes exactly what the
 * one-thread import does: same report, same files, same manifest, with duplicates, a corrected
 * version, a file that is not an article and an empty one among the sources.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { importSources } from "../src/import/index.ts";
import { importSourcesInParallel } from "../src/import/parallel.ts";
import { samples, tempDir } from "./helpers.ts";

/** The samples, then copies of them in folders (other bytes, same article), an edit, noise. */
function mixedSources(root: string): string {
  const src = samples(root);
  const names = readdirSync(src).sort();
  for (let k = 1; k <= 4; k++) {
    mkdirSync(path.join(src, `copy${k}`));
    for (const n of names)
      writeFileSync(
        path.join(src, `copy${k}`, n),
        readFileSync(path.join(src, n), "utf8") + "\n".repeat(k),
      );
  }
  // A later file with the same outlet, title and date but one more sentence: a correction.
  const dated = names.find((n) => n.startsWith("sample-02"))!;
  const text = readFileSync(path.join(src, dated), "utf8");
  const fixed = path.join(src, "zz-corrected", dated);
  mkdirSync(path.dirname(fixed));
  writeFileSync(fixed, text.replace("다. ", "다. 이 문장은 정정 보도로 더해졌다. "));
  utimesSync(fixed, new Date(), new Date(Date.now() + 60_000));
  writeFileSync(path.join(src, "empty.txt"), "");
  writeFileSync(path.join(src, "README.md"), "# 스크랩 폴더\n");
  return src;
}

/** Every file under `dir` with its bytes, by path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const abs = path.join(e.parentPath, e.name);
      out[path.relative(dir, abs)] = readFileSync(abs, "utf8");
    }
  return out;
}

test("an import on two threads reports and writes what a one-thread import does", async () => {
  const root = tempDir();
  const sourcesDir = mixedSources(root);
  const one = importSources({ sourcesDir, articlesDir: path.join(root, "one") });
  let threadConverted = 0;
  const two = await importSourcesInParallel(
    { sourcesDir, articlesDir: path.join(root, "two") },
    { threads: 2, minFiles: 0, onThreadsDone: (n) => (threadConverted = n) },
  );
  assert.ok(threadConverted > 20, `threads converted ${threadConverted} files`);
  assert.deepEqual(two.results, one.results);
  assert.deepEqual(two.counts, one.counts);
  assert.ok(one.counts.imported >= 9, JSON.stringify(one.counts));
  assert.ok(one.counts.skipped >= 30, JSON.stringify(one.counts));
  assert.ok(
    one.results.some((r) => r.warnings.some((w) => w.startsWith("corrected version of"))),
    "the correction is among the sources",
  );
  assert.deepEqual(tree(path.join(root, "two")), tree(path.join(root, "one")));
});

test("a small import stays on the main thread", async () => {
  const root = tempDir();
  let threads = false;
  const r = await importSourcesInParallel(
    { sourcesDir: samples(root), articlesDir: path.join(root, "articles") },
    { onThreadsDone: () => (threads = true) },
  );
  assert.equal(threads, false);
  assert.equal(r.counts.imported, 9);
});
