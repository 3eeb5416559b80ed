/** The import on converting threads: the same articles, report and manifest as one thread. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  convertingThreads,
  importSources,
  importSourcesOnThreads,
  type ImportReport,
} from "../src/import/index.ts";
import { samples, tempDir } from "./helpers.ts";

/** Every file under `dir` (relative path → text), the manifest included. */
function contents(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

/** The report without the folder it was written to. */
const results = (r: ImportReport) => ({ results: r.results, counts: r.counts, orphans: r.orphans });

test("two converting threads write the same articles, report and manifest as one thread, in input order", async () => {
  const root = tempDir();
  const sourcesDir = samples(root);
  const first = readdirSync(sourcesDir).filter((n) => n.endsWith(".txt"))[0];
  // A copy (same bytes), an empty file, bytes that are not text, and a feed of two items.
  writeFileSync(path.join(sourcesDir, "zz-copy.txt"), readFileSync(path.join(sourcesDir, first)));
  writeFileSync(path.join(sourcesDir, "zz-empty.txt"), "");
  writeFileSync(path.join(sourcesDir, "zz-binary.txt"), Buffer.from([0, 1, 2, 255, 254, 0, 7]));
  writeFileSync(
    path.join(sourcesDir, "zz-feed.xml"),
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>가나일보</title>` +
      [1, 2]
        .map(
          (n) =>
            `<item><title>가나전자 ${n}분기 실적 발표</title><link>https://ganailbo.example/${n}</link>` +
            `<pubDate>Tue, 0${n} Apr 2024 09:00:00 +0900</pubDate><description>가나전자가 ${n}분기 실적을 발표했다. 매출은 지난해보다 늘었다고 회사는 밝혔다.</description></item>`,
        )
        .join("") +
      `</channel></rss>`,
  );
  const one = importSources({ sourcesDir, articlesDir: path.join(root, "one") });
  const seen: number[] = [];
  let answered = 0;
  const two = await importSourcesOnThreads(
    {
      sourcesDir,
      articlesDir: path.join(root, "two"),
      onProgress: (done) => seen.push(done),
    },
    { threads: 2, waitForThreads: true, mainConverts: false, onThreadAnswer: () => answered++ },
  );
  // The other thread converted the sources (this one only merged them).
  assert.ok(answered >= 10, `answered on the other thread: ${answered}`);
  // Both threads converting, as sillok runs: the same again.
  const both = await importSourcesOnThreads(
    { sourcesDir, articlesDir: path.join(root, "both") },
    { threads: 2 },
  );
  assert.deepEqual(results(both), results(one));
  assert.deepEqual(contents(path.join(root, "both")), contents(path.join(root, "one")));
  assert.deepEqual(results(two), results(one));
  assert.ok(one.counts.imported > 3 && one.counts.skipped >= 3, JSON.stringify(one.counts));
  assert.deepEqual(contents(path.join(root, "two")), contents(path.join(root, "one")));
  // Progress counts every file once, in order, to the last.
  assert.deepEqual(
    seen,
    Array.from({ length: seen.length }, (_, i) => i + 1),
  );
  assert.equal(seen.length, readdirSync(sourcesDir).length);
});

test("threads start only when each has enough files; the main thread always converts", () => {
  assert.equal(convertingThreads(2, 100), 1);
  assert.equal(convertingThreads(2, 3999), 1);
  assert.equal(convertingThreads(2, 4000), 2);
  assert.equal(convertingThreads(8, 7000), 3);
  assert.equal(convertingThreads(1, 50_000), 1);
  assert.equal(convertingThreads(4, 0), 1);
});
