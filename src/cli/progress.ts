/**
 * Progress of a long run, stage by stage: on a terminal a bar per stage (count, rate, time left;
 * cli-progress), and everywhere one line when a stage ends — `sillok: <stage> <count> <unit> in
 * <s> s (<rate>/s)` — which logs (CI) keep and `npm run bench` reads to tell the stages apart.
 */
import cliProgress from "cli-progress";

/** What a pipeline stage reports. `total` may grow (Eleventy's page count is known only roughly). */
export interface StageProgress {
  /** A stage begins: its name (import, data, eleventy, pagefind), what it counts and how many. */
  start(stage: string, total: number, unit: string): void;
  /** `done` items of the current stage are finished; `detail` (a file name) is shown on the bar; `total` when now known. */
  tick(done: number, detail?: string, total?: number): void;
  /** The stage ended (its line is printed); `done` is the final count when it differs from the ticks. */
  end(done?: number): void;
}

/** A progress that shows nothing (library use, tests). */
export const silentProgress: StageProgress = { start() {}, tick() {}, end() {} };

/**
 * Progress on `bars` (a bar when it is a TTY) with the end-of-stage lines on `lines`.
 * @param bars usually process.stderr; lines usually process.stdout
 */
export function stageProgress(
  bars: NodeJS.WriteStream = process.stderr,
  lines: NodeJS.WritableStream = process.stdout,
): StageProgress {
  let stage = "",
    unit = "",
    total = 0,
    done = 0,
    t0 = 0;
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(name, n, what) {
      [stage, total, unit, done, t0] = [name, n, what, 0, performance.now()];
      if (!bars.isTTY) return;
      bar = new cliProgress.SingleBar(
        {
          format: `${name.padEnd(8)} [{bar}] {value}/{total} ${what} | {rate}/s | ETA {eta_formatted} {detail}`,
          stream: bars,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 200,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(Math.max(n, 1), 0, { rate: "0", detail: "" });
    },
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
      bar?.stop();
      bar = null;
      const s = (performance.now() - t0) / 1000;
      lines.write(
        `sillok: ${stage} ${n} ${unit} in ${s.toFixed(1)} s${s > 0 && n ? ` (${(n / s).toFixed(0)}/s)` : ""}\n`,
      );
    },
  };
}
