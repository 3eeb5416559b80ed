/**
 * The mentions chart's geometry (src/site/chart.ts): where bars and labels go for one, two and
 * many months, and that axis labels never overlap or leave the chart at a phone's or a desktop's
 * width. Positions are read back from the SVG markup.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  BAR_SHARE,
  CHART_HEIGHT,
  MIN_SLOTS,
  NARROW_PX,
  WIDE_PX,
  fillMonths,
  labelWidth,
  mentionsChart,
  type MonthCount,
} from "../src/site/chart.ts";

interface Bar {
  x: number;
  w: number;
  y: number;
  h: number;
  title: string;
}
interface Tick {
  cls: string;
  x: number;
  y: number;
  anchor: string;
  text: string;
}

function parse(svg: string): { bars: Bar[]; ticks: Tick[] } {
  const bars = [
    ...svg.matchAll(
      /<rect class="bar" x="([\d.]+)%" y="([\d.]+)" width="([\d.]+)%" height="([\d.]+)"><title>([^<]*)<\/title><\/rect>/g,
    ),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    w: Number(m[3]),
    h: Number(m[4]),
    title: m[5],
  }));
  const ticks = [
    ...svg.matchAll(
      /<text class="(tick[^"]*)" x="([\d.]+)%?" y="([\d.]+)"(?: text-anchor="(\w+)")?>([^<]*)<\/text>/g,
    ),
  ].map((m) => ({
    cls: m[1],
    x: Number(m[2]),
    y: Number(m[3]),
    anchor: m[4] ?? "start",
    text: m[5],
  }));
  return { bars, ticks };
}

/** Month series from `start` (YYYY-MM), `n` months long, with the given counts (cycled). */
function months(start: string, n: number, counts: number[]): MonthCount[] {
  const [y, m] = start.split("-").map(Number);
  return Array.from({ length: n }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return {
      month: `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`,
      count: counts[i % counts.length],
    };
  });
}

/** The axis labels shown at a width (`narrow` below the 40rem breakpoint), as px extents. */
function shown(
  ticks: Tick[],
  narrow: boolean,
): { text: string; y: number; from: number; to: number }[] {
  const width = narrow ? NARROW_PX : WIDE_PX;
  return ticks
    .filter(
      (t) =>
        !t.cls.includes("max") && !(narrow ? t.cls.includes("wide") : t.cls.includes("narrow")),
    )
    .map((t) => {
      const w = labelWidth(t.text);
      const at = (t.x / 100) * width;
      const from = t.anchor === "middle" ? at - w / 2 : t.anchor === "end" ? at - w : at;
      return { text: t.text, y: t.y, from, to: from + w };
    });
}

function assertLegible(svg: string, what: string): void {
  for (const narrow of [true, false]) {
    const width = narrow ? NARROW_PX : WIDE_PX;
    const labels = shown(parse(svg).ticks, narrow);
    for (const l of labels)
      assert.ok(
        l.from >= -0.01 && l.to <= width + 0.01,
        `${what}: ${l.text} inside ${width}px (${l.from.toFixed(1)}–${l.to.toFixed(1)})`,
      );
    for (const a of labels)
      for (const b of labels) {
        if (a === b || a.y !== b.y) continue;
        assert.ok(
          a.to <= b.from || b.to <= a.from,
          `${what}: ${a.text} and ${b.text} overlap at ${width}px`,
        );
      }
  }
}

test("chart: no viewBox, so labels keep their CSS size at a phone's width; fixed height", () => {
  const svg = mentionsChart(months("2024-01", 30, [1, 0, 3]), "메타");
  assert.doesNotMatch(svg, /viewBox/);
  assert.match(
    svg,
    new RegExp(`^<svg class="mentions-chart" width="100%" height="${CHART_HEIGHT}"`),
  );
});

test("chart: one month is one bar in the middle with its month and year centred under it", () => {
  const { bars, ticks } = parse(mentionsChart([{ month: "2025-05", count: 2 }], "알리바바"));
  assert.equal(bars.length, 1);
  assert.ok(
    Math.abs(bars[0].x + bars[0].w / 2 - 50) < 0.01,
    `bar centre ${bars[0].x + bars[0].w / 2}%`,
  );
  assert.ok(
    bars[0].w > 3 && bars[0].w < 10,
    `bar width ${bars[0].w}% is neither a sliver nor a slab`,
  );
  const labels = ticks.filter((t) => !t.cls.includes("max"));
  assert.deepEqual(
    labels.map((t) => [t.text, t.x, t.anchor, t.cls]),
    [
      ["5월", 50, "middle", "tick"],
      ["2025년", 50, "middle", "tick"],
    ],
  );
  assert.ok(labels[1].y > labels[0].y, "the year is under the month");
  assert.ok(
    labels.every((t) => t.y <= CHART_HEIGHT - 4),
    "labels inside the chart",
  );
  assert.deepEqual(
    ticks.filter((t) => t.cls.includes("max")).map((t) => t.text),
    ["최대 2회"],
  );
});

test("chart: two months sit side by side around the middle, each labelled under its bar; a new year is labelled", () => {
  const { bars, ticks } = parse(
    mentionsChart(
      [
        { month: "2024-12", count: 1 },
        { month: "2025-01", count: 4 },
      ],
      "x",
      "c",
      { what: "기사", counter: "건" },
    ),
  );
  assert.equal(bars.length, 2);
  const centres = bars.map((b) => b.x + b.w / 2);
  assert.ok(Math.abs(centres[0] + centres[1] - 100) < 0.01, `symmetric: ${centres}`);
  assert.ok(Math.abs(centres[1] - centres[0] - 100 / MIN_SLOTS) < 0.01, "adjacent slots");
  assert.ok(Math.abs(bars[1].h / bars[0].h - 4) < 0.01, "heights are proportional");
  assert.equal(bars[1].y + bars[1].h, bars[0].y + bars[0].h, "one baseline");
  const months1 = ticks.filter((t) => t.text.endsWith("월"));
  assert.deepEqual(
    months1.map((t) => t.text),
    ["12월", "1월"],
  );
  months1.forEach((t, i) =>
    assert.ok(Math.abs(t.x - centres[i]) < 0.01, `${t.text} under its bar`),
  );
  // Both years fit at the desktop width; on a phone the January's has priority.
  assert.deepEqual(
    shown(ticks, false)
      .filter((t) => t.text.endsWith("년"))
      .map((t) => t.text),
    ["2024년", "2025년"],
  );
  assert.ok(shown(ticks, true).some((t) => t.text === "2025년"));
  assert.deepEqual(
    ticks.filter((t) => t.cls.includes("max")).map((t) => t.text),
    ["최대 4건"],
  );
  assertLegible(
    mentionsChart(
      [
        { month: "2024-12", count: 1 },
        { month: "2025-01", count: 4 },
      ],
      "x",
    ),
    "Dec–Jan",
  );
});

test("chart: many months get year labels at Januaries, fewer on a phone; every bar inside; small counts stay visible", () => {
  const series = months("2017-08", 103, [0, 0, 1, 0, 100]);
  const svg = mentionsChart(series, "국회");
  const { bars, ticks } = parse(svg);
  assert.equal(bars.length, series.filter((s) => s.count > 0).length);
  for (const b of bars) assert.ok(b.x >= 0 && b.x + b.w <= 100.001, `bar ${b.title} inside`);
  assert.ok(
    bars.every((b) => b.h >= 2),
    "a count of 1 beside 100 is still 2 px high",
  );
  const wide = shown(ticks, false),
    narrow = shown(ticks, true);
  assert.ok(wide.length >= 8, `a label for most years on a desktop: ${wide.map((t) => t.text)}`);
  assert.ok(
    narrow.length >= 3 && narrow.length < wide.length,
    `fewer on a phone: ${narrow.map((t) => t.text)}`,
  );
  for (const t of [...wide, ...narrow]) assert.match(t.text, /^20\d\d년$/);
  assert.ok(!wide.some((t) => t.text === "2017년") || wide[0].text === "2017년");
  assertLegible(svg, "103 months");
});

/** Index of the month whose bar a label is anchored to (middle: its centre; start/end: its edges), for a series of `n`. */
function barOf(t: Tick, n: number): number {
  const slots = Math.max(n, MIN_SLOTS),
    slot = 100 / slots,
    offset = ((slots - n) / 2) * slot;
  const centre =
    t.anchor === "middle"
      ? t.x
      : t.anchor === "start"
        ? t.x + (slot * BAR_SHARE) / 2
        : t.x - (slot * BAR_SHARE) / 2;
  return Math.round((centre - offset - slot / 2) / slot);
}

test("chart: up to 12 months, a year is only shown under a month label of the same bar (Dec–Jan on a phone)", () => {
  for (const [start, n] of [
    ["2024-12", 2],
    ["2024-11", 3],
    ["2024-06", 12],
    ["2025-01", 1],
    ["2023-12", 7],
  ] as const) {
    const series = months(start, n, [1, 2]);
    const { ticks } = parse(mentionsChart(series, "x"));
    for (const narrow of [true, false]) {
      const visible = ticks.filter(
        (t) =>
          !t.cls.includes("max") && !(narrow ? t.cls.includes("wide") : t.cls.includes("narrow")),
      );
      const monthBars = new Set(
        visible.filter((t) => t.text.endsWith("월")).map((t) => barOf(t, n)),
      );
      for (const y of visible.filter((t) => t.text.endsWith("년"))) {
        const i = barOf(y, n);
        assert.ok(
          monthBars.has(i),
          `${start}+${n} ${narrow ? "phone" : "desktop"}: ${y.text} under ${series[i].month}, whose month is shown`,
        );
        assert.equal(y.text, `${series[i].month.slice(0, 4)}년`);
        assert.ok(
          i === 0 || series[i].month.endsWith("-01"),
          "a year marks the first month or a January",
        );
      }
      // A new year is always marked: every January in the series shows its year.
      for (const [i, s] of series.entries())
        if (s.month.endsWith("-01") && i > 0) {
          assert.ok(
            visible.some((t) => t.text === `${s.month.slice(0, 4)}년` && barOf(t, n) === i),
            `${start}+${n}: ${s.month} marked`,
          );
        }
    }
  }
});

test("chart: labels never overlap or leave the chart, for any length and start (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 240 }),
      fc.integer({ min: 2000, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      (n, y, m) => {
        const series = fillMonths(
          new Map(
            months(`${y}-${String(m).padStart(2, "0")}`, n, [1, 0, 2]).map(
              (s) => [s.month, s.count] as const,
            ),
          ),
        );
        const svg = mentionsChart(series, "x");
        assertLegible(svg, `${n} months from ${y}-${m}`);
        const labels = shown(parse(svg).ticks, true);
        assert.ok(labels.length >= 1, `${n} months from ${y}-${m}: at least one label on a phone`);
      },
    ),
    { numRuns: 300 },
  );
});

test("the axis reaches the newest bars' year: first and last year labelled at both widths, for every span of 13 months to 10 years", () => {
  const monthsFrom = (start: string, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const [y, m] = start.split("-").map(Number);
      const k = y * 12 + (m - 1) + i;
      return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
    });
  const missing: string[] = [];
  for (let n = 13; n <= 120; n++) {
    for (const start of ["2015-01", "2016-07", "2019-11", "2020-12", "2021-06"]) {
      const ms = monthsFrom(start, n);
      const svg = mentionsChart(fillMonths(new Map(ms.map((m) => [m, 1]))), "x");
      for (const width of ["narrow", "wide"]) {
        const years = [
          ...svg.matchAll(/<text class="tick( narrow| wide)?"[^>]*>(\d{4})년<\/text>/g),
        ]
          .filter((m) => !m[1] || m[1].trim() === width)
          .map((m) => m[2]);
        for (const y of [ms[0].slice(0, 4), ms[n - 1].slice(0, 4)])
          if (!years.includes(y)) missing.push(`${ms[0]}..${ms[n - 1]} ${width}: no ${y}`);
      }
    }
  }
  assert.deepEqual(missing, []);
  // The reported chart: bars for 2024 under an axis whose last label was 2023.
  const svg = mentionsChart(
    fillMonths(
      new Map([
        ["2019-03", 2],
        ["2024-02", 5],
      ]),
    ),
    "x",
  );
  assert.match(svg, /<text class="tick"[^>]*text-anchor="end">2024년<\/text>/);
});
