/**
 * The site's list helpers: `firstSorted` (the related articles and the names alongside an entity
 * keep their first few without sorting every candidate) must give what a stable sort gives.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { firstSorted } from "../src/site/lists.ts";

test("firstSorted gives the first max of a stable sort, ties in the order met", () => {
  // Records with few distinct keys, so ties are common; `at` tells equal keys apart.
  const item = fc.record({ key: fc.integer({ min: 0, max: 4 }) });
  fc.assert(
    fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (raw, max) => {
      const items = raw.map((r, at) => ({ ...r, at }));
      const compare = (x: { key: number }, y: { key: number }) => x.key - y.key;
      const expected = [...items].sort(compare).slice(0, max);
      assert.deepEqual(firstSorted(items, max, compare), expected);
    }),
    { numRuns: 2_000, seed: 15 },
  );
});

test("firstSorted reads any iterable once and keeps nothing for max 0", () => {
  const counts = new Map([
    ["나", 3],
    ["가", 5],
    ["다", 5],
  ]);
  const byCount = (x: [string, number], y: [string, number]) => y[1] - x[1];
  assert.deepEqual(firstSorted(counts.entries(), 2, byCount), [
    ["가", 5],
    ["다", 5],
  ]);
  assert.deepEqual(firstSorted(counts.entries(), 0, byCount), []);
});
