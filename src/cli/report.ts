/**
 * The import report as people and machines read it: a summary table, then one line per skipped
 * file and per warning; or JSON with `--json`. The frame is Korean, like `sillok check` (SPEC §5:
 * names shown to people are Korean); the JSON keys stay English for scripts.
 */
import type { ImportReport } from "../import/index.ts";

const LABELS: [keyof ImportReport["counts"], string][] = [
  ["imported", "새로 가져옴"],
  ["updated", "고쳐 씀"],
  ["unchanged", "그대로(변경 없음)"],
  ["kept", "손대지 않음(손으로 고친 기사)"],
  ["skipped", "건너뜀"],
  ["failed", "실패"],
];

/** Terminal columns a label takes: a Hangul syllable is two (East Asian Wide), others one. */
const columns = (s: string): number =>
  s.length + (s.match(/[\u1100-\u11ff\uac00-\ud7a3]/g)?.length ?? 0);

/** Formats the report as plain text lines (no colours, so it reads the same in CI logs). */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  lines.push(
    `sillok import: 파일 ${report.results.length}개, ${report.sourcesDir} → ${report.articlesDir}`,
  );
  const width = Math.max(...LABELS.map(([, l]) => columns(l)));
  for (const [key, label] of LABELS)
    lines.push(
      `  ${label}${" ".repeat(width - columns(label))}  ${String(report.counts[key]).padStart(5)}`,
    );
  const layouts = new Map<string, number>();
  for (const r of report.results)
    if (r.layout) layouts.set(r.layout, (layouts.get(r.layout) ?? 0) + 1);
  if (layouts.size)
    lines.push(
      `  형식: ${[...layouts]
        .sort((a, b) => b[1] - a[1])
        .map(([l, n]) => `${l} ${n}`)
        .join(", ")}`,
    );
  const skipped = report.results.filter((r) => r.status === "skipped" || r.status === "failed");
  if (skipped.length) {
    lines.push("", "건너뛰었거나 실패한 파일:");
    for (const r of skipped)
      lines.push(`  ${r.file}: ${r.status === "failed" ? "실패 — " : ""}${r.reason}`);
  }
  if (report.orphans.length) {
    lines.push(
      "",
      `원본 파일이 ${report.sourcesDir}에서 사라진 기사(그대로 둡니다. 필요 없으면 직접 지우세요): ${report.orphans.length}개`,
    );
    for (const a of report.orphans.slice(0, 10)) lines.push(`  ${a}`);
    if (report.orphans.length > 10) lines.push(`  … 외 ${report.orphans.length - 10}개`);
  }
  // Files that did not change were warned about when they were imported: only new news here.
  const warned = report.results.filter((r) => r.warnings.length && r.status !== "unchanged");
  const quiet = report.results.filter((r) => r.warnings.length && r.status === "unchanged").length;
  if (quiet)
    lines.push(
      "",
      `(변경 없는 파일 ${quiet}개에는 처음 가져올 때 낸 경고가 있습니다. --json으로 모두 볼 수 있습니다)`,
    );
  if (warned.length) {
    lines.push("", "경고:");
    for (const r of warned) for (const w of r.warnings) lines.push(`  ${r.file}: ${w}`);
  }
  return lines.join("\n");
}

/** Machine-readable report (stable key order). */
export function reportJson(report: ImportReport): string {
  return JSON.stringify(report, null, 2);
}
