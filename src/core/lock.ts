/**
 * A lock file per folder a run writes (the articles folder, the site folder), so two sillok runs
 * at once never interleave their writes: the second waits for the first, or, asked not to wait,
 * stops with a {@link LockBusy} error that names the first. The file is created with the `wx`
 * flag (O_CREAT|O_EXCL: exactly one creator wins, https://man7.org/linux/man-pages/man2/open.2.html)
 * and names its holder: pid, host, start time and command. A lock whose holder process is gone
 * (same host, no such pid: a run killed with SIGKILL or a power cut) is stale and is taken over
 * with a message. The holder removes the file when it finishes, also on exit and on Ctrl+C.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/** Who holds a lock (the file's JSON). `started` is an ISO 8601 UTC time. */
export interface LockHolder {
  pid: number;
  host: string;
  started: string;
  command: string;
}

/** A held lock; `release()` removes the file (once; later calls do nothing). */
export interface Lock {
  file: string;
  release(): void;
}

/** Thrown by {@link acquireLock} with `wait: false` when another live run holds the lock. */
export class LockBusy extends Error {
  constructor(
    readonly file: string,
    readonly holder: LockHolder | null,
  ) {
    super(`${describeLock(file, holder)}. 그 실행이 끝난 뒤 다시 하세요`);
    this.name = "LockBusy";
  }
}

export interface LockOptions {
  /** What this run is, for the other run's message (`sillok build --output _site`). */
  command: string;
  /** Wait for the holder to finish (default), or throw {@link LockBusy} at once. */
  wait?: boolean;
  /** Told once when this run starts waiting, and when it takes over a stale lock. */
  onMessage?: (message: string) => void;
  /** Milliseconds between looks at a held lock (default 200). */
  pollMs?: number;
}

/**
 * The folder a lock file guards: the articles folder of `<articles>/.sillok/lock.json`, the site
 * folder of `.<site>.sillok-lock` beside it ({@link articlesLockFile}, {@link siteLockFile});
 * any other name, its own folder.
 */
export function lockedFolder(file: string): string {
  const dir = path.dirname(file);
  const site = /^\.(.+)\.sillok-lock$/.exec(path.basename(file));
  if (site) return path.join(dir, site[1]);
  return path.basename(dir) === ".sillok" ? path.dirname(dir) : dir;
}

/** An ISO 8601 instant as Korea time, `2026-01-01 09:00(한국 시각)`; other text as it is. */
function koreaTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  // Korea keeps no daylight saving time: UTC+9 all year (IANA tz database, Asia/Seoul).
  const k = new Date(t + 9 * 3_600_000).toISOString();
  return `${k.slice(0, 10)} ${k.slice(11, 16)}(한국 시각)`;
}

/** The sentence that names a lock's holder: `…를 다른 sillok 실행이 쓰는 중입니다: pid 123(host), … 시작(sillok build); 잠금 파일 …`. */
export function describeLock(file: string, holder: LockHolder | null): string {
  const folder = lockedFolder(file);
  if (!holder) return `${folder}를 다른 sillok 실행이 쓰는 중입니다(잠금 파일 ${file})`;
  return `${folder}를 다른 sillok 실행이 쓰는 중입니다: pid ${holder.pid}(${holder.host}), ${koreaTime(holder.started)} 시작(${holder.command}); 잠금 파일 ${file}`;
}

/** The holder named in `file`, or null when it is missing, being written, or unreadable. */
export function readHolder(file: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(file, "utf8")) as LockHolder;
    return Number.isInteger(h.pid) && typeof h.host === "string" ? h : null;
  } catch {
    return null;
  }
}

/** True when `holder` is a process on this host that no longer runs. */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false; // another machine's pid says nothing here
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Creates `file` with this run as holder; false when it already exists. */
function tryCreate(file: string, command: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    command,
  };
  writeSync(fd, `${JSON.stringify(holder, null, 2)}\n`);
  closeSync(fd);
  return true;
}

/**
 * Takes the lock `file` (its folder is created). Waits while another live run holds it (telling
 * `onMessage` once, naming the holder) unless `wait` is false.
 * @throws LockBusy when `wait` is false and the lock is held
 */
export async function acquireLock(file: string, opts: LockOptions): Promise<Lock> {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (e) {
    // The folder cannot exist (a file is in its place): no run can write there, so there is
    // nothing to guard; the run itself reports the folder's problem file by file.
    if (
      (e as NodeJS.ErrnoException).code === "ENOTDIR" ||
      (e as NodeJS.ErrnoException).code === "EEXIST"
    )
      return { file, release: () => {} };
    throw e;
  }
  let told = false;
  let unreadableSince = 0;
  for (;;) {
    if (tryCreate(file, opts.command)) return held(file);
    const holder = readHolder(file);
    if (holder && isStale(holder)) {
      opts.onMessage?.(`${describeLock(file, holder)}: 그 프로세스가 없으므로 잠금을 넘겨받습니다`);
      rmSync(file, { force: true });
      continue;
    }
    // A file with no readable holder is being written this instant; one that stays so for 10 s
    // was left half-written by a crash: taken over too.
    if (!holder) {
      unreadableSince ||= Date.now();
      if (Date.now() - unreadableSince > 10_000) {
        opts.onMessage?.(
          `${describeLock(file, null)}: 잠금 파일을 읽을 수 없어 잠금을 넘겨받습니다`,
        );
        rmSync(file, { force: true });
        continue;
      }
    } else unreadableSince = 0;
    if (opts.wait === false) throw new LockBusy(file, holder);
    if (!told && holder) {
      opts.onMessage?.(
        `${describeLock(file, holder)}. 끝나기를 기다립니다(그만 기다리려면 Ctrl+C)`,
      );
      told = true;
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 200));
  }
}

/** A lock this process holds: released by `release()`, or when the process exits. */
function held(file: string): Lock {
  let done = false;
  const release = () => {
    if (done) return;
    done = true;
    process.removeListener("exit", release);
    // Remove only our own lock (a stale take-over by another run must not be undone).
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.on("exit", release);
  return { file, release };
}

/** The lock file of an articles folder (inside its `.sillok/`, beside the manifest). */
export const articlesLockFile = (articlesDir: string): string =>
  path.join(path.resolve(articlesDir), ".sillok", "lock.json");

/** The lock file of a site folder: beside it, as its temporary build folder is. */
export const siteLockFile = (outputDir: string): string => {
  const abs = path.resolve(outputDir);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.sillok-lock`);
};

/**
 * Runs `fn` holding every lock in `files`, taken in the order given (always articles before
 * site, so two runs never wait on each other), and releases them after, also when `fn` throws.
 */
export async function withLocks<T>(
  files: string[],
  opts: LockOptions,
  fn: () => Promise<T> | T,
): Promise<T> {
  const locks: Lock[] = [];
  try {
    for (const f of files) locks.push(await acquireLock(f, opts));
    return await fn();
  } finally {
    for (const l of locks.reverse()) l.release();
  }
}
