/**
 * The page reader on page copies written for sillok (test/fixtures/pages/: 21 outlets in neither
 * evaluation corpus, portal copies, AMP, print, transcript, photo, cut-off and headline-only
 * pages, one CP949 file), scored field by field against their gold by the same scorer as the
 * real-corpus evaluation. Prints every miss; the floors are what the reader reads today, so a
 * change that reads fewer fields right fails here before it reaches a user.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { projectRoot } from "../src/core/paths.ts";
import { formatScore, scoreWeb, type WebGold } from "./page-score.ts";

const DIR = path.join(projectRoot, "test", "fixtures", "pages");
const gold: WebGold[] = YAML.parse(readFileSync(path.join(DIR, "gold.yaml"), "utf8"));
const score = scoreWeb(gold, DIR);
/** What the reader reads today (of 22); raise these as it gets better. */
const FLOOR = { reporters: 17, body_first: 19, furniture: 20 };
console.log(formatScore(score, "page fixtures"));

test("every page copy imports, with its headline, outlet and date", () => {
  assert.equal(score.total, 22);
  assert.equal(score.right.imported, 22);
  assert.equal(score.right.title, 22, "headline");
  assert.equal(score.right.outlet, 22, "outlet");
  assert.equal(score.right.date, 22, "date");
});

test("reporters, body start and furniture hold their floors", () => {
  assert.ok(score.right.reporters >= FLOOR.reporters, `reporters ${score.right.reporters}/22`);
  assert.ok(score.right.body_first >= FLOOR.body_first, `body start ${score.right.body_first}/22`);
  assert.ok(
    score.right.furniture >= FLOOR.furniture,
    `furniture-free bodies ${score.right.furniture}/22`,
  );
});
