/// <reference lib="dom" />
/**
 * The search page (src/site/pages/search.njk) in the browser: a small UI on Pagefind's JS API
 * (https://pagefind.app/docs/api/) with the Korean query module. Bundled to
 * `assets/search.js` by src/search/bundle.ts.
 *
 * - The query, the sort and the facet selection live in the URL (`?q=저커버그&sort=newest&year=2024`),
 *   so a search can be bookmarked, shared and reloaded. Each choice (a facet value, the sort, a
 *   submitted query) is a new history entry, so Back returns to the previous results; typing
 *   makes one entry for the whole word, not one per keystroke. The page restores the state from
 *   the URL on load and on Back/Forward.
 * - Facets 기업 · 인물 · 태그 · 매체 · 연도 are Pagefind filters (site/render.ts, search/index.ts); several values of
 *   one facet mean any of them, several facets mean all.
 * - Plain form controls, links and a status line (`role=status`): usable with the keyboard alone
 *   and announced by screen readers.
 * - Opened from `file://`, Pagefind cannot load its index: the page shows how to search offline.
 */
import { analyzeQuery, buildNameIndex, combineFilters, mergeResults, orderBy, planSearches, suggestions, termOccurs, type FacetSelection, type NameIndex, type PlannedSearch, type QueryPart, type Suggestion } from "./query.ts";
import { FACETS, type SearchData, type SearchEntity } from "../site/search-data.ts";
import { openShards, type ShardedPagefind } from "./shards.ts";

/** URL parameter of each facet, in display order. */
const FACET_PARAMS: [param: string, facet: string][] = [
  ["company", FACETS.company], ["person", FACETS.person], ["tag", FACETS.tag], ["outlet", FACETS.outlet], ["year", "연도"],
];
const PAGE = 20;
const FACET_SHOWN = 8;
const COUNT_CAP = 400;

interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface PagefindData { url: string; excerpt: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }
interface PagefindResponse { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** How a search updates the address: a new history entry, the current one, or not at all. */
type HistoryMode = "push" | "replace" | "none";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const typeLabel: Record<SearchEntity["type"], string> = { company: "기업", person: "인물", tag: "태그", outlet: "매체" };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function start(): Promise<void> {
  const form = $<HTMLFormElement>("search-form");
  if (location.protocol === "file:") {
    $("offline-note").hidden = false;
    $("results").removeAttribute("aria-busy");
    return;
  }
  // The search page is <base>search/…; every other URL hangs off that base (sub-path hosting).
  const base = new URL("../", location.href);
  let pagefind: ShardedPagefind<PagefindResult>;
  let index: NameIndex;
  try {
    // The index may be in shards (a large archive): ./shards.ts opens them all as one.
    pagefind = await openShards(new URL("pagefind/", base), async (u) => (await import(/* @vite-ignore */ u)) as Pagefind, { baseUrl: base.pathname, excerptLength: 40 });
    const data = (await (await fetch(new URL("assets/search-data.json", base))).json()) as SearchData;
    index = buildNameIndex(data);
  } catch (e) {
    $("offline-note").hidden = false;
    $("status").textContent = "검색 색인을 불러오지 못했습니다.";
    $("results").removeAttribute("aria-busy");
    console.error(e);
    return;
  }

  const input = $<HTMLInputElement>("q");
  const sortSel = $<HTMLSelectElement>("sort");
  const status = $("status");
  const list = $("results");
  const more = $<HTMLButtonElement>("more");
  const facetBox = $("facets");
  // The facets fold into a <details> on a phone (above the results, closed); on a wider screen,
  // where site.css hides its summary, they are always open beside the results.
  const panel = $<HTMLDetailsElement>("facet-panel");
  const wide = matchMedia("(min-width: 40.0625rem)");
  const syncPanel = () => {
    if (wide.matches) panel.open = true;
  };
  wide.addEventListener("change", syncPanel);
  syncPanel();
  const suggestBox = $("suggestions");
  const allFilters = await pagefind.filters();
  let selection: FacetSelection = {};
  let shown: PagefindResult[] = [];
  let showing = 0;
  let seq = 0;
  const dateOrders = new Map<string, Promise<string[]>>();
  const expanded = new Set<string>();

  const dateOrder = (dir: "asc" | "desc") => {
    if (!dateOrders.has(dir)) dateOrders.set(dir, pagefind.search(null, { sort: { date: dir } }).then((r) => r.results.map((x) => x.id)));
    return dateOrders.get(dir)!;
  };

  /** One planned search, emptied when Pagefind fell back to a shorter prefix of its term. */
  async function searchChecked(s: PlannedSearch): Promise<PagefindResponse> {
    // Checked per shard: one shard lacking the word answers with a shorter prefix's pages.
    const term = s.term;
    return pagefind.search(term, { filters: s.filters }, term ? async (best) => termOccurs(term, (await best.data()).content) : undefined);
  }

  function readUrl(): void {
    const p = new URLSearchParams(location.search);
    input.value = p.get("q") ?? "";
    sortSel.value = ["newest", "oldest"].includes(p.get("sort") ?? "") ? p.get("sort")! : "";
    selection = {};
    for (const [param, facet] of FACET_PARAMS) {
      const v = p.getAll(param).filter(Boolean);
      if (v.length) selection[facet] = v;
    }
  }

  /** Whether the current history entry was made by typing (further typing replaces it). */
  let typingEntry = false;

  /**
   * Puts the state in the address: `push` a new history entry (a choice the user may want to go
   * Back from), `replace` the current one, or `none` (the state came from the address). An
   * unchanged address is left alone. Returns whether the address changed.
   */
  function writeUrl(mode: HistoryMode): boolean {
    if (mode === "none") return false;
    const p = new URLSearchParams();
    if (input.value.trim()) p.set("q", input.value.trim());
    if (sortSel.value) p.set("sort", sortSel.value);
    for (const [param, facet] of FACET_PARAMS) for (const v of selection[facet] ?? []) p.append(param, v);
    const qs = p.toString();
    if (`?${qs}` === location.search || (!qs && !location.search)) return false;
    const url = qs ? `?${qs}` : location.pathname;
    if (mode === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
    return true;
  }

  /** Links to the pages of the entities the query names; for one without a page, a line saying so and its stand-ins. */
  function renderSuggestions(list: Suggestion[]): void {
    const chip = (e: SearchEntity) =>
      `<li><a href="${escapeHtml(new URL(e.url!.slice(1), base).href)}">${escapeHtml(e.name)} · ${typeLabel[e.type]} · ${e.count.toLocaleString("ko-KR")}건</a></li>`;
    const html: string[] = [];
    const direct = list.filter((s) => !s.insteadOf);
    if (direct.length) html.push(`<ul class="chips">${direct.map((s) => chip(s.entity)).join("")}</ul>`);
    const groups = new Map<string, Suggestion[]>();
    for (const s of list) if (s.insteadOf) {
      const k = `${s.insteadOf.name}\u0000${s.insteadOf.relation}`;
      groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    for (const g of groups.values()) {
      const { name, relation } = g[0].insteadOf!;
      html.push(`<p class="stand-in">‘${escapeHtml(name)}’ 항목은 따로 페이지가 없습니다. ${relation === "계열사" ? "계열사" : "소속 그룹"} 페이지:</p>`
        + `<ul class="chips">${g.map((s) => chip(s.entity)).join("")}</ul>`);
    }
    suggestBox.innerHTML = html.length ? `<h2 class="visually-hidden">관련 항목</h2>${html.join("")}` : "";
  }

  function renderFacets(counts: Record<string, Record<string, number>>): void {
    const html: string[] = [];
    for (const [param, facet] of FACET_PARAMS) {
      const chosen = selection[facet] ?? [];
      const values = Object.entries(counts[facet] ?? {}).filter(([v, n]) => n > 0 || chosen.includes(v));
      for (const v of chosen) if (!values.some(([x]) => x === v)) values.push([v, 0]);
      if (!values.length) continue;
      // Years newest first, 날짜 미상 (undated) after them; other facets by count.
      const year = (v: string) => (/^\d{4}$/.test(v) ? v : "");
      values.sort(facet === "연도" ? (a, b) => year(b[0]).localeCompare(year(a[0])) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ko"));
      const open = expanded.has(facet);
      const visible = values.filter(([v], i) => open || i < FACET_SHOWN || chosen.includes(v));
      html.push(`<fieldset class="facet"><legend>${facet}</legend><ul>`);
      for (const [v, n] of visible) {
        const id = `f-${param}-${encodeURIComponent(v).replace(/%/g, "")}`;
        html.push(`<li><input type="checkbox" id="${escapeHtml(id)}" data-facet="${facet}" value="${escapeHtml(v)}"${chosen.includes(v) ? " checked" : ""}><label for="${escapeHtml(id)}">${escapeHtml(v)} <span class="count">${n.toLocaleString("ko-KR")}</span></label></li>`);
      }
      html.push("</ul>");
      if (values.length > visible.length || open) {
        html.push(`<button type="button" class="facet-toggle" data-facet="${facet}" aria-expanded="${open}">${open ? "접기" : `모두 보기 (${values.length})`}</button>`);
      }
      html.push("</fieldset>");
    }
    facetBox.innerHTML = html.join("");
    $("facet-aside").hidden = !html.length;
    const n = Object.values(selection).reduce((a, v) => a + v.length, 0);
    $("facet-chosen").textContent = n ? `(${n}개 선택)` : "";
  }

  async function renderMore(): Promise<void> {
    const token = seq;
    const slice = shown.slice(showing, showing + PAGE);
    const datas = await Promise.all(slice.map((r) => r.data()));
    if (token !== seq) return;
    const items = datas.map((d) => {
      const meta = d.meta ?? {};
      return `<li><a class="article-title" href="${escapeHtml(d.url)}">${escapeHtml(meta.title ?? d.url)}</a>` +
        `<div class="article-meta">${meta.outlet ? `<span class="outlet">${escapeHtml(meta.outlet)}</span>` : ""}${meta.date ? `<span class="date">${escapeHtml(meta.date)}</span>` : ""}</div>` +
        `<p class="excerpt">${d.excerpt}</p></li>`;
    });
    list.insertAdjacentHTML("beforeend", items.join(""));
    showing += slice.length;
    more.hidden = showing >= shown.length;
  }

  /** Runs the planned searches for `parts` within `sel`: their union and its facet counts. */
  async function execute(parts: QueryPart[], sel: FacetSelection): Promise<{ results: PagefindResult[]; counts: Record<string, Record<string, number>> }> {
    const plan = parts.length ? planSearches(parts, sel) : [{ term: null, filters: combineFilters(sel) }];
    const responses = await Promise.all(plan.map((s) => searchChecked(s)));
    if (plan.length === 1) return { results: responses[0].results, counts: { ...responses[0].filters } };
    const results = mergeResults(responses.map((r) => r.results));
    const counts: Record<string, Record<string, number>> = {};
    for (const d of await Promise.all(results.slice(0, COUNT_CAP).map((r) => r.data()))) {
      for (const [facet, values] of Object.entries(d.filters ?? {})) for (const v of values) {
        (counts[facet] ??= {})[v] = (counts[facet][v] ?? 0) + 1;
      }
    }
    return { results, counts };
  }

  /** Runs the search for the page's state and shows it; `mode` says how the address follows (see writeUrl). */
  async function run(mode: HistoryMode = "replace"): Promise<void> {
    const token = ++seq;
    list.setAttribute("aria-busy", "true");
    writeUrl(mode);
    const q = input.value.trim();
    const hasSelection = Object.values(selection).some((v) => v.length);
    if (!q && !hasSelection) {
      list.innerHTML = "";
      suggestBox.innerHTML = "";
      more.hidden = true;
      status.textContent = "검색어를 넣거나 기업·인물·태그·매체·연도를 골라 보세요.";
      $("narrowed").hidden = true;
      status.classList.add("prompt");
      renderFacets(allFilters);
      list.removeAttribute("aria-busy");
      return;
    }
    const parts = q ? analyzeQuery(q, index) : [];
    const dir = sortSel.value === "newest" ? "desc" : sortSel.value === "oldest" ? "asc" : null;
    const found = await execute(parts, selection);
    let results = found.results;
    const counts = found.counts;
    // A facet's own choices are alternatives (any of them), so its counts leave its own selection
    // out: with 2024 ticked, 2023 still shows how many it would add.
    const chosenFacets = Object.keys(selection).filter((f) => selection[f].length);
    const wider = await Promise.all(chosenFacets.map((f) => execute(parts, { ...selection, [f]: [] })));
    chosenFacets.forEach((f, i) => (counts[f] = wider[i].counts[f] ?? {}));
    if (token !== seq) return;
    // Sorting is ours, not Pagefind's: its `sort` drops pages without a date (날짜 미상).
    if (dir) results = orderBy(results, await dateOrder(dir));
    if (token !== seq) return;
    shown = results;
    showing = 0;
    list.innerHTML = "";
    renderSuggestions(suggestions(parts, index));
    renderFacets(counts);
    await renderMore();
    if (token !== seq) return;
    const what = q ? `‘${q}’ 검색 결과` : "선택한 조건의 기사";
    status.classList.remove("prompt");
    const chosenText = chosenFacets.map((f) => `${f}: ${selection[f].join("·")}`).join(", ");
    // Facets stay when the words change (they narrow what you type next); when they leave
    // nothing, say which ones do, and offer to drop them.
    status.textContent = results.length
      ? `${what} ${results.length.toLocaleString("ko-KR")}건${q && chosenText ? ` (${chosenText})` : ""}`
      : q && chosenText ? `${what}가 선택한 조건(${chosenText}) 안에는 없습니다.` : `${what}가 없습니다.`;
    $("narrowed").hidden = !(q && chosenText && !results.length);
    list.removeAttribute("aria-busy");
  }

  let timer: number | undefined;
  /** A choice: a new history entry, after which typing starts its own. */
  const chosen = () => {
    typingEntry = false;
    return "push" as const;
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      // The first change of the words makes an entry; the next keystrokes update it. (A space
      // that changes no word makes none, so it cannot hand the previous entry over to typing.)
      const mode = typingEntry ? "replace" : "push";
      if (writeUrl(mode)) typingEntry = true;
      void run("none");
    }, 300);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    // The words typed so far already have their entry: Enter completes it.
    const mode = typingEntry ? "replace" : "push";
    typingEntry = false;
    void run(mode);
  });
  sortSel.addEventListener("change", () => void run(chosen()));
  $("clear-facets").addEventListener("click", () => {
    selection = {};
    void run(chosen()).then(() => input.focus());
  });
  facetBox.addEventListener("change", (e) => {
    const box = e.target as HTMLInputElement;
    if (!box.dataset.facet) return;
    const set = new Set(selection[box.dataset.facet] ?? []);
    if (box.checked) set.add(box.value);
    else set.delete(box.value);
    selection = { ...selection, [box.dataset.facet]: [...set] };
    void run(chosen()).then(() => document.getElementById(box.id)?.focus());
  });
  facetBox.addEventListener("click", (e) => {
    const btn = (e.target as HTMLElement).closest("button.facet-toggle") as HTMLButtonElement | null;
    if (!btn) return;
    const facet = btn.dataset.facet!;
    if (expanded.has(facet)) expanded.delete(facet);
    else expanded.add(facet);
    void run("none").then(() => (facetBox.querySelector(`button.facet-toggle[data-facet="${facet}"]`) as HTMLElement | null)?.focus());
  });
  more.addEventListener("click", () => {
    const first = showing;
    void renderMore().then(() => (list.children[first]?.querySelector("a") as HTMLElement | null)?.focus());
  });
  window.addEventListener("popstate", () => {
    clearTimeout(timer);
    typingEntry = false;
    readUrl();
    void run("none");
  });
  readUrl();
  document.documentElement.dataset.search = "ready";
  await run("replace");
}

void start();
