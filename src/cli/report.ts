/**
 * The import report as people and machines read it: a summary table, then one line per skipped
 * file and per warning; or JSON with `--json`.
 */
import type { ImportReport } from "../import/index.ts";

const LABELS: [keyof ImportReport["counts"], string][] = [
  ["imported", "imported (new)"],
  ["updated", "updated"],
  ["unchanged", "unchanged"],
  ["kept", "kept (changed by hand)"],
  ["skipped", "skipped"],
  ["failed", "failed"],
];

/** Formats the report as plain text lines (no colours, so it reads the same in CI logs). */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  lines.push(
    `sillok import: ${report.results.length} file(s) in ${report.sourcesDir} → ${report.articlesDir}`,
  );
  const width = Math.max(...LABELS.map(([, l]) => l.length));
  for (const [key, label] of LABELS)
    lines.push(`  ${label.padEnd(width)}  ${String(report.counts[key]).padStart(5)}`);
  const layouts = new Map<string, number>();
  for (const r of report.results)
    if (r.layout) layouts.set(r.layout, (layouts.get(r.layout) ?? 0) + 1);
  if (layouts.size)
    lines.push(
      `  layouts: ${[...layouts]
        .sort((a, b) => b[1] - a[1])
        .map(([l, n]) => `${l} ${n}`)
        .join(", ")}`,
    );
  const skipped = report.results.filter((r) => r.status === "skipped" || r.status === "failed");
  if (skipped.length) {
    lines.push("", "Skipped or failed:");
    for (const r of skipped)
      lines.push(`  ${r.file}: ${r.status === "failed" ? "FAILED — " : ""}${r.reason}`);
  }
  if (report.orphans.length) {
    lines.push(
      "",
      `Articles whose source file is gone from ${report.sourcesDir} (kept; delete them by hand if unwanted): ${report.orphans.length}`,
    );
    for (const a of report.orphans.slice(0, 10)) lines.push(`  ${a}`);
    if (report.orphans.length > 10) lines.push(`  … and ${report.orphans.length - 10} more`);
  }
  // Files that did not change were warned about when they were imported: only new news here.
  const warned = report.results.filter((r) => r.warnings.length && r.status !== "unchanged");
  const quiet = report.results.filter((r) => r.warnings.length && r.status === "unchanged").length;
  if (quiet)
    lines.push(
      "",
      `(${quiet} unchanged file(s) have warnings from their first import; --json lists them)`,
    );
  if (warned.length) {
    lines.push("", "Warnings:");
    for (const r of warned) for (const w of r.warnings) lines.push(`  ${r.file}: ${w}`);
  }
  return lines.join("\n");
}

/** Machine-readable report (stable key order). */
export function reportJson(report: ImportReport): string {
  return JSON.stringify(report, null, 2);
}
