/**
 * Reads the word ranges of a written Pagefind index's chunks from its metadata file
 * (`pagefind/pagefind.<lang>_<hash>.pf_meta`), so that the search page can load every chunk a
 * prefix needs (src/search/chunks.ts).
 *
 * The file is gzip, then the signature `pagefind_dcd`, then CBOR (RFC 8949): a fixed array of
 * the generator version, the pages (each `[hash, word count]`) and the index chunks (each
 * `[from, to, hash]`), then filters and sorts, which are not read. The layout is Pagefind's
 * `MetaIndex` (pagefind/src/index/index_metadata.rs, decoded by pagefind_web/src/metadata.rs);
 * the CBOR is read by cborg (https://github.com/rvagg/cborg).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decode } from "cborg";

const SIGNATURE = "pagefind_dcd";

/**
 * The first word (`from`, as Pagefind stores it: lower case, NFD) of each index chunk of the
 * Pagefind bundle in `bundleDir`, in index order (sorted); of its largest language (sillok
 * indexes one, `ko`); [] for an index without pages.
 * @throws Error when the bundle's entry or metadata file is missing or not Pagefind's
 */
export function chunkStarts(bundleDir: string): string[] {
  // The entry names the current metadata file (an older build's may still lie beside it).
  const entry = JSON.parse(readFileSync(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const lang = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!lang) return [];
  const file = `pagefind.${lang.hash}.pf_meta`;
  const raw = gunzipSync(readFileSync(path.join(bundleDir, file)));
  if (raw.toString("utf8", 0, SIGNATURE.length) !== SIGNATURE)
    throw new Error(`pf_meta: ${file} is not a Pagefind metadata file`);
  let meta: unknown;
  try {
    meta = decode(raw.subarray(SIGNATURE.length), { useMaps: true });
  } catch (e) {
    throw new Error(`pf_meta: ${file}: ${(e as Error).message}`);
  }
  const chunks = Array.isArray(meta) ? (meta[2] as unknown) : undefined;
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && typeof c[0] === "string"))
    throw new Error(`pf_meta: ${file} holds no index chunks where Pagefind puts them`);
  return chunks.map((c: string[]) => c[0]);
}
