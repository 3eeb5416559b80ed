/**
 * The body of a converting thread (loaded by convert-worker.js): builds the import context once,
 * then answers each job with the source's parts ({@link convertSource}) or the error's message.
 */
import type { MessagePort } from "node:worker_threads";
import { convertSource, createImportContext, type SourcePart } from "./index.ts";

/** What a converting thread is started with: the settings of {@link createImportContext}. */
export interface ConvertSettings {
  dataDir?: string;
  maxBytes?: number;
  discoverPeople?: boolean;
}

/** One source to convert: its bytes, name and SHA-256 (hex). */
export interface ConvertJob {
  id: number;
  bytes: Uint8Array;
  name: string;
  hash: string;
}

/** The answer to a {@link ConvertJob}: the parts, or why converting threw. */
export type ConvertAnswer = { id: number; parts: SourcePart[] } | { id: number; error: string };

/** Answers jobs from `port` until the thread is ended. */
export function serveConversions(port: MessagePort | null, settings: ConvertSettings): void {
  const ctx = createImportContext(settings.dataDir, settings.maxBytes, settings.discoverPeople);
  port?.on("message", (job: ConvertJob) => {
    let answer: ConvertAnswer;
    try {
      answer = { id: job.id, parts: convertSource(job.bytes, job.name, ctx, job.hash) };
    } catch (e) {
      answer = { id: job.id, error: (e as Error).message };
    }
    port.postMessage(answer);
  });
}
