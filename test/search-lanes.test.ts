/**
 * A Pagefind lane (src/search/lanes.ts) answers a thread that never yields to its event loop:
 * Eleventy renders in promise callbacks, and the build reads Pagefind's answers at each page.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openLane } from "../src/search/lanes.ts";

/** Polls `lane` from promise callbacks only (no event-loop turn) until `done()` or 60 s. */
async function pollUntil(lane: { poll(): void }, done: () => boolean): Promise<void> {
  const until = Date.now() + 60_000;
  while (!done() && Date.now() < until) {
    lane.poll();
    await Promise.resolve();
  }
}

test("a lane's answers settle when polled, without an event-loop turn, in the order asked", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sillok-lane-"));
  const lane = openLane();
  try {
    const record = {
      url: "/articles/a/",
      content: "반도체 수출이 늘었다",
      language: "ko",
      meta: { title: "수출" },
      filters: {},
      sort: {},
    };
    const answers: string[] = [];
    const asked = [
      lane.request({ kind: "open" }).then((e) => answers.push(`open ${e.length}`)),
      lane.request({ kind: "add", records: [record] }).then((e) => answers.push(`add ${e.length}`)),
      lane
        .request({ kind: "write", outputPath: dir })
        .then((e) => answers.push(`write ${e.length}`)),
    ];
    await pollUntil(lane, () => answers.length === 3);
    assert.deepEqual(answers, ["open 0", "add 0", "write 0"]);
    await Promise.all(asked);
    const entry = JSON.parse(readFileSync(path.join(dir, "pagefind-entry.json"), "utf8"));
    assert.equal(entry.languages.ko.page_count, 1);
  } finally {
    await lane.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
