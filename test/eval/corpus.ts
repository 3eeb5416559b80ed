/**
 * The shared corpus (../shared/corpus): its manifest, and every file run through the importer's
 * pure conversion once per test process.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { convertFile, createImportContext, type Converted } from "../../src/import/index.ts";
import { CORPUS } from "../helpers.ts";

/** One row of MANIFEST.tsv. */
export interface ManifestRow {
  file: string;
  outlet: string;
  encoding: string;
  has_date_line: string;
  notes: string;
}

export function loadManifest(): ManifestRow[] {
  const [head, ...rows] = readFileSync(path.join(CORPUS, "..", "MANIFEST.tsv"), "utf8")
    .trim()
    .split("\n")
    .map((l) => l.split("\t"));
  return rows.map(
    (r) => Object.fromEntries(head.map((h, i) => [h, r[i]])) as unknown as ManifestRow,
  );
}

/** Every corpus file's bytes and conversion result, in file-name order. */
export function convertCorpus(): {
  file: string;
  bytes: Buffer;
  result: Converted | { skip: string };
}[] {
  const ctx = createImportContext();
  return readdirSync(CORPUS)
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(CORPUS, file));
      return { file, bytes, result: convertFile(bytes, file, ctx) };
    });
}
