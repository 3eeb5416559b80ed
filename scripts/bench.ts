/**
 * `npm run bench [-- --n 1000]`: speed and memory of sillok against plain Eleventy + Pagefind on
 * the same pages, in the same run. Prints figures; fails on nothing (a benchmark is not a test).
 *
 * 1. Generates N synthetic articles in the page-copy layout (scripts/corpus.ts).
 * 2. sillok: `sillok import`, then Eleventy with sillok's config, then Pagefind (Node API),
 *    each in its own process so wall time and peak memory are the stage's own.
 * 3. Baseline: the same N article bodies as plain Markdown pages, built by Eleventy with no
 *    config and indexed by the Pagefind CLI.
 * 4. Corpus import throughput: the real corpus (../shared/corpus/raw, 179 files in 7 layouts)
 *    repeated to 10,000 files (`--corpus-n`), imported by `sillok import` in one process:
 *    files per second and peak memory. Each copy gets a different number of trailing newlines
 *    so its bytes differ; every file is decoded, parsed and matched, and the copies of one
 *    article are then reported as duplicates (same outlet, title and date), so only the first
 *    copy is written. `--corpus` runs this part alone.
 * Peak memory is the largest resident set (VmHWM, Linux /proc) of the stage's process tree.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { syntheticArticle } from "./corpus.ts";

interface Figure {
  ms: number;
  peakMiB: number | null;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** Peak RSS (VmHWM) in KiB of `pid` and every descendant seen while polling. */
function pollTree(root: number, peaks: Map<number, number>): void {
  if (!existsSync("/proc")) return;
  const parent = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch { /* process ended */ }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, Number(m[1])));
    } catch { /* ended */ }
  }
}

/** Runs a command, timing it and sampling its process tree's memory every 25 ms. */
function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Figure> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const peaks = new Map<number, number>();
    const timer = setInterval(() => pollTree(child.pid!, peaks), 25);
    child.on("exit", (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${err.slice(-2000)}`));
      const kib = [...peaks.values()].reduce((a, b) => a + b, 0);
      resolve({ ms, peakMiB: peaks.size ? kib / 1024 : null });
    });
  });
}

const node = process.execPath;
const tsx = ["--import", "tsx"];
const eleventyCli = path.join(projectRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const pagefindCli = path.join(projectRoot, "node_modules", "pagefind", "lib", "runner", "bin.cjs");

/** Part 4: `sillok import` on the real corpus repeated to `total` files. Skipped when ../shared is absent. */
async function corpusThroughput(total: number): Promise<void> {
  const raw = path.join(projectRoot, "..", "shared", "corpus", "raw");
  if (!existsSync(raw)) return console.log(`\ncorpus throughput: skipped (${raw} not found)`);
  const files = readdirSync(raw).sort();
  const work = path.join(os.tmpdir(), `sillok-bench-corpus-${process.pid}`);
  const sources = path.join(work, "sources");
  mkdirSync(sources, { recursive: true });
  for (let i = 0; i < total; i++) {
    const name = files[i % files.length];
    const copy = Math.floor(i / files.length);
    const bytes = readFileSync(path.join(raw, name));
    writeFileSync(path.join(sources, `c${String(copy).padStart(3, "0")}-${name}`), Buffer.concat([bytes, Buffer.from("\n".repeat(copy))]));
  }
  const sillok = path.join(projectRoot, "bin", "sillok.js");
  const f = await measure(node, [sillok, "import", "--sources", sources, "--articles", path.join(work, "articles")]);
  console.log(`\ncorpus import: ${total} files (${files.length} real articles × ${(total / files.length).toFixed(1)}), one process`);
  console.log(`${"sillok import".padEnd(22)} ${(f.ms / 1000).toFixed(2).padStart(8)} s ${f.peakMiB === null ? "     n/a" : f.peakMiB.toFixed(0).padStart(6) + " MiB"}   ${(total / (f.ms / 1000)).toFixed(0)} files/s`);
  rmSync(work, { recursive: true, force: true });
}

/** Number of `.html` files under `dir`. */
function countHtml(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith(".html")) n++;
  return n;
}

async function main(): Promise<void> {
  const corpusN = Number(arg("corpus-n", "10000"));
  if (process.argv.includes("--corpus")) return corpusThroughput(corpusN);
  const n = Number(arg("n", "1000"));
  const work = path.join(os.tmpdir(), `sillok-bench-${process.pid}`);
  const sources = path.join(work, "sources");
  const plain = path.join(work, "plain");
  mkdirSync(sources, { recursive: true });
  mkdirSync(path.join(plain, "_includes"), { recursive: true });
  // The baseline's one layout: a minimal HTML page, so Pagefind has an <html> to index.
  writeFileSync(path.join(plain, "_includes", "plain.njk"), `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n`);
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i);
    writeFileSync(path.join(sources, `bench-${String(i).padStart(6, "0")}.txt`), a.text);
    writeFileSync(path.join(plain, `a${i}.md`), `---\ntitle: "${a.title.replace(/"/g, "'")}"\nlayout: plain.njk\n---\n\n${a.paragraphs.join("\n\n")}\n`);
  }
  console.log(`sillok bench: ${n} synthetic articles, ${os.cpus().length} cores, node ${process.version}\n`);

  const articles = path.join(work, "articles");
  const site = path.join(work, "site");
  const sillok = path.join(projectRoot, "bin", "sillok.js");
  const imp = await measure(node, [sillok, "import", "--sources", sources, "--articles", articles]);
  const ele = await measure(node, [...tsx, eleventyCli, "--config=eleventy.config.ts"], { SILLOK_ARTICLES: articles, SILLOK_OUTPUT: site });
  const pf = await measure(node, [...tsx, path.join(projectRoot, "scripts", "pagefind-stage.ts"), site]);

  const plainSite = path.join(work, "plain-site");
  const bEle = await measure(node, [eleventyCli, `--input=${plain}`, `--output=${plainSite}`, "--quiet"]);
  const bPf = existsSync(pagefindCli)
    ? await measure(node, [pagefindCli, "--site", plainSite])
    : await measure(node, [...tsx, path.join(projectRoot, "scripts", "pagefind-stage.ts"), plainSite]);

  const row = (name: string, f: Figure, base?: Figure) =>
    `${name.padEnd(22)} ${(f.ms / 1000).toFixed(2).padStart(8)} s ${f.peakMiB === null ? "     n/a" : f.peakMiB.toFixed(0).padStart(6) + " MiB"}` +
    (base ? `   ×${(f.ms / base.ms).toFixed(2)} time${f.peakMiB && base.peakMiB ? `, ×${(f.peakMiB / base.peakMiB).toFixed(2)} memory` : ""}` : "");
  console.log(`${"stage".padEnd(22)} ${"wall".padStart(10)} ${"peak RSS".padStart(10)}   vs plain Eleventy + Pagefind`);
  console.log(row("sillok import", imp));
  console.log(`${"".padEnd(22)} ${(n / (imp.ms / 1000)).toFixed(0).padStart(8)} articles/s`);
  console.log(row("sillok eleventy", ele, bEle));
  console.log(row("sillok pagefind", pf, bPf));
  console.log(row("plain eleventy", bEle));
  console.log(row("plain pagefind CLI", bPf));
  const total = { ms: ele.ms + pf.ms, peakMiB: Math.max(ele.peakMiB ?? 0, pf.peakMiB ?? 0) };
  const baseTotal = { ms: bEle.ms + bPf.ms, peakMiB: Math.max(bEle.peakMiB ?? 0, bPf.peakMiB ?? 0) };
  console.log(row("sillok site (no import)", total, baseTotal));
  // sillok writes more pages from the same articles (entity, month and list pages), so also per page.
  const [sp, bp] = [countHtml(site), countHtml(plainSite)];
  console.log(`\npages written: sillok ${sp} (${n} articles + index pages), plain ${bp}; Eleventy per page: sillok ${(ele.ms / sp).toFixed(1)} ms, plain ${(bEle.ms / bp).toFixed(1)} ms (×${(ele.ms / sp / (bEle.ms / bp)).toFixed(2)})`);
  rmSync(work, { recursive: true, force: true });
  await corpusThroughput(corpusN);
}

await main();
