/**
 * The hand-labelled gold table (test/fixtures/gold-import.yaml) compared with the importer's
 * output: one list of differences per file. Shared by the gold test and by anyone checking a
 * change by hand (`node --import tsx test/import-gold.ts`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { cleanText } from "../../src/decode/clean.ts";
import { decodeBytes } from "../../src/decode/decode.ts";
import { createParseContext, parseArticle } from "../../src/parse/index.ts";
import { projectRoot } from "../../src/core/paths.ts";
import { CORPUS } from "../helpers.ts";

/** One labelled file (see the header of gold-import.yaml for the conventions). */
export interface GoldEntry {
  file: string;
  outlet: string | null;
  title: string | null;
  subtitle?: string;
  date: string | null;
  reporters: string[];
  body_first: string;
  body_last: string;
  paragraphs: number;
  notes?: string;
}

/** Gold values are compared after NFC (SPEC §4) and with whitespace runs collapsed. */
const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

export function loadGold(): GoldEntry[] {
  return YAML.parse(
    readFileSync(path.join(projectRoot, "test", "fixtures", "gold-import.yaml"), "utf8"),
  );
}

/** The differences between the importer's reading of `g.file` and its label; [] when exact. */
export function goldDiff(g: GoldEntry, ctx = createParseContext()): string[] {
  const decoded = decodeBytes(readFileSync(path.join(CORPUS, g.file)));
  if (!decoded.ok) return [`not decoded: ${decoded.reason}`];
  const a = parseArticle({ file: g.file, text: cleanText(decoded.text) }, ctx);
  if ("skip" in a) return [`skipped: ${a.skip}`];
  const diffs: string[] = [];
  const eq = (field: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      diffs.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  eq("outlet", a.outlet, g.outlet);
  eq("title", a.titleFromBody ? null : norm(a.title), g.title === null ? null : norm(g.title));
  eq("subtitle", a.subtitle ? norm(a.subtitle) : null, g.subtitle ? norm(g.subtitle) : null);
  eq("date", a.date, g.date);
  eq(
    "reporters",
    a.reporters.map((r) => r.name),
    g.reporters,
  );
  const first = norm(a.paragraphs[0] ?? "");
  const last = norm(a.paragraphs[a.paragraphs.length - 1] ?? "");
  if (!first.startsWith(norm(g.body_first)))
    diffs.push(
      `body_first: got ${JSON.stringify(first.slice(0, 60))}, want ${JSON.stringify(g.body_first)}`,
    );
  if (!last.endsWith(norm(g.body_last)))
    diffs.push(
      `body_last: got ${JSON.stringify(last.slice(-60))}, want ${JSON.stringify(g.body_last)}`,
    );
  eq("paragraphs", a.paragraphs.length, g.paragraphs);
  return diffs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ctx = createParseContext();
  let exact = 0;
  for (const g of loadGold()) {
    const d = goldDiff(g, ctx);
    if (!d.length) exact++;
    else console.log(`${g.file}\n  ${d.join("\n  ")}`);
  }
  console.log(`exact: ${exact}/${loadGold().length}`);
}
