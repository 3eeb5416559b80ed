/**
 * Where a cached esbuild bundle of sillok's own sources is, and whether it is there: plain
 * JavaScript, so that bin/sillok.js can ask before it loads the TypeScript loader (tsx). A bundle
 * is kept in `node_modules/.cache/sillok` (beside the dictionaries' parsed YAML,
 * src/core/yaml-cache.ts) and named by the SHA-256 of the bundled folders' source files (paths
 * and bytes), of esbuild's version and of the project's folder (a bundle holds its modules'
 * absolute URLs), so an edited source is never run from an old bundle. Built by
 * src/core/bundle.ts.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's folder (this file is `src/core/bundle-name.js`). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SRC = path.join(ROOT, "src");
/** The cache folder, the same as src/core/yaml-cache.ts's. */
export const BUNDLE_CACHE_DIR = path.join(ROOT, "node_modules", ".cache", "sillok");

/**
 * esbuild's version, part of a bundle's name.
 * @returns {string | null} null when esbuild cannot be found
 */
function esbuildVersion() {
  try {
    const file = path.join(ROOT, "node_modules", "esbuild", "package.json");
    return String(JSON.parse(readFileSync(file, "utf8")).version);
  } catch {
    return null;
  }
}

/**
 * SHA-256 (hex) of `salt` and of every `.ts` and `.js` file under the `folders` of `src/` (paths
 * and bytes, in path order).
 * @param {readonly string[]} folders folders of `src/`
 * @param {string} salt
 * @returns {string}
 * @throws Error when a folder cannot be listed or a file read
 */
function sourcesHash(folders, salt) {
  const h = createHash("sha256").update(salt);
  const files = folders
    .flatMap((dir) =>
      readdirSync(path.join(SRC, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.[tj]s$/.test(e.name))
        .map((e) => path.join(e.parentPath, e.name)),
    )
    .sort();
  for (const f of files) h.update(`\0${path.relative(SRC, f)}\0`).update(readFileSync(f));
  return h.digest("hex");
}

/**
 * The bundle `<prefix>-<hash>.mjs` of the `folders` of `src/` as they are now, and whether it is
 * built.
 * @param {string} prefix the bundle's kind (`convert`, `cli`)
 * @param {readonly string[]} folders the folders its modules come from
 * @param {string} [cacheDir]
 * @returns {{ file: string, ready: boolean } | null} null when esbuild is missing
 * @throws Error when the sources cannot be listed or read
 */
export function bundleFile(prefix, folders, cacheDir = BUNDLE_CACHE_DIR) {
  const version = esbuildVersion();
  if (!version) return null;
  const hash = sourcesHash(folders, `esbuild ${version}\n${ROOT}\n`);
  const file = path.join(cacheDir, `${prefix}-${hash}.mjs`);
  return { file, ready: existsSync(file) };
}

/**
 * The cached bundle of the whole command line (every folder of `src/`), which bin/sillok.js runs
 * `sillok import` from when it is there.
 * @param {string} [cacheDir]
 * @returns {{ file: string, ready: boolean } | null} null when esbuild is missing or the sources cannot be read
 */
export function cliBundle(cacheDir = BUNDLE_CACHE_DIR) {
  try {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    return bundleFile("cli", folders, cacheDir);
  } catch {
    return null;
  }
}
