/**
 * The converting thread's code as one plain ES module, so that a worker thread starts without the
 * TypeScript loader: under tsx (https://tsx.is) every module of the importer goes through its
 * loader hooks and is compiled again in each thread, about 1 s of CPU per thread (a 10-file
 * import: 3.1–3.5 s of CPU through tsx, 2.2 s from a bundle). The bundle is built with esbuild
 * (https://esbuild.github.io/api/#build) as src/search/bundle.ts builds the search page, and kept
 * in `node_modules/.cache/sillok` (beside the dictionaries' parsed YAML, see
 * src/core/yaml-cache.ts) named by the SHA-256 of every source file under `src/` and of esbuild's
 * version, so an edited source is never run from an old bundle (the stages up to the import only). Packages stay outside the bundle
 * and load from `node_modules` as they do under tsx.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createHash } from "node:crypto";
import { projectRoot } from "../core/paths.ts";
import { YAML_CACHE_DIR } from "../core/yaml-cache.ts";

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

/** esbuild's version, part of the bundle's name; null when esbuild cannot be loaded. */
function esbuildVersion(): string | null {
  try {
    const file = path.join(projectRoot, "node_modules", "esbuild", "package.json");
    return String(JSON.parse(readFileSync(file, "utf8")).version);
  } catch {
    return null;
  }
}

/** SHA-256 (hex) of every `.ts` and `.js` file of the {@link STAGES} (paths and bytes, in path order) and of `salt`. */
function sourcesHash(salt: string): string {
  const h = createHash("sha256").update(salt);
  const files = STAGES.flatMap((dir) =>
    readdirSync(path.join(SRC, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.[tj]s$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name)),
  ).sort();
  for (const f of files) h.update(`\0${path.relative(SRC, f)}\0`).update(readFileSync(f));
  return h.digest("hex");
}

/**
 * The cached bundle's path for the sources as they are now, and whether it is there.
 * @returns null when esbuild is missing (the worker then runs under tsx)
 */
export function converterBundle(
  cacheDir = YAML_CACHE_DIR,
): { file: string; ready: boolean } | null {
  const version = esbuildVersion();
  if (!version) return null;
  // The project's folder is in the name too: the bundle holds its absolute `import.meta.url`s,
  // so a copied or moved project (node_modules and its cache with it) builds its own.
  const file = path.join(
    cacheDir,
    `convert-${sourcesHash(`esbuild ${version}\n${projectRoot}\n`)}.mjs`,
  );
  return { file, ready: existsSync(file) };
}

/**
 * Builds the bundle into `file` (written to a temporary name, then renamed, so a thread never
 * loads half a file). Each module keeps its own `import.meta.url` (src/core/paths.ts finds the
 * project's `_data/` from it), put in as text by a load hook.
 * @throws Error with esbuild's messages when the build fails
 */
export async function buildConverterBundle(file: string): Promise<void> {
  const { build } = await import("esbuild");
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: path.join(SRC, "import"), loader: "js" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "own-import-meta-url",
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, (args) => ({
            contents: readFileSync(args.path, "utf8").replace(
              /\bimport\.meta\.url\b/g,
              JSON.stringify(pathToFileURL(args.path).href),
            ),
            loader: "ts",
          }));
        },
      },
    ],
  });
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, file);
  pruneOldBundles(file);
}

/**
 * Removes the cache's other converter bundles (each edit of the sources leaves one, ~250 KB): only
 * the newest is ever run. A bundle another run is loading stays readable to it (POSIX unlink).
 */
function pruneOldBundles(keep: string): void {
  const dir = path.dirname(keep);
  for (const name of readdirSync(dir))
    if (/^convert-[0-9a-f]{64}\.mjs$/.test(name) && name !== path.basename(keep))
      rmSync(path.join(dir, name), { force: true });
}
