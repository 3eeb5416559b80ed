/**
 * The article contract of SPEC §4: one type, one serializer and one reader, used by the
 * importer when it writes `articles/**.md` and by the site when it reads them back.
 *
 * File shape: `---\n<YAML front matter>\n---\n\n<Markdown body>\n`. The front matter ends at the
 * first line that is exactly `---`; the YAML writer never emits such a line inside a value (it
 * quotes or indents), so a `---` line in the body can never end the front matter early.
 */
import YAML from "yaml";
import { readFrontMatterFast, writeFrontMatterFast } from "./frontmatter-fast.ts";
import { articleMetaSchema, DATE_SOURCES, writtenMeta } from "./article-schema.ts";
import { fieldMessage, schemaProblems, type Problem } from "./problems.ts";
import { explainYamlError, quotedLine, type YamlError } from "./yaml-errors.ts";

/** Where the `date` field came from. */
export type DateSource = (typeof DATE_SOURCES)[number];

/**
 * An author named in a byline or signature: `{name, email?, role?}`. `email` only when the text
 * gives one. `role` is the author's role as the byline writes it (`특파원`, `논설위원`, `편집인`,
 * `칼럼니스트`, `여행기자`, `미술평론가`, `가나대 교수`), absent for the default role, 기자 (a staff
 * reporter): files written before the field existed are valid and mean 기자, and the article
 * page prints `name role`, 기자 when there is none.
 */
export interface Reporter {
  name: string;
  email?: string;
  role?: string;
}

/** A photo caption; `credit` is the photo agency or source (`연합뉴스`, `회사 제공`). */
export interface Caption {
  text: string;
  credit?: string;
}

/** The raw input file an article came from. `sha256` is of the raw bytes, hex. */
export interface SourceRef {
  file: string;
  sha256: string;
  encoding: string;
  layout?: string;
}

/** Front matter of one article (SPEC §4). Field names are English; values as the text gives them. */
/**
 * Notes that `file` holds an article of the source whose hash is `sha256`, in `firsts` (source
 * hash → the first file noted of it). One source gives one article, so a second file of a source
 * is a copy made by hand, which the site would list twice.
 * @returns the file noted earlier of the same source, or undefined when `file` is the first
 */
export function earlierOfSource(
  firsts: Map<string, string>,
  sha256: string,
  file: string,
): string | undefined {
  const first = firsts.get(sha256);
  if (first === undefined) firsts.set(sha256, file);
  return first;
}

export interface ArticleMeta {
  title: string;
  subtitle?: string;
  outlet: string | null;
  /** ISO 8601 with `+09:00` (Asia/Seoul), or null when the input gives no date. Never invented. */
  date: string | null;
  dateSource: DateSource;
  reporters: Reporter[];
  tags: string[];
  companies: string[];
  people: string[];
  /** Mention counts per entity display name, from body and captions. */
  mentions?: Record<string, number>;
  captions: Caption[];
  copyright: string | null;
  source: SourceRef;
}

/** A whole article: front matter plus body paragraphs (plain text, one string each). */
export interface Article {
  meta: ArticleMeta;
  /** Body paragraphs as plain text (not Markdown); see {@link bodyToMarkdown}. */
  paragraphs: string[];
}

/**
 * Error thrown by {@link parseArticleFile} when a file is not a readable article, and by
 * {@link serializeArticle} when a record breaks the contract. `problems` name the fields (their
 * `file` is "": the caller knows it).
 */
export class ArticleFormatError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [{ file: "", field: "", message }],
  ) {
    super(message);
  }
}

const FIELD_ORDER: (keyof ArticleMeta)[] = [
  "title",
  "subtitle",
  "outlet",
  "date",
  "dateSource",
  "reporters",
  "tags",
  "companies",
  "people",
  "mentions",
  "captions",
  "copyright",
  "source",
];

/**
 * Escapes the characters that Markdown (CommonMark, as markdown-it reads it) would turn into
 * markup, so that a paragraph renders exactly as its text. Rules from the CommonMark spec
 * §2.4 (backslash escapes), §4 (leaf blocks: headings, thematic breaks, lists, quotes, tables).
 */
export function escapeMarkdown(text: string): string {
  // Only what would become markup is escaped, so hand-edited files stay readable: `<` only
  // where an autolink or tag could start (`<https://…>`, `<b>`; 《사진》 and <사진> stay as they
  // are: raw HTML is off and Hangul starts no tag), and no `|` (a one-line paragraph is never a
  // table) or mid-line `>` (only a line-leading `>` quotes).
  let s = text.replace(/([\\`*_[\]~])/g, "\\$1").replace(/<(?=[A-Za-z/!?])/g, "\\<");
  // Line-leading block markers: # heading, > quote, - + list/thematic break, = setext, 1. list.
  s = s.replace(/^(\s*)([#>+=-])/gm, "$1\\$2");
  s = s.replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
  // Four leading spaces would make an indented code block.
  s = s.replace(/^[ \t]+/gm, "");
  // Entities such as &amp; would be decoded by Markdown; keep the ampersand literal.
  s = s.replace(/&(?=[#A-Za-z0-9]+;)/g, "&amp;");
  return s;
}

/** How a body paragraph's list item opens (`• 항목`): a paragraph of such lines is a list. */
export const LIST_ITEM = "• ";

/**
 * Markdown body for paragraphs: each paragraph escaped, blank line between. A paragraph of
 * several lines each opened by {@link LIST_ITEM} (a bulleted list of the page) is a Markdown
 * list (`- 항목`, CommonMark §5.2 bullet list items); one of other lines (the rows of a text
 * table, parse/text.ts isTableRow) keeps its lines, joined by hard line breaks, with `|`
 * escaped so Markdown never turns the rows into an HTML table.
 */
export function bodyToMarkdown(paragraphs: string[]): string {
  return paragraphs
    .map((p) => {
      const lines = p
        .split(/\n+/)
        .map((l) => l.trim())
        .filter(Boolean);
      if (lines.length > 1 && lines.every((l) => l.startsWith(LIST_ITEM)))
        return lines.map((l) => `- ${escapeMarkdown(l.slice(LIST_ITEM.length))}`).join("\n");
      return lines.length > 1
        ? lines.map((l) => escapeMarkdown(l).replace(/\|/g, "\\|")).join("\\\n")
        : escapeMarkdown(lines[0] ?? "");
    })
    .join("\n\n");
}

/**
 * The text a reader sees in a body written by {@link bodyToMarkdown}: escapes undone, hard line
 * breaks (table rows) as line breaks, list items with their bullet ({@link LIST_ITEM}: a
 * paragraph's leading `-` is always escaped, so an unescaped one opens an item), `&amp;` before
 * an entity-like word back to `&`.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^- /gm, LIST_ITEM)
    .replace(/\\\n/g, "\n")
    .replace(/\\(.)/g, "$1")
    .replace(/&amp;(?=[#A-Za-z0-9]+;)/g, "&");
}

/** Body and captions of an article as one text, the way the entity stage read them (for discovery over written articles). */
export function articleText(meta: Pick<ArticleMeta, "captions">, markdown: string): string {
  return [markdownToText(markdown), ...(meta.captions ?? []).map((c) => c.text)].join("\n");
}

/** Orders and cleans the front matter for writing: drops undefined/empty optional fields. */
function orderedMeta(meta: ArticleMeta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) {
    const v = meta[key];
    if (v === undefined) continue;
    if (
      (key === "subtitle" || key === "mentions") &&
      (v === "" || (typeof v === "object" && v && Object.keys(v).length === 0))
    )
      continue;
    out[key] = v;
  }
  return out;
}

/**
 * Serializes an article to the bytes of its `.md` file (UTF-8 text, LF, trailing newline). The
 * front matter is what the contract reads back ({@link readMeta}: the date canonical, lists
 * present), so writer and reader agree by construction.
 * @throws ArticleFormatError when `article.meta` breaks the contract (a bug of the caller)
 */
export function serializeArticle(article: Article): string {
  const meta = orderedMeta(writtenMeta(article.meta) ?? readMeta(article.meta));
  const yaml =
    writeFrontMatterFast(meta) ??
    YAML.stringify(meta, { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" });
  return `---\n${yaml}---\n\n${bodyToMarkdown(article.paragraphs)}\n`;
}

/** Splits a `.md` file into its YAML front matter text and Markdown body. */
export function splitFrontMatter(text: string): { yaml: string; body: string } {
  // Copies of the whole file only when needed: most files have neither a BOM nor CR.
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const src = noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
  if (!src.startsWith("---\n"))
    throw new ArticleFormatError("front matter가 없습니다. 파일 첫 줄은 '---'여야 합니다");
  const end = src.indexOf("\n---\n", 3);
  const endAtEof = src.endsWith("\n---") ? src.length - 4 : -1;
  const stop = end >= 0 ? end : endAtEof;
  if (stop < 0)
    throw new ArticleFormatError("front matter가 닫히지 않았습니다. 끝에 '---' 줄을 쓰세요");
  // The body after its blank lines, cut (not copied by a replace: it is read once and dropped).
  let from = stop + 5;
  while (src.charCodeAt(from) === 10) from++;
  return { yaml: src.slice(4, stop + 1), body: src.slice(from) };
}

/**
 * The front matter of parsed YAML as the contract reads it ({@link articleMetaSchema}); `data`
 * is not changed.
 * @throws ArticleFormatError naming every field that breaks the contract and its fix, e.g.
 *   `date — "2024-13-01"은 날짜가 아닙니다. YYYY-MM-DD 또는 ISO 8601로 고치세요`
 */
export function readMeta(data: unknown): ArticleMeta {
  const parsed = articleMetaSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = schemaProblems(articleMetaSchema, data, "");
  throw new ArticleFormatError(problems.map(fieldMessage).join("; "), problems);
}

/**
 * The message for a YAML error in front matter, in Korean like every message of sillok: the line
 * of the FILE (front matter line + 1 for the opening `---`) and that line's text, and what is
 * wrong with the fix (yaml-errors.ts), e.g.
 * `front matter의 YAML을 읽을 수 없습니다: 2번째 줄 "title: 제목: 부제". 값 안에 콜론(:)이 있습니다. …`.
 */
function yamlErrorLine(e: YamlError, yaml: string): string {
  const { line, lineText, fix } = explainYamlError(e, yaml);
  const head = "front matter의 YAML을 읽을 수 없습니다";
  if (!line) return `${head}. ${fix}`;
  return `${head}: ${line + 1}번째 줄${quotedLine(lineText)}. ${fix}`;
}

/** Reads an article file's text: front matter (validated) and the Markdown body as written. */
export function parseArticleFile(text: string): { meta: ArticleMeta; body: string } {
  const { yaml, body } = splitFrontMatter(text);
  let data: unknown = readFrontMatterFast(yaml);
  // The shape the importer writes is read without zod's general machinery (the same values).
  if (data) return { meta: writtenMeta(data) ?? readMeta(data), body };
  try {
    data = YAML.parse(yaml);
  } catch (e) {
    throw new ArticleFormatError(yamlErrorLine(e as YamlError, yaml));
  }
  return { meta: readMeta(data), body };
}
