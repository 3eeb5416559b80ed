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
  /** Called when threads were used, with how many files they converted (the rest: the main thread). */
  onThreadsDone?: (converted: number) => void;
}

/** Below this many files the import runs on the main thread: a thread takes about a second to load the stages and dictionaries. */
export const MIN_PARALLEL_FILES = 400;
/** Files per message to a thread. */
const BATCH = 16;
/** Batches sent ahead of the one the main thread is writing, per thread (bounds the memory held). */
const AHEAD = 6;

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
    threadConverted = await importInOrder(run, pool);
  } finally {
    await pool.close();
  }
  par.onThreadsDone?.(threadConverted);
  return finishRun(run);
}

/**
 * Takes every file in listing order through the import steps, with the threads' conversions.
 * @returns how many files a thread converted
 */
async function importInOrder(run: ImportRun, pool: ConvertPool): Promise<number> {
  let converted = 0;
  const names = [...run.names];
  const batches: ConvertJob[][] = [];
  for (let i = 0; i < names.length; i += BATCH)
    batches.push(
      names.slice(i, i + BATCH).map((name, j) => ({
        id: i + j,
        name,
        abs: path.join(run.opts.sourcesDir, name),
      })),
    );
  const sent: Promise<ConvertReply[] | null>[] = [];
  const ahead = AHEAD * pool.size;
  for (let b = 0; b < batches.length; b++) {
    while (sent.length < Math.min(batches.length, b + ahead))
      sent.push(pool.convert(batches[sent.length]));
    const replies = await sent[b];
    delete sent[b]; // let the batch's articles go once written
    for (const job of batches[b]) {
      const reply = replies?.find((r) => r.id === job.id);
      run.prepared = reply?.result ? reply : undefined;
      if (run.prepared) converted++;
      run.results.set(job.name, importOne(run, job.name));
      run.opts.onProgress?.(job.id + 1, names.length, job.name);
    }
  }
  run.prepared = undefined;
  return converted;
}

/**
 * Worker threads that convert batches of files, each thread answering its batches in the order
 * sent. A thread that fails answers null for its batches from then on (the main thread converts
 * those files itself), so a crash costs speed, never files.
 */
class ConvertPool {
  private workers: { worker: Worker | null; waiting: ((r: ConvertReply[] | null) => void)[] }[];
  private next = 0;

  constructor(
    readonly size: number,
    settings: ThreadSettings,
  ) {
    const entry = new URL("./convert-worker.js", import.meta.url);
    this.workers = Array.from({ length: size }, () => {
      const slot = {
        worker: new Worker(entry, { workerData: settings }) as Worker | null,
        waiting: [] as ((r: ConvertReply[] | null) => void)[],
      };
      slot.worker!.on("message", (replies: ConvertReply[]) => slot.waiting.shift()?.(replies));
      const fail = () => {
        slot.worker = null;
        for (const resolve of slot.waiting.splice(0)) resolve(null);
      };
      slot.worker!.on("error", fail);
      slot.worker!.on("exit", fail);
      return slot;
    });
  }

  /** The threads' answers for `jobs`, or null when the thread they went to has failed. */
  convert(jobs: ConvertJob[]): Promise<ConvertReply[] | null> {
    const slot = this.workers[this.next++ % this.size];
    if (!slot.worker) return Promise.resolve(null);
    return new Promise((resolve) => {
      slot.waiting.push(resolve);
      slot.worker!.postMessage(jobs);
    });
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((s) => s.worker?.terminate()));
  }
}
