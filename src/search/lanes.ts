/**
 * Pagefind services in worker threads (src/search/pagefind-worker.js), one service process each,
 * so that the build indexes several shards at once: Pagefind's service answers one request
 * after the other on one core, and the pagefind package keeps one service per loaded module.
 *
 * A lane's answers come back on a port of their own, which {@link PagefindLane.poll} reads
 * synchronously (`receiveMessageOnPort`,
 * https://nodejs.org/api/worker_threads.html#workerreceivemessageonportport): a message from
 * another thread is a task of the event loop, and Eleventy renders pages in promise callbacks
 * that leave the loop no turn for tens of seconds, so answers read only as events would reach
 * the thread that feeds Pagefind after Eleventy ends, and Pagefind would wait for records
 * until then.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
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
  /**
   * Takes the answers that have arrived and settles their requests now, without waiting for the
   * event loop (their callbacks run as promise callbacks, between the caller's own).
   */
  poll(): void;
  /** Stops the service process and the thread. */
  close(): Promise<void>;
}

/**
 * Starts a worker thread with its own Pagefind service.
 * A request rejects when the thread fails or ends before answering it.
 */
export function openLane(): PagefindLane {
  const { port1: answers, port2 } = new MessageChannel();
  const worker = new Worker(new URL("./pagefind-worker.js", import.meta.url), {
    workerData: { answers: port2 },
    transferList: [port2],
  });
  // The worker answers in the order it was asked.
  const waiting: { resolve: (errors: string[]) => void; reject: (e: Error) => void }[] = [];
  const failAll = (e: Error) => {
    for (const w of waiting.splice(0)) w.reject(e);
  };
  const answer = (m: { errors: string[] }) => waiting.shift()?.resolve(m.errors);
  answers.on("message", answer);
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`pagefind worker ended (exit ${code})`)));
  const request = (message: LaneRequest) =>
    new Promise<string[]>((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(message);
    });
  return {
    request,
    poll() {
      for (let m = receiveMessageOnPort(answers); m; m = receiveMessageOnPort(answers))
        answer(m.message as { errors: string[] });
    },
    async close() {
      await request({ kind: "close" }).catch(() => []);
      await worker.terminate();
      answers.close();
    },
  };
}
