/**
 * Mentions per month as an inline SVG bar chart, generated at build time: no chart library and
 * no script in the browser. Accessible as an image with a title and a description (WAI-ARIA
 * `role="img"` + `aria-labelledby`, https://www.w3.org/WAI/tutorials/images/complex/ and SVG 2
 * §5.9 title/desc), and the description names the busiest months in words. Colours come from
 * CSS (`currentColor` and classes styled in assets/entities.css), so dark mode works.
 *
 * Geometry: the SVG has no viewBox. It is as wide as its container (`width="100%"`) and
 * {@link CHART_HEIGHT} px high; horizontal positions are percentages of the width and vertical
 * ones are px, so the text keeps its CSS size (0.75rem) at any width instead of shrinking with
 * a scaled drawing on a phone. The series is laid out in `max(n, MIN_SLOTS)` equal slots,
 * centred, so one or two months sit in the middle with their labels under them. Axis labels are
 * chosen for two assumed plot widths, {@link NARROW_PX} (phones, CSS `max-width: 40rem`) and
 * {@link WIDE_PX}: a label is kept when it fits and does not touch the previous kept one at that
 * width; labels kept at one width only get the class `wide` or `narrow`, which entities.css hides
 * at the other.
 */

/** One month of the series: `month` is `YYYY-MM` (Korea time), `count` ≥ 0. */
export interface MonthCount {
  month: string;
  count: number;
}

/** Height of the chart in CSS px (plot, the maximum's label above it, the axis labels below). */
export const CHART_HEIGHT = 150;
/** Fewest slots the width is divided into: a lone month's bar is a slot wide at most, centred. */
export const MIN_SLOTS = 10;
/** Share of its slot a bar takes (the rest is the space between bars). */
export const BAR_SHARE = 0.7;
/** Plot width (CSS px) the phone labels are chosen for: a 360 px phone's column, less a margin. */
export const NARROW_PX = 320;
/** Plot width (CSS px) the wide labels are chosen for: the narrowest column above the 40rem breakpoint (a 641 px window less the page padding). */
export const WIDE_PX = 600;
/** Font size of the labels in px (entities.css sets `.mentions-chart .tick` to 0.75rem = 12 px). */
const FONT_PX = 12;
/** Space kept between two labels, px. */
const GAP_PX = 5;
const TOP = 22,
  BOTTOM = 40;
const PLOT_H = CHART_HEIGHT - TOP - BOTTOM;

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** `2024-03` → the next month `2024-04`. */
function nextMonth(m: string): string {
  const [y, mo] = m.split("-").map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

/** `2024-03` → `2024년 3월`. */
export const monthName = (m: string) => `${m.slice(0, 4)}년 ${Number(m.slice(5, 7))}월`;

/**
 * Estimated width of a label in px at `FONT_PX`: Hangul and other wide characters 1 em, digits
 * and Latin 0.62 em (system UI fonts; an over-estimate, so labels never touch).
 */
export function labelWidth(text: string, fontPx = FONT_PX): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11FF\u3000-\u9FFF\uAC00-\uD7A3]/.test(ch) ? 1 : 0.62;
  return em * fontPx;
}

/**
 * Fills the months between the first and last of `counts` with zeros, in order.
 * At most `maxMonths` (default 240, twenty years) are kept, the most recent.
 */
export function fillMonths(counts: Map<string, number>, maxMonths = 240): MonthCount[] {
  const keys = [...counts.keys()].sort();
  if (!keys.length) return [];
  const out: MonthCount[] = [];
  for (let m = keys[0]; m <= keys[keys.length - 1]; m = nextMonth(m))
    out.push({ month: m, count: counts.get(m) ?? 0 });
  return out.slice(-maxMonths);
}

/** An axis label before thinning: where it is anchored (percent of the width) and how. */
interface Label {
  text: string;
  x: number;
  anchor: "start" | "middle" | "end";
  row: 1 | 2;
}

/**
 * The labels that fit side by side in `widthPx`, taken in the order given (the first has
 * priority): a label is kept when it lies inside the width and keeps `GAP_PX` from every label
 * kept before it.
 */
function fitting(labels: Label[], widthPx: number): Set<Label> {
  const kept: [Label, number, number][] = [];
  for (const l of labels) {
    const w = labelWidth(l.text);
    const at = (l.x / 100) * widthPx;
    const from = l.anchor === "middle" ? at - w / 2 : l.anchor === "end" ? at - w : at;
    const to = from + w;
    if (from < 0 || to > widthPx) continue;
    // A label placed once is not placed again (the other placements of one label are alternatives).
    if (kept.some(([k]) => k.text === l.text && k.row === l.row)) continue;
    if (kept.some(([, a, b]) => from < b + GAP_PX && to > a - GAP_PX)) continue;
    kept.push([l, from, to]);
  }
  return new Set(kept.map(([l]) => l));
}

/**
 * A label for the bar from `barLeft` to `barRight` (percent): centred under it when that fits
 * in {@link NARROW_PX}, else from its left edge (at the chart's left) or to its right edge.
 */
function underBar(text: string, barLeft: number, barRight: number, row: 1 | 2): Label {
  const w = (labelWidth(text) / NARROW_PX) * 100;
  const mid = (barLeft + barRight) / 2;
  if (mid - w / 2 >= 0 && mid + w / 2 <= 100) return { text, x: mid, anchor: "middle", row };
  return barLeft + w <= 100
    ? { text, x: barLeft, anchor: "start", row }
    : { text, x: barRight, anchor: "end", row };
}

const pct = (x: number) => `${Number(x.toFixed(3))}%`;

/**
 * The chart's SVG markup, or "" for an empty series.
 * @param series months in order (see {@link fillMonths})
 * @param name the entity's name, for the title and description
 * @param idBase prefix for the title/desc element ids (unique within the page)
 * @param unit what is counted: `{ what: "언급", counter: "회" }` (mentions, the default) or
 *   `{ what: "기사", counter: "건" }` (articles)
 * Labels: up to 12 months, each month (`3월`) and, under the first month and each January, the
 * year (`2024년`), centred under the bar where they fit; longer series, the year at each January (and at the first
 * month when there is room before the next); the first and the last year always (the last ending
 * at the right edge when it has no room from its January), the years between as room allows. Above the plot, the maximum (`최대 5회`) at a
 * dashed line. Bars are 70 % of a slot wide, at least 2 px high when the count is not 0.
 */
export function mentionsChart(
  series: MonthCount[],
  name: string,
  idBase = "mentions-chart",
  unit = { what: "언급", counter: "회" },
): string {
  if (!series.length) return "";
  const g = geometry(series);
  const { title, desc } = chartText(series, name, unit);
  const parts: string[] = [
    `<svg class="mentions-chart" width="100%" height="${CHART_HEIGHT}" role="img" aria-labelledby="${idBase}-title ${idBase}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${idBase}-title">${escapeXml(title)}</title>`,
    `<desc id="${idBase}-desc">${escapeXml(desc)}</desc>`,
    `<line class="grid" x1="0" y1="${TOP}" x2="100%" y2="${TOP}"/>`,
    `<text class="tick max" x="0" y="${TOP - 6}">최대 ${g.max}${unit.counter}</text>`,
    `<line class="axis" x1="0" y1="${g.base}" x2="100%" y2="${g.base}"/>`,
    ...bars(series, g, unit.counter),
  ];
  const candidates = series.flatMap((s, i) =>
    g.n <= 12 ? monthCandidates(series, i, g) : yearCandidates(series, i, g),
  );
  parts.push(...labelMarkup(candidates, g.base), "</svg>");
  return parts.join("");
}

/** Where the bars go: `n` months in `slots` slots (percent wide), centred; the plot's baseline. */
interface Geometry {
  n: number;
  slot: number;
  offset: number;
  barW: number;
  max: number;
  base: number;
}

function geometry(series: MonthCount[]): Geometry {
  const n = series.length;
  const slots = Math.max(n, MIN_SLOTS);
  const slot = 100 / slots;
  let max = 1;
  for (const s of series) if (s.count > max) max = s.count;
  return {
    n,
    slot,
    offset: ((slots - n) / 2) * slot,
    barW: slot * BAR_SHARE,
    max,
    base: TOP + PLOT_H,
  };
}

/** The chart's title and description: the span, the total and the three busiest months. */
function chartText(
  series: MonthCount[],
  name: string,
  unit: { what: string; counter: string },
): { title: string; desc: string } {
  const c = unit.counter;
  const total = series.reduce((a, s) => a + s.count, 0);
  const busiest = series
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || b.month.localeCompare(a.month))
    .slice(0, 3);
  const title = `${name}: 월별 ${unit.what} ${unit.what === "언급" ? "횟수" : "수"}`;
  const desc =
    `${monthName(series[0].month)}부터 ${monthName(series[series.length - 1].month)}까지 ${series.length}개월 동안 ${unit.what} 모두 ${total}${c}. ` +
    `가장 많은 달: ${busiest.map((s) => `${monthName(s.month)} ${s.count}${c}`).join(", ")}.`;
  return { title, desc };
}

/** A bar per month with a count (at least 2 px high), its month and count as a tooltip. */
function bars(series: MonthCount[], g: Geometry, counter: string): string[] {
  const out: string[] = [];
  series.forEach((s, i) => {
    if (s.count <= 0) return;
    const left = g.offset + i * g.slot;
    const h = Math.max(2, (s.count / g.max) * PLOT_H);
    out.push(
      `<rect class="bar" x="${pct(left + (g.slot - g.barW) / 2)}" y="${(g.base - h).toFixed(1)}" width="${pct(g.barW)}" height="${h.toFixed(1)}"><title>${monthName(s.month)}: ${s.count}${counter}</title></rect>`,
    );
  });
  return out;
}

// Candidate labels with what they need: a priority (lower first) and, for a year under a
// month, that month's label (a year must never sit under a bar whose month is not shown).
// `group`: where the labelled bar is (alternative placements of one label share it).
type Candidate = Label & { priority: number; month?: Label; group: number };

/** Up to 12 months: the month under each bar, and the year under the first month and each January. */
function monthCandidates(series: MonthCount[], i: number, g: Geometry): Candidate[] {
  const s = series[i];
  const left = g.offset + i * g.slot;
  const year = `${s.month.slice(0, 4)}년`;
  // Januaries first, then the first month (a series starting mid-year), then the last, then the rest.
  const priority = s.month.endsWith("-01") ? 0 : i === 0 ? 1 : i === g.n - 1 ? 2 : 3;
  const [from, to] = [left + (g.slot - g.barW) / 2, left + (g.slot + g.barW) / 2];
  const month: Candidate = {
    ...underBar(`${Number(s.month.slice(5, 7))}월`, from, to, 1),
    priority,
    group: left,
  };
  if (priority > 1) return [month];
  // A year that does not fit centred may end at its bar's right edge or start at its left.
  // Two year labels on neighbouring bars (December, then January) lean apart.
  const centred = underBar(year, from, to, 2);
  const end: Label = { text: year, x: to, anchor: "end", row: 2 };
  const start: Label = { text: year, x: from, anchor: "start", row: 2 };
  const yearBeside =
    i === 0 ? series[1]?.month.endsWith("-01") : i === 1 && s.month.endsWith("-01");
  const placements = !yearBeside
    ? [centred, end, start]
    : i === 0
      ? [end, centred, start]
      : [start, centred, end];
  return [month, ...placements.map((placed) => ({ ...placed, priority, month, group: left }))];
}

/** Longer series: the year at the first month and each January. */
function yearCandidates(series: MonthCount[], i: number, g: Geometry): Candidate[] {
  const s = series[i];
  if (!(i === 0 || s.month.endsWith("-01"))) return [];
  const left = g.offset + i * g.slot;
  const year = `${s.month.slice(0, 4)}년`;
  // The last year is kept before the years between (the axis must reach the newest bars'
  // year); its label ends at the chart's right edge when it would not fit from January.
  const last = s.month.slice(0, 4) === series[g.n - 1].month.slice(0, 4);
  const fits = left + (labelWidth(year) / NARROW_PX) * 100 <= 100;
  const atRight: Label = {
    text: year,
    x: Math.min(100, g.offset + g.n * g.slot),
    anchor: "end",
    row: 1,
  };
  const fromLeft: Label = { text: year, x: left, anchor: "start", row: 1 };
  const placements = last && !fits ? [atRight] : last && i > 0 ? [fromLeft, atRight] : [fromLeft];
  return placements.map((label) => ({ ...label, priority: i === 0 || last ? 0 : 1, group: left }));
}

/** The labels that fit, at a phone's width, a desktop's or both (CSS shows the right ones). */
function labelMarkup(candidates: Candidate[], base: number): string[] {
  // Stable sort: a label's alternative placements stay in the order they were given.
  const order = [...candidates].sort((a, b) => a.priority - b.priority || a.group - b.group);
  const kept = (width: number) => {
    const months = fitting(
      order.filter((l) => l.row === 1),
      width,
    );
    const years = fitting(
      order.filter((l) => l.row === 2 && l.month && months.has(l.month)),
      width,
    );
    return new Set([...months, ...years]);
  };
  const narrow = kept(NARROW_PX),
    wide = kept(WIDE_PX);
  const out: string[] = [];
  for (const l of candidates) {
    if (!narrow.has(l) && !wide.has(l)) continue;
    const cls = narrow.has(l) && wide.has(l) ? "tick" : narrow.has(l) ? "tick narrow" : "tick wide";
    const y = l.row === 1 ? base + 16 : base + 32;
    out.push(
      `<text class="${cls}" x="${pct(l.x)}" y="${y}"${l.anchor === "start" ? "" : ` text-anchor="${l.anchor}"`}>${l.text}</text>`,
    );
  }
  return out;
}
