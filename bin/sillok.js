#!/usr/bin/env node
// Entry point of the `sillok` command: registers tsx so the TypeScript sources (and Eleventy's
// eleventy.config.ts) load on Node 20, then runs the CLI. `sillok import` runs from the cached
// bundle of the CLI when one of the sources as they are is there (src/cli/cli-bundle.ts), without
// tsx; a run under tsx builds it afterwards for the next one.
import process from "node:process";
import { pathToFileURL } from "node:url";
import { cliBundle } from "../src/core/bundle-name.js";

// Output piped into `head` and closed early is not an error: stop writing, keep working, so a
// build still finishes its site (EPIPE would otherwise crash it half way).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
}
const bundle = process.argv[2] === "import" ? cliBundle() : null;
// A bundle removed since it was found (a run of edited sources built a newer one) is run around.
const bundled = bundle?.ready
  ? await import(pathToFileURL(bundle.file).href).catch(() => null)
  : null;
if (bundled) {
  process.exitCode = await bundled.main(process.argv);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv);
  if (bundle && !bundle.ready) {
    // A bundle that cannot be built or written only leaves the next run under tsx.
    const { buildCliBundle } = await import("../src/cli/cli-bundle.ts");
    await buildCliBundle(bundle.file).catch(() => {});
  }
}
