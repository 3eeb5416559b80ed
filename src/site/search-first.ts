/**
 * The first page of a name's search, written at build: for each company and person with
 * articles, the rows the search page shows first when the query is that name alone
 * (`/assets/search-first/<file>.json`, {@link FirstPage}). A name query's results are the
 * articles that carry its token (src/site/search-words.ts), newest first (src/search/plan.ts
 * resultOrder), so the build knows its first page: the page paints it as soon as the words
 * name the entity, without waiting for Pagefind, whose answer (the whole list, about
 * 130–390 ms of its WebAssembly at 10,000 articles) then completes it from the next row on.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { articleSearchText } from "../search/index.ts";
import { bodyText, excerpt, markRule } from "../search/excerpt.ts";
import type { ResultRow } from "../search/html.ts";
import { PAGE_SIZE } from "../search/plan.ts";
import type { Dictionaries } from "../core/dictionaries.ts";
import type { Archive } from "./archive.ts";
import {
  articleSearchWords,
  buildSearchData,
  firstPageFile,
  nameMatcher,
  type SearchData,
} from "./search-data.ts";
import { eachWordPage, type WordPageOptions } from "./search-first-words.ts";
import { FIRST_DIR } from "../search/names.ts";

/** One name's first page: its file name (without `.json`) and rows (root-absolute URLs). */
export interface FirstPage {
  file: string;
  rows: ResultRow[];
}

export { FIRST_DIR };

/**
 * Writes every first page, names' and frequent words', into `<outputDir>/assets/search-first/`
 * as `<file>.json` (the rows as JSON, nothing else), with the file system: at 10,000 articles
 * they are some 9,000 files, and as Eleventy pages (a pagination Eleventy would write unchanged)
 * they made the build ×2.74 plain Eleventy + Pagefind's time and ×1.02 its memory, against ×2.39
 * and ×0.80 written here (README, benchmark). Word pages are written as they are made, so
 * their rows are never all held at once; `words` sets which words get one
 * (src/site/search-first-words.ts). Returns how many files were written.
 */
export function writeFirstPages(
  outputDir: string,
  archive: Archive,
  dicts: Dictionaries,
  words: WordPageOptions = {},
): number {
  const dir = path.join(outputDir, FIRST_DIR);
  let written = 0;
  const write = ({ file, rows }: FirstPage) => {
    if (!written) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${file}.json`), JSON.stringify(rows));
    written++;
  };
  // Words first: the search data then lists them without ranking the archive again.
  eachWordPage(archive, nameMatcher(dicts).grammar, write, words);
  for (const page of nameFirstPages(archive, dicts, buildSearchData(archive, dicts))) write(page);
  return written;
}

/**
 * The first page of every company and person of `data` that a name search finds: its first
 * {@link PAGE_SIZE} articles in the archive's order (newest first, undated last), those that
 * carry its token; the entity's `first` names the file.
 */
export function nameFirstPages(
  archive: Archive,
  dicts: Dictionaries,
  data: SearchData,
  size = PAGE_SIZE,
): FirstPage[] {
  const matcher = nameMatcher(dicts);
  const wanted = new Map(
    data.entities
      .filter((e) => e.first)
      .map((e) => [e.name, { entity: e, rows: [] as ResultRow[] }]),
  );
  let open = wanted.size;
  for (const a of archive.articles) {
    if (!open) break;
    let text: string | undefined; // the article's text, made once for all its names
    for (const n of articleSearchWords(a, matcher).names) {
      const w = wanted.get(n);
      if (!w || w.rows.length >= size) continue;
      const part = { text: n, stem: n, entities: [w.entity], related: [], terms: [] };
      text ??= bodyText(articleSearchText(a), a.title);
      w.rows.push({
        url: a.url,
        title: a.title,
        outlet: a.outlet?.name ?? "",
        date: a.dateDisplay,
        excerpt: excerpt(text, markRule([part], matcher.grammar)),
      });
      if (w.rows.length === size) open--;
    }
  }
  return [...wanted.values()].map((w) => ({ file: firstPageFile(w.entity.name), rows: w.rows }));
}
