/**
 * Memory of a process tree, read from Linux's /proc (proc(5): `stat` field 4 is the parent id,
 * `status` VmRSS the resident set in KiB). Used by the benchmarks to charge Pagefind's own
 * process to the build that started it.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Resident memory (KiB) of one process; 0 when it has ended. */
export function rssKiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Ids of the processes below `root` (children, grandchildren …), not `root` itself. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* the process ended while we read */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/**
 * CPU seconds (user + system) of one process and of its children it has waited for (stat fields
 * 14–17, in clock ticks of 1/100 s on Linux); 0 when it has ended. A child still running is not
 * in its parent's count, so summing over a tree counts each process once.
 */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by `root` and all its descendants (see {@link cpuSeconds}). */
export function treeCpuSeconds(root: number): number {
  return [root, ...descendants(root)].reduce((s, pid) => s + cpuSeconds(pid), 0);
}

/** Resident memory (KiB) of `root` and all its descendants now. */
export function treeRssKiB(root: number): number {
  return [root, ...descendants(root)].reduce((kib, pid) => kib + rssKiB(pid), 0);
}
