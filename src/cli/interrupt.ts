/**
 * Ctrl+C during a run that writes. Without a listener Node ends at once on SIGINT, SIGTERM or
 * SIGHUP and runs none of the process's `exit` listeners, so the locks a run holds (core/lock.ts)
 * and a build's temporary folder (cli/build.ts) stayed behind. With this handler the run says in
 * Korean what it left, then exits with 128 + the signal's number (130 for Ctrl+C; the shell's
 * convention, https://www.gnu.org/software/bash/manual/html_node/Exit-Status.html), and the
 * `exit` listeners release and remove what they hold.
 *
 * A listener runs when the event loop next has a turn: between two sources of an import (a run on
 * one thread gives it one after each source, import/index.ts), at once while the site is built.
 */
import process from "node:process";
import { constants } from "node:os";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Makes SIGINT, SIGTERM and SIGHUP print `sillok: 중단했습니다. <left>` on stderr and exit 128 +
 * the signal's number, running the process's `exit` listeners.
 * @param left what the interrupted run leaves, as a user reads it (Korean)
 * @returns a function that removes the handlers (call it when the run is over)
 */
export function exitOnInterrupt(left: string): () => void {
  const stop = (signal: (typeof SIGNALS)[number]) => {
    // On a new line: a progress bar may be half drawn.
    process.stderr.write(`\nsillok: 중단했습니다(${signal}). ${left}\n`);
    process.exit(128 + constants.signals[signal]);
  };
  for (const s of SIGNALS) process.once(s, stop);
  return () => {
    for (const s of SIGNALS) process.removeListener(s, stop);
  };
}
