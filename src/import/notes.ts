/**
 * A user's own notes among the clippings (a to-do list, a Markdown file of remarks about the
 * articles), told from an article by what every article has and notes lack: an article gives a
 * date or a byline, and runs as paragraphs of text; notes are mostly headings and list items
 * (CommonMark's ATX headings and list items, https://spec.commonmark.org/0.31.2/#atx-headings,
 * https://spec.commonmark.org/0.31.2/#list-items). Quoting an outlet's name or copyright line is
 * no evidence: notes about news quote them.
 */

/** An ATX heading: one to six `#`, a space, text. */
const HEADING = /^ {0,3}#{1,6}\s+\S/;
/** A list item: `-`, `*`, `+` or a number with `.` or `)`, a space, text. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+\S/;
/** Share of non-blank lines that are headings or list items in a notes file. */
const NOTES_SHARE = 0.5;

/**
 * Why a file read as an article with no date and no reporter is the user's notes, or null: at
 * least half of its non-blank lines are Markdown headings or list items, with two headings or
 * five items, or every line is one (a short memo: `# 메모` and two items). A page copy or an
 * article saved as Markdown (`# headline`, paragraphs) is mostly paragraphs; an article with a
 * date or a byline is never judged here.
 */
export function notesReason(
  text: string,
  article: { date: string | null; reporters: readonly unknown[] },
): string | null {
  if (article.date || article.reporters.length) return null;
  const lines = text.split("\n").filter((l) => l.trim());
  const headings = lines.filter((l) => HEADING.test(l)).length;
  const items = lines.filter((l) => !HEADING.test(l) && LIST_ITEM.test(l)).length;
  const whole = lines.length >= 2 && headings + items === lines.length && headings > 0;
  if (headings < 2 && items < 5 && !whole) return null;
  if (headings + items < lines.length * NOTES_SHARE) return null;
  return `기사 아님: 메모 파일(${lines.length}줄에 Markdown 제목 ${headings}개, 목록 항목 ${items}개, 날짜와 바이라인 없음). 기사라면 날짜나 바이라인이 있습니다`;
}
