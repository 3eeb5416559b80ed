/**
 * Converting threads for the import: the per-file work (decode, clean, parse, entities) runs on
 * worker threads, each with the dictionaries loaded once, beside the main thread, which reads the
 * files, converts too, and merges the results in input order (src/import/index.ts).
 */
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ConvertAnswer, ConvertJob, ConvertSettings } from "./convert-thread.ts";
import type { SourcePart } from "./index.ts";
import { buildConverterBundle, converterBundle } from "./worker-bundle.ts";

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

/**
 * The script a converting thread runs: the cached bundle of the converter when it is there
 * (src/import/worker-bundle.ts), else the TypeScript sources under tsx (convert-worker.js), with
 * the bundle built meanwhile for the next run (`building`).
 */
function threadScript(): { script: URL; building: Promise<void> | null } {
  const tsx = new URL("./convert-worker.js", import.meta.url);
  let bundle: ReturnType<typeof converterBundle> = null;
  try {
    bundle = converterBundle();
  } catch {
    // the sources cannot be listed or read: run them under tsx
  }
  if (!bundle) return { script: tsx, building: null };
  if (bundle.ready) return { script: pathToFileURL(bundle.file), building: null };
  // A bundle that cannot be built or written only leaves the threads under tsx.
  return { script: tsx, building: buildConverterBundle(bundle.file).catch(() => {}) };
}

/** Starts one converting thread; a thread that fails or ends hands its jobs back (rejects with null). */
function startThread(settings: ConvertSettings, script: URL): Thread {
  const worker = new Worker(script, { workerData: settings });
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
  const { script, building } = threadScript();
  const pool = Array.from({ length: threads }, () => startThread(settings, script));
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
      await Promise.all([...pool.map((t) => t.worker.terminate()), building]);
    },
  };
}
