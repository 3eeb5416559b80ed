/**
 * Photo captions as page copies print them: the caption text followed by a credit in brackets,
 * `… 진행한다. [연합뉴스]`, `… 공개했다. [사진=회사 제공]`, `(사진=뉴스1)`.
 */
import type { Caption } from "../core/article.ts";

const CREDIT = /\s*[\[(]\s*(?:사진|자료|그래픽|영상)?\s*(?:[=:]\s*)?([^\[\]()]{1,30}?)\s*[\])]\s*$/;

/** Splits a caption line into text and credit; the credit is undefined when none is printed. */
export function parseCaption(line: string): Caption {
  const s = line.trim();
  const m = CREDIT.exec(s);
  if (m && m.index > 0) {
    const credit = m[1].replace(/^(?:사진|자료)\s*[=:]\s*/, "").trim();
    return { text: s.slice(0, m.index).trim(), credit };
  }
  return { text: s };
}
