/**
 * One Pagefind service in a worker thread (src/search/lanes.ts). The pagefind package runs one
 * service process per loaded module (its `launch()` keeps one), and that service answers one
 * request after the other; a worker thread loads the module anew, so each worker has a service
 * process of its own, and two shards are indexed at once on two cores.
 *
 * Plain JavaScript: a worker thread does not inherit the TypeScript loader of the main thread.
 *
 * Requests, answered in order on the port `workerData.answers` (which the feeding thread can read
 * without waiting for its event loop), each with `{ errors: string[] }`:
 * - `{ kind: "open" }` a new index (Korean);
 * - `{ kind: "add", records }` custom records (https://pagefind.app/docs/node-api/);
 * - `{ kind: "write", outputPath }` the index written there, then deleted from memory;
 * - `{ kind: "close" }` the service process stopped.
 */
import process from "node:process";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

/**
 * jemalloc settings for the service process, unless the user set their own. Pagefind's Linux
 * binary allocates with jemalloc (its 1.5.2 release notes), which by default hands freed pages
 * back to the system after ten seconds (`dirty_decay_ms`, then `muzzy_decay_ms`;
 * https://jemalloc.net/jemalloc.3.html) and takes them back with a page fault each as the
 * write allocates again: a third of the service's CPU went to the kernel, and in a virtual
 * machine a page fault and the TLB flush of a returned page cost much more. Kept, the pages
 * are reused by the next shard's index. One arena (`narenas:1`) lets a page freed on one of the
 * service's threads serve another's next allocation, which keeps the peak of pages kept lower
 * (10,000 bench records: 1,129 → 1,095 MiB, the same CPU). The service reads the variable when
 * the pagefind package starts it (at the first request), from this thread's copy of the
 * environment.
 */
const JEMALLOC = "_RJEM_MALLOC_CONF";
process.env[JEMALLOC] ??= "dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:1";

let index = null;

const handlers = {
  async open() {
    const created = await pagefind.createIndex({ forceLanguage: "ko" });
    index = created.index;
    return created.errors;
  },
  async add({ records }) {
    const answers = await Promise.all(records.map((r) => index.addCustomRecord(r)));
    return answers.flatMap((a, i) => a.errors.map((e) => `${records[i].url}: ${e}`));
  },
  async write({ outputPath }) {
    try {
      return (await index.writeFiles({ outputPath })).errors;
    } finally {
      await index.deleteIndex();
      index = null;
    }
  },
  async close() {
    await pagefind.close();
    return [];
  },
};

// Requests are handled one after the other, so each answer follows its request's order.
const { answers } = workerData;
let queue = Promise.resolve();
parentPort.on("message", (request) => {
  queue = queue.then(async () => {
    try {
      answers.postMessage({ errors: await handlers[request.kind](request) });
    } catch (e) {
      answers.postMessage({ errors: [e instanceof Error ? e.message : String(e)] });
    }
  });
});
