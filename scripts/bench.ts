/**
 * `npm run bench`: speed and memory of `sillok build` against plain Eleventy + the Pagefind CLI on
 * the same article texts, in the same run. Prints figures; fails on nothing (a benchmark is not a
 * test, and a shared machine's seconds are loose: compare the ratios of one run).
 *
 *   npm run bench -- --n 10000          one size, side by side, with the output's size
 *   npm run bench -- --scale [--max N]  1k, 10k, 30k (and up to N, e.g. 100000): each stage's time
 *                                       per article and peak memory, sillok and plain (plain up to
 *                                       30k), and each stage's growth per article against 10k
 *   npm run bench -- --scale --sizes 10000,100000   only these sizes
 *   npm run bench -- --n 100000 --no-plain   sillok alone
 *   npm run bench -- --corpus           import throughput on the real corpus repeated (--corpus-n)
 *   --seed S  another corpus; --keep  leave the work folder (its path is printed)
 *
 * The articles come from scripts/bench-corpus.ts: real paragraphs recombined, numbers and names
 * varied, dates over ten years. sillok runs as users run it, `sillok build` in one process
 * (import + site + search); its stage lines tell the bench which stage each memory sample
 * belongs to. The baseline is the same titles and paragraphs as Markdown pages built by Eleventy
 * with one lean layout, then indexed by the Pagefind CLI.
 * Memory is the resident set (Linux /proc) of the process tree, sampled every 50 ms; peak is the
 * largest sum seen (VmHWM for the whole run). CPU time is the tree's user + system time at the
 * same samples: on a machine other jobs share, wall time swings with their load, CPU time much less.
 */
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { generateCorpus, type CorpusStats } from "./bench-corpus.ts";
import { cpuSeconds, descendants, rssKiB } from "./proc-tree.ts";

/** What one command or stage took: wall time, CPU time of its process tree, peak resident memory. */
interface Cost {
  ms: number;
  /** CPU seconds (user + system) of the whole process tree: steadier than wall time on a busy machine. */
  cpuS: number;
  peakMiB: number;
}

/** One measured command, and per stage (from its stage lines). */
interface Figure extends Cost {
  stages: Map<string, Cost>;
  /** Wall time of the stages that run beside others (from their lines): no CPU or memory of their own. */
  beside: Map<string, number>;
  /** Pagefind's own processes over the whole run: their CPU seconds and their peak resident memory. */
  pagefind: { cpuS: number; peakMiB: number };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** `sillok: <stage> … in <s> s` — the line `sillok build` prints when a stage ends (not on a TTY). */
const STAGE_LINE = /^sillok: (\w+) .*, ([\d.]+)초/;

/** The command name of a process (/proc/<pid>/comm); "" when it has ended. */
function commandName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

/**
 * Runs a command, timing it and sampling its process tree's memory. Samples are charged to the
 * stage running at the time: the one of `stageOrder` after the last such stage line seen on
 * stdout. The lines of `beside` stages (running within another, e.g. Eleventy and Pagefind within
 * `site`) give only their wall time; Pagefind's own processes are also measured apart.
 */
function measure(
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; stageOrder?: string[]; beside?: string[] } = {},
): Promise<Figure> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, {
      cwd: projectRoot,
      env: { ...process.env, ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "",
      buf = "";
    const order = opts.stageOrder ?? [];
    const stages = new Map<string, Cost>(order.map((s) => [s, { ms: 0, cpuS: 0, peakMiB: 0 }]));
    const beside = new Map<string, number>();
    const pagefindCpu = new Map<number, number>();
    let pagefindPeakKiB = 0;
    let current = 0,
      peakKiB = 0,
      cpuS = 0,
      stageCpuFrom = 0;
    child.stderr.on("data", (d) => (err = (err + d).slice(-4000)));
    child.stdout.on("data", (d) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const m = STAGE_LINE.exec(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
        if (m && opts.beside?.includes(m[1])) {
          beside.set(m[1], Number(m[2]) * 1000);
          console.log(`  ${m[1]}: ${m[2]} s (beside), load ${os.loadavg()[0].toFixed(1)}`);
        }
        if (!m || !stages.has(m[1])) continue;
        const stage = stages.get(m[1])!;
        stage.ms = Number(m[2]) * 1000;
        // CPU as last sampled (at most 50 ms old).
        stage.cpuS = cpuS - stageCpuFrom;
        stageCpuFrom = cpuS;
        // Shown as it happens, so a long run that is stopped still tells how far it got.
        console.log(
          `  ${m[1]}: ${m[2]} s, cpu ${stage.cpuS.toFixed(1)} s, peak so far ${mib(peakKiB / 1024)}, load ${os.loadavg()[0].toFixed(1)}`,
        );
        current = Math.max(current, order.indexOf(m[1]) + 1);
      }
    });
    const timer = setInterval(() => {
      const pids = [child.pid!, ...descendants(child.pid!)];
      const kib = pids.reduce((k, pid) => k + rssKiB(pid), 0);
      const pf = pids.filter((pid) => commandName(pid).startsWith("pagefind"));
      for (const pid of pf) pagefindCpu.set(pid, cpuSeconds(pid) || (pagefindCpu.get(pid) ?? 0));
      pagefindPeakKiB = Math.max(
        pagefindPeakKiB,
        pf.reduce((k, pid) => k + rssKiB(pid), 0),
      );
      cpuS = Math.max(
        cpuS,
        pids.reduce((c, pid) => c + cpuSeconds(pid), 0),
      );
      peakKiB = Math.max(peakKiB, kib);
      const s = stages.get(order[Math.min(current, order.length - 1)]);
      if (s) s.peakMiB = Math.max(s.peakMiB, kib / 1024);
    }, 50);
    child.on("exit", (code) => {
      clearInterval(timer);
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${err}`));
      const pagefind = {
        cpuS: [...pagefindCpu.values()].reduce((a, b) => a + b, 0),
        peakMiB: pagefindPeakKiB / 1024,
      };
      resolve({ ms, cpuS, peakMiB: peakKiB / 1024, stages, beside, pagefind });
    });
  });
}

const node = process.execPath;
const eleventyCli = path.join(projectRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const pagefindCli = path.join(projectRoot, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
const sillokBin = path.join(projectRoot, "bin", "sillok.js");
/** The stages `sillok build` reports, one after the other (`site`: Eleventy and Pagefind side by side). */
const SILLOK_STAGES = ["import", "data", "site"];
/** The stages that run side by side within `site`. */
const SITE_STAGES = ["eleventy", "pagefind"];
/** Heap for the measured processes: what a large archive needs (README, Pages workflow). */
const HEAP = ["--max-old-space-size=8192"];

/** Files and bytes under `dir`. */
function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0,
    bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

/**
 * Bytes an article page adds to its own text (title and body as written in its file), averaged
 * over up to 200 pages: layout, navigation, lists and links.
 */
function articleOverhead(site: string, articles: string): number {
  const files = readdirSync(articles, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .slice(0, 200);
  let sum = 0,
    n = 0;
  for (const e of files) {
    const rel = path.relative(articles, path.join(e.parentPath, e.name)).replace(/\.md$/, "");
    const page = path.join(site, "articles", rel, "index.html");
    if (!existsSync(page)) continue;
    const md = readFileSync(path.join(e.parentPath, e.name), "utf8");
    const body = md.slice(md.indexOf("\n---\n", 4) + 5);
    const title = /^title: (.*)$/m.exec(md)?.[1] ?? "";
    sum += statSync(page).size - Buffer.byteLength(body) - Buffer.byteLength(title);
    n++;
  }
  return n ? sum / n : 0;
}

/** One size: the corpus, `sillok build`, then the baseline. */
async function runSize(n: number, seed: number, work: string, withPlain = true): Promise<SizeRun> {
  const sources = path.join(work, "sources"),
    plain = path.join(work, "plain");
  mkdirSync(path.join(plain, "_includes"), { recursive: true });
  // The baseline's one layout: a minimal HTML page with the text Pagefind indexes.
  writeFileSync(
    path.join(plain, "_includes", "plain.njk"),
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n`,
  );
  const t = performance.now();
  const corpus = generateCorpus({ n, outDir: sources, seed, plainDir: plain });
  console.log(
    `corpus: ${n} articles from ${corpus.poolArticles} real articles (${corpus.poolParagraphs} paragraphs), ${corpus.tokens.toLocaleString()} words, ${corpus.distinctTokens.toLocaleString()} distinct; layouts ${JSON.stringify(corpus.layouts)}; ${(corpus.bytes / 2 ** 20).toFixed(0)} MiB (${((performance.now() - t) / 1000).toFixed(0)} s)`,
  );
  const articles = path.join(work, "articles"),
    site = path.join(work, "site"),
    plainSite = path.join(work, "plain-site");
  const sillok = await measure(
    node,
    [...HEAP, sillokBin, "build", "--sources", sources, "--articles", articles, "--output", site],
    { stageOrder: SILLOK_STAGES, beside: SITE_STAGES },
  );
  const load = loadAverage();
  if (!withPlain)
    return { n, corpus, sillok, plainEle: null, plainPf: null, site, plainSite, articles, load };
  const plainEle = await measure(node, [
    ...HEAP,
    eleventyCli,
    `--input=${plain}`,
    `--output=${plainSite}`,
    "--quiet",
  ]);
  const plainPf = await measure(node, [pagefindCli, "--site", plainSite]);
  return { n, corpus, sillok, plainEle, plainPf, site, plainSite, articles, load: loadAverage() };
}

/** What one size's run measured (the plain figures are null when the baseline was not run). */
interface SizeRun {
  n: number;
  corpus: CorpusStats;
  sillok: Figure;
  plainEle: Figure | null;
  plainPf: Figure | null;
  site: string;
  plainSite: string;
  articles: string;
  /** Load average (1, 5, 15 min) when the run ended: the machine is shared, so say how busy it was. */
  load: string;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (m: number) => `${m.toFixed(0)} MiB`;

/** `--n N`: one size side by side (`withPlain` false: sillok alone, e.g. at 100k). */
async function single(n: number, seed: number, opts: { keep: boolean; withPlain: boolean }) {
  const work = path.join(os.tmpdir(), `sillok-bench-${process.pid}`);
  console.log(
    `sillok bench: ${n} articles, ${os.cpus().length} cores, node ${process.version}; work folder ${work}\n`,
  );
  const r = await runSize(n, seed, work, opts.withPlain);
  printStages(r);
  printSize(r);
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
}

const row = (name: string, f: Cost, n: number) =>
  `${name.padEnd(26)}${sec(f.ms).padStart(10)}${`${f.cpuS.toFixed(1)} s`.padStart(10)}${mib(f.peakMiB).padStart(11)}${`${(f.ms / n).toFixed(2)} ms`.padStart(14)}${`${((f.cpuS * 1000) / n).toFixed(2)} ms`.padStart(14)}`;

/** The plain baseline as one build: Eleventy then the Pagefind CLI. */
const plainWhole = (ele: Cost, pf: Cost): Cost => ({
  ms: ele.ms + pf.ms,
  cpuS: ele.cpuS + pf.cpuS,
  peakMiB: Math.max(ele.peakMiB, pf.peakMiB),
});

/** The stage table of one size: each sillok stage, the baseline, the whole builds and their ratios. */
function printStages(r: SizeRun): void {
  console.log(
    `\n${"stage".padEnd(26)}${"wall".padStart(10)}${"cpu".padStart(10)}${"peak RSS".padStart(11)}${"wall/article".padStart(14)}${"cpu/article".padStart(14)}`,
  );
  for (const [name, f] of r.sillok.stages) console.log(row(`sillok ${name}`, f, r.n));
  for (const [name, ms] of r.sillok.beside)
    console.log(`${`  ${name} (within site)`.padEnd(26)}${sec(ms).padStart(10)}`);
  const pf = r.sillok.pagefind;
  console.log(
    `${"  pagefind's own process".padEnd(26)}${"".padStart(10)}${`${pf.cpuS.toFixed(1)} s`.padStart(10)}${mib(pf.peakMiB).padStart(11)}`,
  );
  console.log(row("sillok build (whole)", r.sillok, r.n));
  if (r.plainEle && r.plainPf) {
    const plain = plainWhole(r.plainEle, r.plainPf);
    console.log(row("plain eleventy", r.plainEle, r.n));
    console.log(row("plain pagefind CLI", r.plainPf, r.n));
    console.log(row("plain eleventy + pagefind", plain, r.n));
    console.log(
      `\nwhole sillok build / plain: ×${(r.sillok.ms / plain.ms).toFixed(2)} time, ×${(r.sillok.peakMiB / plain.peakMiB).toFixed(2)} peak memory (bar: ≤ 1.0 both); ×${(r.sillok.cpuS / plain.cpuS).toFixed(2)} CPU time`,
    );
    printStageRatios(r.sillok, r.plainEle, r.plainPf);
  }
  console.log(`load average when the run ended: ${r.load} (1, 5, 15 min)`);
}

/**
 * The site stage (Eleventy and Pagefind side by side) against plain Eleventy then the Pagefind
 * CLI; Pagefind's own process against the CLI's.
 */
function printStageRatios(sillok: Figure, plainEle: Figure, plainPf: Figure): void {
  const site = sillok.stages.get("site") ?? { ms: 0, cpuS: 0, peakMiB: 0 };
  const plain = plainWhole(plainEle, plainPf);
  const pf = sillok.pagefind;
  console.log(
    `site (eleventy beside pagefind) / plain eleventy + pagefind CLI: ×${(site.ms / plain.ms).toFixed(2)} time, ×${(site.cpuS / plain.cpuS).toFixed(2)} CPU, ×${(site.peakMiB / plain.peakMiB).toFixed(2)} peak memory; ` +
      `pagefind's process / plain pagefind CLI: ×${(pf.cpuS / plainPf.cpuS).toFixed(2)} CPU, ×${(pf.peakMiB / plainPf.peakMiB).toFixed(2)} peak memory`,
  );
}

/** Output size: files, bytes, and what an article page adds to its text. */
function printSize(r: { site: string; plainSite: string; articles: string }): void {
  const s = folderSize(r.site);
  const pf = folderSize(path.join(r.site, "pagefind"));
  // Without the baseline (--no-plain, or above PLAIN_MAX in --scale) there is no plain site.
  const p = existsSync(r.plainSite) ? folderSize(r.plainSite) : null;
  const plain = p
    ? `; plain ${p.files.toLocaleString()} files, ${(p.bytes / 2 ** 20).toFixed(0)} MiB`
    : "";
  console.log(
    `\noutput: sillok ${s.files.toLocaleString()} files, ${(s.bytes / 2 ** 20).toFixed(0)} MiB (search bundle ${pf.files.toLocaleString()} files, ${(pf.bytes / 2 ** 20).toFixed(0)} MiB)${plain}`,
  );
  console.log(
    `article page markup beyond its own text: ${(articleOverhead(r.site, r.articles) / 1024).toFixed(1)} KiB on average`,
  );
}

/** Above this size `--scale` runs sillok alone: one Pagefind CLI index of 100,000 pages needs about 26 GB. */
const PLAIN_MAX = 30_000;
/** The bar: each stage's time per article at a larger size is at most this times its time at 10,000. */
const GROWTH_BAR = 1.25;

/** `--scale`: per-article cost at growing sizes, and its growth against 10,000 articles. */
async function scale(sizes: number[], seed: number): Promise<void> {
  console.log(
    `sillok bench --scale: ${sizes.join(", ")} articles, ${os.cpus().length} cores, node ${process.version}; plain baseline up to ${PLAIN_MAX.toLocaleString()}\n`,
  );
  const runs: SizeRun[] = [];
  for (const n of sizes) {
    const work = path.join(os.tmpdir(), `sillok-bench-${process.pid}-${n}`);
    const r = await runSize(n, seed, work, n <= PLAIN_MAX);
    console.log(`\n== ${n.toLocaleString()} articles`);
    printStages(r);
    printSize(r);
    rmSync(work, { recursive: true, force: true });
    runs.push(r);
    console.log(`\n${scaleTable(runs)}\n\n${growthTable(runs)}\n`);
  }
}

const cell = (f: Cost | null, n: number) =>
  f
    ? `${(f.ms / n).toFixed(2)}, cpu ${((f.cpuS * 1000) / n).toFixed(2)} (${(f.peakMiB / 1024).toFixed(2)} GB)`
    : "not run";

/** Markdown table: each stage's ms per article and peak memory per size, with the load average. */
function scaleTable(runs: SizeRun[]): string {
  const head = `| articles | distinct words | ${SILLOK_STAGES.map((s) => `${s} ms/article (peak)`).join(" | ")} | sillok build ms/article (peak) | plain Eleventy + Pagefind ms/article (peak) | ratio time, memory | load avg |`;
  const rows = runs.map((r) => {
    const plain = r.plainEle && r.plainPf ? plainWhole(r.plainEle, r.plainPf) : null;
    const ratio = plain
      ? `×${(r.sillok.ms / plain.ms).toFixed(2)}, ×${(r.sillok.peakMiB / plain.peakMiB).toFixed(2)}`
      : "";
    const stages = SILLOK_STAGES.map((s) => cell(r.sillok.stages.get(s) ?? null, r.n));
    return `| ${r.n.toLocaleString()} | ${r.corpus.distinctTokens.toLocaleString()} | ${stages.join(" | ")} | ${cell(r.sillok, r.n)} | ${cell(plain, r.n)} | ${ratio} | ${r.load} |`;
  });
  return [head, `|${" --- |".repeat(head.split("|").length - 2)}`, ...rows].join("\n");
}

/**
 * Markdown table: each stage's time per article at a size above 10,000 divided by its time per
 * article at 10,000; a stage above {@link GROWTH_BAR} grows worse than linearly and is flagged.
 */
function growthTable(runs: SizeRun[]): string {
  const base = runs.find((r) => r.n === 10000);
  const larger = runs.filter((r) => r.n > 10000);
  if (!base || !larger.length)
    return "(growth against 10,000 articles: needs 10,000 and a larger size)";
  const perArticle = (r: SizeRun, s: string | null, of: "ms" | "cpuS") =>
    (s ? (r.sillok.stages.get(s)?.[of] ?? 0) : r.sillok[of]) / r.n;
  const head = `| articles | ${[...SILLOK_STAGES, "whole"].map((s) => `${s} × (wall, cpu)`).join(" | ")} | peak memory |`;
  const rows = larger.map((r) => {
    const cells = [...SILLOK_STAGES, null].map((s) => {
      const g = perArticle(r, s, "ms") / perArticle(base, s, "ms");
      const c = perArticle(r, s, "cpuS") / perArticle(base, s, "cpuS");
      const flag = Math.min(g, c) > GROWTH_BAR ? " ⚠ worse than linear" : "";
      return `${g.toFixed(2)}, ${c.toFixed(2)}${flag}`;
    });
    return `| ${r.n.toLocaleString()} | ${cells.join(" | ")} | ${(r.sillok.peakMiB / 1024).toFixed(2)} GB${r.sillok.peakMiB > 6 * 1024 ? " ⚠ over 6 GB" : ""} |`;
  });
  return [
    `per-article wall and CPU time against 10,000 articles (bar ≤ ${GROWTH_BAR}; flagged when both are over it: the load average differs between sizes, see above, and CPU time is the steadier on a busy machine):`,
    head,
    `|${" --- |".repeat(head.split("|").length - 2)}`,
    ...rows,
  ].join("\n");
}

/** `--corpus`: `sillok import` on the real corpus repeated to `total` files. Skipped when ../shared is absent. */
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
    // Each copy differs by its trailing newlines, so its bytes (not its article) are new.
    const bytes = readFileSync(path.join(raw, name));
    writeFileSync(
      path.join(sources, `c${String(copy).padStart(3, "0")}-${name}`),
      Buffer.concat([bytes, Buffer.from("\n".repeat(copy))]),
    );
  }
  const f = await measure(node, [
    sillokBin,
    "import",
    "--sources",
    sources,
    "--articles",
    path.join(work, "articles"),
  ]);
  console.log(
    `corpus import: ${total} files (${files.length} real articles × ${(total / files.length).toFixed(1)}), one process`,
  );
  console.log(
    `sillok import ${sec(f.ms)} ${mib(f.peakMiB)}   ${(total / (f.ms / 1000)).toFixed(0)} files/s`,
  );
  rmSync(work, { recursive: true, force: true });
}

/**
 * The sizes of `--scale`: `--sizes 10000,100000` as given, else 1k, 10k, 30k and 100k up to `--max`
 * (default 30,000).
 */
function scaleSizes(): number[] {
  const given = arg("sizes", "");
  if (given) return given.split(",").map(Number);
  const max = Number(arg("max", "30000"));
  return [1000, 10000, 30000, 100000].filter((n) => n <= max);
}

const seed = Number(arg("seed", "1"));
if (process.argv.includes("--corpus")) await corpusThroughput(Number(arg("corpus-n", "10000")));
else if (process.argv.includes("--scale")) await scale(scaleSizes(), seed);
else
  await single(Number(arg("n", "1000")), seed, {
    keep: process.argv.includes("--keep"),
    withPlain: !process.argv.includes("--no-plain"),
  });
