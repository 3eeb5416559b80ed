/**
 * Eleventy's own timing lines (`[11ty] Benchmark 120ms 40% 1× (Configuration) "…" Nunjucks
 * Filter`) are for Eleventy's developers, not for someone building an archive: a sillok build
 * never prints them. A filter that is slow on purpose makes Eleventy want to print one.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { quietEleventy } from "../src/cli/build.ts";
import { tempDir } from "./helpers.ts";

/** Builds a one-page site whose filter takes 120 ms; resolves to what Eleventy printed. */
async function printedBy(quiet: boolean): Promise<string> {
  const root = tempDir();
  const input = path.join(root, "in");
  mkdirSync(input);
  writeFileSync(path.join(input, "index.njk"), '{{ "x" | slow }}');
  const { default: Eleventy } = await import("@11ty/eleventy");
  const printed: string[] = [];
  const saved = { log: console.log, warn: console.warn, error: console.error };
  for (const k of ["log", "warn", "error"] as const)
    console[k] = (...a: unknown[]) => void printed.push(a.join(" "));
  try {
    const elev = new Eleventy(input, path.join(root, "out"), {
      configPath: false,
      quietMode: true,
      config: (c: { addFilter: (name: string, f: (s: string) => string) => void }) => {
        if (quiet) quietEleventy(c);
        c.addFilter("slow", (s: string) => {
          const end = Date.now() + 120;
          while (Date.now() < end);
          return s;
        });
      },
    } as never);
    await elev.write();
  } finally {
    Object.assign(console, saved);
  }
  return printed.join("\n");
}

test("a sillok build prints no [11ty] Benchmark lines, which Eleventy prints by itself", async () => {
  assert.match(await printedBy(false), /Benchmark/, "Eleventy alone prints the timing line");
  assert.doesNotMatch(await printedBy(true), /Benchmark/);
});
