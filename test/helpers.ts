/** Shared test helpers: temp folders, the shared corpus location, a site build. */
import { mkdtempSync, rmSync, existsSync, cpSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { main } from "../src/cli/main.ts";

/** `../shared` beside the checkout, as CI lays it out. */
export const SHARED = path.resolve(projectRoot, "..", "shared");
export const SEEDS = path.join(SHARED, "seeds");
export const CORPUS = path.join(SHARED, "corpus", "raw");
export const SEED_FILE = "000_e17bb6c05f271ade.txt";

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = "sillok-test-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies the seed and the embedded samples into one sources folder and returns it. */
export function seedAndSamples(into: string): string {
  const src = path.join(into, "sources");
  mkdirSync(src, { recursive: true });
  if (!existsSync(path.join(SEEDS, SEED_FILE))) throw new Error(`seed not found at ${SEEDS}: tests need ../shared beside the checkout`);
  cpSync(path.join(SEEDS, SEED_FILE), path.join(src, SEED_FILE));
  cpSync(path.join(projectRoot, "sources"), src, { recursive: true });
  return src;
}

/** Runs the CLI in-process with `args`, capturing what it prints; resolves to its exit code and output. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [log, error, write] = [console.log, console.error, process.stderr.write];
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  console.error = (...a: unknown[]) => void err.push(a.join(" "));
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    const code = await main(["node", "sillok", ...args]);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    [console.log, console.error, process.stderr.write] = [log, error, write];
  }
}
