/**
 * The import stage on several threads. Converting a file (decode, parse, entities) is nearly all
 * of an import's time and needs nothing from the other files, so worker threads convert and
 * serialize files ahead; the main thread still takes every file in listing order through the
 * same steps as {@link importSources} (same bytes, same article, write through the store), so
 * the report, the duplicates chosen and the files written are the same as a one-thread run's.
 * Node worker threads: https://nodejs.org/docs/latest-v20.x/api/worker_threads.html
 */
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { MAX_INPUT_BYTES } from "../decode/decode.ts";
import {
  finishRun,
  importOne,
  importSources,
  startRun,
  type Converted,
  type ImportOptions,
  type ImportReport,
  type ImportRun,
} from "./index.ts";

/** What a worker thread needs to build its own import context. */
export interface ThreadSettings {
  dataDir?: string;
  maxBytes: number;
  discoverPeople?: boolean;
  /** The file the main thread is at (one Int32): a thread skips the files before it. */
  position?: Int32Array;
}

/** One file for a thread: its source name and absolute path. */
export interface ConvertJob {
  id: number;
  name: string;
  abs: string;
}

/**
 * A thread's answer: the SHA-256 of the bytes it read (the main thread uses the result only when
 * its own read has the same), the conversion and the serialized article; `result` null when the
 * thread could not read or convert the file (the main thread then does it and reports why).
 */
export interface ConvertReply {
  id: number;
  hash: string;
  result: Converted | { skip: string } | null;
  content?: string;
}

/** Options of {@link importSourcesInParallel}. */
export interface ParallelOptions {
  /** Worker threads (default: the machine's parallelism, at most 4); below 1, none. */
  threads?: number;
  /** Fewest files worth starting threads for (default {@link MIN_PARALLEL_FILES}). */
  minFiles?: number;
  /**
   * The main thread also converts a file whose conversion has not arrived yet (default true);
   * false: it waits for the threads (then every file is a thread's, unless a thread fails).
   */
  mainConverts?: boolean;
  /** Called when threads were used, with how many files they converted (the rest: the main thread). */
  onThreadsDone?: (converted: number) => void;
}

/** Below this many files the import runs on the main thread: a thread takes about a second to load the stages and dictionaries. */
export const MIN_PARALLEL_FILES = 400;
/** Files per message to a thread. */
const BATCH = 16;

/**
 * {@link importSources} with the conversions done by worker threads (see the module comment).
 * Small imports, and `threads` below 1, run on the main thread alone.
 * @throws Error only when the sources folder itself cannot be read.
 */
export async function importSourcesInParallel(
  opts: ImportOptions,
  par: ParallelOptions = {},
): Promise<ImportReport> {
  const threads = par.threads ?? Math.min(os.availableParallelism(), 4);
  const run = startRun(opts);
  if (threads < 1 || run.names.size < (par.minFiles ?? MIN_PARALLEL_FILES))
    return importSources(opts, run);
  const settings: ThreadSettings = {
    dataDir: opts.dataDir,
    maxBytes: opts.maxBytes ?? MAX_INPUT_BYTES,
    discoverPeople: opts.discoverPeople,
  };
  const pool = new ConvertPool(threads, settings);
  let threadConverted = 0;
  try {
    threadConverted = await importInOrder(run, pool, par.mainConverts ?? true);
  } finally {
    await pool.close();
  }
  par.onThreadsDone?.(threadConverted);
  return finishRun(run);
}

/**
 * Takes every file in listing order through the import steps. Every file is also queued for the
 * threads; the main thread uses a thread's conversion when it has arrived and converts the file
 * itself when not (while the threads still start, or fall behind), and the threads skip files
 * the main thread has passed (a shared counter), so no thread waits for another.
 * @returns how many files a thread converted
 */
async function importInOrder(
  run: ImportRun,
  pool: ConvertPool,
  mainConverts: boolean,
): Promise<number> {
  const names = [...run.names];
  const ready = new Map<number, ConvertReply>();
  let wake = () => {};
  pool.onReply = (r) => {
    ready.set(r.id, r);
    wake();
  };
  pool.onFail = () => wake();
  for (let i = 0; i < names.length; i += BATCH)
    pool.send(
      names.slice(i, i + BATCH).map((name, j) => ({
        id: i + j,
        name,
        abs: path.join(run.opts.sourcesDir, name),
      })),
    );
  let converted = 0;
  for (const [id, name] of names.entries()) {
    // Let the threads' answers in now and then (they arrive as events).
    if (id % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    while (!mainConverts && !ready.has(id) && pool.live())
      await new Promise<void>((resolve) => (wake = resolve));
    pool.passed(id);
    const reply = ready.get(id);
    ready.delete(id);
    run.prepared = reply?.result ? reply : undefined;
    if (run.prepared) converted++;
    run.results.set(name, importOne(run, name));
    run.opts.onProgress?.(id + 1, names.length, name);
  }
  run.prepared = undefined;
  return converted;
}

/**
 * Worker threads that convert queued batches of files, skipping the files the main thread has
 * passed (told through a shared counter). A thread that fails is dropped: the main thread
 * converts what it would have, so a crash costs speed, never files.
 */
class ConvertPool {
  private workers: (Worker | null)[];
  private next = 0;
  /** Index of the file the main thread is at (Int32 shared with the threads). */
  private position = new Int32Array(new SharedArrayBuffer(4));
  onReply: (reply: ConvertReply) => void = () => {};
  onFail: () => void = () => {};

  constructor(size: number, settings: ThreadSettings) {
    const entry = new URL("./convert-worker.js", import.meta.url);
    this.workers = Array.from({ length: size }, (_, i) => {
      const w = new Worker(entry, { workerData: { ...settings, position: this.position } });
      w.on("message", (replies: ConvertReply[]) => replies.forEach((r) => this.onReply(r)));
      const drop = () => {
        this.workers[i] = null;
        this.onFail();
      };
      w.on("error", drop);
      w.on("exit", drop);
      return w;
    });
  }

  /** Queues `jobs` on the next live thread. */
  send(jobs: ConvertJob[]): void {
    const live = this.workers.filter((w) => w !== null);
    if (live.length) live[this.next++ % live.length].postMessage(jobs);
  }

  /** Whether a thread is still working. */
  live(): boolean {
    return this.workers.some((w) => w !== null);
  }

  /** The main thread is at file `id`: threads skip files before it. */
  passed(id: number): void {
    Atomics.store(this.position, 0, id);
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w?.terminate()));
  }
}
