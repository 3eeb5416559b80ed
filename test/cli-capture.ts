/** Runs the `sillok` CLI in this process for tests, with what it prints captured. */
import { main } from "../src/cli/main.ts";

/** Runs the CLI with console.log captured; resolves to [exit code, printed text]. */
export async function cli(args: string[]): Promise<[number, string]> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => void lines.push(a.join(" "));
  try {
    return [await main(["node", "sillok", ...args]), lines.join("\n")];
  } finally {
    console.log = log;
  }
}
