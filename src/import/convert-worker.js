/**
 * A converting thread of the import (src/import/pool.ts): decode, clean, parse and entities of
 * one source file at a time, with the dictionaries loaded once for the thread.
 *
 * Plain JavaScript: a worker thread does not inherit the TypeScript loader of the main thread,
 * so it registers tsx (https://tsx.is/dev-api/register-esm) before loading the stage modules.
 */
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { serveConversions } = await import("./convert-thread.ts");
serveConversions(parentPort, workerData);
