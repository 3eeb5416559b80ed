/**
 * Stage 1a — bytes to text. Decides the encoding of one raw input file and decodes it, or says
 * in one line why the file is not text we can import.
 *
 * Order of decisions: empty → size limit → BOM (UTF-8, UTF-16 LE/BE; Unicode §23.8) →
 * binary signatures (PNG, JPEG, GIF, PDF, ZIP) → strict UTF-8 when there is no NUL byte
 * (WHATWG Encoding, fatal) → BOM-less UTF-16 (both byte orders decoded, the one that reads as
 * text kept) → a few stray NUL bytes in otherwise readable text (removed, with a warning) →
 * other NUL bytes (binary) → CP949 (iconv-lite), accepted only when chardet also
 * reads the bytes as a Korean encoding.
 */
import iconv from "iconv-lite";
import chardet from "chardet";
import { repairMojibake } from "./mojibake.ts";

/** Default largest input accepted, in bytes (10 MiB). A news article is rarely over 100 KB. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** A decoded file: text (not yet cleaned) and the encoding name written to front matter. */
export interface Decoded {
  ok: true;
  text: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "cp949";
  /** Set when some bytes could not be decoded and were replaced with U+FFFD (a damaged file). */
  warning?: string;
}

/** A file that is not importable text, with a one-line reason for the import report. */
export interface Undecodable {
  ok: false;
  reason: string;
}

const SIGNATURES: [string, number[]][] = [
  ["PNG 이미지", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG 이미지", [0xff, 0xd8, 0xff]],
  ["GIF 이미지", [0x47, 0x49, 0x46, 0x38]],
  ["PDF 문서", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP 압축 파일", [0x50, 0x4b, 0x03, 0x04]],
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** Characters a Korean or English text is made of: printable ASCII and whitespace, Latin-1, general and CJK punctuation, Hangul, CJK ideographs, fullwidth forms. */
const PLAUSIBLE =
  /[\t\n\r\x20-\x7E\u00A0-\u00FF\u2000-\u206F\u2190-\u25FF\u3000-\u303F\u3131-\u318E\u3200-\u32FF\uAC00-\uD7A3\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/g;

/**
 * Guesses BOM-less UTF-16 by decoding the first 8 KiB both ways and keeping a reading whose
 * characters are almost all plausible text (ASCII-heavy UTF-16 has NUL in every other byte;
 * Hangul-heavy UTF-16 may have none, so the NUL pattern alone cannot decide).
 */
function looksUtf16(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length - (b.length % 2), 8192);
  if (n < 4) return null;
  const head = Buffer.from(b.buffer, b.byteOffset, n);
  let best: "utf-16le" | "utf-16be" | null = null;
  let bestCommon = -1;
  for (const enc of ["utf-16le", "utf-16be"] as const) {
    const text = iconv.decode(head, enc);
    if ((text.match(PLAUSIBLE) ?? []).length / text.length < 0.97) continue;
    // Both byte orders can look plausible (CJK ideographs); the one with more Hangul and ASCII wins.
    const common = (text.match(/[\x20-\x7E\n\uAC00-\uD7A3]/g) ?? []).length;
    if (common > bestCommon) [best, bestCommon] = [enc, common];
  }
  return best;
}

/**
 * True when the file's head declares a Korean legacy encoding: an XML prolog's `encoding="euc-kr"`
 * (XML 1.0 §4.3.3) or an HTML `charset=` (HTML §4.2.5.4), as EUC-KR, KS C 5601, CP949 or
 * UHC, which CP949 reads (it extends EUC-KR). The detector alone misjudges short files with little
 * Hangul; the bytes must still decode cleanly (checked by the caller).
 */
function declaresKorean(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString(
    "latin1",
  );
  return /(?:encoding|charset)\s*=\s*["']?\s*(?:euc-?kr|ks_c_5601-1987|ksc5601|cp949|x-windows-949|windows-949|uhc)\b/i.test(
    head,
  );
}

/** The one-line reason for a file over the size limit (sizes in bytes, shown in MB). */
export function tooLarge(size: number, maxBytes: number): string {
  return `너무 큰 파일: ${(size / 1048576).toFixed(1)} MB(한도 ${(maxBytes / 1048576).toFixed(0)} MB). 기사 한 편씩 파일을 나누세요`;
}

/**
 * Decodes one file's bytes.
 * @param bytes the raw file content
 * @param maxBytes size limit in bytes (default {@link MAX_INPUT_BYTES})
 * @returns decoded text with its encoding, or a reason (never throws)
 */
export function decodeBytes(
  bytes: Uint8Array,
  maxBytes: number = MAX_INPUT_BYTES,
): Decoded | Undecodable {
  if (bytes.length === 0) return { ok: false, reason: "빈 파일" };
  if (bytes.length > maxBytes) return { ok: false, reason: tooLarge(bytes.length, maxBytes) };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return misread(utf8(buf.subarray(3), "utf-8-bom"));
  if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: true, text: iconv.decode(buf.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: true, text: iconv.decode(buf.subarray(2), "utf-16be"), encoding: "utf-16be" };
  for (const [name, sig] of SIGNATURES)
    if (startsWith(bytes, sig)) return { ok: false, reason: `텍스트가 아닌 파일(${name})` };
  const hasNul = bytes.includes(0);
  const asUtf8 = hasNul ? null : utf8(buf, "utf-8");
  if (asUtf8?.ok) return misread(asUtf8);
  // Not UTF-8 (or has NUL bytes): BOM-less UTF-16 is tried before the legacy Korean encoding.
  const u16 = bytes.length % 2 === 0 ? looksUtf16(bytes) : null;
  if (u16) return { ok: true, text: iconv.decode(buf, u16), encoding: u16 };
  if (hasNul)
    return (
      strayNuls(bytes, maxBytes) ?? {
        ok: false,
        reason: "텍스트가 아닌 파일(NUL 바이트가 들어 있음)",
      }
    );
  const guess = chardet.detect(bytes);
  const korean =
    declaresKorean(bytes) ||
    guess === "EUC-KR" ||
    guess === "ISO-2022-KR" ||
    guess === "Big5" ||
    guess === "GB18030" ||
    guess === "Shift_JIS";
  if (korean) {
    const text = iconv.decode(buf, "cp949");
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    const hangul = (text.match(/[\uAC00-\uD7A3]/g) ?? []).length;
    if (bad <= text.length * 0.001 && hangul > 0) return { ok: true, text, encoding: "cp949" };
  }
  // UTF-8 with a few damaged bytes (a stray \xff\xfe): keep the article, mark the damage. At most
  // four replaced sequences, or one per 500 characters, so a file in another encoding is never read this way.
  const lenient = new TextDecoder("utf-8").decode(buf);
  const damaged = (lenient.match(/\uFFFD/g) ?? []).length;
  if (
    damaged > 0 &&
    damaged <= Math.max(4, lenient.length / 500) &&
    /[\uAC00-\uD7A3]/.test(lenient)
  ) {
    return {
      ok: true,
      text: lenient,
      encoding: "utf-8",
      warning: `잘못된 UTF-8 바이트열 ${damaged}개를 U+FFFD(�)로 바꿨습니다. 원본에서 그 자리를 확인하세요`,
    };
  }
  return {
    ok: false,
    reason: `텍스트로 읽을 수 없음: UTF-8도 CP949도 아닙니다${guess ? `(인코딩 추정: ${guess})` : ""}. UTF-8로 다시 저장하세요`,
  };
}

/**
 * A text file with a few stray NUL bytes (a copy cut short and resumed, a sync tool's damage):
 * at most four, or one per 1,000 bytes, and the rest reads as text. The NULs are removed and the
 * warning says how many; otherwise null (a binary file).
 */
function strayNuls(bytes: Uint8Array, maxBytes: number): Decoded | null {
  const nuls = bytes.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (nuls > Math.max(4, bytes.length / 1000)) return null;
  const rest = decodeBytes(
    bytes.filter((b) => b !== 0),
    maxBytes,
  );
  if (!rest.ok) return null;
  const removed = `글 사이의 NUL 바이트 ${nuls}개를 지웠습니다`;
  return { ...rest, warning: rest.warning ? `${removed}; ${rest.warning}` : removed };
}

/**
 * UTF-8 or CP949 text that was once read as Latin-1/Windows-1252 and saved again (`mojibake.ts`):
 * repaired with a warning when the repair is exact, or refused with the reason when what is left
 * is mostly unreadable; anything else passes unchanged.
 */
function misread(decoded: Decoded | Undecodable): Decoded | Undecodable {
  if (!decoded.ok) return decoded;
  const fix = repairMojibake(decoded.text);
  if (fix.unrepairable)
    return {
      ok: false,
      reason:
        "글자가 깨진 파일: UTF-8 파일을 Latin-1(서유럽어) 인코딩으로 잘못 읽고 다시 저장한 것으로 보이는데, 그 과정에서 바이트가 빠져 원래 글자로 되돌릴 수 없습니다. 원본 기사를 UTF-8로 다시 저장하세요",
    };
  if (!fix.repaired) return decoded;
  const e = fix.example!;
  return {
    ...decoded,
    text: fix.text,
    warning: `글자가 깨져 있던 ${fix.repaired}줄을 되살렸습니다: ${fix.from === "CP949" ? "CP949(한국어 Windows)" : "UTF-8"} 파일을 Latin-1(서유럽어) 인코딩으로 잘못 읽고 다시 저장한 파일입니다("${e.before}…" → "${e.after}…"). 되살린 글자는 원래 바이트와 정확히 같습니다${fix.left ? `. ${fix.left}줄은 바이트가 빠져 되살리지 못했으니 확인하세요` : ""}. 원본을 UTF-8로 다시 저장해 두세요`,
  };
}

function utf8(buf: Buffer, encoding: "utf-8" | "utf-8-bom"): Decoded | Undecodable {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(buf), encoding };
  } catch {
    return {
      ok: false,
      reason: "잘못된 UTF-8(BOM은 UTF-8인데 내용은 아닙니다). 올바른 인코딩으로 다시 저장하세요",
    };
  }
}
