/** The converting thread's bundle: built once, named by the sources, and answering as the sources do. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { projectRoot } from "../src/core/paths.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import type { ConvertAnswer } from "../src/import/convert-thread.ts";
import { convertSource, createImportContext } from "../src/import/index.ts";
import { buildConverterBundle, converterBundle } from "../src/import/worker-bundle.ts";

test("the bundled converting thread answers every sample as the sources do on this thread", async () => {
  // Inside node_modules, as the real cache is, so that the bundle finds its packages.
  const cache = path.join(projectRoot, "node_modules", ".cache", `sillok-test-${process.pid}`);
  try {
    const before = converterBundle(cache);
    assert.ok(before, "esbuild is a dependency");
    assert.equal(before.ready, false);
    assert.match(path.basename(before.file), /^convert-[0-9a-f]{64}\.mjs$/);
    // A bundle of earlier sources is in the cache: building the new one removes it.
    mkdirSync(cache, { recursive: true });
    writeFileSync(path.join(cache, `convert-${"0".repeat(64)}.mjs`), "export {};\n");
    await buildConverterBundle(before.file);
    const after = converterBundle(cache);
    assert.deepEqual(after, { file: before.file, ready: true });
    // No temporary file and no older bundle is left beside it.
    assert.deepEqual(readdirSync(cache), [path.basename(before.file)]);

    const dictionaries = loadDictionaries();
    const worker = new Worker(pathToFileURL(before.file), { workerData: { dictionaries } });
    const answers = new Map<number, ConvertAnswer>();
    let ready!: () => void;
    const started = new Promise<void>((r) => (ready = r));
    const waiting = new Map<number, () => void>();
    worker.on("message", (a: ConvertAnswer) => {
      if ("ready" in a) return ready();
      answers.set(a.id, a);
      waiting.get(a.id)?.();
    });
    await started;
    const ctx = createImportContext();
    const dir = path.join(projectRoot, "sources");
    const names = readdirSync(dir)
      .filter((n) => n.endsWith(".txt"))
      .sort();
    assert.ok(names.length >= 3);
    try {
      for (const [id, name] of names.entries()) {
        const bytes = new Uint8Array(readFileSync(path.join(dir, name)));
        const answered = new Promise<void>((r) => waiting.set(id, r));
        worker.postMessage({ id, bytes, name, hash: "h" });
        await answered;
        const here = convertSource(bytes, name, ctx, "h");
        assert.deepEqual(answers.get(id), { id, parts: here }, name);
      }
    } finally {
      await worker.terminate();
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
