/**
 * Stage 1b — text normalization that every layout needs, before any parsing:
 * Unicode NFC (UAX #15), line breaks to LF, NBSP-like spaces to plain spaces, zero-width and
 * other invisible format characters removed, trailing spaces trimmed per line.
 */
import { decodeHTML } from "entities";

/** Space characters shown as a plain space: NBSP, narrow NBSP, figure space, ideographic space, thin spaces. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible format characters removed: ZWSP, ZWNJ, ZWJ, LRM/RLM, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u00AD]/g;
/** C0 controls other than tab and line feed (after CR handling). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Cleans decoded text. Keeps a run of tabs between two words as one tab (a table's cells, which
 * a browser copies with a tab between them: the parse stage keeps such a line as a table row)
 * and other tabs as spaces, keeps blank lines (layouts read them), drops trailing whitespace on
 * every line. Idempotent: clean(clean(x)) === clean(x).
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "")
    .replace(SPACES, " ")
    .replace(/(?<=\S)\t+(?=\S)/g, "\t")
    .replace(/(?<!\S)\t|\t(?!\S)/g, " ")
    .normalize("NFC")
    .replace(/[ ]+$/gm, "");
}

/**
 * Decodes HTML character references (`&amp;`, `&quot;`, `&#39;`, `&nbsp;`) in plain text, then
 * re-cleans the spaces they produce. For layouts whose text is not HTML but carries entities.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return decodeHTML(text).replace(SPACES, " ");
}
