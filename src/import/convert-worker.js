// Entry of an import worker thread (src/import/parallel.ts): registers tsx, as bin/sillok.js
// does for the main thread, so the TypeScript stages load in the thread, then starts the
// converter. Plain JavaScript: the thread starts before any TypeScript can be loaded.
import { register } from "tsx/esm/api";

register();
await import("./convert-thread.ts");
