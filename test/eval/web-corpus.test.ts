/**
 * The page-copy bar (issue: "read any Korean outlet's page copy"): every page copy of
 * ../shared/corpus/web imported through the importer and compared with its gold. Prints every
 * figure and every miss grouped by kind, then asserts the bar.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatScore, loadWebGold, scoreWeb } from "./web-score.ts";

const gold = loadWebGold("ab");
const score = scoreWeb(gold);
console.log(formatScore(score, "web corpus (gold-a + gold-b)"));
const share = (n: number) => n / score.total;

test("every page copy imports", () => assert.equal(score.right.imported, score.total));
test("headline, outlet and date are right on at least 97% of pages", () => {
  assert.ok(share(score.right.title) >= 0.97, `headline ${score.right.title}/${score.total}`);
  assert.ok(share(score.right.outlet) >= 0.97, `outlet ${score.right.outlet}/${score.total}`);
  assert.ok(share(score.right.date) >= 0.97, `date ${score.right.date}/${score.total}`);
});
test("reporters are right on at least 93% of pages", () => assert.ok(share(score.right.reporters) >= 0.93, `reporters ${score.right.reporters}/${score.total}`));
test("the body starts where the article starts on at least 93% of pages", () => assert.ok(share(score.right.body_first) >= 0.93, `body start ${score.right.body_first}/${score.total}`));
test("furniture is left in at most 2% of bodies", () => {
  const with_ = score.total - score.right.furniture;
  assert.ok(share(with_) <= 0.02, `furniture in ${with_}/${score.total} bodies`);
});
