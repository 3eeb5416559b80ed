/** Runs sillok's search stage alone on a built site folder (for the benchmark): `pagefind-stage.ts <site>`. */
import { buildSearchIndex } from "../src/search/index.ts";

const site = process.argv[2];
if (!site) {
  console.error("usage: pagefind-stage.ts <site-folder>");
  process.exit(2);
}
const r = await buildSearchIndex(site);
console.log(`${r.pages} pages indexed`);
