/**
 * The body of a converting thread (loaded by convert-worker.js): builds the import context once,
 * says it is ready, then answers each job with the source's parts ({@link convertSource}) or the
 * error's message.
 */
import type { MessagePort } from "node:worker_threads";
import { useLoadedDictionaries, type Dictionaries } from "../core/dictionaries.ts";
import { convertSource, createImportContext, type SourcePart } from "./index.ts";

/** What a converting thread is started with: the settings of {@link createImportContext}. */
export interface ConvertSettings {
  dataDir?: string;
  maxBytes?: number;
  discoverPeople?: boolean;
  /** The dictionaries of `dataDir` as the main thread loaded them (not parsed again). */
  dictionaries?: Dictionaries;
}

/** One source to convert: its bytes, name and SHA-256 (hex). */
export interface ConvertJob {
  id: number;
  bytes: Uint8Array;
  name: string;
  hash: string;
}

/**
 * A thread's message: ready (its context built), or the answer to a {@link ConvertJob}: the
 * parts, or why converting threw.
 */
export type ConvertAnswer =
  { ready: true } | { id: number; parts: SourcePart[] } | { id: number; error: string };

/** Answers jobs from `port` until the thread is ended. */
export function serveConversions(port: MessagePort | null, settings: ConvertSettings): void {
  if (settings.dictionaries) useLoadedDictionaries(settings.dataDir, settings.dictionaries);
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
  port?.postMessage({ ready: true } satisfies ConvertAnswer);
}
