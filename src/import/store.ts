/**
 * The article store: writes `articles/**.md` without ever losing a hand edit.
 *
 * Next to the articles, `.sillok/manifest.json` records the SHA-256 of each file as sillok last
 * wrote it. On re-import a file is rewritten only when its bytes still equal what sillok wrote
 * (the user has not touched it) or when `force` is set; an edited file is kept and reported.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from "node:fs";
import path from "node:path";
import { sha256 } from "../core/hash.ts";

/** What happened to one article file. */
export type WriteOutcome = "imported" | "updated" | "unchanged" | "kept";

interface ManifestEntry {
  /** SHA-256 of the bytes sillok wrote. */
  sha256: string;
  /** The source file it came from. */
  source: string;
}

/** The store of one `articles/` folder. Call {@link save} once at the end of a run. */
export class ArticleStore {
  private manifestPath: string;
  private manifest: Record<string, ManifestEntry> = {};
  private dirty = false;

  constructor(readonly root: string) {
    this.manifestPath = path.join(root, ".sillok", "manifest.json");
    if (existsSync(this.manifestPath)) {
      try {
        this.manifest = JSON.parse(readFileSync(this.manifestPath, "utf8")).files ?? {};
      } catch {
        this.manifest = {};
      }
    }
  }

  /**
   * Writes `content` to `relPath` (POSIX, relative to the store root) unless that would clobber a
   * hand edit. Writes are atomic (temp file + rename).
   * @returns `imported` (new file), `updated` (sillok's own earlier output replaced),
   *   `unchanged` (same bytes), `kept` (hand-edited file left as it is).
   */
  write(relPath: string, content: string, source: string, force = false): WriteOutcome {
    const abs = path.join(this.root, relPath);
    const newHash = sha256(content);
    let outcome: WriteOutcome = "imported";
    if (existsSync(abs)) {
      const current = sha256(readFileSync(abs));
      if (current === newHash) {
        this.record(relPath, newHash, source);
        return "unchanged";
      }
      const ours = this.manifest[relPath]?.sha256 === current;
      if (!ours && !force) return "kept";
      outcome = "updated";
    }
    mkdirSync(path.dirname(abs), { recursive: true });
    const tmp = `${abs}.tmp-${process.pid}`;
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
    this.record(relPath, newHash, source);
    return outcome;
  }

  /** The source file recorded for an article path, if any. */
  sourceOf(relPath: string): string | undefined {
    return this.manifest[relPath]?.source;
  }

  private record(relPath: string, hash: string, source: string): void {
    const old = this.manifest[relPath];
    if (old && old.sha256 === hash && old.source === source) return;
    this.manifest[relPath] = { sha256: hash, source };
    this.dirty = true;
  }

  /** Writes the manifest when it changed (sorted keys, so an unchanged run changes no byte). */
  save(): void {
    if (!this.dirty) return;
    const files: Record<string, ManifestEntry> = {};
    for (const k of Object.keys(this.manifest).sort()) files[k] = this.manifest[k];
    mkdirSync(path.dirname(this.manifestPath), { recursive: true });
    writeFileSync(this.manifestPath, `${JSON.stringify({ version: 1, files }, null, 2)}\n`);
    this.dirty = false;
  }
}
