/**
 * Stage 1a′ — UTF-8 text that was once read as Latin-1 or Windows-1252 and saved again as UTF-8
 * ("mojibake": 한화 becomes "íœ í™”", each Hangul syllable three Latin characters). Such a file
 * is valid UTF-8, so the decoder accepts it; this module finds it and undoes it when that is exact.
 *
 * The undoing is the inverse of what happened: each character goes back to the one byte that
 * Latin-1 (ISO 8859-1) or Windows-1252 maps to it (the WHATWG Encoding Standard's
 * index-windows-1252, as iconv-lite implements it), and the bytes are read as UTF-8 again (strict).
 * A line is repaired only when every character has such a byte, the bytes are valid UTF-8, the
 * result holds Hangul, and the result maps back to the very same line (a round trip). Real Latin
 * text never passes: "café" is the bytes 63 61 66 E9, and a lone E9 is not UTF-8.
 *
 * A CP949 file (Korean Windows) misread the same way — 한화, C7 D1 C8 AD, becomes "ÇÑÈ­" — is
 * undone through CP949 instead, and only when the whole file holds no Hangul of its own (a Korean
 * file misread as Latin-1 keeps none) and the repair reads as Korean: nearly all its syllables are
 * among KS X 1001's 2,350 common ones (lead byte B0–C8, trail A1–FE), which Latin text with Ä or Ç
 * before a letter (CP949's extended syllables) never gives.
 */
import iconv from "iconv-lite";

/** Character → the byte Latin-1 or Windows-1252 reads as that character (both readings at once). */
const BYTE_OF: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    map.set(String.fromCharCode(b), b);
    const cp1252 = iconv.decode(Buffer.of(b), "windows-1252");
    if (cp1252 !== "\uFFFD") map.set(cp1252, b);
  }
  return map;
})();

/** A character class of the characters standing for UTF-8 continuation bytes (0x80–0xBF). */
const CONTINUATION = `[${[...BYTE_OF]
  .filter(([, b]) => b >= 0x80 && b <= 0xbf)
  .map(([ch]) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, "0")}`)
  .join("")}]`;

/** A multibyte UTF-8 sequence as Latin-1/CP1252 shows it: a lead byte (Â…ô) and its continuations. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}`);
/**
 * A Hangul syllable (U+AC00–U+D7A3 is UTF-8 EA B0 80 – ED 9E A3) as Latin-1/CP1252 shows it:
 * ê, ë, ì or í and two continuation characters.
 */
const HANGUL_SEQUENCE = new RegExp(`[\\u00EA-\\u00ED]${CONTINUATION}{2}`, "g");
const HANGUL = /[\uAC00-\uD7A3]/g;
const HAS_HANGUL = /[\uAC00-\uD7A3]/;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** The bytes each character of `line` stands for, or null when one stands for none. */
function bytesOf(line: string): Buffer | null {
  const bytes = Buffer.alloc(line.length);
  for (let i = 0; i < line.length; i++) {
    const b = BYTE_OF.get(line[i]);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  return bytes;
}

/** One line undone once (exactly, see the module comment), or null. */
function undoOnce(line: string): string | null {
  if (!SEQUENCE.test(line)) return null;
  const bytes = bytesOf(line);
  if (!bytes) return null;
  let text: string;
  try {
    // ignoreBOM keeps a byte order mark as U+FEFF (the cleaner drops it) so the round trip holds.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  return Buffer.from(text, "utf8").equals(bytes) ? text : null;
}

/**
 * A line undone as many times as it was done (a file misread twice), at most three, or null.
 * `hangul`: only when the result holds Hangul (sillok reads Korean articles), as long as the file
 * has shown no misread Hangul line; after one, a line of quotes and symbols alone ("â€œ" for
 * “) is undone too, when exact.
 */
function undoLine(line: string, hangul: boolean): string | null {
  let text: string | null = null;
  for (let round = 0; round < 3; round++) {
    const next = undoOnce(text ?? line);
    if (next === null) break;
    text = next;
  }
  return text !== null && (!hangul || HAS_HANGUL.test(text)) ? text : null;
}

/** What {@link repairMojibake} found: the text (repaired where exact), and what it did. */
export interface MojibakeRepair {
  text: string;
  /** The encoding the file was in before it was misread (when something was repaired or is left). */
  from: "UTF-8" | "CP949";
  /** Lines repaired exactly. */
  repaired: number;
  /** Lines still holding mojibake of Hangul that could not be undone exactly. */
  left: number;
  /** The first repaired line's start, before (invisible C1 controls left out) and after (for the warning). */
  example?: { before: string; after: string };
  /**
   * True when mojibake of Hangul is left that could not be undone exactly (a byte was lost on
   * the way) and it outweighs the real Hangul: the text would be unreadable.
   */
  unrepairable: boolean;
}

/**
 * Finds lines of Hangul text, UTF-8 or CP949, that were read as Latin-1/Windows-1252 and saved as
 * UTF-8 again, and undoes them line by line when the undoing round-trips (see the module comment).
 * Lines without such sequences, and real Latin text (café, Straße), are returned unchanged.
 * @param text decoded text (any line endings)
 * @returns the text with exact repairs, how many lines, and whether unrepairable mojibake dominates
 */
export function repairMojibake(text: string): MojibakeRepair {
  const none: MojibakeRepair = { text, from: "UTF-8", repaired: 0, left: 0, unrepairable: false };
  const utf8 = SEQUENCE.test(text) ? repairUtf8(text) : none;
  if (utf8.repaired || !CP949_PAIR.test(text)) return utf8;
  return repairCp949(text) ?? utf8;
}

/** The UTF-8 repair of a text with Latin-1-shaped UTF-8 sequences (see the module comment). */
function repairUtf8(text: string): MojibakeRepair {
  let repaired = 0;
  let example: MojibakeRepair["example"];
  const lines = text.split("\n");
  for (const hangul of [true, false]) {
    if (!hangul && repaired === 0) break;
    for (const [i, line] of lines.entries()) {
      const fixed = undoLine(line, hangul);
      if (fixed === null) continue;
      repaired++;
      if (hangul) example ??= exampleOf(line, fixed);
      lines[i] = fixed;
    }
  }
  const out = lines.join("\n");
  const sequences = count(out, HANGUL_SEQUENCE);
  const left = lines.filter((line) => count(line, HANGUL_SEQUENCE) > 0).length;
  const unrepairable = sequences >= 3 && sequences > count(out, HANGUL);
  return { text: out, from: "UTF-8", repaired, left, example, unrepairable };
}

/** The start of a repaired line, before (invisible C1 controls left out) and after. */
function exampleOf(before: string, after: string): { before: string; after: string } {
  const shown = before.replace(/[\u0080-\u009F]/g, "").trim();
  return { before: shown.slice(0, 12), after: after.trim().slice(0, 8) };
}

/** A KS X 1001 Hangul syllable's two bytes (lead B0–C8, trail A1–FE) as Latin-1 shows them. */
const CP949_PAIR = /[\u00B0-\u00C8][\u00A1-\u00FE]/;
/** Syllables of a repair that must be KS X 1001's common ones (see the module comment). */
const COMMON_SHARE = 0.9;

/** One line read back through CP949 when every character has a byte and the bytes round-trip, or null. */
function undoCp949(line: string): string | null {
  const bytes = bytesOf(line);
  if (!bytes || !bytes.some((b) => b >= 0x80)) return null;
  const text = iconv.decode(bytes, "cp949");
  if (text.includes("\uFFFD") || !iconv.encode(text, "cp949").equals(bytes)) return null;
  return text;
}

/** Whether a syllable is one of KS X 1001's 2,350 (its CP949 bytes: lead B0–C8, trail A1–FE). */
function common(syllable: string): boolean {
  const [lead, trail] = iconv.encode(syllable, "cp949");
  return lead >= 0xb0 && lead <= 0xc8 && trail >= 0xa1;
}

/** The CP949 repair of a file with no Hangul of its own (see the module comment), or null. */
function repairCp949(text: string): MojibakeRepair | null {
  if (HAS_HANGUL.test(text)) return null;
  let repaired = 0;
  let left = 0;
  let example: MojibakeRepair["example"];
  const lines = text.split("\n").map((line) => {
    // The file-wide checks below judge the whole repair, so a line of symbols alone (ⓒ, “”) is
    // undone with the Hangul ones.
    const fixed = undoCp949(line);
    if (fixed === null) {
      if (CP949_PAIR.test(line)) left++;
      return line;
    }
    repaired++;
    if (HAS_HANGUL.test(fixed)) example ??= exampleOf(line, fixed);
    return fixed;
  });
  const out = lines.join("\n");
  const syllables = out.match(HANGUL) ?? [];
  if (syllables.length < 10 || syllables.filter(common).length < syllables.length * COMMON_SHARE)
    return null;
  return { text: out, from: "CP949", repaired, left, example, unrepairable: false };
}
