#!/usr/bin/env node
// Entry point of the `sillok` command: registers tsx so the TypeScript sources (and Eleventy's
// eleventy.config.ts) load on Node 20, then runs the CLI.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
