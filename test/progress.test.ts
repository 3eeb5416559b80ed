/** Build progress (src/cli/progress.ts): one line per stage when the output is not a terminal. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { stageProgress } from "../src/cli/progress.ts";

test("without a terminal, each stage prints one line with its count, time and rate, and no bar", () => {
  const bars = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  let barText = "";
  bars.on("data", (d) => (barText += d));
  const lines = new PassThrough();
  let out = "";
  lines.on("data", (d) => (out += d));
  const p = stageProgress(bars, lines);
  p.start("import", 0, "파일");
  for (let i = 1; i <= 3; i++) p.tick(i, `a${i}.txt`, 3);
  p.end();
  p.start("eleventy", 10, "쪽");
  p.tick(4);
  p.end(12);
  const got = out.trim().split("\n");
  assert.equal(got.length, 2);
  assert.match(got[0], /^sillok: import 파일 3개, \d+\.\d초/);
  assert.match(got[1], /^sillok: eleventy 쪽 12개, \d+\.\d초/);
  assert.equal(barText, "");
});

test("stages side by side each end with their own line, in the order they end", () => {
  const bars = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  const lines = new PassThrough();
  let out = "";
  lines.on("data", (d) => (out += d));
  const p = stageProgress(bars, lines);
  const site = p.begin("site", 0, "쪽");
  const search = p.begin("pagefind", 5, "쪽");
  const render = p.begin("eleventy", 20, "쪽");
  search.tick(2);
  render.tick(20);
  render.end();
  search.tick(5);
  search.end();
  site.end(20);
  const got = out.trim().split("\n");
  assert.deepEqual(
    got.map((l) => l.split(",")[0]),
    ["sillok: eleventy 쪽 20개", "sillok: pagefind 쪽 5개", "sillok: site 쪽 20개"],
  );
});
