/** Shared test helpers: temp folders, the shared corpus location, a site build. */
import {
  mkdtempSync,
  rmSync,
  existsSync,
  cpSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { projectRoot } from "../src/core/paths.ts";
import { main } from "../src/cli/main.ts";
import type { ArticleMeta } from "../src/core/article.ts";
import { convertFile, type ImportContext } from "../src/import/index.ts";
import { loadLexicon } from "../src/core/lexicon.ts";
import { compileGrammar, searchGrammar } from "../src/core/search-grammar.ts";
import { UNDATED_WARNING } from "../src/parse/refine.ts";

/**
 * The real corpora the evaluations (test/eval/, `npm run eval`) read: the folder named by the
 * environment variable SILLOK_SHARED, else `../shared` beside the checkout, as CI lays it out.
 * `npm test` never reads it.
 */
export const SHARED = process.env.SILLOK_SHARED
  ? path.resolve(process.env.SILLOK_SHARED)
  : path.resolve(projectRoot, "..", "shared");
export const SEEDS = path.join(SHARED, "seeds");
export const CORPUS = path.join(SHARED, "corpus", "raw");
export const SEED_FILE = "000_e17bb6c05f271ade.txt";

/** Temporary folders made by tempDir, removed by one exit listener (one per folder would pass Node's limit of 10). */
const tempDirs: string[] = [];
process.on("exit", () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = "sillok-test-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/**
 * A fresh archive folder whose `sources/` holds `files` (name → text or bytes), and where its
 * articles go (`articles/`, not made yet).
 */
export function sourcesWith(files: Record<string, string | Buffer>): {
  root: string;
  sourcesDir: string;
  articlesDir: string;
} {
  const root = tempDir();
  const sourcesDir = path.join(root, "sources");
  mkdirSync(sourcesDir, { recursive: true });
  for (const [name, data] of Object.entries(files))
    writeFileSync(path.join(sourcesDir, name), data);
  return { root, sourcesDir, articlesDir: path.join(root, "articles") };
}

/**
 * A labelled file's path as the gold sets write it (`../shared/corpus/raw/003_khan.txt`,
 * relative to the checkout), resolved against SHARED so SILLOK_SHARED moves it too.
 */
export function sharedFile(file: string): string {
  const m = /^\.\.\/shared\/(.*)$/.exec(file);
  return m ? path.join(SHARED, m[1]) : path.resolve(projectRoot, file);
}

/**
 * The team-written undated page copy in test/fixtures/sources (outlet 디지털타임스, a title with
 * backticks, share bar, byline with e-mail, caption with credit, copyright line; names 메타,
 * 삼성전자, LG전자 and 마크 저커버그): what the repository-only tests use as "the article".
 */
export const SAMPLE_UNDATED = "000-undated-page-copy.txt";

/** Copies the embedded samples (sources/) and SAMPLE_UNDATED into one sources folder and returns it. */
export function samples(into: string): string {
  const src = path.join(into, "sources");
  mkdirSync(src, { recursive: true });
  cpSync(path.join(projectRoot, "sources"), src, { recursive: true });
  cpSync(
    path.join(projectRoot, "test", "fixtures", "sources", SAMPLE_UNDATED),
    path.join(src, SAMPLE_UNDATED),
  );
  return src;
}

/** Copies the seed (from SHARED) and the embedded samples into one sources folder and returns it. */
export function seedAndSamples(into: string): string {
  const src = path.join(into, "sources");
  mkdirSync(src, { recursive: true });
  if (!existsSync(path.join(SEEDS, SEED_FILE)))
    throw new Error(
      `seed not found at ${SEEDS}: the evaluations need ../shared beside the checkout, or SILLOK_SHARED`,
    );
  cpSync(path.join(SEEDS, SEED_FILE), path.join(src, SEED_FILE));
  cpSync(path.join(projectRoot, "sources"), src, { recursive: true });
  return src;
}

/** Runs the CLI in-process with `args`, capturing what it prints; resolves to its exit code and output. */
export async function runCli(
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [log, error, write] = [console.log, console.error, process.stderr.write];
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  console.error = (...a: unknown[]) => void err.push(a.join(" "));
  process.stderr.write = ((s: string) => (
    err.push(String(s)),
    true
  )) as typeof process.stderr.write;
  try {
    const code = await main(["node", "sillok", ...args]);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    [console.log, console.error, process.stderr.write] = [log, error, write];
  }
}

/** The search grammar (particles, honorifics) of the shipped lexicon, compiled, for search tests. */
export const SHIPPED_GRAMMAR = compileGrammar(searchGrammar(loadLexicon()));

/** A page fixture as the importer converts it: front matter, body paragraphs and warnings. */
export interface FixtureRead {
  meta: ArticleMeta;
  paragraphs: string[];
  warnings: string[];
}

/**
 * A reader of the fixture files in `test/fixtures/<folder>/`, each converted once through the
 * importer's own conversion (`convertFile`, one import context), cached by file name.
 * @throws Error when the importer skips a file (the reason in the message)
 */
export function fixturePages(folder: string, ctx: ImportContext): (file: string) => FixtureRead {
  const dir = path.join(projectRoot, "test", "fixtures", folder);
  const cache = new Map<string, FixtureRead>();
  return (file) => {
    const hit = cache.get(file);
    if (hit) return hit;
    const r = convertFile(readFileSync(path.join(dir, file)), file, ctx);
    if ("skip" in r) throw new Error(`skipped: ${r.skip}`);
    const read = { meta: r.article.meta, paragraphs: r.article.paragraphs, warnings: r.warnings };
    cache.set(file, read);
    return read;
  };
}

/** What a tester expected of one page, written before the run (page-fresh-*.test.ts). */
export interface PageWant {
  title: string;
  outlet: string;
  date: string | null;
  reporters: string[];
  deck?: string;
  captions: { text: string; credit?: string }[];
  first: string;
  last: string;
  /** Only where the page names crew or a place that must not become a person. */
  people?: string[];
  /** Furniture of the page that must not reach the body or the deck. */
  furniture: string[];
}

/** Asserts that a page read as `want` says, field by field, with no warning but the undated one. */
export function assertPageReads(a: FixtureRead, want: PageWant, file: string): void {
  assert.equal(a.meta.title, want.title, file);
  assert.equal(a.meta.outlet, want.outlet, file);
  assert.equal(a.meta.date, want.date, file);
  assert.deepEqual(
    a.meta.reporters.map((r) => r.name),
    want.reporters,
    file,
  );
  assert.equal(a.meta.subtitle, want.deck, file);
  assert.deepEqual(a.meta.captions, want.captions, file);
  assert.equal(a.paragraphs[0], want.first, file);
  assert.equal(a.paragraphs.at(-1), want.last, file);
  if (want.people) assert.deepEqual(a.meta.people, want.people, file);
  const text = [...a.paragraphs, a.meta.subtitle ?? ""].join("\n");
  for (const f of want.furniture) assert.ok(!text.includes(f), `${file}: ${f} left in`);
  assert.deepEqual(a.warnings, want.date ? [] : [UNDATED_WARNING], file);
}
