/**
 * Reads the word ranges of a written Pagefind index's chunks from its metadata file
 * (`pagefind/pagefind.<lang>_<hash>.pf_meta`), so that the search page can load every chunk a
 * prefix needs (src/search/chunks.ts).
 *
 * The file is gzip, then the signature `pagefind_dcd`, then CBOR (RFC 8949): a fixed array of
 * the generator version, the pages (each `[hash, word count]`) and the index chunks (each
 * `[from, to, hash]`), then filters and sorts, which are not read. The layout is Pagefind's
 * `MetaIndex` (pagefind/src/index/index_metadata.rs, decoded by pagefind_web/src/metadata.rs).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

const SIGNATURE = "pagefind_dcd";

/** A CBOR reader of the few kinds Pagefind's metadata starts with: unsigned ints, text, arrays. */
class Cbor {
  private at = 0;
  constructor(private buf: Buffer) {}
  /** The next item's major type and its argument (a value, a length or a count). */
  private head(): [number, number] {
    const b = this.buf[this.at++];
    const info = b & 31;
    const width = info < 24 ? 0 : 2 ** (info - 24);
    if (width > 4) throw new Error(`pf_meta: unsupported CBOR argument at byte ${this.at - 1}`);
    const n = width ? this.buf.readUIntBE(this.at, width) : info;
    this.at += width;
    return [b >> 5, n];
  }
  /** The next item: a number, a string, or an array of items. */
  item(): unknown {
    const [major, n] = this.head();
    if (major === 0) return n;
    if (major === 3) return this.buf.toString("utf8", this.at, (this.at += n));
    if (major === 4) return Array.from({ length: n }, () => this.item());
    throw new Error(`pf_meta: unexpected CBOR type ${major} at byte ${this.at}`);
  }
  /** Opens the top-level array. */
  open(): void {
    this.head();
  }
}

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
  const cbor = new Cbor(raw.subarray(SIGNATURE.length));
  cbor.open();
  cbor.item(); // version
  cbor.item(); // pages
  return (cbor.item() as string[][]).map((c) => c[0]);
}
