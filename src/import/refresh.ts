/**
 * Entities for a hand-edited article. A re-import never overwrites an article the user edited
 * (SPEC §2), yet its companies, people and tags are derived data: when the dictionaries learn a
 * name that the article's own (edited) text holds, the entity pages should list it as search
 * finds it. So the names the current dictionaries find in the user's text are added to its
 * front matter lists, nothing else changes (the body's bytes, the other fields, the YAML's
 * comments and layout stay), the report says what was added, and a name the user took out of a
 * list is never put back (the manifest records every name sillok put in).
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { markdownToText, parseArticleFile, splitFrontMatter } from "../core/article.ts";
import type { EntityExtractor } from "../entities/extract.ts";
import type { Article } from "../core/article.ts";
import { folderDateProblem } from "../core/dates.ts";
import type { ArticleStore, SourceRef } from "./store.ts";

/** The front matter lists of entities, by field name. */
export const ENTITY_FIELDS = ["companies", "people", "tags"] as const;

/** The `kind:name` keys of an article's entity lists, as the manifest records them. */
export function entityKeys(meta: Record<(typeof ENTITY_FIELDS)[number], string[]>): string[] {
  return ENTITY_FIELDS.flatMap((f) => meta[f].map((n) => `${f}:${n}`));
}

/**
 * Adds to the hand-edited article at `relPath` (under the store's root) the entities the
 * extractor finds in its text that its lists lack and that sillok never put in before.
 * @returns the report line (`entities added to your edited article: …`), or null when nothing
 *   was added or the file cannot be read (it is left as it is; `sillok check` names it).
 */
export function addEntities(
  store: ArticleStore,
  relPath: string,
  entities: EntityExtractor,
): string | null {
  const abs = path.join(store.root, relPath);
  const text = readFileSync(abs, "utf8");
  let parsed: ReturnType<typeof parseArticleFile>;
  try {
    parsed = parseArticleFile(text);
  } catch {
    return null;
  }
  const { meta, body } = parsed;
  const found = entities.extract({
    title: meta.title,
    subtitle: meta.subtitle,
    paragraphs: markdownToText(body).split(/\n{2,}/),
    captions: meta.captions,
  });
  const offered = store.entitiesOf(relPath);
  const added = ENTITY_FIELDS.map(
    (f) => [f, found[f].filter((n) => !meta[f].includes(n) && !offered.has(`${f}:${n}`))] as const,
  ).filter(([, names]) => names.length);
  if (!added.length) return null;
  const { yaml, body: rawBody } = splitFrontMatter(text);
  const doc = YAML.parseDocument(yaml);
  for (const [f, names] of added) doc.set(f, [...meta[f], ...names]);
  const mentions = Object.fromEntries(
    added.flatMap(([, names]) =>
      names.filter((n) => found.mentions[n]).map((n) => [n, found.mentions[n]]),
    ),
  );
  if (Object.keys(mentions).length) doc.set("mentions", { ...meta.mentions, ...mentions });
  const tmp = `${abs}.tmp-${process.pid}`;
  writeFileSync(tmp, `---\n${doc.toString({ lineWidth: 0 })}---\n\n${rawBody}`);
  renameSync(tmp, abs);
  store.recordEntities(
    relPath,
    added.flatMap(([f, names]) => names.map((n) => `${f}:${n}`)),
  );
  return `손으로 고친 기사에 항목을 더했습니다(사전이 글에서 찾은 이름; 글은 그대로): ${added.map(([f, names]) => `${f} ${names.join(", ")}`).join("; ")}`;
}

/**
 * The date the user wrote into an article sillok could not date. A re-import (with --force too)
 * writes sillok's version, but a date sillok did not read is no reading of sillok's to put in
 * the user's place: the user's date stays (with its `dateSource`, `manual` when the user left
 * `none`), and so does the month folder the user filed the article under. Taken from a
 * hand-edited copy with a date, or from any copy whose `dateSource` is `manual` (sillok never
 * writes it, so such a date is the user's, kept by an earlier run); only a date that fits the
 * folder the copy is in (a file left in `undated/` with a date is the user's unfinished move,
 * which `sillok check` names).
 * @returns sillok's article with the user's date and the report's line, or null when sillok's
 *   version has a date or no copy holds a date of the user's.
 */
export function usersDate(
  store: ArticleStore,
  relPath: string,
  source: SourceRef,
  article: Article,
): { article: Article; note: string } | null {
  if (article.meta.date) return null;
  const copy = store.currentCopy(relPath, source);
  if (!copy) return null;
  let meta: Article["meta"];
  try {
    meta = parseArticleFile(readFileSync(path.join(store.root, copy.path), "utf8")).meta;
  } catch {
    return null;
  }
  const { date, dateSource } = meta;
  if (!date || (!copy.edited && dateSource !== "manual")) return null;
  if (folderDateProblem(copy.path, date)) return null;
  const kept = { ...article.meta, date, dateSource: dateSource === "none" ? "manual" : dateSource };
  const note = `sillok은 이 기사의 날짜를 읽지 못해, 손으로 적은 날짜 ${date}를 그대로 두었습니다`;
  return { article: { ...article, meta: kept }, note };
}
