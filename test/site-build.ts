/**
 * Site builds and a link crawler shared by the browser tests (search, links, offline, a11y).
 * Each test file builds once in its `before` and shares the result between its tests.
 */
import { cpSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { buildSite, type BuildResult } from "../src/cli/build.ts";
import { CORPUS, samples, seedAndSamples, tempDir } from "./helpers.ts";

/** A built site: where its articles and HTML are, and the build's figures. */
export interface BuiltSite {
  articlesDir: string;
  outputDir: string;
  result: BuildResult;
}

/**
 * Builds the seed, the embedded samples and the shared corpus (`SHARED/corpus/raw`) into a
 * fresh temporary folder; with `corpus: false`, only the repository's own samples
 * (helpers.ts `samples`), so `npm test` needs nothing beside the checkout.
 */
export async function buildTestSite(
  opts: { corpus?: boolean; basePath?: string; siteUrl?: string } = {},
): Promise<BuiltSite> {
  const root = tempDir();
  const sourcesDir = opts.corpus === false ? samples(root) : seedAndSamples(root);
  if (opts.corpus !== false) {
    if (!existsSync(CORPUS))
      throw new Error(`corpus not found at ${CORPUS}: tests need ../shared beside the checkout`);
    cpSync(CORPUS, sourcesDir, { recursive: true });
  }
  const articlesDir = path.join(root, "articles");
  const outputDir = path.join(root, "site");
  const result = await buildSite({
    sourcesDir,
    articlesDir,
    outputDir,
    basePath: opts.basePath ?? "/",
    siteUrl: opts.siteUrl ?? "",
  });
  return { articlesDir, outputDir, result };
}

/** What a crawl found. URLs are absolute, without their #fragment. */
export interface CrawlReport {
  /** Pages opened in the browser. */
  pages: string[];
  /** Distinct internal link, stylesheet, script and icon targets checked. */
  targets: number;
  /** Internal targets that did not lead to a page or file: [from page, to URL, why]. */
  broken: [string, string, string][];
  /** Pages whose stylesheet did not apply. */
  unstyled: string[];
  /** Requests that left the site (another host or scheme). */
  outside: string[];
}

/**
 * Opens `start` in the browser and follows every `<a href>`, `<link href>`, `<script src>` and
 * `<form action>` inside `scope` (a URL prefix), page by page, as a reader would; a target
 * outside `scope` on the same host counts as broken (a link that lost its base path). Over
 * http a target must answer 200; from `file://` it must be a file (a folder URL would show a
 * directory listing, not the page). A page is styled when site.css set the body's max-width.
 */
export async function crawl(browser: Browser, start: string, scope: string): Promise<CrawlReport> {
  const context = await browser.newContext();
  const report: CrawlReport = { pages: [], targets: 0, broken: [], unstyled: [], outside: [] };
  const startUrl = new URL(start);
  context.on("request", (req) => {
    const u = new URL(req.url());
    if (u.protocol === "data:" || u.protocol === "blob:") return;
    if (u.protocol !== startUrl.protocol || u.host !== startUrl.host)
      report.outside.push(req.url());
  });
  const tabs = await Promise.all(Array.from({ length: 4 }, () => context.newPage()));
  const page = tabs[0];
  const queue = [start];
  const seen = new Set(queue);
  const checked = new Map<string, string | null>();
  const linkedFrom = new Map<string, string[]>();
  const isFile = startUrl.protocol === "file:";
  const fileProblem = (url: string): string | null => {
    const p = fileURLToPath(url);
    return existsSync(p) && statSync(p).isFile() ? null : "no such file";
  };
  const fileCheck = async (url: string): Promise<string | null> => {
    if (!url.startsWith(scope)) return "outside the site's base path";
    if (isFile) return fileProblem(url);
    const res = await page.request.get(url, { maxRedirects: 0 });
    return res.status() === 200 ? null : `HTTP ${res.status()}`;
  };
  const visit = async (page: Page, url: string): Promise<void> => {
    let why: string | null = null;
    if (!url.startsWith(scope)) why = "outside the site's base path";
    else if (isFile) why = fileProblem(url);
    const res = why ? null : await page.goto(url, { waitUntil: "load" });
    if (!why && !isFile && res?.status() !== 200) why = `HTTP ${res?.status()}`;
    if (why) {
      for (const from of linkedFrom.get(url) ?? []) report.broken.push([from, url, why]);
      return;
    }
    report.pages.push(url);
    const found = await page.evaluate(() => ({
      styled: getComputedStyle(document.body).maxWidth !== "none",
      pages: [...document.querySelectorAll("a[href], form[action]")].map(
        (e) => (e as HTMLAnchorElement).href || (e as HTMLFormElement).action,
      ),
      files: [
        ...[...document.querySelectorAll("link[href]")].map((l) => (l as HTMLLinkElement).href),
        ...[...document.querySelectorAll("script[src]")].map((s) => (s as HTMLScriptElement).src),
      ],
    }));
    if (!found.styled) report.unstyled.push(url);
    for (const [kind, list] of [
      ["page", found.pages],
      ["file", found.files],
    ] as const) {
      for (const raw of list) {
        const u = new URL(raw);
        if (u.protocol !== startUrl.protocol || u.host !== startUrl.host) continue;
        u.hash = "";
        u.search = "";
        const target = u.href;
        if (target === url) continue;
        if (kind === "page" && /(\/|\.html)$/.test(target)) {
          const from = linkedFrom.get(target) ?? [];
          if (from.length < 3) from.push(url);
          linkedFrom.set(target, from);
          if (!seen.has(target)) {
            seen.add(target);
            report.targets++;
            queue.push(target);
          }
          continue;
        }
        if (!checked.has(target)) {
          checked.set(target, await fileCheck(target));
          report.targets++;
        }
        const bad = checked.get(target);
        if (bad) report.broken.push([url, target, bad]);
      }
    }
  };
  // Four tabs take pages from one queue; a tab that finds it empty waits while others still work.
  let busy = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      for (;;) {
        const url = queue.shift();
        if (url === undefined) {
          if (busy === 0) return;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        busy++;
        try {
          await visit(tab, url);
        } finally {
          busy--;
        }
      }
    }),
  );
  await context.close();
  return report;
}

/** Waits until the search page has answered the query in its URL; returns every result (all pages of them). */
export async function searchResults(page: Page): Promise<{ title: string; href: string }[]> {
  await page.locator("#results:not([aria-busy])").waitFor({ state: "attached", timeout: 20000 });
  await page
    .locator("#status")
    .filter({ hasText: /건|없습니다/ })
    .waitFor({ timeout: 20000 });
  while (await page.locator("#more").isVisible()) {
    const n = await page.locator("#results li").count();
    await page.locator("#more").click();
    await page.waitForFunction((n) => document.querySelectorAll("#results li").length > n, n);
  }
  return page
    .locator("#results a.article-title")
    .evaluateAll((as) =>
      as.map((a) => ({ title: a.textContent ?? "", href: (a as HTMLAnchorElement).href })),
    );
}

/**
 * Opens the search page's facets (folded until opened) and waits for their counts; nothing when
 * the page shows none (no result, nothing chosen).
 */
export async function openFacets(page: Page): Promise<void> {
  if (await page.locator("#facet-aside").isHidden()) return;
  const panel = page.locator("#facet-panel");
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.locator("#facets-summary").click();
  await page.locator("#facets:not([aria-busy])").waitFor({ state: "attached", timeout: 20000 });
  await page.locator("#facets fieldset").first().waitFor({ timeout: 20000 });
}
