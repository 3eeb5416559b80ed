/**
 * Progress of a long run, stage by stage: on a terminal a bar per stage (count, rate, time left;
 * cli-progress), and everywhere one line when a stage ends — `sillok: <stage> <unit> <count>개,
 * <s>초 (초당 <rate>개)` — which logs (CI) keep and `npm run bench` reads to tell the stages apart
 * (the stage's name stays the tool's or step's: import, data, eleventy, pagefind, site).
 */
import cliProgress from "cli-progress";

/** One stage's bar and line: ticks while it runs, its line when it ends. */
export interface StageBar {
  /** `done` items are finished; `detail` (a file name) is shown on the bar; `total` when now known. */
  tick(done: number, detail?: string, total?: number): void;
  /** The stage ended (its line is printed); `done` is the final count when it differs from the ticks. */
  end(done?: number): void;
}

/**
 * What a pipeline reports, stage by stage. `total` may grow (Eleventy's page count is known only
 * roughly). Stages may overlap (Eleventy and Pagefind run side by side): each {@link begin}
 * returns its own bar; `start`, `tick` and `end` address the stage started last.
 */
export interface StageProgress extends StageBar {
  /** A stage begins: its name (import, data, eleventy, pagefind), what it counts and how many. */
  start(stage: string, total: number, unit: string): void;
  /**
   * A stage begins beside the others that run: its own bar (none with `bar: false`, for a stage
   * made of the others), ticked and ended through the handle.
   */
  begin(stage: string, total: number, unit: string, options?: { bar?: boolean }): StageBar;
}

const silentBar: StageBar = { tick() {}, end() {} };

/** A progress that shows nothing (library use, tests). */
export const silentProgress: StageProgress = { ...silentBar, start() {}, begin: () => silentBar };

/**
 * Progress on `bars` (a bar per running stage when it is a TTY) with the end-of-stage lines on
 * `lines`.
 * @param bars usually process.stderr; lines usually process.stdout
 */
export function stageProgress(
  bars: NodeJS.WriteStream = process.stderr,
  lines: NodeJS.WritableStream = process.stdout,
): StageProgress {
  let multi: cliProgress.MultiBar | null = null;
  let running = 0;
  let last: StageBar = silentBar;
  // A line written to the terminal the bars are drawn on would be drawn over (and cli-progress's
  // own log leaves stray bar lines): it waits until the bars beside it have ended, its stage's
  // bar standing full meanwhile.
  const held: string[] = [];
  const writeLine = (text: string) => {
    if (multi && running > 0 && (lines as NodeJS.WriteStream).isTTY) held.push(text);
    else lines.write(held.splice(0).join("") + text);
  };
  const begin = (name: string, n: number, what: string, options = { bar: true }): StageBar => {
    if (bars.isTTY && !multi)
      multi = new cliProgress.MultiBar(
        { stream: bars, hideCursor: true, clearOnComplete: true, etaBuffer: 200, fps: 5 },
        cliProgress.Presets.shades_classic,
      );
    const format = `${name.padEnd(8)} [{bar}] ${what} {value}/{total} | 초당 {rate} | 남은 시간 {eta_formatted} {detail}`;
    const payload = { rate: "0", detail: "" };
    const bar = options.bar
      ? (multi?.create(Math.max(n, 1), 0, payload, { format }) ?? null)
      : null;
    running++;
    // A finished bar stays, full, until every stage beside it has ended: removing one bar from
    // cli-progress's MultiBar leaves a stray copy of it on the terminal.
    return stageBar({ name, total: n, unit: what }, bar, (text) => {
      if (bar) bar.update(bar.getTotal());
      running--;
      if (multi && running === 0) {
        multi.stop();
        multi = null;
      }
      writeLine(text);
    });
  };
  return {
    begin,
    start: (name, n, what) => void (last = begin(name, n, what)),
    tick: (n, detail, total) => last.tick(n, detail, total),
    end: (n) => last.end(n),
  };
}

/**
 * One stage's bar (null off a terminal) and its end: the line
 * `sillok: <stage> <unit> <count>개, <s>초 (초당 <rate>개)`, handed to `ended`.
 */
function stageBar(
  stage: { name: string; total: number; unit: string },
  bar: cliProgress.SingleBar | null,
  ended: (line: string) => void,
): StageBar {
  let { total } = stage;
  let done = 0;
  const t0 = performance.now();
  return {
    tick(n, detail = "", newTotal?: number) {
      done = n;
      if (!bar) return;
      if (newTotal !== undefined && newTotal !== total) bar.setTotal((total = newTotal));
      if (n > total) bar.setTotal((total = n));
      const s = (performance.now() - t0) / 1000;
      bar.update(n, {
        rate: s > 0 ? (n / s).toFixed(0) : "0",
        detail: detail.length > 30 ? `${detail.slice(0, 29)}…` : detail,
      });
    },
    end(n = done) {
      const s = (performance.now() - t0) / 1000;
      ended(
        `sillok: ${stage.name} ${stage.unit} ${n}개, ${s.toFixed(1)}초${s > 0 && n ? ` (초당 ${(n / s).toFixed(0)}개)` : ""}\n`,
      );
    },
  };
}
