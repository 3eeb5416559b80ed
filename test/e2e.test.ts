/**
 * End to end in a real browser: build the seed and the samples, serve on 127.0.0.1, search with
 * Pagefind's UI in headless Chromium.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { buildSite } from "../src/cli/build.ts";
import { serveSite } from "../src/cli/serve.ts";
import { launchBrowser } from "./browser.ts";
import { seedAndSamples, tempDir } from "./helpers.ts";

const SEED_TITLE = "전기차서 AI로…산업계 `글로벌 합종연횡`";
let server: Server;
let browser: Browser;
let base: string;

before(async () => {
  const root = tempDir();
  const outputDir = path.join(root, "site");
  await buildSite({ sourcesDir: seedAndSamples(root), articlesDir: path.join(root, "articles"), outputDir });
  server = await serveSite(outputDir, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Types `query` into the search box and returns the result titles. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${base}/search/`);
  const input = page.locator(".pagefind-ui__search-input");
  await input.waitFor();
  await input.fill(query);
  // Pagefind UI debounces input; wait for the result summary for this query.
  await page.locator(".pagefind-ui__message").filter({ hasText: /결과|result/i }).waitFor({ timeout: 15000 });
  await page.waitForTimeout(300);
  return page.locator(".pagefind-ui__result-link").allInnerTexts();
}

test("searching 저커버그 finds the seed article", async () => {
  const page = await browser.newPage();
  const titles = await search(page, "저커버그");
  assert.ok(titles.includes(SEED_TITLE), `results: ${JSON.stringify(titles)}`);
  await page.close();
});

test("searching 페이스북 does not find the seed (its only 페이스북 was the share bar)", async () => {
  const page = await browser.newPage();
  const titles = await search(page, "페이스북");
  assert.ok(!titles.includes(SEED_TITLE), `results: ${JSON.stringify(titles)}`);
  await page.close();
});

test("a particle form (저커버그에게) finds the seed too", async () => {
  const page = await browser.newPage();
  const titles = await search(page, "저커버그에게");
  assert.ok(titles.includes(SEED_TITLE), `results: ${JSON.stringify(titles)}`);
  await page.close();
});

test("only article pages are in the index: 아카이브 (a word of the home page and footer) finds no page", async () => {
  const page = await browser.newPage();
  const titles = await search(page, "아카이브");
  assert.deepEqual(titles, []);
  await page.close();
});
