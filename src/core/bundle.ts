/**
 * Builds a cached bundle of sillok's own sources (its name and place: src/core/bundle-name.js):
 * one plain ES module by esbuild (https://esbuild.github.io/api/#build), as src/search/bundle.ts
 * builds the search page, so that a thread or a command starts without the TypeScript loader
 * (under tsx, https://tsx.is, every module goes through its loader hooks, about 1 s of CPU per
 * thread). Packages stay outside the bundle and load from `node_modules` as they do under tsx.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** What a bundle runs: its entry module's text, and the folder its relative imports start from. */
export interface BundleEntry {
  contents: string;
  resolveDir: string;
}

/**
 * Builds the bundle of `entry` into `file` (written to a temporary name, then renamed, so nobody
 * loads half a file), then removes the cache's older bundles of the same kind (the name's part
 * before its hash). Each module keeps its own `import.meta.url` (src/core/paths.ts finds the
 * project's `_data/` from it), put in as text by a load hook.
 * @throws Error with esbuild's messages when the build fails
 */
export async function buildBundle(file: string, entry: BundleEntry): Promise<void> {
  const { build } = await import("esbuild");
  const result = await build({
    stdin: { ...entry, loader: "js" },
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
          // Plain JavaScript modules too (core/bundle-name.js finds the project's folder from
          // its own URL: left as the bundle's, a bundled command looked for the converter's
          // bundle under node_modules and ran its threads under tsx).
          b.onLoad({ filter: /\.[tj]s$/ }, (args) => ({
            contents: readFileSync(args.path, "utf8").replace(
              /\bimport\.meta\.url\b/g,
              JSON.stringify(pathToFileURL(args.path).href),
            ),
            loader: args.path.endsWith(".ts") ? "ts" : "js",
          }));
        },
      },
    ],
  });
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, file);
  pruneOlder(file);
}

/**
 * Removes the cache's other bundles of `keep`'s kind (each edit of the sources leaves one, a few
 * hundred KB): only the newest is ever run. A bundle another run is loading stays readable to it
 * (POSIX unlink).
 */
function pruneOlder(keep: string): void {
  const dir = path.dirname(keep);
  const kind = /^(.+)-[0-9a-f]{64}\.mjs$/.exec(path.basename(keep))?.[1];
  if (!kind) return;
  for (const name of readdirSync(dir))
    if (
      name.startsWith(`${kind}-`) &&
      /^[a-z]+-[0-9a-f]{64}\.mjs$/.test(name) &&
      name !== path.basename(keep)
    )
      rmSync(path.join(dir, name), { force: true });
}
