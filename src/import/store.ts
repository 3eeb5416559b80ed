/**
 * The article store: writes `articles/**.md` without ever losing a hand edit.
 *
 * Next to the articles, `.sillok/manifest.json` records, for each file sillok wrote, the SHA-256
 * of its bytes and the source it came from (file name and the source's SHA-256). On re-import:
 * - a file is rewritten only when its bytes still equal what sillok wrote (the user has not
 *   touched it) or when `force` is set; an edited file is kept and reported;
 * - an article keeps the path sillok first wrote it to: when the same source (same bytes, or the
 *   same file name after an edit) now yields another path (a headline edited, a date corrected,
 *   an outlet added to the dictionary), its file is updated where it is, so its URL, the links to
 *   it and its feed id never move (SPEC §5: URLs stable across re-imports), and no second copy
 *   is written;
 * - an article that sillok wrote and that is gone from where sillok put it (the user moved,
 *   renamed or deleted it) is not recreated: a moved file is found by its name anywhere under
 *   the folder and reported, a deleted one is reported; `force` writes sillok's version where
 *   the user moved it (the article is never there twice) or restores a deleted one. When the
 *   folder the user moved it to does not fit the date of sillok's version (`YYYY/MM/` for a
 *   dated article, `undated/`), sillok's version goes to the folder its date belongs in, under
 *   the same file name, and the moved file is backed up and removed: --force never writes a
 *   folder/date mismatch that `sillok check` would then refuse.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { sha256 } from "../core/hash.ts";
import { listMarkdown } from "../core/paths.ts";
import { folderDateProblem, koreaMonth } from "../core/dates.ts";

/** What happened to one article file. */
export type WriteOutcome = "imported" | "updated" | "unchanged" | "kept";

/** The result of {@link ArticleStore.write}: the outcome, the path the article is at, and why it was kept. */
export interface WriteResult {
  outcome: WriteOutcome;
  /** Where the article is now, relative to the store root (differs from the asked path when the user moved it). */
  path: string;
  /** One line for the report when the outcome needs explaining (kept, moved, backed up). */
  note?: string;
  /** Where a hand-edited file that --force overwrote or removed was copied (relative to the root). */
  backup?: string;
  /** Set when the article was kept because it was edited by hand (it is at `path`). */
  edited?: boolean;
  /** Where sillok's new version of a kept hand-edited article went (its source changed since). */
  incoming?: string;
  /**
   * Set when the article was kept because the user moved it and its text is no longer sillok's:
   * the user's version stands (the manifest's entry is still at the old path, so the entity
   * refresh of {@link edited} articles does not run on it).
   */
  movedEdited?: boolean;
}

/** How {@link ArticleStore.write} treats the user's files. */
export interface WriteOptions {
  /** Overwrite hand-edited, moved or deleted articles (each backed up first). Default false. */
  force?: boolean;
  /**
   * The date of the article being written (front matter `date`, null when undated): with
   * `force`, an article the user moved to a month or `undated/` folder its date does not fit is
   * written to the folder it does fit. Undefined: where the user moved it, whatever its date.
   */
  date?: string | null;
}

/** The source an article came from: file name in the sources folder and SHA-256 of its bytes. */
export interface SourceRef {
  file: string;
  sha256: string;
  /**
   * The entity names the article written from it lists (`companies:삼성전자`, `people:…`,
   * `tags:…`), recorded so that entities added to a hand-edited article later never bring back
   * one the user took out.
   */
  entities?: string[];
}

interface ManifestEntry {
  /** SHA-256 of the bytes sillok wrote. */
  sha256: string;
  /** The source file it came from. */
  source: string;
  /** SHA-256 of the source's bytes (absent in manifests written before it was recorded). */
  sourceSha256?: string;
  /** Entity names sillok has put in the article (`kind:name`), see {@link SourceRef.entities}. */
  entities?: string[];
}

/** The store of one `articles/` folder. Call {@link save} once at the end of a run. */
export class ArticleStore {
  private manifestPath: string;
  private manifest: Record<string, ManifestEntry> = {};
  private dirty = false;
  /** Article file name → the first path under the root holding it, built on first need (finding moved articles). */
  private byName: Map<string, string> | null = null;
  /** Folders this run has made (or found) for the articles it wrote. */
  private madeDirs = new Set<string>();

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
   * Writes `content` for the article sillok would now put at `relPath` (POSIX, relative to the
   * store root), unless that would clobber a hand edit or recreate an article the user moved or
   * deleted (see the module comment). An article sillok wrote before stays at the path it was
   * first written to, whatever `relPath` says now: its URL, every link to it and its feed id
   * never move because a dictionary, a headline or a date changed. Writes are atomic (temp file +
   * rename).
   * @returns `imported` (new file), `updated` (sillok's own earlier output replaced, or a hand
   *   edit overwritten with --force), `unchanged` (same bytes), `kept` (the user's file or choice
   *   left as it is); `path` is where the article is.
   */
  write(relPath: string, content: string, source: SourceRef, opts: WriteOptions = {}): WriteResult {
    const prior = this.priorPath(relPath, source);
    const target = prior ?? relPath;
    const force = opts.force ?? false;
    if (this.exists(target)) return this.writeAt(target, content, source, force);
    if (!prior) {
      this.put(relPath, content, sha256(content), source);
      return { outcome: "imported", path: relPath };
    }
    return this.writeGone(prior, content, source, opts);
  }

  /**
   * Where this source's article is now, when sillok wrote it before and it is still there or
   * the user moved it (relative to the root), and whether its bytes are no longer sillok's
   * (edited by hand); undefined when sillok never wrote it or it is gone.
   */
  currentCopy(relPath: string, source: SourceRef): { path: string; edited: boolean } | undefined {
    const prior = this.priorPath(relPath, source);
    if (!prior) return undefined;
    const at = this.exists(prior) ? prior : this.findMoved(path.posix.basename(prior));
    if (!at) return undefined;
    const bytes = sha256(readFileSync(this.abs(at)));
    return { path: at, edited: bytes !== this.manifest[prior]?.sha256 };
  }

  /** Writes over the file at `relPath` when it is sillok's own (or with --force, backing it up). */
  private writeAt(
    relPath: string,
    content: string,
    source: SourceRef,
    force: boolean,
  ): WriteResult {
    const newHash = sha256(content);
    const current = sha256(readFileSync(this.abs(relPath)));
    if (current === newHash) {
      this.record(relPath, newHash, source);
      this.dropIncoming(relPath);
      return { outcome: "unchanged", path: relPath };
    }
    const ours = this.manifest[relPath]?.sha256 === current;
    if (!ours && !force) return this.keepEdit(relPath, content, source);
    const backup = ours ? undefined : this.backup(relPath);
    this.put(relPath, content, newHash, source);
    if (!backup) return { outcome: "updated", path: relPath };
    const note = `손으로 고친 기사를 덮어썼습니다(--force). 고친 글은 ${backup}에 백업했습니다`;
    return { outcome: "updated", path: relPath, backup, note };
  }

  /**
   * The article sillok wrote at `prior` is no longer there: the user moved it (found by its file
   * name) or deleted it. Either is the user's choice and is kept; --force writes sillok's version
   * where the article now is (a moved one stays where the user put it, so a link the user
   * published to it keeps working), or restores a deleted one at its own path.
   */
  private writeGone(
    prior: string,
    content: string,
    source: SourceRef,
    opts: WriteOptions,
  ): WriteResult {
    const force = opts.force ?? false;
    const moved = this.findMoved(path.posix.basename(prior));
    if (moved && !force)
      return {
        outcome: "kept",
        path: moved,
        note: `손으로 ${moved}(으)로 옮긴 기사: 그 자리에 둡니다(--force면 sillok이 쓴 글로 그곳을 덮어씁니다)`,
        // Its text is the user's when its bytes are no longer sillok's (edited before or after the move).
        ...(sha256(readFileSync(this.abs(moved))) !== this.manifest[prior]?.sha256
          ? { movedEdited: true }
          : {}),
      };
    if (!moved && !force)
      return {
        outcome: "kept",
        path: prior,
        note: `손으로 지운 기사 ${prior}: 다시 만들지 않습니다(되살리려면 --force)`,
      };
    if (!moved) {
      this.put(prior, content, sha256(content), source);
      return { outcome: "imported", path: prior, note: `${prior}에 되살렸습니다(--force)` };
    }
    const home = opts.date !== undefined ? this.homeFor(moved, prior, opts.date) : null;
    if (home && !this.exists(home)) return this.writeHome(home, moved, prior, content, source);
    // The moved copy becomes the article's path in the manifest: sillok's record follows the user.
    this.manifest[moved] = { ...this.manifest[prior], source: source.file };
    delete this.manifest[prior];
    this.dirty = true;
    return { ...this.writeAt(moved, content, source, true), path: moved };
  }

  /**
   * The folder sillok's version of a moved article belongs in when the folder the user moved it
   * to does not fit that version's `date`: `YYYY/MM/` (Korea time) or `undated/`, under the
   * file name sillok first gave it (its slug is kept); null when the user's folder fits or is
   * one of the user's own (not a month or `undated/` folder, which `sillok check` does not judge).
   */
  private homeFor(moved: string, prior: string, date: string | null): string | null {
    if (!folderDateProblem(moved, date)) return null;
    const name = path.posix.basename(prior);
    return date ? `${koreaMonth(date).replace("-", "/")}/${name}` : `undated/${name}`;
  }

  /**
   * --force over a moved article whose folder does not fit sillok's version: sillok's version is
   * written at `home`, the user's moved file is backed up and removed (the article is never there
   * twice, and nothing is lost: the backup holds the user's text and date).
   */
  private writeHome(
    home: string,
    moved: string,
    prior: string,
    content: string,
    source: SourceRef,
  ): WriteResult {
    const backup = this.backup(moved);
    rmSync(this.abs(moved));
    this.written.delete(moved);
    delete this.manifest[prior];
    this.dirty = true;
    this.byName?.set(path.posix.basename(moved), home);
    this.put(home, content, sha256(content), source);
    const note = `손으로 ${moved}(으)로 옮긴 기사인데 sillok이 쓴 글의 날짜와 폴더가 맞지 않아 ${home}에 썼습니다(--force). 옮긴 파일은 ${backup}에 백업하고 지웠습니다`;
    return { outcome: "updated", path: home, backup, note };
  }

  /**
   * Articles sillok wrote whose source is not among `sources` (the file was deleted or renamed
   * in the sources folder) and that still exist: paths relative to the root, sorted. They are
   * kept; the report names them.
   */
  orphans(sources: Set<string>): string[] {
    return Object.entries(this.manifest)
      .filter(([p, e]) => !sources.has(e.source) && existsSync(this.abs(p)))
      .map(([p]) => p)
      .sort();
  }

  /**
   * The article path the manifest records for these source bytes, if sillok imported them before
   * (the article may since have been edited, moved or deleted by the user).
   */
  knownSource(sha: string): string | undefined {
    if (!this.knownShas) {
      this.knownShas = new Map();
      for (const [p, e] of Object.entries(this.manifest))
        if (e.sourceSha256 && !this.knownShas.has(e.sourceSha256))
          this.knownShas.set(e.sourceSha256, p);
    }
    return this.knownShas.get(sha);
  }

  /** Source bytes → article path as the manifest was read (for {@link knownSource}). */
  private knownShas: Map<string, string> | null = null;

  /**
   * A hand-edited article is kept. When its source changed since sillok wrote it, sillok's new
   * version is written to `.sillok/incoming/<path>` and the note says how to compare the two.
   */
  private keepEdit(relPath: string, content: string, source: SourceRef): WriteResult {
    const was = this.manifest[relPath]?.sourceSha256;
    if (!was || was === source.sha256)
      return {
        outcome: "kept",
        path: relPath,
        edited: true,
        note: "손으로 고친 기사: 그대로 둡니다(덮어쓰려면 --force)",
      };
    const incoming = `.sillok/incoming/${relPath}`;
    mkdirSync(path.dirname(this.abs(incoming)), { recursive: true });
    this.hasIncoming = true;
    writeFileSync(this.abs(incoming), content);
    return {
      outcome: "kept",
      path: relPath,
      edited: true,
      incoming,
      note: `손으로 고친 기사인데 그 뒤 원본 ${source.file}이(가) 바뀌었습니다: 고친 글은 그대로 두고, 새 원본으로 sillok이 쓴 글은 ${incoming}에 두었습니다(차이 보기: 기사 폴더에서 diff ${relPath} ${incoming}; --force면 그 글을 쓰고 고친 글은 백업합니다)`,
    };
  }

  /** Copies the article at `relPath` to `.sillok/backup/<time>/<relPath>` before it is overwritten or removed; returns that path (relative to the root). */
  private backup(relPath: string): string {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const to = `.sillok/backup/${stamp}/${relPath}`;
    mkdirSync(path.dirname(this.abs(to)), { recursive: true });
    writeFileSync(this.abs(to), readFileSync(this.abs(relPath)));
    return to;
  }

  /** The source file recorded for an article path, if any. */
  sourceOf(relPath: string): string | undefined {
    return this.manifest[relPath]?.source;
  }

  /**
   * Where sillok earlier wrote this source's article, if it did: the path recorded for the same
   * source bytes; else `relPath` when the manifest has it (the same article from another file);
   * else the path recorded for the same source file name (the file was edited since). The path
   * may since have been edited, moved or deleted by the user.
   */
  private priorPath(relPath: string, source: SourceRef): string | undefined {
    // Indexes over the manifest, built once (a scan per new file would make a large import
    // quadratic); entries written or dropped later are checked against the manifest when read.
    if (!this.bySourceSha) {
      this.bySourceSha = new Map();
      this.bySourceFile = new Map();
      for (const [p, e] of Object.entries(this.manifest)) this.index(p, e);
    }
    const live = (p: string | undefined) => (p !== undefined && this.manifest[p] ? p : undefined);
    return (
      live(this.bySourceSha.get(source.sha256)) ??
      live(relPath) ??
      live(this.bySourceFile!.get(source.file))
    );
  }

  private bySourceSha: Map<string, string> | null = null;
  private bySourceFile: Map<string, string> | null = null;

  private index(p: string, e: ManifestEntry): void {
    if (e.sourceSha256 && !this.bySourceSha!.has(e.sourceSha256))
      this.bySourceSha!.set(e.sourceSha256, p);
    if (!this.bySourceFile!.has(e.source)) this.bySourceFile!.set(e.source, p);
  }

  /** A path under the root whose file name is `name`, if the user moved the file there. */
  private findMoved(name: string): string | undefined {
    if (!this.byName) {
      this.byName = new Map();
      for (const rel of listMarkdown(this.root)) {
        const base = path.posix.basename(rel);
        if (!this.byName.has(base)) this.byName.set(base, rel);
      }
    }
    return this.byName.get(name);
  }

  private abs(relPath: string): string {
    return path.join(this.root, relPath);
  }

  /**
   * Whether a file is at `relPath`. A folder that was not there when this run first asked holds
   * only what the run put in it, so in a new archive one look per month folder answers for all
   * of its articles (a look per article failed 10,000 times at 10,000 new articles); in a folder
   * that was there, each path is looked up.
   */
  private exists(relPath: string): boolean {
    const dir = path.posix.dirname(relPath);
    let fresh = this.freshDirs.get(dir);
    if (fresh === undefined) {
      fresh = !existsSync(this.abs(dir));
      this.freshDirs.set(dir, fresh);
    }
    return fresh ? this.written.has(relPath) : existsSync(this.abs(relPath));
  }

  /** Folders (relative, POSIX) by whether they were missing when this run first asked ({@link exists}). */
  private freshDirs = new Map<string, boolean>();
  /** The paths this run has put an article at (and not removed since). */
  private written = new Set<string>();

  private put(relPath: string, content: string, hash: string, source: SourceRef): void {
    const abs = this.abs(relPath);
    // One month folder holds many articles: it is made once per run, not asked for per file.
    const dir = path.dirname(abs);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const tmp = `${abs}.tmp-${process.pid}`;
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
    this.written.add(relPath);
    this.record(relPath, hash, source);
    this.dropIncoming(relPath);
  }

  /**
   * Removes the version of `relPath` that waited in `.sillok/incoming/` beside a hand edit, once
   * the article holds sillok's text (--force took it, or the user's file now equals it): a copy
   * left there would be stale and its `diff` misleading.
   */
  private dropIncoming(relPath: string): void {
    // One look for the folder per run, not one per article: most archives never have one.
    this.hasIncoming ??= existsSync(this.abs(".sillok/incoming"));
    if (!this.hasIncoming) return;
    const incoming = this.abs(`.sillok/incoming/${relPath}`);
    if (existsSync(incoming)) rmSync(incoming);
  }

  /** Whether `.sillok/incoming/` exists (looked up on first need; set when this run makes it). */
  private hasIncoming: boolean | null = null;

  /** The entity names sillok has put in the article at `relPath` (`kind:name`); none recorded: empty. */
  entitiesOf(relPath: string): Set<string> {
    return new Set(this.manifest[relPath]?.entities ?? []);
  }

  /**
   * Records that sillok added `names` (`kind:name`) to the hand-edited article at `relPath`; the
   * manifest's bytes stay sillok's last output, so the file still counts as edited.
   */
  recordEntities(relPath: string, names: string[]): void {
    const entry = this.manifest[relPath];
    if (!entry || !names.length) return;
    entry.entities = [...new Set([...(entry.entities ?? []), ...names])].sort();
    this.dirty = true;
  }

  private record(relPath: string, hash: string, source: SourceRef): void {
    const old = this.manifest[relPath];
    const entities = source.entities ? [...source.entities].sort() : old?.entities;
    if (
      old &&
      old.sha256 === hash &&
      old.source === source.file &&
      old.sourceSha256 === source.sha256 &&
      (old.entities ?? []).join("\n") === (entities ?? []).join("\n")
    )
      return;
    this.manifest[relPath] = {
      sha256: hash,
      source: source.file,
      sourceSha256: source.sha256,
      ...(entities?.length ? { entities } : {}),
    };
    if (this.bySourceSha) {
      this.bySourceSha.set(source.sha256, relPath);
      this.bySourceFile!.set(source.file, relPath);
    }
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
