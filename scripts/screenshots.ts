/**
 * `npm run screenshots`: builds the embedded sample (sources/, our own text) into a temporary
 * folder, serves it on 127.0.0.1 and writes PNGs of the main pages at desktop (1280×900) and
 * phone (360×780) width to docs/screenshots/ (the README shows them), in the light colour
 * scheme, and the phone pages also in the dark one (`*-phone-dark.png`). Headless Chromium
 * through playwright-core, as the browser tests use it (test/browser.ts).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { buildSite } from "../src/cli/build.ts";
import { serveSite } from "../src/cli/serve.ts";
import { projectRoot } from "../src/core/paths.ts";
import { launchBrowser } from "../test/browser.ts";

const OUT = path.join(projectRoot, "docs", "screenshots");
const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 780 },
} as const;

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), "sillok-shots-"));
  try {
    const site = path.join(tmp, "site");
    await buildSite({
      sourcesDir: path.join(projectRoot, "sources"),
      articlesDir: path.join(tmp, "articles"),
      outputDir: site,
    });
    const server = await serveSite(site, 0);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchBrowser();
    mkdirSync(OUT, { recursive: true });
    try {
      const home = await browser.newPage();
      await home.goto(`${base}/`);
      const article = await home
        .locator(".article-list a.article-title")
        .first()
        .getAttribute("href");
      await home.goto(`${base}/archive/`);
      const monthPage = await home.locator(".entity-index a").first().getAttribute("href");
      const monthUrl = new URL(monthPage!, home.url()).href;
      await home.close();
      const pages: [string, string][] = [
        ["home", `${base}/`],
        ["article", new URL(article!, `${base}/`).href],
        ["entity", `${base}/companies/samsung-electronics/`],
        ["month", monthUrl],
        ["search", `${base}/search/?q=${encodeURIComponent("삼성전자와")}`],
      ];
      const shots: [vp: keyof typeof VIEWPORTS, scheme: "light" | "dark", suffix: string][] = [
        ["desktop", "light", "desktop"],
        ["phone", "light", "phone"],
        ["phone", "dark", "phone-dark"],
      ];
      for (const [name, url] of pages) {
        for (const [vp, scheme, suffix] of shots) {
          const page = await browser.newPage({ viewport: VIEWPORTS[vp], colorScheme: scheme });
          await page.goto(url);
          if (name === "search")
            await page.locator("#results li").first().waitFor({ timeout: 15000 });
          const file = path.join(OUT, `${name}-${suffix}.png`);
          await page.screenshot({ path: file });
          console.log(path.relative(projectRoot, file));
          await page.close();
        }
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
