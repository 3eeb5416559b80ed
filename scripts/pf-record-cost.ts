/**
 * What a part of the search records costs Pagefind: indexes the articles of a folder `npm run
 * bench -- --keep` left (its articles/) as custom records several times, each time without one
 * part (the hidden words, the filters, the date filter, the sort, …), and prints the CPU time of
 * Pagefind's own process (Linux /proc) while adding and while writing, and the written size.
 *
 * Also runs the Pagefind CLI on the plain site of the same articles (its `plain-site/`), and
 * `--variant NAME` runs one variant alone. CPU time on a shared machine varies by ±30 % between
 * runs of the same variant: compare within one run, several runs.
 *
 * Usage: node --import tsx scripts/pf-record-cost.ts --work <folder> [--n 2000] [--runs 2] [--variant NAME]
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { cpuSeconds, descendants } from "./proc-tree.ts";
import { loadDictionaries } from "../src/core/dictionaries.ts";
import { loadArchive } from "../src/site/archive.ts";
import { articleSearchWords, nameMatcher } from "../src/site/search-data.ts";
import { articleRecord, type SearchRecord } from "../src/search/index.ts";
import { execFileSync, spawnSync } from "node:child_process";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** Each variant: a name and what it changes in a record. */
const ALL_VARIANTS: [string, (r: SearchRecord) => SearchRecord, pagefind.PagefindServiceConfig?][] =
  [
    ["maxFragments 1000", (r) => r, { maxFragments: 1000 }],
    ["maxFragments 250", (r) => r, { maxFragments: 250 }],
    ["as built", (r) => r],
    ["no words meta", (r) => ({ ...r, meta: { title: r.meta.title } })],
    ["no filters", (r) => ({ ...r, filters: {} })],
    [
      "no 일자 filter",
      (r) => ({
        ...r,
        filters: Object.fromEntries(Object.entries(r.filters).filter(([k]) => k !== "일자")),
      }),
    ],
    ["no sort", (r) => ({ ...r, sort: {} })],
    [
      "words in content",
      (r) => ({
        ...r,
        content: `${r.content} ${r.meta.words ?? ""}`,
        meta: { title: r.meta.title },
      }),
    ],
  ];

const only = arg("variant", "");
const VARIANTS = only ? ALL_VARIANTS.filter(([n]) => n === only) : ALL_VARIANTS;

const pagefindCpu = () => descendants(process.pid).reduce((s, pid) => s + cpuSeconds(pid), 0);

async function run(
  records: SearchRecord[],
  change: (r: SearchRecord) => SearchRecord,
  config: pagefind.PagefindServiceConfig = {},
) {
  const { index } = await pagefind.createIndex({ forceLanguage: "ko", ...config });
  if (!index) throw new Error("no index");
  const c0 = pagefindCpu();
  const recs = records.map(change);
  for (let b = 0; b < recs.length; b += 64)
    await Promise.all(recs.slice(b, b + 64).map((r) => index.addCustomRecord(r)));
  const c1 = pagefindCpu();
  const out = mkdtempSync(path.join(os.tmpdir(), "pfc-"));
  await index.writeFiles({ outputPath: out });
  const c2 = pagefindCpu();
  await index.deleteIndex();
  const size = execFileSync("du", ["-sk", out], { encoding: "utf8" }).split("\t")[0];
  rmSync(out, { recursive: true, force: true });
  return { add: c1 - c0, write: c2 - c1, kib: Number(size) };
}

const work = arg("work", "");
const n = Number(arg("n", "2000"));
const runs = Number(arg("runs", "2"));
const dicts = loadDictionaries();
const archive = loadArchive(path.join(work, "articles"), dicts);
const names = nameMatcher(dicts);
const records = archive.articles
  .slice(0, n)
  .map((a) => articleRecord(a, (x) => articleSearchWords(x, names).words));
console.log(`${records.length} records; Pagefind CPU seconds (add, write), bundle KiB`);
const plainSite = path.join(work, "plain-site");
const bin = path.join("node_modules/@pagefind/linux-x64/bin/pagefind_extended");
/** The Pagefind CLI on the plain site of the same articles: CPU seconds from time(1). */
function cli(): number {
  const out = mkdtempSync(path.join(os.tmpdir(), "pfc-"));
  const r = spawnSync(
    "/usr/bin/time",
    ["-f", "%U %S", bin, "--site", plainSite, "--output-path", out, "--quiet"],
    { encoding: "utf8" },
  );
  rmSync(out, { recursive: true, force: true });
  const [u, s] = r.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  return u + s;
}
for (let r = 0; r < runs; r++) {
  if (!only) console.log(`plain CLI          total ${cli().toFixed(2)}`);
  for (const [name, change, config] of VARIANTS) {
    const m = await run(records, change, config);
    console.log(
      `${name.padEnd(18)} add ${m.add.toFixed(2)}  write ${m.write.toFixed(2)}  total ${(m.add + m.write).toFixed(2)}  ${m.kib} KiB`,
    );
  }
}
await pagefind.close();
