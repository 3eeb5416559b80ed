/** `sillok serve --base /x/`: the server's root leads to the site, never a bare 404. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { serveSite } from "../src/cli/serve.ts";
import { tempDir } from "./helpers.ts";

test("serve under a base: / and /index.html redirect to the base, the base serves the site, other paths are 404", async () => {
  const site = tempDir();
  writeFileSync(path.join(site, "index.html"), "<p>홈</p>");
  writeFileSync(path.join(site, "404.html"), "<p>없음</p>");
  mkdirSync(path.join(site, "about"));
  writeFileSync(path.join(site, "about", "index.html"), "<p>소개</p>");
  const server = await serveSite(site, 0, "127.0.0.1", "/archive/");
  try {
    const { port } = server.address() as AddressInfo;
    const get = (p: string) =>
      fetch(`http://127.0.0.1:${port}${p}`, { redirect: "manual" }).then(async (r) => [
        r.status,
        r.headers.get("location") ?? (await r.text()),
      ]);
    assert.deepEqual(await get("/"), [302, "/archive/"]);
    assert.deepEqual(await get("/index.html"), [302, "/archive/"]);
    assert.deepEqual(await get("/archive"), [301, "/archive/"]);
    assert.deepEqual(await get("/archive/"), [200, "<p>홈</p>"]);
    assert.deepEqual(await get("/archive/about/"), [200, "<p>소개</p>"]);
    assert.deepEqual(await get("/elsewhere/"), [404, "찾을 수 없음"]);
  } finally {
    server.close();
  }
});

test("serve at /: the root is the site (no redirect loop)", async () => {
  const site = tempDir();
  writeFileSync(path.join(site, "index.html"), "<p>홈</p>");
  const server = await serveSite(site, 0, "127.0.0.1", "/");
  try {
    const { port } = server.address() as AddressInfo;
    const r = await fetch(`http://127.0.0.1:${port}/`, { redirect: "manual" });
    assert.deepEqual([r.status, await r.text()], [200, "<p>홈</p>"]);
  } finally {
    server.close();
  }
});
