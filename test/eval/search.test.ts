/**
 * The search page in headless Chromium on the seed + samples + corpus build served on 127.0.0.1:
 * particle and alias queries against the articles the archive files under each entity, several
 * words, facets, date sort, the URL round trip, keyboard use, and no request to another host.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext } from "playwright-core";
import { serveSite } from "../../src/cli/serve.ts";
import { loadDictionaries } from "../../src/core/dictionaries.ts";
import { loadArchive, type Archive, type EntityType } from "../../src/site/archive.ts";
import { launchBrowser } from "../browser.ts";
import { buildTestSite, openFacets, searchResults } from "../site-build.ts";

let server: Server;
let browser: Browser;
let context: BrowserContext;
let origin: string;
let archive: Archive;
const requests: string[] = [];

before(async () => {
  const site = await buildTestSite();
  archive = loadArchive(site.articlesDir);
  server = await serveSite(site.outputDir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  context = await browser.newContext();
  context.on("request", (r) => requests.push(r.url()));
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Result URLs (site paths, `/articles/…/`) of `query`, all pages of them. */
async function search(query: string, extra = ""): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}${extra}`);
  const urls = (await searchResults(page)).map((r) => new URL(r.href).pathname);
  await page.close();
  return urls;
}

/** Site paths of the articles the archive files under an entity. */
function filed(type: EntityType, name: string): string[] {
  const e = archive.entities[type].find((x) => x.name === name);
  assert.ok(e, `${type} ${name} in the archive`);
  return e.articles.map((a) => a.url);
}

const missing = (want: string[], got: string[]) => want.filter((u) => !got.includes(u));

test("a word with a particle finds exactly what its stem finds (저커버그, 시진핑, 트럼프, 삼성전자)", async () => {
  const cases: [string, string[]][] = [
    ["저커버그", ["저커버그는", "저커버그에게", "저커버그와의"]],
    ["시진핑", ["시진핑은", "시진핑과의", "시진핑에게", "시진핑으로부터"]],
    ["트럼프", ["트럼프가", "트럼프와", "트럼프의"]],
    ["삼성전자", ["삼성전자와", "삼성전자를", "삼성전자에서"]],
  ];
  for (const [stem, forms] of cases) {
    // One page at a time: a busy machine should slow the test, not time it out.
    const found: string[][] = [];
    for (const q of [stem, ...forms]) found.push((await search(q)).sort());
    const [base, ...others] = found;
    assert.ok(base.length > 0, `${stem} finds something`);
    forms.forEach((f, i) => assert.deepEqual(others[i], base, `${f} = ${stem}`));
  }
});

test("a name's search finds every article filed under it (시진핑 23, 도널드 트럼프, 마크 저커버그)", async () => {
  assert.deepEqual(missing(filed("person", "시진핑"), await search("시진핑은")), []);
  assert.deepEqual(missing(filed("person", "도널드 트럼프"), await search("트럼프에게")), []);
  assert.deepEqual(missing(filed("person", "마크 저커버그"), await search("저커버그와의")), []);
});

test("an alias finds the entity's articles and suggests its page: Zuckerberg, 주커버그, Trump, 알트만, Samsung", async () => {
  const cases: [string, EntityType, string, string][] = [
    ["Zuckerberg", "person", "마크 저커버그", "인물"],
    ["주커버그는", "person", "마크 저커버그", "인물"],
    ["Trump", "person", "도널드 트럼프", "인물"],
    ["알트만", "person", "샘 올트먼", "인물"],
    ["Samsung", "company", "삼성", "기업"],
  ];
  for (const [q, type, name, label] of cases) {
    const want = filed(type, name);
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    const got = (await searchResults(page)).map((r) => new URL(r.href).pathname);
    assert.deepEqual(missing(want, got), [], q);
    const chip = page.locator("#suggestions a", {
      hasText: `${name} · ${label} · ${want.length}건`,
    });
    assert.equal(await chip.count(), 1, `${q}: suggestion ${name} · ${label} · ${want.length}건`);
    await chip.click();
    await page.waitForURL(/\/(people|companies)\//);
    assert.equal(await page.locator("h1").innerText(), name);
    await page.close();
  }
});

test("a group suggests its member companies' pages (Samsung → 삼성전자), and says when it has none of its own; the search still runs", async () => {
  const dicts = loadDictionaries();
  const pages = new Map(archive.entities.company.map((c) => [c.name, c]));
  const membersWithPage = (id: string) =>
    dicts.companies.filter((c) => c.parent === id && pages.has(c.name));
  const group = dicts.companies.find(
    (g) => membersWithPage(g.id).length > 0 && (g.aliases ?? []).some((a) => /^[A-Za-z]+$/.test(a)),
  );
  assert.ok(group, "the corpus names a member of a group with a Latin alias");
  const member = membersWithPage(group.id).sort(
    (a, b) => pages.get(b.name)!.count - pages.get(a.name)!.count,
  )[0];
  const latin = group.aliases!.find((a) => /^[A-Za-z]+$/.test(a))!;
  for (const q of [group.name, latin]) {
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await searchResults(page);
    assert.match(
      await page.locator("#status").innerText(),
      new RegExp(`^‘${q}’ 검색 결과|^이 아카이브에는`),
    );
    const own: string = pages.has(group.name) ? "" : "항목은 따로 페이지가 없습니다. ";
    assert.equal(
      await page.locator("#suggestions .stand-in").innerText(),
      `‘${group.name}’ ${own}계열사 페이지:`,
    );
    const chip = page.locator("#suggestions a", {
      hasText: `${member.name} · 기업 · ${pages.get(member.name)!.count}건`,
    });
    assert.equal(await chip.count(), 1, `${q}: ${member.name} suggested`);
    await chip.click();
    await page.waitForURL(/\/companies\//);
    assert.equal(await page.locator("h1").innerText(), member.name);
    await page.close();
  }
});

test("a spelling no article uses adds nothing: 주커버그 finds only 저커버그 articles, not pages with 주", async () => {
  const got = await search("주커버그");
  assert.deepEqual(got.sort(), (await search("저커버그")).sort());
});

test("a known name is not over-stripped: every 화웨이 result mentions 화웨이", async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/search/?q=${encodeURIComponent("화웨이")}`);
  const results = await searchResults(page);
  assert.ok(results.length >= 1);
  for (const ex of await page.locator("#results .excerpt").allInnerTexts())
    assert.match(ex, /화웨이/);
  await page.close();
});

test("several words mean all of them", async () => {
  const both = await search("메타와 반도체를");
  const meta = await search("메타");
  const chips = await search("반도체");
  assert.ok(both.length >= 1, "메타 반도체 finds the seed");
  assert.ok(both.length < meta.length || both.length < chips.length);
  for (const u of both) assert.ok(meta.includes(u) && chips.includes(u), u);
});

test("page furniture is not indexed: 페이스북 (only in the seed's share bar) does not find the seed", async () => {
  const seed = archive.articles.find((a) => a.title === "전기차서 AI로…산업계 `글로벌 합종연횡`")!;
  assert.ok((await search("저커버그")).includes(seed.url));
  assert.ok(!(await search("페이스북")).includes(seed.url));
});

test("a word no article has finds nothing (no fallback to a shorter prefix)", async () => {
  assert.deepEqual(await search("크웰그라브"), []);
  assert.deepEqual(await search("아카이브"), [], "home page and footer words are not indexed");
});

test("facets narrow the results and live in the URL", async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/search/?q=${encodeURIComponent("한국")}`);
  const all = await searchResults(page);
  await openFacets(page);
  const years = page
    .locator("#facets fieldset", { hasText: "연도" })
    .locator("input[type=checkbox]");
  const yearCount = await years.count();
  assert.ok(yearCount >= 2, "한국 spans several years");
  const year = years.first();
  const value = await year.getAttribute("value");
  await year.check();
  await page.waitForURL(/year=/);
  const narrowed = await searchResults(page);
  assert.ok(
    narrowed.length > 0 && narrowed.length < all.length,
    `${narrowed.length} < ${all.length}`,
  );
  for (const d of await page.locator("#results .date").allInnerTexts())
    assert.ok(d.startsWith(`${value}년`), d);
  assert.equal(new URL(page.url()).searchParams.get("year"), value);
  // The other years stay offered with their own counts; ticking one too means either year.
  assert.equal(await years.count(), yearCount);
  const second = years.nth(1);
  const secondValue = await second.getAttribute("value");
  const secondCount = Number(
    await page.locator(`label[for="${await second.getAttribute("id")}"] .count`).innerText(),
  );
  await second.check();
  await page.waitForURL(new RegExp(`year=${secondValue}`));
  assert.equal((await searchResults(page)).length, narrowed.length + secondCount);
  await page.locator(`#facets input[value="${secondValue}"]`).uncheck();
  await page.waitForURL((u) => u.searchParams.getAll("year").length === 1);
  // Reload: the query and the facet come back from the URL.
  await page.reload();
  assert.equal((await searchResults(page)).length, narrowed.length);
  assert.ok(await page.locator(`#facets input[value="${value}"]`).isChecked());
  assert.equal(await page.locator("#q").inputValue(), "한국");
  // An outlet facet too.
  const outlet = page
    .locator("#facets fieldset", { hasText: "매체" })
    .locator("input[type=checkbox]")
    .first();
  const name = await outlet.getAttribute("value");
  await outlet.check();
  await page.waitForURL(/outlet=/);
  for (const o of await page.locator("#results .outlet").allInnerTexts()) assert.equal(o, name);
  await page.close();
});

test("a query that the chosen facets leave empty says which facets, and one click drops them", async () => {
  const zuck = new Set(filed("person", "마크 저커버그"));
  const outlet = archive.entities.outlet.find((o) => o.articles.every((a) => !zuck.has(a.url)));
  assert.ok(outlet, "an outlet with no 저커버그 article");
  const page = await context.newPage();
  await page.goto(
    `${origin}/search/?q=${encodeURIComponent("저커버그")}&outlet=${encodeURIComponent(outlet.name)}`,
  );
  await page.locator("#status", { hasText: "안에는 없습니다" }).waitFor();
  assert.match(
    await page.locator("#status").innerText(),
    new RegExp(`선택한 조건\\(매체: ${outlet.name}\\) 안에는 없습니다`),
  );
  await page.locator("#clear-facets").click();
  await page.waitForURL((u) => !u.searchParams.has("outlet"));
  const results = await searchResults(page);
  assert.ok(results.length >= zuck.size, `${results.length} results once the facet is dropped`);
  assert.equal(await page.locator("#narrowed").isHidden(), true);
  await page.close();
});

test("the facets fold until opened, above the results on a phone and beside them on a desktop; their indexes load only then", async () => {
  const url = `${origin}/search/?q=${encodeURIComponent("한국")}`;
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(url);
  await searchResults(phone);
  const summary = phone.locator("#facets-summary");
  assert.ok(await summary.isVisible());
  assert.equal(
    await phone.locator("#facet-panel").evaluate((d) => (d as HTMLDetailsElement).open),
    false,
  );
  const panelTop = (await phone.locator("#facet-panel").boundingBox())!.y;
  assert.ok(
    panelTop < (await phone.locator("#results").boundingBox())!.y,
    "folded facets come before the results",
  );
  await summary.click();
  await phone
    .locator("#facets fieldset", { hasText: "연도" })
    .locator("input[type=checkbox]")
    .first()
    .check();
  await phone.waitForURL(/year=/);
  await searchResults(phone);
  assert.equal(await summary.innerText(), "결과 좁히기 (1개 선택)");
  await phone.close();
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const filterFiles: string[] = [];
  desktop.on(
    "request",
    (r) => void (r.url().includes("/pagefind/filter/") && filterFiles.push(r.url())),
  );
  await desktop.goto(url);
  await searchResults(desktop);
  assert.deepEqual(filterFiles, [], "no facet index before the facets are opened");
  assert.ok(await desktop.locator("#facets-summary").isVisible());
  await openFacets(desktop);
  assert.ok(filterFiles.length > 0);
  assert.ok(await desktop.locator("#facets fieldset input").first().isVisible());
  const facetsBox = (await desktop.locator("#facets").boundingBox())!,
    resultsBox = (await desktop.locator("#results").boundingBox())!;
  assert.ok(facetsBox.x + facetsBox.width <= resultsBox.x, "facets beside the results");
  await desktop.close();
});

/** Waits until the page shows `n` results for its current address (after Back/Forward). */
async function settled(page: import("playwright-core").Page, n: number): Promise<string[]> {
  await page
    .locator("#status")
    .filter({ hasText: `${n.toLocaleString("ko-KR")}건` })
    .waitFor({ timeout: 20000 });
  return (await searchResults(page)).map((r) => new URL(r.href).pathname);
}

test("history: a facet, the sort and a new query are entries; Back and Forward restore them, reload keeps them", async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/search/?q=${encodeURIComponent("한국")}`);
  const all = (await searchResults(page)).map((r) => new URL(r.href).pathname);
  const start = await page.evaluate(() => history.length);
  await openFacets(page);
  // A year facet: a new entry, and a reload shows the same results.
  const year = page
    .locator("#facets fieldset", { hasText: "연도" })
    .locator("input[type=checkbox]")
    .first();
  const value = (await year.getAttribute("value"))!;
  await year.check();
  await page.waitForURL(/year=/);
  const narrowed = (await searchResults(page)).map((r) => new URL(r.href).pathname);
  assert.ok(narrowed.length > 0 && narrowed.length < all.length);
  assert.equal(
    await page.evaluate(() => history.length),
    start + 1,
    "ticking a facet pushed one entry",
  );
  await page.reload();
  assert.deepEqual(
    await settled(page, narrowed.length),
    narrowed,
    "reload: same results in the same order",
  );
  assert.ok(await page.locator(`#facets input[value="${value}"]`).isChecked());
  // The sort: another entry.
  await page.locator("#sort").selectOption("oldest");
  await page.waitForURL(/sort=oldest/);
  const oldest = await settled(page, narrowed.length);
  assert.deepEqual([...oldest].sort(), [...narrowed].sort());
  assert.notDeepEqual(oldest, narrowed, "the order changed");
  // Back: relevance again, facet still ticked; Back again: no facet, every result.
  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has("sort") && u.searchParams.get("year") === value);
  assert.deepEqual(await settled(page, narrowed.length), narrowed);
  assert.equal(await page.locator("#sort").inputValue(), "");
  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has("year") && u.searchParams.get("q") === "한국");
  assert.deepEqual(await settled(page, all.length), all);
  assert.equal(await page.locator(`#facets input[value="${value}"]`).isChecked(), false);
  // Forward: the facet comes back.
  await page.goForward();
  await page.waitForURL(/year=/);
  assert.deepEqual(await settled(page, narrowed.length), narrowed);
  // Typing a new query and pressing Enter is one entry (not one per keystroke); Back returns to 한국.
  await page.locator("#q").fill("");
  await page.locator("#q").pressSequentially("외교", { delay: 50 });
  await page.waitForTimeout(400);
  await page.locator("#q").press("Enter");
  await page.waitForURL((u) => u.searchParams.get("q") === "외교");
  await searchResults(page);
  await page.goBack();
  await page.waitForURL((u) => u.searchParams.get("q") === "한국");
  assert.deepEqual(await settled(page, narrowed.length), narrowed);
  assert.equal(await page.locator("#q").inputValue(), "한국");
  // A space changes no word and makes no entry, so the words typed after it still get their own.
  await page.locator("#q").press("End");
  await page.locator("#q").press("Space");
  await page.waitForTimeout(450);
  await page.locator("#q").pressSequentially("외교", { delay: 30 });
  await page.waitForURL((u) => u.searchParams.get("q") === "한국 외교");
  await searchResults(page);
  await page.goBack();
  await page.waitForURL(
    (u) => u.searchParams.get("q") === "한국" && u.searchParams.get("year") === value,
  );
  assert.deepEqual(await settled(page, narrowed.length), narrowed);
  await page.close();
});

/** `2024년 3월 5일 08:30` → ms; 날짜 미상 → null. */
function parseShown(s: string): number | null {
  const m = s.match(/(\d{4})년 (\d{1,2})월 (\d{1,2})일 (\d{2}):(\d{2})/);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) : null;
}

test("sort by date: newest and oldest first, undated articles last, same set as relevance", async () => {
  const q = encodeURIComponent("외교");
  const byRelevance = (await search("외교")).sort();
  for (const [sort, dir] of [
    ["newest", -1],
    ["oldest", 1],
  ] as const) {
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${q}&sort=${sort}`);
    const results = await searchResults(page);
    assert.deepEqual(results.map((r) => new URL(r.href).pathname).sort(), byRelevance);
    assert.equal(await page.locator("#sort").inputValue(), sort);
    const dates = (await page.locator("#results .date").allInnerTexts()).map(parseShown);
    const known = dates.filter((d): d is number => d !== null);
    assert.ok(known.length >= 2);
    for (let i = 1; i < known.length; i++)
      assert.ok((known[i] - known[i - 1]) * dir >= 0, `${sort}: ${dates.join(",")}`);
    assert.ok(
      dates.indexOf(null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null),
      "undated last",
    );
    await page.close();
  }
});

test("keyboard alone: tab to the box, type, Enter, tick a facet with Space, open a result with Enter", async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForFunction(() => document.documentElement.dataset.search === "ready");
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== "q"; i++)
    await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "q");
  await page.keyboard.type("시진핑과의");
  await page.keyboard.press("Enter");
  await page.locator("#results:not([aria-busy])").waitFor({ state: "attached" });
  assert.ok((await page.locator("#results li").count()) >= 10);
  assert.equal(new URL(page.url()).searchParams.get("q"), "시진핑과의");
  // The facets are folded: Tab to their summary, Enter opens them.
  for (
    let i = 0;
    i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== "facets-summary";
    i++
  )
    await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.locator("#facets fieldset").first().waitFor();
  for (
    let i = 0;
    i < 10 &&
    !(await page.evaluate(() => (document.activeElement as HTMLInputElement)?.type === "checkbox"));
    i++
  )
    await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.waitForURL(/(company|person|tag|outlet|year)=/);
  await page.locator("#results:not([aria-busy])").waitFor({ state: "attached" });
  for (
    let i = 0;
    i < 80 &&
    !(await page.evaluate(() => document.activeElement?.classList.contains("article-title")));
    i++
  )
    await page.keyboard.press("Tab");
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press("Enter");
  await page.waitForURL(href);
  assert.match(await page.locator("article h1").innerText(), /\S/);
  // Focus is visible: the focused element gets an outline.
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(outline, "none");
  await page.close();
});

test("results show title, outlet, date and an excerpt of the body only", async () => {
  const page = await context.newPage();
  await page.goto(`${origin}/search/?q=${encodeURIComponent("저커버그")}`);
  await searchResults(page);
  const first = page.locator("#results li").first();
  assert.match(await first.locator(".article-title").innerText(), /\S/);
  assert.match(await first.locator(".outlet").innerText(), /\S/);
  assert.match(await first.locator(".date").innerText(), /\S/);
  const excerpt = await first.locator(".excerpt").innerText();
  assert.match(excerpt, /저커버그/);
  assert.doesNotMatch(excerpt, /관련 항목|기사 모두 보기|본문 바로가기|사진 설명/);
  for (const li of await page.locator("#results li").all()) {
    const title = await li.locator(".article-title").innerText();
    assert.ok(
      !(await li.locator(".excerpt").innerText()).startsWith(title.slice(0, 12)),
      `excerpt of ${title} is body text`,
    );
  }
  await page.close();
});

test("a word only in a title still finds the article: 합종연횡 (seed), 모색 (sample)", async () => {
  const seed = archive.articles.find((a) => a.title === "전기차서 AI로…산업계 `글로벌 합종연횡`")!;
  assert.ok((await search("합종연횡")).includes(seed.url));
  const sample = archive.articles.find((a) =>
    a.title.startsWith("메타, XR 헤드셋 협력 확대 모색"),
  )!;
  assert.ok((await search("모색")).includes(sample.url));
});

test("no request left 127.0.0.1 during all of the above", () => {
  assert.ok(requests.length > 50, String(requests.length));
  const outside = requests.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(outside, []);
  console.log(`# ${requests.length} requests, all to ${origin}`);
});
