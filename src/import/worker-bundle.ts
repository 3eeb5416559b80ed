/**
 * The converting thread's code as one plain ES module, so that a worker thread starts without the
 * TypeScript loader: under tsx (https://tsx.is) every module of the importer goes through its
 * loader hooks and is compiled again in each thread, about 1 s of CPU per thread (a 10-file
 * import: 3.1–3.5 s of CPU through tsx, 2.2 s from a bundle). Built by src/core/bundle.ts and
 * named by src/core/bundle-name.js (the stages up to the import only: an edit of the site, search
 * or cli keeps it).
 */
import path from "node:path";
import { projectRoot } from "../core/paths.ts";
import { buildBundle } from "../core/bundle.ts";
import { BUNDLE_CACHE_DIR, bundleFile } from "../core/bundle-name.js";

const SRC = path.join(projectRoot, "src");
/**
 * The folders the converter's modules come from: the stages up to the import, which imports no
 * later stage (ARCHITECTURE.md), so an edit elsewhere (site, search, cli) keeps the bundle.
 */
const STAGES = ["core", "decode", "parse", "entities", "import"];

/** What the bundle runs: the thread body of src/import/convert-thread.ts, as convert-worker.js does under tsx. */
const ENTRY = `import { parentPort, workerData } from "node:worker_threads";
import { serveConversions } from "./convert-thread.ts";
serveConversions(parentPort, workerData);
`;

/**
 * The cached bundle's path for the sources as they are now, and whether it is there.
 * @returns null when esbuild is missing (the worker then runs under tsx)
 */
export function converterBundle(
  cacheDir = BUNDLE_CACHE_DIR,
): { file: string; ready: boolean } | null {
  return bundleFile("convert", STAGES, cacheDir);
}

/**
 * Builds the converter's bundle into `file` ({@link converterBundle}), removing older ones.
 * @throws Error with esbuild's messages when the build fails
 */
export async function buildConverterBundle(file: string): Promise<void> {
  await buildBundle(file, { contents: ENTRY, resolveDir: path.join(SRC, "import") });
}
