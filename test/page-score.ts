/**
 * Scoring of the importer on real page copies (../shared/corpus/web): every raw file through the
 * importer's own conversion (the code `sillok import` runs), compared field by field with the
 * hand-written gold by the corpus README's labelling rules. Shared by web-corpus.test.ts and by a
 * hand check: `node --import tsx test/page-score.ts [a|b] [field]` prints figures and misses.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { convertFile, createImportContext, type Converted } from "../src/import/index.ts";
import { SHARED } from "./helpers.ts";

export const WEB = path.join(SHARED, "corpus", "web");

/** One gold label (corpus README, "Labelling rules"). */
export interface WebGold {
  file: string;
  url: string;
  title: string;
  outlet: string | null;
  /** ISO 8601 with +09:00, a bare day `YYYY-MM-DD`, or null. */
  date: string | null;
  reporters: string[];
  /** null for a headline-only item: the body must be empty. */
  body_first: string | null;
  notes: string;
}

export type Field =
  "imported" | "title" | "outlet" | "date" | "reporters" | "body_first" | "furniture";
export const FIELDS: Field[] = [
  "imported",
  "title",
  "outlet",
  "date",
  "reporters",
  "body_first",
  "furniture",
];

/** One wrong field of one file, with a kind to group misses by. */
export interface Miss {
  file: string;
  field: Field;
  kind: string;
  got: unknown;
  want: unknown;
}

/** Gold text is compared after NFC and with whitespace runs collapsed (README). */
export const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * Page furniture that must not be left in a body: the evaluation's own yardstick, independent of
 * the importer's data files: phrases of menus, buttons, boxes and notices no article sentence uses,
 * and the heads of boxes (`관련기사`, `많이 본 뉴스`) at the start of a paragraph, where a box stands
 * (an article about a portal's 요약봇 may name it in a sentence).
 */
const FURNITURE = [
  /본문\s?바로가기/,
  /전체\s?메뉴/,
  /메뉴\s?(?:열기|닫기)/,
  /로그인/,
  /회원가입/,
  /글자\s?크기/,
  /글씨\s?크기/,
  /폰트\s?크기/,
  /(?:^|\s)(?:인쇄|프린트|공유|스크랩)(?:하기)?\s*$/,
  /URL\s?복사/i,
  /링크\s?복사/,
  /페이스북\s+트위터/,
  /카카오톡\s+(?:페이스북|트위터|밴드)/,
  /^(?:가장\s?)?많이\s?본\s?(?:뉴스|기사)/,
  /^(?:인기|관련|추천|주요)\s?(?:기사|뉴스)/,
  /구독\s?(?:하기|신청)/,
  /뉴스레터/,
  /무단\s?(?:전재|복제|배포)/,
  /재배포\s?금지/,
  /저작권자/,
  /ⓒ|©/,
  /댓글\s?(?:쓰기|작성|\d)/,
  /^AI\s?요약/i,
  /^(?:본문\s?)?요약봇/,
  /가나다라마바사/,
  /기사\s?제보/,
  /(?:^|\s)광고(?:\s|$)/,
  /바로가기$/,
  /(?:^|\s)(?:입력|수정|승인|등록|기사입력)\s?[:|]?\s?20\d\d[.\-]/,
];

/** The furniture phrase found in a body, or null. */
export function furnitureIn(paragraphs: string[]): string | null {
  for (const p of paragraphs)
    for (const re of FURNITURE) {
      const m = re.exec(p);
      if (m) return m[0];
    }
  return null;
}

export function loadWebGold(set: "a" | "b" | "ab" = "ab"): WebGold[] {
  const read = (s: string): WebGold[] =>
    JSON.parse(readFileSync(path.join(WEB, `gold-${s}.json`), "utf8"));
  return set === "ab" ? [...read("a"), ...read("b")] : read(set);
}

/** How a date miss is grouped. */
function dateKind(got: string | null, want: string | null): string {
  if (want === null) return "date where the page shows none";
  if (got === null) return "date not read";
  if (got.slice(0, 10) === want.slice(0, 10)) return "right day, wrong time";
  return "wrong day";
}

/** Compares one conversion with its gold; [] when every field is right. */
export function scoreFile(g: WebGold, result: Converted | { skip: string }): Miss[] {
  const misses: Miss[] = [];
  const miss = (field: Field, kind: string, got: unknown, want: unknown) =>
    misses.push({ file: g.file, field, kind, got, want });
  if ("skip" in result) {
    miss("imported", "skipped", result.skip, "an article");
    for (const f of FIELDS.slice(1, -1))
      miss(
        f,
        "not imported",
        null,
        (g as unknown as Record<string, unknown>)[f === "title" ? "title" : f],
      );
    return misses;
  }
  const { meta, paragraphs } = result.article;
  if (norm(meta.title) !== norm(g.title))
    miss(
      "title",
      meta.title.length > 60 ? "title too long" : "other line as title",
      meta.title,
      g.title,
    );
  if (meta.outlet !== g.outlet)
    miss("outlet", meta.outlet === null ? "outlet empty" : "other outlet", meta.outlet, g.outlet);
  // A day-only gold date: the article model holds a full ISO time, so only its day is scored.
  const got =
    meta.date === null ? null : g.date?.length === 10 ? meta.date.slice(0, 10) : meta.date;
  if (got !== g.date) miss("date", dateKind(meta.date, g.date), meta.date, g.date);
  const names = meta.reporters.map((r) => r.name);
  if (JSON.stringify([...names].sort()) !== JSON.stringify([...g.reporters].sort())) {
    const kind = !names.length
      ? "reporters not read"
      : !g.reporters.length
        ? "reporter where none is bylined"
        : g.reporters.every((n) => names.includes(n))
          ? "extra names"
          : "missing or wrong names";
    miss("reporters", kind, names, g.reporters);
  }
  const body = norm(paragraphs.join(" "));
  if (g.body_first === null) {
    if (body) miss("body_first", "text where the page has none", body.slice(0, 40), null);
  } else if (!body.startsWith(norm(g.body_first))) {
    const at = body.indexOf(norm(g.body_first));
    miss(
      "body_first",
      at > 0 ? "furniture or header before the body" : "body start not found",
      body.slice(0, 40),
      g.body_first,
    );
  }
  const furn = furnitureIn(paragraphs);
  if (furn) miss("furniture", `furniture in body`, furn, null);
  return misses;
}

export interface WebScore {
  total: number;
  right: Record<Field, number>;
  misses: Miss[];
}

/**
 * Imports every raw file named in the gold through the importer and scores it.
 * @param rawDir the folder of the page copies (default: the web corpus's raw/)
 */
export function scoreWeb(gold: WebGold[], rawDir: string = path.join(WEB, "raw")): WebScore {
  const ctx = createImportContext();
  const files = new Set(readdirSync(rawDir));
  const misses: Miss[] = [];
  for (const g of gold) {
    if (!files.has(g.file)) throw new Error(`gold names ${g.file}, which is not in raw/`);
    const bytes = readFileSync(path.join(rawDir, g.file));
    let result: Converted | { skip: string };
    try {
      result = convertFile(bytes, g.file, ctx);
    } catch (e) {
      result = { skip: `threw: ${(e as Error).message}` };
    }
    misses.push(...scoreFile(g, result));
  }
  const right = Object.fromEntries(
    FIELDS.map((f) => [f, gold.length - misses.filter((m) => m.field === f).length]),
  ) as Record<Field, number>;
  return { total: gold.length, right, misses };
}

/** The report: every figure, then every miss grouped by field and kind. */
export function formatScore(s: WebScore, label: string, only?: string): string {
  const pct = (n: number) => `${((100 * n) / s.total).toFixed(1)}%`;
  const lines = [`${label}: ${s.total} files`];
  for (const f of FIELDS) {
    const n = f === "furniture" ? s.total - s.right[f] : s.right[f];
    lines.push(
      `  ${f.padEnd(10)} ${f === "furniture" ? "in" : "right"} ${n}/${s.total} (${pct(n)})`,
    );
  }
  for (const f of FIELDS) {
    if (only && f !== only) continue;
    const ms = s.misses.filter((m) => m.field === f && m.kind !== "not imported");
    if (!ms.length) continue;
    lines.push(`-- ${f} misses (${ms.length})`);
    const kinds = [...new Set(ms.map((m) => m.kind))];
    for (const k of kinds) {
      lines.push(`   ${k}:`);
      for (const m of ms.filter((x) => x.kind === k))
        lines.push(`     ${m.file}: got ${JSON.stringify(m.got)} want ${JSON.stringify(m.want)}`);
    }
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = (process.argv[2] ?? "ab") as "a" | "b" | "ab";
  console.log(formatScore(scoreWeb(loadWebGold(set)), `gold-${set}`, process.argv[3]));
}
