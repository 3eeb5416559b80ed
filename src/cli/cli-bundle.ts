/**
 * The command line as one cached bundle (src/core/bundle.ts), which bin/sillok.js runs `sillok
 * import` from without the TypeScript loader: under tsx a run's own start (its modules through
 * the loader's hooks, and the hooks' thread) cost about 1 s of CPU more. Other commands run under
 * tsx, as Eleventy loads `eleventy.config.ts` through it. The bundle holds every folder of `src/`
 * and is named by them (src/core/bundle-name.js), so an edit anywhere builds it again.
 */
import path from "node:path";
import { projectRoot } from "../core/paths.ts";
import { buildBundle } from "../core/bundle.ts";

/**
 * Builds the command line's bundle into `file` (`cliBundle().file` of src/core/bundle-name.js),
 * removing older ones; it exports `main` as src/cli/main.ts does.
 * @throws Error with esbuild's messages when the build fails
 */
export async function buildCliBundle(file: string): Promise<void> {
  await buildBundle(file, {
    contents: `export { main } from "./main.ts";\n`,
    resolveDir: path.join(projectRoot, "src", "cli"),
  });
}
