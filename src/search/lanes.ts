/**
 * Pagefind services in worker threads (src/search/pagefind-worker.js), one service process each,
 * so that the build indexes several shards at once: Pagefind's service answers one request
 * after the other on one core, and the pagefind package keeps one service per loaded module.
 */
import { Worker } from "node:worker_threads";
import type { SearchRecord } from "./index.ts";

/** A request to a lane's Pagefind service (see pagefind-worker.js). */
export type LaneRequest =
  | { kind: "open" }
  | { kind: "add"; records: SearchRecord[] }
  | { kind: "write"; outputPath: string }
  | { kind: "close" };

/** A Pagefind service in a worker thread: each request resolves to Pagefind's errors (none: []). */
export interface PagefindLane {
  request(message: LaneRequest): Promise<string[]>;
  /** Stops the service process and the thread. */
  close(): Promise<void>;
}

/**
 * Starts a worker thread with its own Pagefind service.
 * A request rejects when the thread fails or ends before answering it.
 */
export function openLane(): PagefindLane {
  const worker = new Worker(new URL("./pagefind-worker.js", import.meta.url));
  // The worker answers in the order it was asked.
  const waiting: { resolve: (errors: string[]) => void; reject: (e: Error) => void }[] = [];
  const failAll = (e: Error) => {
    for (const w of waiting.splice(0)) w.reject(e);
  };
  worker.on("message", (m: { errors: string[] }) => waiting.shift()?.resolve(m.errors));
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`pagefind worker ended (exit ${code})`)));
  const request = (message: LaneRequest) =>
    new Promise<string[]>((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(message);
    });
  return {
    request,
    async close() {
      await request({ kind: "close" }).catch(() => []);
      await worker.terminate();
    },
  };
}
