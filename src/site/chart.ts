/**
 * Mentions per month as an inline SVG bar chart, generated at build time: no chart library and
 * no script in the browser. Accessible as an image with a title and a description (WAI-ARIA
 * `role="img"` + `aria-labelledby`, https://www.w3.org/WAI/tutorials/images/complex/ and SVG 2
 * §5.9 title/desc), and the description names the busiest months in words. Colours come from
 * CSS (`currentColor` and classes styled in assets/entities.css), so dark mode works.
 */

/** One month of the series: `month` is `YYYY-MM` (Korea time), `count` ≥ 0. */
export interface MonthCount {
  month: string;
  count: number;
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `2024-03` → the next month `2024-04`. */
function nextMonth(m: string): string {
  const [y, mo] = m.split("-").map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

/** `2024-03` → `2024년 3월`. */
export const monthName = (m: string) => `${m.slice(0, 4)}년 ${Number(m.slice(5, 7))}월`;

/**
 * Fills the months between the first and last of `counts` with zeros, in order.
 * At most `maxMonths` (default 240, twenty years) are kept, the most recent.
 */
export function fillMonths(counts: Map<string, number>, maxMonths = 240): MonthCount[] {
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const out: MonthCount[] = [];
  for (let m = keys[0]; m <= keys[keys.length - 1]; m = nextMonth(m)) out.push({ month: m, count: counts.get(m) ?? 0 });
  return out.slice(-maxMonths);
}

/**
 * The chart's SVG markup, or "" for an empty series.
 * @param series months in order (see {@link fillMonths})
 * @param name the entity's name, for the title and description
 * @param idBase prefix for the title/desc element ids (unique within the page)
 * @param unit what is counted: `{ what: "언급", counter: "회" }` (mentions, the default) or
 *   `{ what: "기사", counter: "건" }` (articles)
 * Size: a 640×150 viewBox scaled to the container width by CSS; one bar per month.
 */
export function mentionsChart(series: MonthCount[], name: string, idBase = "mentions-chart", unit = { what: "언급", counter: "회" }): string {
  if (!series.length) return "";
  const W = 640, H = 150, left = 34, right = 8, top = 10, bottom = 24;
  const plotW = W - left - right, plotH = H - top - bottom;
  const max = Math.max(1, ...series.map((s) => s.count));
  const step = plotW / series.length;
  const barW = Math.max(1, Math.min(step * 0.8, 28));
  const total = series.reduce((a, s) => a + s.count, 0);
  const busiest = [...series].filter((s) => s.count > 0).sort((a, b) => b.count - a.count || b.month.localeCompare(a.month)).slice(0, 3);
  const c = unit.counter;
  const title = `${name}: 월별 ${unit.what} ${unit.what === "언급" ? "횟수" : "수"}`;
  const desc = `${monthName(series[0].month)}부터 ${monthName(series[series.length - 1].month)}까지 ${series.length}개월 동안 ${unit.what} 모두 ${total}${c}. `
    + `가장 많은 달: ${busiest.map((s) => `${monthName(s.month)} ${s.count}${c}`).join(", ")}.`;
  const parts: string[] = [
    `<svg class="mentions-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${idBase}-title ${idBase}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${idBase}-title">${escapeXml(title)}</title>`,
    `<desc id="${idBase}-desc">${escapeXml(desc)}</desc>`,
    `<line class="axis" x1="${left}" y1="${top + plotH}" x2="${W - right}" y2="${top + plotH}"/>`,
    `<text class="tick" x="${left - 4}" y="${top + 4}" text-anchor="end">${max}</text>`,
    `<text class="tick" x="${left - 4}" y="${top + plotH}" text-anchor="end">0</text>`,
  ];
  // Year ticks: at each January, or at the first month when the series starts mid-year; thinned
  // so labels never overlap (about 36 px each).
  const yearEvery = Math.max(1, Math.ceil(36 / (step * 12)));
  series.forEach((s, i) => {
    const x = left + i * step + (step - barW) / 2;
    const h = (s.count / max) * plotH;
    if (s.count > 0) {
      parts.push(`<rect class="bar" x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${monthName(s.month)}: ${s.count}${c}</title></rect>`);
    }
    const year = Number(s.month.slice(0, 4));
    const isTick = s.month.endsWith("-01") || i === 0;
    if (isTick && (i === 0 || year % yearEvery === 0)) {
      const label = series.length <= 12 ? monthName(s.month) : String(year);
      parts.push(`<text class="tick" x="${(left + i * step).toFixed(1)}" y="${H - 6}">${label}</text>`);
    }
  });
  if (series.length <= 12 && series.length > 1) {
    const last = series[series.length - 1];
    parts.push(`<text class="tick" x="${W - right}" y="${H - 6}" text-anchor="end">${monthName(last.month)}</text>`);
  }
  parts.push("</svg>");
  return parts.join("");
}
