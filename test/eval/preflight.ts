/**
 * `npm run eval` starts here: the evaluations read the real corpora (seeds/, corpus/raw/) from
 * SHARED (helpers.ts: SILLOK_SHARED, else ../shared beside the checkout). When they are absent,
 * one clear message and exit 1, before any test file loads.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { CORPUS, SEEDS, SEED_FILE, SHARED } from "../helpers.ts";

const missing = [path.join(SEEDS, SEED_FILE), CORPUS].filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(
    `npm run eval: the corpora are not at ${SHARED} (missing ${missing.map((p) => path.relative(SHARED, p)).join(", ")}).\n` +
      `Put the shared folder beside the checkout as ../shared, or set SILLOK_SHARED=/path/to/shared. ` +
      `\`npm test\` needs neither.`,
  );
  process.exit(1);
}
console.log(`evaluations on ${SHARED}`);
