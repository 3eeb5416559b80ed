/**
 * A build of the whole shared corpus (../shared/corpus/raw, 179 files): every company, person and
 * tag page names at least one article, and no internal link is broken. The crawl reads every
 * HTML file of the output, takes each `href`/`src` that is not external (scheme, `//`, mailto)
 * and checks that the file exists (links are relative with an explicit index.html, SPEC §6) and
 * that a `#fragment` names an id in the target page.
 */
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { buildSite, type BuildResult } from "../../src/cli/build.ts";
import { CORPUS, tempDir } from "../helpers.ts";

const root = tempDir();
const outputDir = path.join(root, "site");
let result: BuildResult;

before(async () => {
  result = await buildSite({
    sourcesDir: CORPUS,
    articlesDir: path.join(root, "articles"),
    outputDir,
  });
});

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "pagefind") out.push(...htmlFiles(abs));
    } else if (e.name.endsWith(".html")) out.push(abs);
  }
  return out;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids)
    idsCache.set(
      file,
      (ids = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))),
    );
  return ids;
}

const decodeAttr = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

test("the corpus imports and builds", () => {
  assert.ok(result.report!.counts.imported > 100, JSON.stringify(result.report!.counts));
  assert.equal(result.report!.counts.failed, 0);
  console.log(`corpus build: ${result.pages} pages, ${result.report!.counts.imported} articles`);
});

test("no internal link or resource in the corpus build is broken", () => {
  const files = htmlFiles(outputDir);
  let links = 0;
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    for (const m of html.matchAll(/\s(?:href|src)=(["'])(.*?)\1/g)) {
      const url = decodeAttr(m[2]);
      if (!url || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue;
      links++;
      const [pathPart, fragment] = url.split("#");
      const target = pathPart
        ? path.resolve(path.dirname(file), decodeURIComponent(pathPart.split("?")[0]))
        : file;
      const rel = path.relative(outputDir, file);
      // The 404 page is served at any depth, so it links through the base path (here "/"):
      // resolve its root-absolute links from the site root; every other page must be relative.
      if (pathPart.startsWith("/") && rel !== "404.html")
        broken.push(`${rel}: root-absolute ${url}`);
      else if (pathPart.startsWith("/")) {
        const t = path.join(
          outputDir,
          decodeURIComponent(pathPart),
          pathPart.endsWith("/") ? "index.html" : "",
        );
        if (!existsSync(t)) broken.push(`${rel}: ${url}`);
      } else if (!existsSync(target) || statSync(target).isDirectory())
        broken.push(`${rel}: ${url}`);
      else if (
        fragment &&
        target.endsWith(".html") &&
        !idsOf(target).has(decodeURIComponent(fragment))
      )
        broken.push(`${rel}: ${url} (no id "${fragment}")`);
    }
  }
  console.log(
    `crawled ${files.length} HTML files, ${links} internal links; broken: ${broken.length}`,
  );
  assert.deepEqual(broken.slice(0, 20), []);
});

test("every company, person and tag page names at least one article", () => {
  let pages = 0;
  for (const folder of ["companies", "people", "tags"]) {
    for (const id of readdirSync(path.join(outputDir, folder))) {
      const file = path.join(outputDir, folder, id, "index.html");
      if (id === "name" || !existsSync(file)) continue;
      const html = readFileSync(file, "utf8");
      pages++;
      const n = /<dt>기사<\/dt><dd>([\d,]+)건/.exec(html);
      assert.ok(n && Number(n[1].replace(/,/g, "")) > 0, `${folder}/${id} has no article count`);
      assert.match(html, /<ol class="article-list">\s*<li>/, `${folder}/${id} lists no article`);
    }
  }
  assert.ok(pages > 50, `only ${pages} entity pages`);
});
