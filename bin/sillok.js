#!/usr/bin/env node
// Entry point of the `sillok` command: registers tsx so the TypeScript sources (and Eleventy's
// eleventy.config.ts) load on Node 20, then runs the CLI.
import { register } from "tsx/esm/api";

register();
// Output piped into `head` and closed early is not an error: stop writing, keep working, so a
// build still finishes its site (EPIPE would otherwise crash it half way).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
}
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
