/**
 * Accessibility in headless Chromium: axe-core (npm axe-core, its axe.min.js injected into each
 * page) finds no serious or critical violation on the home, article, entity, month and search
 * pages, in light and dark colour schemes and at phone width; plus a skip link, landmarks and a
 * visible focus. Built from the samples (helpers.ts `samples`) (the templates are what is under test).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { serveSite } from "../src/cli/serve.ts";
import { loadArchive } from "../src/site/archive.ts";
import { launchBrowser } from "./browser.ts";
import { buildTestSite } from "./site-build.ts";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let server: Server;
let browser: Browser;
let origin: string;
let pages: [string, string][];

before(async () => {
  const site = await buildTestSite({ corpus: false });
  const archive = loadArchive(site.articlesDir);
  server = await serveSite(site.outputDir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  const seed = archive.articles.find((a) => a.title.startsWith("배터리에서 AI로"))!;
  pages = [
    ["home", "/"],
    ["article", seed.url],
    ["entity", archive.entities.company[0].url],
    ["person", archive.entities.person[0].url],
    ["month", archive.entities.month[0].url],
    ["entity index", "/companies/"],
    ["all articles", "/all/"],
    ["search", `/search/?q=${encodeURIComponent("삼성전자와")}`],
    ["404", "/404.html"],
  ];
});

after(async () => {
  await browser?.close();
  server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () =>
    (window as any).axe.run(document, { resultTypes: ["violations"] }),
  );
  return (result.violations as Violation[]).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
}

async function open(url: string, opts: Parameters<Browser["newPage"]>[0] = {}): Promise<Page> {
  const page = await browser.newPage(opts);
  await page.goto(`${origin}${url}`);
  if (url.startsWith("/search/"))
    await page.locator("#results:not([aria-busy])").waitFor({ state: "attached" });
  return page;
}

for (const [scheme, viewport] of [
  ["light", { width: 1280, height: 900 }],
  ["dark", { width: 360, height: 780 }],
] as const) {
  test(`axe-core: no serious or critical violation (${scheme}, ${viewport.width}px)`, async () => {
    const found: string[] = [];
    for (const [name, url] of pages) {
      const page = await open(url, { colorScheme: scheme, viewport });
      for (const v of await axe(page))
        found.push(
          `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(" "))
            .join(", ")}`,
        );
      await page.close();
    }
    assert.deepEqual(found, []);
    console.log(`# axe-core ${scheme}: ${pages.length} pages, 0 serious or critical violations`);
  });
}

test("every page has a skip link to main, a banner, navigation, main and contentinfo landmarks", async () => {
  for (const [name, url] of pages) {
    const page = await open(url);
    assert.equal(await page.locator("a.skip-link").getAttribute("href"), "#main", name);
    for (const sel of [
      "header.site-header",
      ".site-header nav[aria-label]",
      "main#main",
      "footer.site-footer",
    ])
      assert.equal(await page.locator(sel).count(), 1, `${name}: ${sel}`);
    await page.close();
  }
});

test("the skip link is the first Tab stop, visible when focused, and moves focus to main", async () => {
  const page = await open("/");
  await page.keyboard.press("Tab");
  const skip = page.locator("a.skip-link");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
  const box = await skip.boundingBox();
  assert.ok(box && box.x >= 0 && box.y >= 0, "on screen when focused");
  assert.notEqual(await skip.evaluate((e) => getComputedStyle(e).outlineStyle), "none");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  await page.close();
});

test("at 360 px nothing scrolls sideways", async () => {
  for (const [name, url] of pages) {
    const page = await open(url, { viewport: { width: 360, height: 780 } });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `${name}: ${wide}px wide`);
    await page.close();
  }
});
