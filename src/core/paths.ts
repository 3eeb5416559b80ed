/** Filesystem anchors and walks: the project root, found from this file's own location; folder containment; the article files of a folder. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the sillok package root (the folder holding package.json). */
export const projectRoot: string = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);

/** True when `child` is `parent` or lies inside it (both resolved as given; no symlinks followed). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** `.md` files under `dir`, relative with `/`, sorted; hidden entries (`.sillok/`) skipped; a missing folder is empty. */
export function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  collectMarkdown(dir, "", out);
  return out.sort();
}

/** Adds the `.md` files under `dir` to `out` as `prefix` + their path with `/` (no `path.relative` per file: it resolves both paths each time). */
function collectMarkdown(dir: string, prefix: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    if (e.isDirectory()) collectMarkdown(path.join(dir, e.name), `${prefix}${e.name}/`, out);
    else if (e.name.endsWith(".md")) out.push(prefix + e.name);
  }
}

/**
 * The folders a dictionaries location names, in the order they apply: one folder, or several
 * joined by the platform's path-list separator (`:` on Linux and macOS, `;` on Windows, as
 * NODE_PATH), e.g. sillok's shipped `_data` then an archive's own additions
 * ({@link archiveDataDir}). Later folders overlay earlier ones.
 */
export function dataLayers(dataDir: string): string[] {
  return dataDir
    .split(path.delimiter)
    .filter(Boolean)
    .map((d) => path.resolve(d));
}
