/**
 * Photo captions as page copies print them: the caption text followed by a credit in brackets,
 * `… 진행한다. [연합뉴스]`, `… 공개했다. [사진=회사 제공]`, `(사진=뉴스1)`.
 */
import type { Caption } from "../core/article.ts";
import type { PageWords } from "./page-words.ts";

/** The photo mark in front of a caption (`▲ 가나시청 전경.`): it points at the photo, no caption text. */
const PHOTO_MARK = /^[▲△]\s*/;

/** A caption's text without the photo mark in front (`▲ 가나시청 전경.` → `가나시청 전경.`). */
export const withoutPhotoMark = (text: string): string => text.replace(PHOTO_MARK, "");

/**
 * Splits a caption line into text and credit (a credit word of the lexicon, `사진=`, is taken off
 * the holder); the credit is undefined when none is printed.
 */
export function parseCaption(line: string, words: PageWords): Caption {
  const s = line.trim();
  const m = words.captionCredit.exec(s);
  if (m && m.index > 0) {
    const credit = m[1].replace(words.creditLabel, "").trim();
    return { text: s.slice(0, m.index).trim(), credit };
  }
  return { text: s };
}
