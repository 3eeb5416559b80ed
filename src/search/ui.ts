/// <reference lib="dom" />
/**
 * The search page (src/site/pages/search.njk) in the browser: the DOM wiring of the pure modules
 * (state.ts: the address; query.ts: the Korean query and its Pagefind plan; results.ts: what the
 * page says; excerpt.ts: highlighted excerpts; spelling.ts: nearest names; names.ts: the entity
 * index in parts) on Pagefind's JS API (https://pagefind.app/docs/api/). Bundled to
 * `assets/search.js` by src/search/bundle.ts.
 *
 * - Each choice (a facet value, the sort, a submitted query) is a new history entry, so Back
 *   returns to the previous results; typing makes one entry for the whole word, not one per
 *   keystroke. The page restores the state from the URL on load and on Back/Forward.
 * - Only the visible page of results loads its fragments: counts and facets come from
 *   Pagefind's answer (its filter counts), not from the results' data.
 * - Plain form controls, links and a status line (`role=status`): usable with the keyboard alone
 *   and announced by screen readers.
 * - Opened from `file://`, Pagefind cannot load its index: the page shows how to search offline.
 */
import { excerpt, markRule, type MarkRule } from "./excerpt.ts";
import { NAMES_DIR, shardFile, shardsForQuery, type NamesManifest } from "./names.ts";
import {
  absentNames,
  addToNameIndex,
  analyzeQuery,
  buildNameIndex,
  mergeResults,
  orderBy,
  planSearches,
  queryWords,
  suggestions,
  termOccurs,
  type FacetSelection,
  type NameIndex,
  type PlannedSearch,
  type QueryPart,
  type Suggestion,
} from "./query.ts";
import {
  facetGroups,
  resultHeading,
  statusLine,
  unionCounts,
  type FacetCounts,
} from "./results.ts";
import { nearestNames } from "./spelling.ts";
import {
  FACET_NAMES,
  chosenFacets,
  readState,
  toggleFacet,
  writeState,
  type SearchState,
} from "./state.ts";
import type { SearchData, SearchEntity } from "../site/search-data.ts";

/** Results per page: each loads its Pagefind fragment (about 2 KB gzipped). */
const PAGE = 10;
/** Wait after a keystroke before searching: long enough to skip a fast typist's letters, short enough to feel instant. */
const TYPING_PAUSE = 60;

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FacetCounts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string | null, o?: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse>;
}

/** How a search updates the address: a new history entry, the current one, or not at all. */
type HistoryMode = "push" | "replace" | "none";

/** What one search found, ready to render. */
interface Found {
  parts: QueryPart[];
  results: PagefindResult[];
  counts: FacetCounts;
  absent: SearchEntity[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const typeLabel: Record<SearchEntity["type"], string> = {
  company: "기업",
  person: "인물",
  tag: "태그",
  outlet: "매체",
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The entity index, loaded in parts as words need them (names.ts). */
class Names {
  readonly index: NameIndex = buildNameIndex({ entities: [] });
  private loaded = new Map<string, Promise<void>>();
  constructor(
    private base: URL,
    private manifest: NamesManifest,
  ) {}
  /** Loads the parts the words need; resolves when they are in the index. */
  load(words: string[]): Promise<void> {
    return Promise.all(
      shardsForQuery(words, this.manifest).map((key) => {
        if (!this.loaded.has(key)) {
          this.loaded.set(
            key,
            fetch(new URL(`${NAMES_DIR}/${shardFile(key)}`, this.base))
              .then((r) => r.json() as Promise<SearchData>)
              .then((d) => addToNameIndex(this.index, d)),
          );
        }
        return this.loaded.get(key)!;
      }),
    ).then(() => undefined);
  }
  /** Every entity loaded so far. */
  entities(): SearchEntity[] {
    return [...new Set([...this.index.byKey.values()].flat())];
  }
}

/** Runs searches on Pagefind: the plan of a query, checked and merged. */
class Searcher {
  private dateOrders = new Map<string, Promise<string[]>>();
  constructor(private pagefind: Pagefind) {}

  /** The query's results and facet counts within `sel` (no fragment loaded but the best result's, for plain words). */
  async find(q: string, parts: QueryPart[], sel: FacetSelection): Promise<Found> {
    const absent = absentNames(parts);
    if ((q && !parts.length) || absent.length) return { parts, results: [], counts: {}, absent };
    const plan = planSearches(parts, sel);
    const responses = await Promise.all(plan.map((s) => this.checked(s)));
    const results =
      responses.length === 1 ? responses[0].results : mergeResults(responses.map((r) => r.results));
    return { parts, results, counts: unionCounts(responses.map((r) => r.filters)), absent };
  }

  /** One planned search, emptied when Pagefind fell back to a shorter prefix of a plain word. */
  private async checked(s: PlannedSearch): Promise<PagefindResponse> {
    const r = await this.pagefind.search(s.term, { filters: s.filters });
    if (!s.term || !r.results.length || /^(zq\S*qz ?)+$/.test(s.term)) return r;
    const d = await r.results[0].data();
    return termOccurs(s.term, `${d.content} ${d.meta?.title ?? ""} ${d.meta?.words ?? ""}`)
      ? r
      : { results: [], filters: {} };
  }

  /** Ids of all pages by date (Pagefind's sort leaves undated pages out: they go last). */
  dateOrder(dir: "asc" | "desc"): Promise<string[]> {
    if (!this.dateOrders.has(dir))
      this.dateOrders.set(
        dir,
        this.pagefind.search(null, { sort: { date: dir } }).then((r) => r.results.map((x) => x.id)),
      );
    return this.dateOrders.get(dir)!;
  }
}

/** Links to the pages of the entities the query names; stand-ins (계열사, 그룹) under a line saying whose. */
function suggestionsHtml(list: Suggestion[], base: URL): string {
  const chip = (e: SearchEntity) =>
    `<li><a href="${escapeHtml(new URL(e.url!.slice(1), base).href)}">${escapeHtml(e.name)} · ${typeLabel[e.type]} · ${e.count.toLocaleString("ko-KR")}건</a></li>`;
  const html: string[] = [];
  const direct = list.filter((s) => !s.insteadOf);
  if (direct.length)
    html.push(`<ul class="chips">${direct.map((s) => chip(s.entity)).join("")}</ul>`);
  const groups = new Map<string, Suggestion[]>();
  for (const s of list)
    if (s.insteadOf) {
      const k = `${s.insteadOf.name}\u0000${s.insteadOf.relation}`;
      groups.set(k, [...(groups.get(k) ?? []), s]);
    }
  for (const g of groups.values()) {
    const { name, relation } = g[0].insteadOf!;
    const own = direct.some((s) => s.entity.name === name);
    html.push(
      `<p class="stand-in">‘${escapeHtml(name)}’ ${own ? "" : "항목은 따로 페이지가 없습니다. "}${relation === "계열사" ? "계열사" : "소속 그룹"} 페이지:</p>` +
        `<ul class="chips">${g.map((s) => chip(s.entity)).join("")}</ul>`,
    );
  }
  return html.length ? `<h2 class="visually-hidden">관련 항목</h2>${html.join("")}` : "";
}

/** The nearest names of a miss, as links that search them. */
function nearestHtml(names: SearchEntity[]): string {
  if (!names.length) return "";
  const links = names.map(
    (e) =>
      `<li><a href="?q=${encodeURIComponent(e.name)}">${escapeHtml(e.name)}</a> <span class="count">${typeLabel[e.type]} · ${e.hits.toLocaleString("ko-KR")}건</span></li>`,
  );
  return `<p class="stand-in">비슷한 이름:</p><ul class="chips">${links.join("")}</ul>`;
}

function facetsHtml(counts: FacetCounts, selection: FacetSelection, expanded: Set<string>): string {
  return facetGroups(counts, selection, expanded)
    .map((g) => {
      const items = g.values.map(({ value, count, chosen }) => {
        const id = escapeHtml(`f-${g.param}-${encodeURIComponent(value).replace(/%/g, "")}`);
        return `<li><input type="checkbox" id="${id}" data-facet="${g.facet}" value="${escapeHtml(value)}"${chosen ? " checked" : ""}><label for="${id}">${escapeHtml(value)} <span class="count">${count.toLocaleString("ko-KR")}</span></label></li>`;
      });
      const toggle =
        g.total > g.values.length || g.open
          ? `<button type="button" class="facet-toggle" data-facet="${g.facet}" aria-expanded="${g.open}">${g.open ? "접기" : `모두 보기 (${g.total})`}</button>`
          : "";
      return `<fieldset class="facet"><legend>${g.facet}</legend><ul>${items.join("")}</ul>${toggle}</fieldset>`;
    })
    .join("");
}

function resultHtml(d: PagefindData, rule: MarkRule): string {
  const h = resultHeading(d);
  return (
    `<li><a class="article-title" href="${escapeHtml(d.url)}">${escapeHtml(h.title)}</a>` +
    `<div class="article-meta">${h.outlet ? `<span class="outlet">${escapeHtml(h.outlet)}</span>` : ""}${h.date ? `<span class="date">${escapeHtml(h.date)}</span>` : ""}</div>` +
    `<p class="excerpt">${excerpt(d.content, rule)}</p></li>`
  );
}

/** Pagefind, the entity index and a searcher over them: what a search needs, loaded once. */
interface Engine {
  pagefind: Pagefind;
  names: Names;
  searcher: Searcher;
  /** Loads the facets' filter indexes (only those: not 일자, a display value); once. */
  facetsReady: () => Promise<void>;
}

async function loadEngine(base: URL): Promise<Engine> {
  const manifest = fetch(new URL(`${NAMES_DIR}/index.json`, base)).then(
    (r) => r.json() as Promise<NamesManifest>,
  );
  const pagefind = (await import(
    /* @vite-ignore */ new URL("pagefind/pagefind.js", base).href
  )) as Pagefind;
  // exactDiacritics: Pagefind folds Hangul to jamo, so 대토 would find 대통령; with it, a word matches at the syllable.
  await pagefind.options({ baseUrl: base.pathname, excerptLength: 40, exactDiacritics: true });
  await pagefind.init();
  // Pagefind fetches its wasm and index metadata at the first search; warm them up now.
  await pagefind.preload(null, { filters: {} });
  let facets: Promise<void> | undefined;
  const facetsReady = () =>
    (facets ??= pagefind.preload(null, {
      filters: Object.fromEntries(FACET_NAMES.map((f) => [f, []])),
    }));
  return {
    pagefind,
    names: new Names(base, await manifest),
    searcher: new Searcher(pagefind),
    facetsReady,
  };
}

function start(): void {
  if (location.protocol === "file:") {
    $("offline-note").hidden = false;
    $("results").removeAttribute("aria-busy");
    return;
  }
  // The search page is <base>search/…; every other URL hangs off that base (sub-path hosting).
  const base = new URL("../", location.href);
  // Pagefind and the index load when a search needs them (the address holds one, or the reader
  // goes to the search box), not with the page: its first load stays small.
  let engine: Promise<Engine> | undefined;
  wire(
    () =>
      (engine ??= loadEngine(base).then(
        (e) => ((document.documentElement.dataset.index = "ready"), e),
      )),
    base,
  );
}

/** Connects the page's controls to the search: the state, the runs, the history. */
function wire(engine: () => Promise<Engine>, base: URL): void {
  const input = $<HTMLInputElement>("q");
  const sortSel = $<HTMLSelectElement>("sort");
  const status = $("status");
  const list = $("results");
  const more = $<HTMLButtonElement>("more");
  const facetBox = $("facets");
  const suggestBox = $("suggestions");
  // The facets fold into a <details> on a phone (above the results, closed); on a wider screen,
  // where site.css hides its summary, they are always open beside the results.
  const panel = $<HTMLDetailsElement>("facet-panel");
  const wide = matchMedia("(min-width: 40.0625rem)");
  const syncPanel = () => void (wide.matches && (panel.open = true));
  wide.addEventListener("change", syncPanel);
  syncPanel();
  let pendingCounts: (() => Promise<void>) | null = null;
  panel.addEventListener("toggle", () => {
    const render = panel.open ? pendingCounts : null;
    pendingCounts = null;
    void render?.();
  });
  const expanded = new Set<string>();
  let selection: FacetSelection = {};
  const view = { shown: [] as PagefindResult[], showing: 0, rule: markRule([]), seq: 0 };
  /** Whether the current history entry was made by typing (further typing replaces it). */
  let typingEntry = false;

  const state = (): SearchState => ({
    q: input.value,
    sort: sortSel.value as SearchState["sort"],
    selection,
  });
  const writeUrl = (mode: HistoryMode): boolean => {
    if (mode === "none") return false;
    const qs = writeState(state());
    if (qs === location.search || (!qs && !location.search)) return false;
    history[mode === "push" ? "pushState" : "replaceState"](null, "", qs || location.pathname);
    return true;
  };
  const readUrl = () => {
    const s = readState(location.search);
    input.value = s.q;
    sortSel.value = s.sort;
    selection = s.selection;
  };

  async function renderMore(): Promise<void> {
    const token = view.seq;
    const slice = view.shown.slice(view.showing, view.showing + PAGE);
    const datas = await Promise.all(slice.map((r) => r.data()));
    if (token !== view.seq) return;
    list.insertAdjacentHTML("beforeend", datas.map((d) => resultHtml(d, view.rule)).join(""));
    view.showing += slice.length;
    more.hidden = view.showing >= view.shown.length;
  }

  function renderFacets(counts: FacetCounts): void {
    const html = facetsHtml(counts, selection, expanded);
    facetBox.innerHTML = html;
    $("facet-aside").hidden = !html;
    const n = Object.values(selection).reduce((a, v) => a + v.length, 0);
    $("facet-chosen").textContent = n ? `(${n}개 선택)` : "";
  }

  /** Runs the search for the page's state and shows it; `mode` says how the address follows. */
  async function run(mode: HistoryMode = "replace"): Promise<void> {
    const token = ++view.seq;
    pendingCounts = null;
    list.setAttribute("aria-busy", "true");
    writeUrl(mode);
    const q = input.value.trim();
    const hasSelection = Object.values(selection).some((v) => v.length);
    if (!q && !hasSelection) {
      list.innerHTML = suggestBox.innerHTML = "";
      more.hidden = true;
      status.textContent = "검색어를 넣어 보세요. 기업·인물·태그·매체·연도로 좁힐 수 있습니다.";
      status.classList.add("prompt");
      $("narrowed").hidden = true;
      renderFacets({});
      list.removeAttribute("aria-busy");
      return;
    }
    let e: Engine;
    try {
      e = await engine();
    } catch (err) {
      $("offline-note").hidden = false;
      status.textContent = "검색 색인을 불러오지 못했습니다.";
      list.removeAttribute("aria-busy");
      console.error(err);
      return;
    }
    const { names, searcher } = e;
    await names.load(queryWords(q));
    const parts = q ? analyzeQuery(q, names.index) : [];
    const found = await searcher.find(q, parts, selection);
    let results = found.results;
    const dir = sortSel.value === "newest" ? "desc" : sortSel.value === "oldest" ? "asc" : null;
    // Sorting is ours, not Pagefind's: its `sort` drops pages without a date (날짜 미상).
    if (dir) results = orderBy(results, await searcher.dateOrder(dir));
    if (token !== view.seq) return;
    Object.assign(view, { shown: results, showing: 0, rule: markRule(parts) });
    list.innerHTML = "";
    const near =
      !results.length && !found.absent.length
        ? parts.flatMap((p) => (p.entities.length ? [] : nearestNames(p.stem, names.entities())))
        : [];
    suggestBox.innerHTML =
      suggestionsHtml(suggestions(parts, names.index), base) + nearestHtml([...new Set(near)]);
    await renderMore();
    if (token !== view.seq) return;
    const chosen = chosenFacets(selection);
    status.classList.remove("prompt");
    status.textContent = statusLine({ q, selection, total: results.length, absent: found.absent });
    $("narrowed").hidden = !(q && chosen.length && !results.length && !found.absent.length);
    // The list stays busy until its facets are there too (the results are already readable). The
    // facet indexes (about 100 KB at 10,000 articles) load only when the facets are open: on a
    // phone, where they fold, when the reader opens them.
    if (panel.open) await renderCounts(e, token, q, parts);
    else {
      pendingCounts = () => renderCounts(e, token, q, parts);
      facetBox.innerHTML = "";
      $("facet-aside").hidden = false;
    }
    if (token === view.seq) list.removeAttribute("aria-busy");
  }

  /**
   * The facets of the search just shown: Pagefind's counts once the facet indexes are loaded (the
   * same search again, from cache). A facet's own choices are alternatives (any of them), so its
   * counts leave its own selection out: with 2024 ticked, 2023 still shows how many it would add.
   */
  async function renderCounts(
    { searcher, facetsReady }: Engine,
    token: number,
    q: string,
    parts: QueryPart[],
  ): Promise<void> {
    await facetsReady();
    const chosen = chosenFacets(selection);
    const [found, ...wider] = await Promise.all(
      [selection, ...chosen.map((f) => ({ ...selection, [f]: [] }))].map((sel) =>
        searcher.find(q, parts, sel),
      ),
    );
    chosen.forEach((f, i) => (found.counts[f] = wider[i].counts[f] ?? {}));
    if (token === view.seq) renderFacets(found.counts);
  }

  let timer: number | undefined;
  /** A choice: a new history entry, after which typing starts its own. */
  const choice = () => {
    typingEntry = false;
    return "push" as const;
  };
  // Going to the box starts loading the index, so that it is there when the words are.
  input.addEventListener("focus", () => void engine().catch(() => undefined));
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      // The first change of the words makes an entry; the next keystrokes update it. (A space
      // that changes no word makes none, so it cannot hand the previous entry over to typing.)
      if (writeUrl(typingEntry ? "replace" : "push")) typingEntry = true;
      void run("none");
    }, TYPING_PAUSE);
  });
  $<HTMLFormElement>("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    // The words typed so far already have their entry: Enter completes it.
    const mode = typingEntry ? "replace" : "push";
    typingEntry = false;
    void run(mode);
  });
  sortSel.addEventListener("change", () => void run(choice()));
  $("clear-facets").addEventListener("click", () => {
    selection = {};
    void run(choice()).then(() => input.focus());
  });
  facetBox.addEventListener("change", (e) => {
    const box = e.target as HTMLInputElement;
    if (!box.dataset.facet) return;
    selection = toggleFacet(selection, box.dataset.facet, box.value, box.checked);
    void run(choice()).then(() => document.getElementById(box.id)?.focus());
  });
  facetBox.addEventListener("click", (e) => {
    const btn = (e.target as HTMLElement).closest(
      "button.facet-toggle",
    ) as HTMLButtonElement | null;
    if (!btn) return;
    const facet = btn.dataset.facet!;
    if (expanded.has(facet)) expanded.delete(facet);
    else expanded.add(facet);
    void run("none").then(() =>
      (
        facetBox.querySelector(`button.facet-toggle[data-facet="${facet}"]`) as HTMLElement | null
      )?.focus(),
    );
  });
  more.addEventListener("click", () => {
    const first = view.showing;
    void renderMore().then(() =>
      (list.children[first]?.querySelector("a") as HTMLElement | null)?.focus(),
    );
  });
  window.addEventListener("popstate", () => {
    clearTimeout(timer);
    typingEntry = false;
    readUrl();
    void run("none");
  });
  readUrl();
  document.documentElement.dataset.search = "ready";
  void run("replace");
}

void start();
