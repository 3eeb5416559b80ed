/**
 * `sillok serve` stops on SIGTERM and frees its port: run directly, and through `npx sillok serve`
 * (npm exec, a shell, then node), as a user starts it. Real processes, real sockets.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { tempDir } from "./helpers.ts";

/** Resolves to the port once the child prints `… http://127.0.0.1:<port>/ 에서 보여 줍니다`. */
function servingPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`serve exited (${code}) before serving: ${out}`)));
  });
}

/** True when something accepts connections on 127.0.0.1:`port`. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });

/** Waits (up to `ms`) until nothing listens on `port`; true when freed. */
async function freed(port: number, ms = 30_000): Promise<boolean> {
  for (
    const end = Date.now() + ms;
    Date.now() < end;
    await new Promise((r) => setTimeout(r, 100))
  ) {
    if (!(await listening(port))) return true;
  }
  return false;
}

function site(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>t</title>");
  return dir;
}

test("sillok serve exits 0 on SIGTERM and its port is free", async () => {
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, "bin", "sillok.js"), "serve", "--dir", site(), "--port", "0"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const port = await servingPort(child);
  assert.equal(await listening(port), true);
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  child.kill("SIGTERM");
  assert.equal(await exited, 0);
  assert.equal(await listening(port), false);
});

test("npx sillok serve stopped with SIGTERM leaves no server running", async () => {
  const child = spawn("npx", ["--no-install", "sillok", "serve", "--dir", site(), "--port", "0"], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const port = await servingPort(child);
  assert.equal(await listening(port), true);
  child.kill("SIGTERM");
  assert.equal(await freed(port), true, `port ${port} still served after npx got SIGTERM`);
});
