/**
 * Converting threads for the import: the per-file work (decode, clean, parse, entities) runs on
 * worker threads, each with the dictionaries loaded once, beside the main thread, which reads the
 * files, converts too, and merges the results in input order (src/import/index.ts).
 */
import { Worker } from "node:worker_threads";
import type { ConvertAnswer, ConvertJob, ConvertSettings } from "./convert-thread.ts";
import type { SourcePart } from "./index.ts";

/** Converting threads: `convert` resolves to a source's parts, or rejects with the thread's error. */
export interface ConvertPool {
  /**
   * True when a thread has finished starting (its modules and dictionaries loaded) and holds
   * fewer than `limit` unanswered jobs: a job sent now is converted soon, not queued behind a
   * thread's start.
   */
  free(limit: number): boolean;
  /** Resolves to the parts; rejects with the conversion's own error, or null when no thread could answer (convert it on the main thread). */
  convert(bytes: Uint8Array, name: string, hash: string): Promise<SourcePart[]>;
  /** Resolves when every thread has started (or failed to). */
  started(): Promise<void>;
  /** Ends the threads. */
  close(): Promise<void>;
}

/** The thrown error of a conversion on a thread, kept apart from a thread that failed. */
export class ConversionError extends Error {}

interface Waiting {
  resolve: (parts: SourcePart[]) => void;
  reject: (e: Error | null) => void;
}

/** One thread and the jobs it has not answered yet. */
interface Thread {
  worker: Worker;
  waiting: Map<number, Waiting>;
  alive: boolean;
  /** Set by the thread's first message, once its import context is built. */
  ready: boolean;
  /** Resolves when the thread is ready or has failed. */
  started: Promise<void>;
}

/** Starts one converting thread; a thread that fails or ends hands its jobs back (rejects with null). */
function startThread(settings: ConvertSettings): Thread {
  const worker = new Worker(new URL("./convert-worker.js", import.meta.url), {
    workerData: settings,
  });
  let settle = () => {};
  const started = new Promise<void>((resolve) => (settle = resolve));
  const thread: Thread = { worker, waiting: new Map(), alive: true, ready: false, started };
  const fail = () => {
    thread.alive = false;
    settle();
    for (const w of thread.waiting.values()) w.reject(null);
    thread.waiting.clear();
  };
  worker.on("message", (a: ConvertAnswer) => {
    if ("ready" in a) return void ((thread.ready = true), settle());
    const w = thread.waiting.get(a.id);
    thread.waiting.delete(a.id);
    if ("parts" in a) w?.resolve(a.parts);
    else w?.reject(new ConversionError(a.error));
  });
  worker.on("error", fail);
  worker.on("exit", fail);
  return thread;
}

/**
 * Starts `threads` converting threads. Each job goes to the started thread with the fewest
 * unanswered jobs, so a slow file does not hold the others back.
 */
export function openConvertPool(threads: number, settings: ConvertSettings): ConvertPool {
  const pool = Array.from({ length: threads }, () => startThread(settings));
  const usable = () => pool.filter((t) => t.alive && t.ready);
  let id = 0;
  return {
    free: (limit) => usable().some((t) => t.waiting.size < limit),
    convert(bytes, name, hash) {
      const live = usable();
      if (!live.length) return Promise.reject(null);
      const thread = live.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const job: ConvertJob = { id: id++, bytes, name, hash };
      return new Promise<SourcePart[]>((resolve, reject) => {
        thread.waiting.set(job.id, { resolve, reject });
        thread.worker.postMessage(job);
      });
    },
    started: async () => void (await Promise.all(pool.map((t) => t.started))),
    async close() {
      await Promise.all(pool.map((t) => t.worker.terminate()));
    },
  };
}
