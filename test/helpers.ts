/** Shared test helpers: temp folders, the shared corpus location, a site build. */
import { mkdtempSync, rmSync, existsSync, cpSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";

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
