/**
 * The work of one import worker thread (src/import/parallel.ts): reads a source file and converts
 * it (decode, parse, entities: {@link convertFile}), and serializes the article, for the main
 * thread, which alone decides duplicates and writes. Started through `convert-worker.js`.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { serializeArticle } from "../core/article.ts";
import { sha256 } from "../core/hash.ts";
import { convertFile, createImportContext } from "./index.ts";
import type { ConvertJob, ConvertReply, ThreadSettings } from "./parallel.ts";

const settings = workerData as ThreadSettings;
const ctx = createImportContext(settings.dataDir, settings.maxBytes, settings.discoverPeople);

/** One file: its conversion and serialized article, or why not (the main thread then converts it itself). */
function convertJob(job: ConvertJob): ConvertReply {
  try {
    const bytes = readFileSync(job.abs);
    if (bytes.length > ctx.maxBytes) return { id: job.id, hash: "", result: null };
    const result = convertFile(bytes, job.name, ctx);
    let content: string | undefined;
    if (!("skip" in result)) {
      try {
        content = serializeArticle(result.article);
      } catch {
        // A record the writer refuses: the main thread serializes it again and reports why.
      }
    }
    return { id: job.id, hash: sha256(bytes), result, content };
  } catch {
    return { id: job.id, hash: "", result: null };
  }
}

parentPort!.on("message", (jobs: ConvertJob[]) => parentPort!.postMessage(jobs.map(convertJob)));
