/**
 * Two runs at once never break the archive (core/lock.ts): real `sillok` processes started
 * together, and the lock's rules (holder named, stale locks taken over, --no-wait exits 2).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { projectRoot, listMarkdown } from "../src/core/paths.ts";
import {
  acquireLock,
  articlesLockFile,
  LockBusy,
  readHolder,
  siteLockFile,
} from "../src/core/lock.ts";
import { runCli, samples, tempDir } from "./helpers.ts";

const BIN = path.join(projectRoot, "bin", "sillok.js");

/** Runs `sillok args…` as a child process; resolves to its exit code and output. */
function sillok(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "",
      err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

/** A pid that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(r.stdout);
}

/** Asserts that `site` is a whole sillok site: home page, every article's page, the search bundle. */
function assertWholeSite(site: string, articles: string): void {
  assert.ok(existsSync(path.join(site, "index.html")), "index.html");
  assert.ok(existsSync(path.join(site, "pagefind", "pagefind.js")), "pagefind bundle");
  const md = listMarkdown(articles);
  assert.ok(md.length >= 9, `${md.length} articles`);
  for (const rel of md)
    assert.ok(existsSync(path.join(site, "articles", rel.replace(/\.md$/, ""), "index.html")), rel);
  assert.deepEqual(
    readdirSync(path.dirname(site)).filter(
      (f) => f.includes("sillok-building") || f.includes("sillok-old") || f.endsWith("sillok-lock"),
    ),
    [],
    "no stage or lock left",
  );
}

test("two `sillok build` processes started together into one site: both exit 0, one waits naming the other, the site is whole", async () => {
  const root = tempDir();
  const sources = samples(root);
  const articles = path.join(root, "articles");
  const site = path.join(root, "_site");
  const args = ["build", "--sources", sources, "--articles", articles, "--output", site];
  const [a, b] = await Promise.all([sillok(args), sillok(args)]);
  assert.equal(a.code, 0, a.err);
  assert.equal(b.code, 0, b.err);
  const waited = [a, b].filter((r) =>
    /를 다른 sillok 실행이 쓰는 중입니다: pid \d+\(.*\), .* 시작\(sillok build .*\); 잠금 파일 .*끝나기를 기다립니다/.test(
      r.err,
    ),
  );
  assert.equal(waited.length, 1, `exactly one run waited:\n${a.err}\n---\n${b.err}`);
  assertWholeSite(site, articles);
  assert.ok(!existsSync(articlesLockFile(articles)), "the articles lock is released");
});

test("two `sillok import` processes into one articles folder: one article per source, a valid manifest", async () => {
  const root = tempDir();
  const sources = samples(root);
  const articles = path.join(root, "articles");
  const args = ["import", "--sources", sources, "--articles", articles];
  const [a, b] = await Promise.all([sillok(args), sillok(args)]);
  assert.equal(a.code, 0, a.err);
  assert.equal(b.code, 0, b.err);
  assert.equal(listMarkdown(articles).length, readdirSync(sources).length);
  const manifest = JSON.parse(
    readFileSync(path.join(articles, ".sillok", "manifest.json"), "utf8"),
  );
  assert.deepEqual(
    Object.keys(manifest.files).sort(),
    listMarkdown(articles),
    "the manifest records every article, once",
  );
  // One run imported everything; the other, run after it, found it all unchanged.
  assert.match(a.out + b.out, /그대로\(변경 없음\) +9\n/);
  assert.ok(!existsSync(articlesLockFile(articles)));
});

test("--no-wait: a build finding the site folder in use by a live run exits 2 naming it; nothing is touched", async () => {
  const root = tempDir();
  const sources = samples(root);
  const site = path.join(root, "_site");
  const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], {
    stdio: "ignore",
  });
  try {
    writeFileSync(
      siteLockFile(site),
      JSON.stringify({
        pid: holder.pid,
        host: hostname(),
        started: "2026-01-01T00:00:00.000Z",
        command: "sillok build (other)",
      }),
    );
    const r = await runCli(
      "build",
      "--sources",
      sources,
      "--articles",
      path.join(root, "articles"),
      "--output",
      site,
      "--no-wait",
    );
    assert.equal(r.code, 2, r.out + r.err);
    assert.match(
      r.err,
      new RegExp(
        // The site folder itself is named (not the folder it sits in), the start in Korea time.
        `^sillok: ${site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}를 다른 sillok 실행이 쓰는 중입니다: pid ${holder.pid}\\(${hostname()}\\), 2026-01-01 09:00\\(한국 시각\\) 시작\\(sillok build \\(other\\)\\)`,
        "m",
      ),
    );
    assert.ok(!existsSync(site), "no site written");
    assert.equal(
      readHolder(siteLockFile(site))?.pid,
      holder.pid,
      "the other run's lock is left alone",
    );
    assert.ok(
      !existsSync(articlesLockFile(path.join(root, "articles"))),
      "the articles lock taken first is released",
    );
  } finally {
    holder.kill();
  }
});

test("a stale lock (its process is gone) is taken over with a message", async () => {
  const dir = tempDir();
  const file = path.join(dir, "articles", ".sillok", "lock.json");
  mkdirSync(path.dirname(file), { recursive: true });
  const pid = deadPid();
  writeFileSync(
    file,
    JSON.stringify({
      pid,
      host: hostname(),
      started: "2026-01-01T00:00:00.000Z",
      command: "sillok import",
    }),
  );
  const messages: string[] = [];
  const lock = await acquireLock(file, {
    command: "test",
    wait: false,
    onMessage: (m) => messages.push(m),
  });
  assert.equal(messages.length, 1);
  assert.match(messages[0], new RegExp(`pid ${pid}.*그 프로세스가 없으므로 잠금을 넘겨받습니다`));
  // The articles folder is named, not its .sillok folder.
  assert.ok(messages[0].startsWith(`${path.join(dir, "articles")}를 `), messages[0]);
  assert.equal(readHolder(file)?.pid, process.pid);
  await assert.rejects(acquireLock(file, { command: "again", wait: false }), LockBusy);
  lock.release();
  assert.ok(!existsSync(file));
});

test("a waiting run goes ahead as soon as the holder releases", async () => {
  const file = path.join(tempDir(), "lock.json");
  const first = await acquireLock(file, { command: "first" });
  const messages: string[] = [];
  let got = false;
  const second = acquireLock(file, {
    command: "second",
    pollMs: 20,
    onMessage: (m) => messages.push(m),
  }).then((l) => ((got = true), l));
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(got, false, "waits while held");
  assert.match(messages[0], /pid \d+.*\(first\).*끝나기를 기다립니다/);
  first.release();
  (await second).release();
  assert.equal(got, true);
});
