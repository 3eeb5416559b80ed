/**
 * Stage 4 — import: `sources/*` to `articles/YYYY/MM/<slug>.md` (SPEC §2). Runs decode → clean
 * → parse → entities for each file, then writes through the {@link ArticleStore}. Each file's
 * result is a value, so one bad file never stops the others.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Article, ArticleMeta } from "../core/article.ts";
import { serializeArticle } from "../core/article.ts";
import { loadDictionaries } from "../core/dictionaries.ts";
import { sha256 } from "../core/hash.ts";
import { cleanText } from "../decode/clean.ts";
import { decodeBytes, MAX_INPUT_BYTES, tooLarge, type Decoded } from "../decode/decode.ts";
import { EntityExtractor } from "../entities/extract.ts";
import { createParseContext, parseArticle, type ParseContext } from "../parse/index.ts";
import { feedEntries } from "../parse/layouts/xml-feed.ts";
import { articleKey, articlePath } from "./slug.ts";
import { containment, textSketch, type TextSketch } from "./resemblance.ts";
import { ArticleStore, type WriteOutcome } from "./store.ts";
import { modifiedStamp, versionOrder } from "./versions.ts";
import {
  futureDate,
  implausibleFields,
  splitLongParagraphs,
  tooLongBody,
  tooLongText,
} from "./guards.ts";
import { addEntities, entityKeys, usersDate } from "./refresh.ts";
import { ConversionError, openConvertPool, type ConvertPool } from "./pool.ts";
import { notesReason } from "./notes.ts";
import { followingArticle, followingWarning } from "./rest.ts";

/** Options of {@link importSources}. Paths may be relative to the working directory. */
export interface ImportOptions {
  sourcesDir: string;
  articlesDir: string;
  /** Dictionaries folder (default `_data/` of the project). */
  dataDir?: string;
  /** Overwrite hand-edited articles. */
  force?: boolean;
  /**
   * Also add the people discovery finds by their role (src/entities/discover.ts): true or false
   * overrides `discover.people` of `_data/entities.yaml` for this run; undefined keeps the file's.
   */
  discoverPeople?: boolean;
  /**
   * Read only sources the manifest does not know (by their bytes): a known one is reported
   * unchanged without being converted again, so a newer sillok never rewrites committed articles
   * (the archive's Pages workflow builds this way).
   */
  onlyNew?: boolean;
  /** Largest input accepted, bytes. */
  maxBytes?: number;
  /**
   * Threads converting files at once in {@link importSourcesOnThreads} (default 1: all on the
   * calling thread); {@link importSources} converts on the calling thread whatever this says.
   */
  jobs?: number;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
}

/** One input file's fate. `status` is what the report counts. */
export interface FileResult {
  file: string;
  status: WriteOutcome | "skipped" | "failed";
  /** Article path relative to the articles folder (not for skipped/failed). */
  article?: string;
  /** One-line reason for skipped (the input's fault) or failed (the importer's fault). */
  reason?: string;
  layout?: string;
  warnings: string[];
}

/** The whole run's result. */
export interface ImportReport {
  sourcesDir: string;
  articlesDir: string;
  results: FileResult[];
  counts: Record<FileResult["status"], number>;
  /** Articles (paths under the articles folder) whose source file is no longer in the sources folder; kept. */
  orphans: string[];
}

/** Everything a per-file import needs, built once per run. */
export interface ImportContext {
  parse: ParseContext;
  entities: EntityExtractor;
  maxBytes: number;
  /** The clock (ms since the epoch) a date in the future is judged against; default: now. */
  now?: number;
}

/**
 * Builds the per-run context from the dictionaries; `discoverPeople` (when given) overrides the
 * `discover.people` setting of `_data/entities.yaml` ({@link ImportOptions.discoverPeople}).
 */
export function createImportContext(
  dataDir?: string,
  maxBytes = MAX_INPUT_BYTES,
  discoverPeople?: boolean,
): ImportContext {
  const dicts = loadDictionaries(dataDir);
  const settings =
    discoverPeople === undefined ? dicts.settings : { ...dicts.settings, discoverPeople };
  return {
    parse: createParseContext(dataDir),
    entities: new EntityExtractor({ ...dicts, settings }),
    maxBytes,
  };
}

/** A converted file: the article and where it goes. */
export interface Converted {
  article: Article;
  relPath: string;
  /** The outlet's dictionary id, or null: the prefix of the article's file name. */
  outletId: string | null;
  layout: string;
  warnings: string[];
  /** The page's latest 수정 (modified) stamp, to tell which of two copies is the later version. */
  modified: string | null;
  /** Set when another article follows the first in the file (not imported): the report's warning, also in `warnings`. */
  following?: string;
  /** SHA-256 of the body paragraphs joined by newlines: the duplicate checks' and the undated slug's. */
  bodySha: string;
  /** The body's sketch, to tell another story under the same headline from a copy ({@link textSketch}). */
  sketch: TextSketch;
}

/**
 * Converts one file's bytes to an article. Pure (no I/O). Never throws for bad input:
 * returns `{ skip }` with the reason instead. (A feed file's first item only: see {@link convertSource}.)
 */
export function convertFile(
  bytes: Uint8Array,
  file: string,
  ctx: ImportContext,
): Converted | { skip: string } {
  const decoded = decodeBytes(bytes, ctx.maxBytes);
  if (!decoded.ok) return { skip: decoded.reason };
  return convertText(cleanText(decoded.text), { file, sha256: sha256(bytes) }, decoded, ctx);
}

/** One article-to-be of a source file: the whole file, or one item of a feed file. */
export interface SourcePart {
  /** The source file's path, or `<file>#<item key>` for an item of a feed file. */
  name: string;
  /** SHA-256 of the file's bytes, or of the item's own feed document (UTF-8). */
  hash: string;
  conv: Converted | { skip: string };
}

/**
 * Converts a source file to its articles: one, or one per item of a saved RSS / Atom file (the
 * parse stage's `feedEntries`), each named `<file>#<12 hex digits of its guid, link or title>` so
 * an item keeps its name, its manifest entry and its article when the feed is saved again with
 * other items. Pure (no I/O); never throws for bad input.
 * @param hash SHA-256 of `bytes` when the caller has it already (the importer hashed the file).
 */
export function convertSource(
  bytes: Uint8Array,
  file: string,
  ctx: ImportContext,
  hash: string = sha256(bytes),
): SourcePart[] {
  const decoded = decodeBytes(bytes, ctx.maxBytes);
  if (!decoded.ok) return [{ name: file, hash, conv: { skip: decoded.reason } }];
  const text = cleanText(decoded.text);
  const entries = feedEntries(text);
  if (!entries)
    return [{ name: file, hash, conv: convertText(text, { file, sha256: hash }, decoded, ctx) }];
  if (!entries.length)
    return [{ name: file, hash, conv: { skip: "기사 아님: 항목이 없는 RSS/Atom 피드" } }];
  const used = new Set<string>();
  return entries.map((e, i) => {
    let key = sha256(e.key || String(i)).slice(0, 12);
    if (used.has(key)) key = `${key}-${i + 1}`;
    used.add(key);
    const part = { file: `${file}#${key}`, sha256: sha256(e.text) };
    return { name: part.file, hash: part.sha256, conv: convertText(e.text, part, decoded, ctx) };
  });
}

/** What a text the reader skipped gives the notes rule: neither a date nor a byline. */
const NO_DATE_NOR_BYLINE = { date: null, reporters: [] };

/** Parses a cleaned text and finds its entities: the article and where it goes, or why not. */
function convertText(
  text: string,
  source: { file: string; sha256: string },
  decoded: Decoded,
  ctx: ImportContext,
): Converted | { skip: string } {
  const huge = tooLongText(text);
  if (huge) return { skip: huge };
  const parsed = parseArticle({ file: source.file, text }, ctx.parse);
  // Notes the reader found no body in are still notes, and the user is told so.
  const notes = notesReason(text, "skip" in parsed ? NO_DATE_NOR_BYLINE : parsed);
  if (notes) return { skip: notes };
  if ("skip" in parsed) return parsed;
  const tooLong = tooLongBody(parsed.paragraphs);
  if (tooLong) return { skip: tooLong };
  const next = followingArticle(text, source.file, parsed, ctx.parse);
  const following = next ? followingWarning(next) : undefined;
  const long = splitLongParagraphs(parsed.paragraphs);
  parsed.paragraphs = long.paragraphs;
  const ents = ctx.entities.extract(parsed);
  const meta: ArticleMeta = {
    title: parsed.title,
    ...(parsed.subtitle ? { subtitle: parsed.subtitle } : {}),
    outlet: parsed.outlet,
    date: parsed.date,
    dateSource: parsed.dateSource,
    reporters: parsed.reporters,
    tags: ents.tags,
    companies: ents.companies,
    people: ents.people,
    mentions: ents.mentions,
    captions: parsed.captions,
    copyright: parsed.copyright,
    source: { ...source, encoding: decoded.encoding, layout: parsed.layout },
  };
  const bodySha = sha256(parsed.paragraphs.join("\n"));
  const relPath = articlePath(meta, parsed.outletId, parsed.paragraphs, { bodySha });
  return {
    article: { meta, paragraphs: parsed.paragraphs },
    relPath,
    outletId: parsed.outletId,
    layout: parsed.layout,
    modified: modifiedStamp(text, ctx.parse.words),
    following,
    bodySha,
    sketch: textSketch(parsed.paragraphs),
    warnings: [
      decoded.warning,
      ...parsed.warnings,
      following,
      long.warning,
      futureDate(parsed.date, ctx.now ?? Date.now()),
      ...implausibleFields(parsed, ctx.parse),
    ].filter((w): w is string => !!w),
  };
}

/**
 * Lists the files under the sources folder, subfolders included, as POSIX paths relative to it,
 * sorted (byte order, stable everywhere). Hidden entries (`.name`) are not read. A symbolic link
 * to a folder is followed once: a folder already visited (a link loop) is not entered again.
 * Entries that are neither files nor folders are listed, so the import reports them.
 */
export function listSources(dir: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (abs: string, rel: string) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const name = entry.name;
      // Hidden entries are not read, except the system files a copied folder brings along, so
      // the report names them (skipped: not an article).
      if (name.startsWith(".") && !(name === ".DS_Store" || name.startsWith("._"))) continue;
      const childRel = rel ? `${rel}/${name}` : name;
      const childAbs = path.join(abs, name);
      // The listing's own type answers for a file or a folder; a link (or an entry the file
      // system does not type) is followed to what it leads to.
      let isDir = entry.isDirectory();
      if (!isDir && !entry.isFile())
        try {
          isDir = statSync(childAbs).isDirectory();
        } catch {
          // dangling link, loop or unreadable entry: listed, and importOne says why it is skipped
        }
      if (isDir) {
        try {
          walk(childAbs, childRel);
        } catch {
          out.push(childRel); // an unreadable folder is reported like a file
        }
      } else out.push(childRel);
    }
  };
  walk(dir, "");
  return out.sort();
}

/** Extensions of metadata files that sit beside an article file of the same name. */
const SIDECAR_EXTENSIONS = new Set([
  ".json",
  ".yaml",
  ".yml",
  ".xml",
  ".meta",
  ".info",
  ".nfo",
  ".txt",
]);

/**
 * Why a file is not an article, from its name alone, or null. System files that copying a
 * folder brings along (macOS .DS_Store and ._ AppleDouble files, https://en.wikipedia.org/wiki/AppleSingle_and_AppleDouble_formats;
 * Windows Thumbs.db and desktop.ini), a README about the folder, and sidecar files: metadata
 * named after another source in the same folder (`a.txt.json`, or `a.json` beside `a.txt`).
 * @param names every source path in the folder (POSIX, relative), to find a sidecar's article
 */
export function notArticleReason(name: string, names: Set<string>): string | null {
  const base = path.posix.basename(name);
  const lower = base.toLowerCase();
  if (base === ".DS_Store") return "기사 아님: macOS 폴더 설정(.DS_Store)";
  if (base.startsWith("._")) return "기사 아님: macOS 파일 속성(AppleDouble ._ 파일)";
  if (lower === "thumbs.db" || lower === "ehthumbs.db")
    return "기사 아님: Windows 미리 보기 캐시(Thumbs.db)";
  if (lower === "desktop.ini") return "기사 아님: Windows 폴더 설정(desktop.ini)";
  if (/^readme(\.[a-z0-9]+)?$/i.test(base)) return "기사 아님: README(폴더에 관한 메모)";
  const ext = path.posix.extname(name).toLowerCase();
  if (!SIDECAR_EXTENSIONS.has(ext)) return null;
  const stem = name.slice(0, -ext.length);
  // a.txt.json → a.txt; a.json → a.<any other extension> in the same folder.
  if (names.has(stem) && stem !== name) return `기사 아님: ${stem}의 메타데이터(사이드카) 파일`;
  if (ext === ".txt") return null; // a.txt beside a.html is a second article, not metadata
  const article =
    stemIndex(names)
      .get(stem)
      ?.find(
        (other) =>
          other !== name && !SIDECAR_EXTENSIONS.has(path.posix.extname(other).toLowerCase()),
      ) ?? (names.has(`${stem}.txt`) ? `${stem}.txt` : undefined);
  return article ? `기사 아님: ${article}의 메타데이터(사이드카) 파일` : null;
}

const stems = new WeakMap<Set<string>, Map<string, string[]>>();
/** Names by their path without the last extension (`a/b.html` under `a/b`), built once per listing. */
function stemIndex(names: Set<string>): Map<string, string[]> {
  let index = stems.get(names);
  if (!index) {
    index = new Map();
    for (const n of names) {
      const ext = path.posix.extname(n);
      const key = ext ? n.slice(0, -ext.length) : n;
      index.set(key, [...(index.get(key) ?? []), n]);
    }
    stems.set(names, index);
  }
  return index;
}

/**
 * Imports every file under `sourcesDir` (subfolders included; hidden files and folders ignored)
 * into `articlesDir`. A source is named by its path relative to `sourcesDir` (`2024/a.txt`).
 * Linear in the number of files: the duplicate checks are lookups by hash and by identity key.
 * @throws Error only when the sources folder itself cannot be read.
 */
export function importSources(opts: ImportOptions): ImportReport {
  const names = listSources(opts.sourcesDir);
  const run = startRun(opts, names);
  for (let i = 0; i < names.length; i++) importAt(run, names, i);
  return finishRun(run);
}

/** One source of a run on this thread: its results kept, the progress told. */
function importAt(run: ImportRun, names: string[], i: number): void {
  for (const r of importOne(run, names[i])) run.results.set(r.file, r);
  run.opts.onProgress?.(i + 1, names.length, names[i]);
}

/**
 * {@link importSources}, giving the event loop a turn after each source, so that a signal
 * handler (Ctrl+C, cli/interrupt.ts) runs between two sources instead of after the last one.
 */
async function importOnThisThread(opts: ImportOptions): Promise<ImportReport> {
  const names = listSources(opts.sourcesDir);
  const run = startRun(opts, names);
  for (let i = 0; i < names.length; i++) {
    importAt(run, names, i);
    await new Promise((turn) => setImmediate(turn));
  }
  return finishRun(run);
}

/**
 * Fewest sources per converting thread for another thread to pay: a thread loads the stage modules
 * and compiles the converting code again (V8 compiles per thread) before it converts at full
 * speed, 4–5 s of CPU time in all, while the main thread converts from the start. Measured at
 * load 12–24 on 2 cores: at 2,000 files two threads took 18.9 s of CPU against 14.3 s, the main
 * thread 7.0 s against 9.7 s (the other thread 5.3 s), too little to expect a gain on two free
 * cores; at 10,000, 43–51 s against 38 s, the main thread 18–21 s against 31 s.
 */
export const FILES_PER_THREAD = 2000;

/** Converting threads when `--jobs` is not given: one per core this process may use. */
export const defaultJobs = (): number => os.availableParallelism();

/**
 * Converting threads, the main thread counted, for `files` sources and `jobs` allowed: `jobs`,
 * fewer for fewer files ({@link FILES_PER_THREAD} each), and at least the main thread.
 */
export function convertingThreads(jobs: number, files: number): number {
  return Math.max(1, Math.min(jobs, Math.floor(files / FILES_PER_THREAD)));
}

/** Sources sent ahead of the merge per thread: enough to keep a thread busy, few enough to hold little memory. */
const AHEAD_PER_THREAD = 8;

/**
 * Sources this thread may convert ahead of the one it merges, beyond those sent to threads: room
 * enough that it seldom converts one a thread has too (it does when the source to merge is still
 * at a thread and none is left to take). At 2,000 files, load 18–24, 16 sources ahead wasted 206
 * of the other thread's 1,082 answers.
 */
const CONVERTED_AHEAD = 64;

/** How {@link importSourcesOnThreads} uses threads. */
export interface ThreadOptions {
  /**
   * Converting threads, the main thread counted; default {@link convertingThreads} of
   * `opts.jobs` (default {@link defaultJobs}) and the number of sources. Below 2, all on this thread.
   */
  threads?: number;
  /** Convert nothing before every thread has started (for tests: so that the threads get files). */
  waitForThreads?: boolean;
  /**
   * Called for each source whose conversion a thread answered; `used` is false when this thread
   * had converted it meanwhile (it needed it before the answer came).
   */
  onThreadAnswer?: (used: boolean) => void;
  /**
   * False: this thread converts only what no thread can take (none has started, or room), and
   * waits for the threads' answers instead (for tests: the threads then convert most sources).
   */
  mainConverts?: boolean;
}

/**
 * {@link importSources} with the conversions (decode, clean, parse, entities) shared between this
 * thread and worker threads, while this thread also reads the files and merges their results in
 * input order (duplicates, names, the store): the same articles, report and manifest as one
 * thread, in the same order. This thread converts from the start, the others once they have
 * started, and it never waits idle for a thread: it converts the next source nobody has taken,
 * or the one it needs. A file whose conversion throws fails alone; one a thread could not answer
 * (the thread died) is converted here.
 */
export async function importSourcesOnThreads(
  opts: ImportOptions,
  how: ThreadOptions = {},
): Promise<ImportReport> {
  const names = listSources(opts.sourcesDir);
  const threads = how.threads ?? convertingThreads(opts.jobs ?? defaultJobs(), names.length);
  if (threads < 2) return importOnThisThread(opts);
  const { dataDir, maxBytes, discoverPeople } = opts;
  // The threads get the dictionaries as loaded here instead of parsing the YAML again.
  const dictionaries = loadDictionaries(dataDir);
  const pool = openConvertPool(threads - 1, { dataDir, maxBytes, discoverPeople, dictionaries });
  try {
    const run = startRun(opts, names);
    const ahead = new ConvertAhead(run, names, pool, {
      ...how,
      window: threads * AHEAD_PER_THREAD + CONVERTED_AHEAD,
    });
    if (how.waitForThreads) await pool.started();
    for (let i = 0; i < names.length; i++) {
      for (const r of await ahead.merge(i)) run.results.set(r.file, r);
      opts.onProgress?.(i + 1, names.length, names[i]);
    }
    return finishRun(run);
  } finally {
    await pool.close();
  }
}

/** A source read ahead of the merge, and its conversion. */
interface ReadAhead {
  name: string;
  /** Its results, when reading ended its way. */
  done?: FileResult[];
  src?: Source;
  /** False when the merge will not convert it: bytes met before in the run, or known with `onlyNew`. */
  convert: boolean;
  /** Set when a thread or this one has taken its conversion. */
  taken?: boolean;
  /** Settles when a thread has answered (or failed to), then `answered` is set. */
  answer?: Promise<void>;
  answered?: boolean;
  /** The conversion's outcome once known: the parts, or the error converting threw. */
  outcome?: { parts: SourcePart[] } | { error: Error };
}

/** Lets the threads' answers in before this thread goes on converting. */
const letAnswersIn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The sources of a run read and converted ahead of its merge, in input order: threads take the
 * next untaken sources as they have room ({@link AHEAD_PER_THREAD} each), this thread the next
 * one while it would otherwise wait; at most `window` sources past the one being merged.
 */
class ConvertAhead {
  private items: ReadAhead[] = [];
  /** Next source to read, and first one whose conversion may still be untaken. */
  private readTo = 0;
  private takeFrom = 0;
  /** Source bytes (SHA-256) already to be converted: a copy is not converted again. */
  private converting = new Set<string>();

  constructor(
    private run: ImportRun,
    private names: string[],
    private pool: ConvertPool,
    private how: ThreadOptions & { window: number },
  ) {}

  /** The results of source `i` (the next in input order), its conversion done here or on a thread. */
  async merge(i: number): Promise<FileResult[]> {
    this.readUpTo(i + 1);
    const a = this.items[i];
    this.feedThreads(i);
    while (a.convert && !a.outcome && !a.answered) {
      if (this.how.mainConverts === false && a.answer) {
        await a.answer;
        continue;
      }
      // A thread has it or nobody does: convert the next untaken source, else this one.
      this.convertHere(this.take(i) ?? a);
      await letAnswersIn();
      this.feedThreads(i);
    }
    delete this.items[i];
    if (a.done) return a.done;
    const src = a.src!;
    const outcome = a.outcome;
    return guarded(a.name, () =>
      mergeSource(this.run, src, () => {
        if (outcome && "error" in outcome) throw outcome.error;
        return outcome?.parts ?? convertSource(src.bytes, src.name, this.run.ctx, src.hash);
      }),
    );
  }

  /** Reads the sources before index `to` not read yet. */
  private readUpTo(to: number): void {
    for (; this.readTo < Math.min(to, this.names.length); this.readTo++)
      this.items[this.readTo] = this.read(this.names[this.readTo]);
  }

  /** Reads a source; it is to be converted unless reading ended its way or its bytes are met or known. */
  private read(name: string): ReadAhead {
    let src: Source | FileResult | undefined;
    const done = guarded(name, () => {
      src = readSource(this.run, name);
      return "bytes" in src ? [] : [src];
    });
    if (done.length || !src || !("bytes" in src)) return { name, done, convert: false };
    const known =
      this.converting.has(src.hash) ||
      (this.run.opts.onlyNew && this.run.store.knownSource(src.hash) !== undefined);
    this.converting.add(src.hash);
    return { name, src, convert: !known };
  }

  /** Takes the first source from index `from` on, within the window, whose conversion is untaken. */
  private take(from: number): ReadAhead | undefined {
    this.takeFrom = Math.max(this.takeFrom, from);
    this.readUpTo(from + this.how.window);
    while (this.takeFrom < this.readTo) {
      const a = this.items[this.takeFrom++];
      if (a.convert && !a.taken) return Object.assign(a, { taken: true });
    }
    return undefined;
  }

  /** Sends untaken sources from index `from` on to the threads while one has room. */
  private feedThreads(from: number): void {
    while (this.pool.free(AHEAD_PER_THREAD)) {
      const a = this.take(from);
      if (!a) return;
      const src = a.src!;
      a.answer = this.pool.convert(src.bytes, src.name, src.hash).then(
        (parts) => {
          a.answered = true;
          this.how.onThreadAnswer?.(!a.outcome);
          a.outcome ??= { parts };
        },
        (e: Error | null) => {
          a.answered = true;
          if (e instanceof ConversionError) a.outcome ??= { error: e };
        },
      );
    }
  }

  /** Converts a source on this thread, keeping the outcome (the parts, or the error) for its merge. */
  private convertHere(a: ReadAhead): void {
    const src = a.src!;
    a.taken = true;
    try {
      a.outcome = { parts: convertSource(src.bytes, src.name, this.run.ctx, src.hash) };
    } catch (e) {
      a.outcome = { error: e as Error };
    }
  }
}

/** The state of a run over `names`, its context built from the dictionaries. */
function startRun(opts: ImportOptions, names: string[]): ImportRun {
  return {
    opts,
    ctx: createImportContext(opts.dataDir, opts.maxBytes, opts.discoverPeople),
    store: new ArticleStore(opts.articlesDir),
    names: new Set(names),
    results: new Map(),
    bySha: new Map(),
    byKey: new Map(),
  };
}

/** Saves the manifest and sums the run up. */
function finishRun(run: ImportRun): ImportReport {
  const opts = run.opts;
  run.store.save();
  const results = [...run.results.values()];
  const counts = { imported: 0, updated: 0, unchanged: 0, kept: 0, skipped: 0, failed: 0 };
  for (const r of results) counts[r.status]++;
  // Every name with a result is a source: the files, and the items of feed files (`a.xml#…`).
  const orphans = run.store.orphans(new Set(run.results.keys()));
  return { sourcesDir: opts.sourcesDir, articlesDir: opts.articlesDir, results, counts, orphans };
}

/** The state of one import run, which each file's steps read and add to. */
interface ImportRun {
  opts: ImportOptions;
  ctx: ImportContext;
  store: ArticleStore;
  /** Every source path of the listing (sidecars are found among them). */
  names: Set<string>;
  /** Each file's result so far, in listing order, by source path. */
  results: Map<string, FileResult>;
  /** Source bytes (SHA-256) already met: the first file with them, and why it was skipped. */
  bySha: Map<string, { file: string; skipped: string | null }>;
  /** Article identity ({@link articleKey}) already met: its file, body hash and modification time. */
  byKey: Map<string, SeenArticle>;
}

/** A source file read: its bytes, their SHA-256 and its modification time (ms). */
interface Source {
  name: string;
  bytes: Buffer;
  hash: string;
  mtime: number;
}

const skipped = (file: string, reason: string): FileResult => ({
  file,
  status: "skipped",
  reason,
  warnings: [],
});

/**
 * One file through the steps: read, same bytes as another, convert (a feed file to one article
 * per item), then for each article: same bytes as another, same article as another, write. Each
 * step returns the result when it ends the way. An importer error is the file's result too
 * (`failed`), so one bad file never stops the others.
 */
function importOne(run: ImportRun, name: string): FileResult[] {
  return guarded(name, () => {
    const src = readSource(run, name);
    if (!("bytes" in src)) return [src];
    return mergeSource(run, src, () => convertSource(src.bytes, name, run.ctx, src.hash));
  });
}

/** The file's results, or its `failed` result when the importer throws. */
function guarded(name: string, steps: () => FileResult[]): FileResult[] {
  try {
    return steps();
  } catch (e) {
    return [
      {
        file: name,
        status: "failed",
        reason: `sillok 내부 오류(입력 탓이 아닐 수 있습니다. 알려 주세요): ${(e as Error).message}`,
        warnings: [],
      },
    ];
  }
}

/**
 * A source read, through the steps that follow in input order: same bytes as another, convert
 * (`convert` gives its parts), then each part through the duplicate checks to the store.
 */
function mergeSource(run: ImportRun, src: Source, convert: () => SourcePart[]): FileResult[] {
  const known = sameBytes(run, src);
  if (known) return [known];
  const parts = convert();
  if (parts.length === 1 && parts[0].name === src.name)
    return [importPart(run, src, parts[0].conv)];
  run.bySha.set(src.hash, { file: src.name, skipped: null });
  return parts.map((p) => {
    const item = { ...src, name: p.name, hash: p.hash };
    return sameBytes(run, item) ?? importPart(run, item, p.conv);
  });
}

/** One converted article (a file's, or a feed item's) through the duplicate checks to the store. */
function importPart(run: ImportRun, src: Source, conv: Converted | { skip: string }): FileResult {
  run.bySha.set(src.hash, { file: src.name, skipped: "skip" in conv ? conv.skip : null });
  if ("skip" in conv) return skipped(src.name, conv.skip);
  const dup = sameArticle(run, src, conv);
  // A skipped copy still says what its file held besides the article, so nothing goes unsaid.
  if (dup.result && conv.following) dup.result.warnings.push(conv.following);
  if (dup.result) return dup.result;
  return writeArticle(run, src, conv, dup.correctionOf);
}

/**
 * Reads a source file, or says why it is not read: not an article by its name, a link that
 * leads nowhere, a folder, a device, too large (decided from the size, before a 30 MB file is read
 * into memory), unreadable.
 */
function readSource(run: ImportRun, name: string): Source | FileResult {
  const notArticle = notArticleReason(name, run.names);
  if (notArticle) return skipped(name, notArticle);
  const abs = path.join(run.opts.sourcesDir, name);
  let st = lstatSync(abs);
  if (st.isSymbolicLink()) {
    try {
      st = statSync(abs);
    } catch (e) {
      const loop = (e as NodeJS.ErrnoException).code === "ELOOP";
      return skipped(
        name,
        loop ? "심볼릭 링크가 돌고 돎(순환 링크)" : "가리키는 파일이 없는 심볼릭 링크",
      );
    }
  }
  if (st.isDirectory())
    return skipped(name, "읽을 수 없는 폴더, 또는 이미 읽은 폴더로 돌아가는 링크");
  if (!st.isFile()) return skipped(name, "일반 파일이 아님(장치, 소켓 등)");
  if (st.size > run.ctx.maxBytes) return skipped(name, tooLarge(st.size, run.ctx.maxBytes));
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return skipped(name, `읽을 수 없음: ${why}. 파일 권한을 확인하세요`);
  }
  return { name, bytes, hash: sha256(bytes), mtime: st.mtimeMs };
}

/**
 * The result of a file whose bytes were met before in this run (a copy of a skipped file is
 * skipped for the same reason: two empty files are both "empty"), or, with `onlyNew`, that the
 * manifest knows (reported unchanged, not converted again); else null.
 */
function sameBytes(run: ImportRun, src: Source): FileResult | null {
  const same = run.bySha.get(src.hash);
  if (same)
    return skipped(
      src.name,
      same.skipped
        ? `${same.skipped}(같은 바이트: ${same.file})`
        : `${same.file}의 중복(바이트가 같음)`,
    );
  const known = run.opts.onlyNew ? run.store.knownSource(src.hash) : undefined;
  if (known === undefined) return null;
  run.bySha.set(src.hash, { file: src.name, skipped: null });
  return { file: src.name, status: "unchanged", article: known, warnings: [] };
}

/**
 * One outlet, title and date: the same article (a duplicate), or another version of it with other
 * text. The more complete copy is the article (a page saved half-loaded, a copy without its byline
 * never replaces the full one, {@link fuller}); between copies equally complete, the newer file
 * (modification time, then name) is the article, a correction. The report says which file's text
 * the article holds and why, so no version is lost silently. Returns the skipped result of a
 * duplicate or a copy that is not the article, else the file this one replaces (if any), and
 * records it.
 */
function sameArticle(
  run: ImportRun,
  src: Source,
  conv: Converted,
): { result?: FileResult; correctionOf?: string } {
  const m = conv.article.meta;
  const key = articleKey(m, conv.article.paragraphs, { bodySha: conv.bodySha });
  const seen: SeenArticle = {
    name: src.name,
    text: conv.bodySha,
    mtime: src.mtime,
    sketch: conv.sketch,
    modified: conv.modified,
    ...completeness(conv.article),
  };
  const earlier = run.byKey.get(key);
  if (!earlier) {
    run.byKey.set(key, seen);
    return {};
  }
  if (
    m.date &&
    !tooShortToTell(earlier, seen) &&
    containment(earlier.sketch, seen.sketch) < SAME_STORY
  )
    return anotherStory(run, conv, seen);
  const same = m.date ? "같은 매체·제목·날짜" : "같은 매체·제목·본문, 날짜 없음";
  const stamped = m.date && earlier.text !== seen.text ? byStamps(run, key, seen, earlier) : null;
  if (stamped) return stamped;
  const newer =
    src.mtime > earlier.mtime || (src.mtime === earlier.mtime && src.name > earlier.name);
  // Completeness decides only against the newer file: the newer and fuller copy is a correction.
  const fullest = fuller(seen, earlier);
  const full = fullest && fullest.copy !== (newer ? seen : earlier) ? fullest : null;
  if (full?.copy === earlier || (!full && (earlier.text === seen.text || !m.date || !newer)))
    return {
      result: skipped(
        src.name,
        copyReason(
          earlier,
          seen,
          { dated: !!m.date, newer },
          // A copy too short to compare (a clipped page) is named so, though it is older.
          full ?? (fullest?.copy === earlier && tooShortToTell(earlier, seen) ? fullest : null),
        ),
      ),
    };
  const note = full
    ? `기사는 이제 더 온전한 사본 ${src.name}의 글입니다(${same}; ${full.why})`
    : `기사는 이제 고친 판 ${src.name}의 글입니다(같은 매체·제목·날짜, 다른 본문; 더 새 파일)`;
  run.results.get(earlier.name)?.warnings.push(note);
  run.byKey.set(key, full ? { ...seen, fullerThan: full.why } : seen);
  return { correctionOf: earlier.name };
}

/**
 * Why a copy that is not the article is skipped: what the two files share (outlet, title and
 * date; the body text too when it is the same, since the files' bytes differ elsewhere: page
 * furniture, a second article after the first), and which file is the article and why.
 * @param fuller set when `earlier` is the more complete copy and that decided (then said, whichever file is newer)
 */
function copyReason(
  earlier: SeenArticle,
  seen: SeenArticle,
  how: { dated: boolean; newer: boolean },
  fuller: { why: string } | null,
): string {
  const sameText = earlier.text === seen.text;
  const same = how.dated
    ? `같은 매체·제목·날짜${sameText ? "·본문, 파일의 다른 부분만 다름" : ""}`
    : "같은 매체·제목·본문, 날짜 없음";
  if (fuller)
    return sameText
      ? `${earlier.name}의 중복(${same}). 기사는 ${earlier.name}: ${fuller.why}`
      : `${earlier.name}의 덜 온전한 사본(${same}${how.newer ? "; 이 파일이 더 새것이지만" : ""}). 기사는 ${earlier.name}: ${fuller.why}`;
  return sameText || !how.dated
    ? `${earlier.name}의 중복(${same})`
    : `${earlier.name}의 이전 판(같은 매체·제목·날짜, 다른 본문). 기사는 더 새 파일인 ${earlier.name}`;
}

/**
 * Of two copies of one dated article with other text, the one whose own 수정 stamp is later is
 * the article (a copy without one counts from its publication date), before file times or
 * length: a stale copy re-saved later, or longer for leftover page furniture, is still the
 * earlier version. Null when the stamps do not tell (none, or the same).
 */
function byStamps(
  run: ImportRun,
  key: string,
  seen: SeenArticle,
  earlier: SeenArticle,
): { result?: FileResult; correctionOf?: string } | null {
  const [mine, theirs] = [versionOrder(seen.modified), versionOrder(earlier.modified)];
  // One instant however written (10:00+09:00 is 01:00Z), or neither stamped: the stamps do not tell.
  if (mine === theirs || Number.isNaN(mine - theirs)) return null;
  const seenLater = mine > theirs;
  const [win, lose] = seenLater ? [seen, earlier] : [earlier, seen];
  const why = `수정 표시가 더 늦음: ${win.modified}, ${lose.name}은(는) ${lose.modified ?? "수정 표시 없음"}`;
  if (!seenLater)
    return {
      result: skipped(
        seen.name,
        `${earlier.name}의 이전 판(같은 매체·제목·날짜, 다른 본문). 기사는 ${earlier.name}: ${why}`,
      ),
    };
  run.results
    .get(earlier.name)
    ?.warnings.push(`기사는 이제 나중 판 ${seen.name}의 글입니다(${why})`);
  run.byKey.set(key, { ...seen, laterBy: why });
  return { correctionOf: earlier.name };
}

/**
 * Below this containment two bodies under one outlet, headline and date are two stories (daily
 * `[인사]` or `[부고]` lists that share an opening sentence), not two copies of one: a correction
 * keeps most of the story's word 3-grams, and a cut copy is all inside the full one.
 */
const SAME_STORY = 0.5;

/**
 * Fewest distinct word 3-grams (about this many words and two more) a body needs before it can be
 * told another story: a page saved before its body loaded (cut inside `<head>`, only a skip link
 * such as `본문 바로가기` left) shares no 3-gram with the full copy, yet is that copy clipped.
 */
const FEWEST_SHINGLES = 6;

/** True when either body is too short to be told another story (a clipped copy): completeness decides. */
const tooShortToTell = (a: SeenArticle, b: SeenArticle): boolean =>
  Math.min(a.sketch.size, b.sketch.size) < FEWEST_SHINGLES;

/**
 * Another story under a headline and date already taken: its identity takes in its body, so it
 * gets a file of its own and neither story is lost.
 */
function anotherStory(
  run: ImportRun,
  conv: Converted,
  seen: SeenArticle,
): { result?: FileResult; correctionOf?: string } {
  const { meta, paragraphs } = conv.article;
  const key = articleKey(meta, paragraphs, { byBody: true, bodySha: conv.bodySha });
  const met = run.byKey.get(key);
  if (met)
    return {
      result: skipped(seen.name, `${met.name}의 중복(같은 매체·제목·날짜·본문)`),
    };
  run.byKey.set(key, seen);
  conv.relPath = articlePath(meta, conv.outletId, paragraphs, {
    byBody: true,
    bodySha: conv.bodySha,
  });
  conv.warnings.push(
    "매체·제목·날짜가 같고 본문이 다른 기사가 또 있습니다: 둘 다 두고, 이 기사에는 따로 파일 이름을 붙였습니다",
  );
  return {};
}

/** What the duplicate check keeps of an article met in this run. */
interface SeenArticle {
  name: string;
  /** SHA-256 of the body. */
  text: string;
  mtime: number;
  /** Body length in characters, white space not counted. */
  chars: number;
  /** The optional fields it fills (reporters, captions, copyright, subtitle). */
  fields: string[];
  /** Its body's sketch, to tell another story under the same headline from a copy. */
  sketch: TextSketch;
  /** Its latest 수정 (modified) stamp, if the page prints one. */
  modified: string | null;
  /** Set when it replaced a less complete copy: why it is fuller. */
  fullerThan?: string;
  /** Set when it replaced a copy by its later 수정 stamp: why. */
  laterBy?: string;
}

/** The optional fields of an article that a copy may lack, by their front matter names. */
function completeness(a: Article): { chars: number; fields: string[] } {
  const m = a.meta;
  const fields = [
    m.reporters.length ? "reporters" : "",
    m.captions.length ? "captions" : "",
    m.copyright ? "copyright" : "",
    m.subtitle ? "subtitle" : "",
  ].filter(Boolean);
  return { chars: a.paragraphs.join("").replace(/\s/g, "").length, fields };
}

/** A body shorter than this share of the other copy's is a cut copy, not a correction. */
const CUT_SHARE = 0.9;

/**
 * The more complete of two copies of one article, and why, or null when neither is: a body
 * clearly longer (the other under {@link CUT_SHARE} of it), else more of the optional fields.
 */
function fuller(a: SeenArticle, b: SeenArticle): { copy: SeenArticle; why: string } | null {
  const [long, short] = a.chars >= b.chars ? [a, b] : [b, a];
  if (short.chars < long.chars * CUT_SHARE)
    return { copy: long, why: `본문이 더 김(${long.chars}자 대 ${short.chars}자)` };
  const only = (x: SeenArticle, y: SeenArticle) => x.fields.filter((f) => !y.fields.includes(f));
  const [aOnly, bOnly] = [only(a, b), only(b, a)];
  if (aOnly.length === bOnly.length) return null;
  const [copy, extra] = aOnly.length > bOnly.length ? [a, aOnly] : [b, bOnly];
  return { copy, why: `필드가 더 많음(${extra.join(", ")})` };
}

/** The report's line for a copy that replaced `correctionOf`: why it is the article. */
function correctionNote(run: ImportRun, conv: Converted, correctionOf: string): string {
  const { meta, paragraphs } = conv.article;
  const seen = run.byKey.get(articleKey(meta, paragraphs, { bodySha: conv.bodySha }));
  if (seen?.laterBy)
    return `${correctionOf}의 나중 판(${seen.laterBy}): 기사는 이제 이 파일의 글입니다`;
  if (seen?.fullerThan)
    return `${correctionOf}의 더 온전한 사본(${seen.fullerThan}): 기사는 이제 이 파일의 글입니다`;
  return `${correctionOf}의 고친 판(같은 매체·제목·날짜, 다른 본문; 이 파일이 더 새것): 기사는 이제 이 파일의 글입니다`;
}

/** Writes the article through the store and reports what happened, with the notes it needs. */
function writeArticle(
  run: ImportRun,
  src: Source,
  conv: Converted,
  correctionOf: string | undefined,
): FileResult {
  // A correction takes the place of the copy it replaces, wherever that was written: a path
  // drawn from today's dictionaries may differ from the one the article has had since.
  const replaced = correctionOf ? run.results.get(correctionOf)?.article : undefined;
  const source = { file: src.name, sha256: src.hash, entities: entityKeys(conv.article.meta) };
  const relPath = replaced ?? conv.relPath;
  const dated = usersDate(run.store, relPath, source, conv.article);
  const article = dated?.article ?? conv.article;
  const written = run.store.write(relPath, serializeArticle(article), source, {
    force: run.opts.force,
    date: article.meta.date,
  });
  // What the reader doubted in its reading (a headline like a menu …) is about sillok's version:
  // of a hand-edited article kept as it is, the user's version stands, so only the note is said.
  const ownKept =
    written.outcome === "kept" && (written.edited || written.movedEdited) && !written.incoming;
  const warnings = ownKept ? [] : [...conv.warnings];
  if (written.edited) {
    const added = addEntities(run.store, written.path, run.ctx.entities);
    if (added) warnings.push(added);
  }
  const note = written.note;
  if (note && (written.outcome === "kept" || written.backup)) warnings.push(note);
  if (correctionOf) warnings.push(correctionNote(run, conv, correctionOf));
  // Said when sillok's version was written with the user's date, not on each later run.
  if (dated && (written.outcome === "updated" || written.outcome === "imported"))
    warnings.push(dated.note);
  return {
    file: src.name,
    status: written.outcome,
    article: written.path,
    layout: conv.layout,
    warnings,
  };
}
