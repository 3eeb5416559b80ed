/** Which copy is the later version: 수정 stamps compared as instants, whatever their offset. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { later, versionOrder } from "../src/import/versions.ts";

test("later compares instants: mixed offsets, UTC, a time without offset (Korea) and a day", () => {
  // 10:00 in Seoul is 01:00 UTC: an hour before 02:00Z, though its text sorts after it.
  assert.equal(later("2024-03-05T10:00:00+09:00", "2024-03-05T02:00:00Z"), false);
  assert.equal(later("2024-03-05T02:00:00Z", "2024-03-05T10:00:00+09:00"), true);
  assert.equal(later("2024-03-05T09:30:00-05:00", "2024-03-05T20:00:00+09:00"), true);
  // A time without an offset is Korea time.
  assert.equal(later("2024-03-05T10:00:00", "2024-03-05T01:30:00Z"), false);
  assert.equal(later("2024-03-05T10:00", "2024-03-05T00:30:00Z"), true);
  // A day is that day's start in Korea: 2024-03-05 begins at 2024-03-04T15:00Z.
  assert.equal(later("2024-03-05", "2024-03-04T14:59:00Z"), true);
  assert.equal(later("2024-03-05", "2024-03-04T15:00:00Z"), false);
  assert.equal(later("2024-03-05T00:01:00+09:00", "2024-03-05"), true);
  // The same instant written two ways is neither later.
  assert.equal(later("2024-03-05T10:00:00+09:00", "2024-03-05T01:00:00Z"), false);
  assert.equal(later("2024-03-05T01:00:00Z", "2024-03-05T10:00:00+09:00"), false);
  assert.equal(later("어제", "2024-03-05"), false, "no date is never later");
});

test("a copy without a 수정 stamp orders before any stamped copy", () => {
  assert.equal(versionOrder(null), -Infinity);
  assert.equal(versionOrder("2024-03-05T10:00:00+09:00"), Date.parse("2024-03-05T01:00:00Z"));
  assert.equal(versionOrder("2024-03-05"), Date.parse("2024-03-04T15:00:00Z"));
});
