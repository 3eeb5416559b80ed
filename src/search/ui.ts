/// <reference lib="dom" />
/**
 * The search page (src/site/pages/search.njk) in the browser: wires the pure modules to the DOM
 * (state.ts: the address; query.ts: the Korean query; plan.ts: the searches and the result
 * order; results.ts and html.ts: what the page says and shows; spelling.ts: nearest names) on
 * engine.ts (Pagefind and the entity index, loaded when first needed). Bundled to
 * `assets/search.js` by src/search/bundle.ts.
 *
 * - Each choice (a facet value, the sort, a submitted query) is a new history entry, so Back
 *   returns to the previous results; typing makes one entry for the whole word, not one per
 *   keystroke. The page restores the state from the URL on load and on Back/Forward.
 * - The first page of results shows as soon as its first fragment is there; only the visible
 *   results load their fragments. Counts and facets come from Pagefind's answer (its filter
 *   counts), filled in after the results; the facet indexes load only when the reader opens
 *   the facets (or the address holds a choice).
 * - Plain form controls, links and a status line (`role=status`): usable with the keyboard alone
 *   and announced by screen readers.
 * - Opened from `file://`, Pagefind cannot load its index: the page shows how to search offline.
 */
import { markRule, type MarkRule } from "./excerpt.ts";
import { loadEngine, loadNames, type Engine, type Names, type Result } from "./engine.ts";
import { facetsHtml, nearestHtml, resultHtml, rowHtml, suggestionsHtml } from "./html.ts";
import { bylinesHtml, membersHtml } from "./html.ts";
import type { ResultRow } from "./html.ts";
import {
  firstPageOf,
  nextRows,
  PAGE_SIZE,
  resultOrder,
  searchedWords,
  typingPause,
} from "./plan.ts";
import { analyzeQuery, namesOpenedBy, opensName, orderBy, queryWords } from "./query.ts";
import { smallSearch, wordsOpenedBy } from "./query.ts";
import {
  absentBylines,
  absentNames,
  groupMembers,
  outletsNamed,
  reportersNamed,
  suggestions,
} from "./query.ts";
import type { FacetSelection, QueryPart } from "./query.ts";
import { statusLine, type FacetCounts } from "./results.ts";
import { nearestNames } from "./spelling.ts";
import { chosenFacets, readState, toggleFacet, writeState, type SearchState } from "./state.ts";
import { compileGrammar, type SearchGrammar } from "../core/search-grammar.ts";

/**
 * The archive's particles and honorifics, put in by the build (bundle.ts: the lexicon with the
 * archive's `lexicon.user.yaml` over it), so a word a user adds reaches search.
 */
declare const SILLOK_SEARCH_GRAMMAR: SearchGrammar;
const GRAMMAR = compileGrammar(SILLOK_SEARCH_GRAMMAR);
/** The byline role a link to a reporter's articles types (the lexicon's first: 기자). */
const BYLINE_ROLE = GRAMMAR.roles[0] ?? "";

/** How a search updates the address: a new history entry, the current one, or not at all. */
type HistoryMode = "push" | "replace" | "none";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The page: its controls, what it shows, and the loaders of what searches need. */
interface Page {
  base: URL;
  input: HTMLInputElement;
  sortSel: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  facetBox: HTMLElement;
  suggestBox: HTMLElement;
  panel: HTMLDetailsElement;
  engine: () => Promise<Engine>;
  /** The engine once it has loaded (typing warms its chunks only then: it never waits for it). */
  ready?: Engine;
  names: () => Names;
  selection: FacetSelection;
  expanded: Set<string>;
  /**
   * The last search: its results, how many rows the list shows, the first result not yet read,
   * the pages shown from a built first page (left out as the results reach them), the highlight
   * rule, and the run number.
   */
  view: {
    shown: Result[];
    showing: number;
    next: number;
    skip: Set<string>;
    /** The query whose built first page the list shows (null: none), painted while typing or by the search. */
    painted: string | null;
    rule: MarkRule;
    seq: number;
  };
  /** Whether the current history entry was made by typing (further typing replaces it). */
  typingEntry: boolean;
  /** The facet counts of a search shown while the facets were folded. */
  pendingCounts: (() => Promise<void>) | null;
}

function start(): void {
  if (location.protocol === "file:") {
    $("offline-note").hidden = false;
    $("results").removeAttribute("aria-busy");
    return;
  }
  // The search page is <base>search/…; every other URL hangs off that base (sub-path hosting).
  const base = new URL("../", location.href);
  // Pagefind loads when a search needs it (the address holds one, the reader goes to the box) or
  // once the page is idle; the entity index part by part as words need them: the page's own
  // first load stays small.
  let engine: Promise<Engine> | undefined;
  let names: Names | undefined;
  const page: Page = {
    base,
    input: $("q"),
    sortSel: $("sort"),
    status: $("status"),
    list: $("results"),
    more: $("more"),
    facetBox: $("facets"),
    suggestBox: $("suggestions"),
    panel: $("facet-panel"),
    engine: () =>
      (engine ??= loadEngine(base).then((e) => {
        document.documentElement.dataset.index = "ready";
        return (page.ready = e);
      })),
    names: () => (names ??= loadNames(base, GRAMMAR)),
    selection: {},
    expanded: new Set(),
    view: {
      shown: [],
      showing: 0,
      next: 0,
      skip: new Set(),
      painted: null,
      rule: markRule([], GRAMMAR),
      seq: 0,
    },
    typingEntry: false,
    pendingCounts: null,
  };
  wirePanel(page);
  wireTyping(page);
  wireChoices(page);
  readUrl(page);
  document.documentElement.dataset.search = "ready";
  void run(page, "replace");
  whenIdle(() => {
    warmRowLayout(page);
    void page.engine().catch(() => undefined);
  });
}

/**
 * A result row as the list shows one, never shown: Hangul, Latin and digits in each of its
 * styles (title, outlet, date, excerpt, highlight).
 */
const WARM_ROW: ResultRow = {
  url: "#",
  title: "검색 결과 제목 Title 2024",
  outlet: "매체 Outlet",
  date: "2024년 1월 1일 09:00",
  excerpt: "본문 발췌 <mark>강조</mark> Excerpt 123 …",
};

/**
 * Lays out one hidden row ({@link WARM_ROW}) off screen once the page is idle, then removes it, so
 * that the first result does not pay for the first layout of a row: the browser then sets up the
 * fonts of the row's styles for its scripts (Hangul's are fallback fonts on many systems). In
 * headless Chromium on Linux the first row took 27–118 ms to lay out and the next ones 2–13 ms
 * (the search page at load 13), and the reader waits for that first layout.
 */
function warmRowLayout(p: Page): void {
  const probe = p.list.cloneNode(false) as HTMLElement;
  probe.removeAttribute("id");
  probe.setAttribute("aria-hidden", "true");
  probe.style.cssText = `position:absolute;visibility:hidden;left:-9999px;width:${p.list.offsetWidth}px`;
  probe.innerHTML = rowHtml(WARM_ROW);
  p.list.after(probe);
  void probe.offsetHeight;
  probe.remove();
}

/**
 * Runs `f` once the page is idle after its load: Pagefind (its script, WebAssembly and index
 * metadata, about 180 KB gzipped at 10,000 articles) loads then rather than with the page (whose
 * first load stays small) or at the first keystroke (which would then wait for it).
 */
function whenIdle(f: () => void): void {
  const idle = (window as { requestIdleCallback?: (f: () => void, o?: object) => void })
    .requestIdleCallback;
  const later = () => (idle ? idle(f, { timeout: 2000 }) : setTimeout(f, 200));
  if (document.readyState === "complete") later();
  else window.addEventListener("load", later, { once: true });
}

/** The page's state as the address holds it. */
const stateOf = (p: Page): SearchState => ({
  q: p.input.value,
  sort: p.sortSel.value as SearchState["sort"],
  selection: p.selection,
});

/** Writes the state into the address; false when it was already there. */
function writeUrl(p: Page, mode: HistoryMode): boolean {
  if (mode === "none") return false;
  const qs = writeState(stateOf(p));
  if (qs === location.search || (!qs && !location.search)) return false;
  history[mode === "push" ? "pushState" : "replaceState"](null, "", qs || location.pathname);
  return true;
}

function readUrl(p: Page): void {
  const s = readState(location.search);
  p.input.value = s.q;
  p.sortSel.value = s.sort;
  p.selection = s.selection;
  // A choice in the address (a shared link, Back to a narrowed search) shows its facets.
  if (chosenFacets(s.selection).length) p.panel.open = true;
}

/**
 * The facets fold into a <details> (above the results on a phone, beside them on a wider
 * screen), closed until the reader opens it or the address holds a choice: their filter
 * indexes (about 140 KB gzipped at 10,000 articles, more than a search's own files) load only
 * then. Once open they stay open for the next searches; counts of a search shown while folded
 * are filled in when the reader opens them.
 */
function wirePanel(p: Page): void {
  p.panel.addEventListener("toggle", () => {
    const render = p.panel.open ? p.pendingCounts : null;
    p.pendingCounts = null;
    void render?.();
  });
}

/**
 * Typing searches after a pause; going to the box starts loading the index. A keystroke that
 * changes no word the search reads (a space after a word, a comma) leaves the search as it is;
 * the input method committing its text (a Korean syllable finished by a space or an arrow key)
 * searches at once (plan.ts typingPause).
 */
function wireTyping(p: Page): void {
  let timer: number | undefined;
  /** The words of the search under way or waiting (plan.ts searchedWords). */
  let typed = searchedWords(p.input.value);
  const schedule = (pause: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      const done = run(p, "none");
      const token = p.view.seq;
      // The address follows once the search has shown (unless a later one took over): Chromium
      // fetches and decodes the page's icon again at every history change, pushState and
      // replaceState alike (an SVG icon is a document of its own: 20–120 ms of the page's thread
      // on a busy machine), which would hold up the first row. The first change of the words
      // makes an entry; the next keystrokes' searches update it.
      void done.then(() => {
        if (token === p.view.seq && writeUrl(p, p.typingEntry ? "replace" : "push"))
          p.typingEntry = true;
      });
    }, pause);
  };
  p.input.addEventListener("focus", () => void p.engine().catch(() => undefined));
  p.input.addEventListener("input", () => {
    const words = searchedWords(p.input.value);
    if (words === typed) return;
    typed = words;
    // A search still under way is for words the reader has gone past: it stops where it is.
    p.view.seq++;
    preloadTyped(p);
    schedule(typingPause(p.input.value, { opensName: opening(p), quick: quickSearch(p) }));
  });
  p.input.addEventListener("compositionend", () => {
    // Only a search still waiting: one under way already has these words.
    if (timer !== undefined)
      schedule(typingPause(p.input.value, { opensName: opening(p), committed: true }));
  });
  $<HTMLFormElement>("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(timer);
    // The words typed so far already have their entry: Enter completes it.
    const mode = p.typingEntry ? "replace" : "push";
    p.typingEntry = false;
    void run(p, mode);
  });
  window.addEventListener("popstate", () => {
    clearTimeout(timer);
    p.typingEntry = false;
    readUrl(p);
    typed = searchedWords(p.input.value);
    void run(p, "none");
  });
}

/**
 * While the reader types, the work of the search starts at once, not after the pause: the entity
 * index part of the words typed so far (a few KB), then the index chunks their search will read
 * (plan.ts warmChunks: a name's token chunk, a word's chunk and those its longer words fill; not
 * for a one-letter word, whose chunks reach a large share of the index, nor for a word on the way
 * to a name). A finished word's chunks are mostly its prefix's (반도체's among 반도's), so the
 * search after the last keystroke rarely waits for the network. Words that name an entity alone
 * paint its built first page as soon as it is here (a few KB), without waiting for the pause.
 */
function preloadTyped(p: Page): void {
  const q = p.input.value;
  void p
    .names()
    .load(queryWords(q))
    .then(async () => {
      const parts = analyzeQuery(q, p.names().index);
      // A name's first page paints as soon as it is here, before Pagefind's chunks load (their
      // decompression runs on the page's thread and would hold up the paint).
      if (await paintFirstPage(p, q.trim(), parts)) await afterPaint();
      // A word on the way to a few names (삼성전): their first pages, before the last letter.
      const words = queryWords(q);
      const last = words.at(-1) ?? "";
      // A word on the way to a frequent word (대통 → 대통령): the likeliest first pages, likewise.
      if (words.length === 1)
        for (const e of [
          ...namesOpenedBy(p.names().index, last),
          ...wordsOpenedBy(p.names().index, last),
        ])
          void p.names().firstPage(e);
      // A word on the way to a name would warm chunks the name's search never reads.
      if (!p.ready || q !== p.input.value || opening(p)(last)) return;
      return p.ready.warm(parts);
    })
    .catch(() => undefined);
}

/**
 * Resolves once the browser has painted what the page just put in (the next animation frame,
 * then a task), or after 300 ms where frames do not come (a hidden tab). Not sooner: on a busy
 * machine a frame can take longer than 100 ms, and Pagefind's answer, handled on the page's
 * thread, would then hold up the paint it waits for.
 */
const afterPaint = () =>
  new Promise<void>((ok) => {
    requestAnimationFrame(() => setTimeout(ok, 0));
    setTimeout(ok, 300);
  });

/**
 * Whether the words typed may be searched at once, without the typing pause (plan.ts
 * typingPause `quick`): Pagefind is loaded and runs no search, and the entity index parts of the
 * words are here and say that Pagefind answers them quickly (query.ts smallSearch).
 */
function quickSearch(p: Page): boolean {
  const q = p.input.value;
  const names = p.names();
  if (!p.ready?.idle() || !names.has(queryWords(q))) return false;
  return smallSearch(analyzeQuery(q, names.index), names.index);
}

/** Whether a word opens a longer name of the parts loaded so far (query.ts opensName). */
const opening = (p: Page) => (word: string) => opensName(p.names().index, word);

/** The sort, the facets, "clear" and "more": each a choice (a history entry) or a view change. */
function wireChoices(p: Page): void {
  /** A choice: a new history entry, after which typing starts its own. */
  const choice = () => ((p.typingEntry = false), "push" as const);
  p.sortSel.addEventListener("change", () => void run(p, choice()));
  $("clear-facets").addEventListener("click", () => {
    p.selection = {};
    void run(p, choice()).then(() => p.input.focus());
  });
  p.facetBox.addEventListener("change", (e) => {
    const box = e.target as HTMLInputElement;
    if (!box.dataset.facet) return;
    p.selection = toggleFacet(p.selection, box.dataset.facet, box.value, box.checked);
    void run(p, choice()).then(() => document.getElementById(box.id)?.focus());
  });
  p.facetBox.addEventListener("click", (e) => {
    const btn = (e.target as HTMLElement).closest<HTMLElement>("button.facet-toggle");
    if (!btn) return;
    const facet = btn.dataset.facet!;
    if (!p.expanded.delete(facet)) p.expanded.add(facet);
    void run(p, "none").then(() =>
      p.facetBox.querySelector<HTMLElement>(`button.facet-toggle[data-facet="${facet}"]`)?.focus(),
    );
  });
  p.more.addEventListener("click", () => {
    const first = p.view.showing;
    void renderMore(p).then(() => p.list.children[first]?.querySelector("a")?.focus());
  });
}

/**
 * Shows the next page of results. The first page shows each result as soon as its fragment (and
 * those before it) are there; a further page ("결과 더 보기") shows at once, its button disabled
 * while it loads, so that a second click cannot load the same page twice. Pages a built first
 * page already shows are left out (plan.ts nextRows).
 */
async function renderMore(p: Page): Promise<void> {
  const { seq, shown, next, skip, rule } = p.view;
  if (p.view.showing === 0) {
    const slice = shown.slice(0, PAGE_SIZE);
    if (!(await renderFirstPage(p, slice))) return;
    Object.assign(p.view, { showing: slice.length, next: slice.length });
  } else {
    p.more.disabled = true;
    const page = await nextRows(shown, next, PAGE_SIZE, skip).finally(
      () => (p.more.disabled = false),
    );
    if (seq !== p.view.seq) return;
    p.list.insertAdjacentHTML("beforeend", page.rows.map((d) => resultHtml(d, rule)).join(""));
    Object.assign(p.view, { showing: p.view.showing + page.rows.length, next: page.next });
  }
  showMoreButton(p);
}

/** "결과 더 보기" shows while results are left that the list does not show yet. */
function showMoreButton(p: Page): void {
  const { shown, next, skip } = p.view;
  p.more.hidden = shown.length - next <= skip.size;
}

/**
 * Shows the first page's results one by one; false when a later search took over. The first
 * result's fragment loads alone first and is painted before the others load: they would share
 * the network, Pagefind's worker and this thread (their decoding) with it, and the first result
 * is what the reader waits for.
 */
async function renderFirstPage(p: Page, slice: Result[]): Promise<boolean> {
  const { seq, rule } = p.view;
  const first = slice.length ? await slice[0].data() : null;
  if (seq !== p.view.seq) return false;
  if (first) {
    p.list.insertAdjacentHTML("beforeend", resultHtml(first, rule));
    performance.mark("search:first");
    // The other rows' fragments are fetched and decoded on this thread: after the first paints.
    await afterPaint();
    if (seq !== p.view.seq) return false;
  }
  for (const load of slice.slice(1).map((r) => r.data())) {
    const d = await load;
    if (seq !== p.view.seq) return false;
    p.list.insertAdjacentHTML("beforeend", resultHtml(d, rule));
  }
  return true;
}

function renderFacets(p: Page, counts: FacetCounts): void {
  const html = facetsHtml(counts, p.selection, p.expanded);
  p.facetBox.innerHTML = html;
  $("facet-aside").hidden = !html;
  const n = Object.values(p.selection).reduce((a, v) => a + v.length, 0);
  $("facet-chosen").textContent = n ? `(${n}개 선택)` : "";
}

/** The empty state: no words, no facet. */
function showPrompt(p: Page): void {
  p.view.painted = null;
  p.list.innerHTML = p.suggestBox.innerHTML = "";
  p.more.hidden = true;
  p.status.textContent = "검색어를 넣어 보세요. 기업·인물·태그·매체·연도로 좁힐 수 있습니다.";
  p.status.classList.add("prompt");
  $("narrowed").hidden = true;
  renderFacets(p, {});
  p.list.removeAttribute("aria-busy");
}

/** Runs the search for the page's state and shows it; `mode` says how the address follows. */
async function run(p: Page, mode: HistoryMode = "replace"): Promise<void> {
  const token = ++p.view.seq;
  const current = () => token === p.view.seq;
  p.pendingCounts = null;
  p.facetBox.removeAttribute("aria-busy");
  p.list.setAttribute("aria-busy", "true");
  writeUrl(p, mode);
  const q = p.input.value.trim();
  if (!q && !chosenFacets(p.selection).length) return showPrompt(p);
  // Marks of each step, for the search benchmark (scripts/search-bench.ts) and the browser's profiler.
  performance.mark("search:run");
  const engine = p.engine();
  engine.catch(() => undefined); // awaited below, after the first page is painted
  let e: Engine;
  let painted = false;
  let parts: QueryPart[] = [];
  try {
    await p.names().load(queryWords(q));
    parts = q ? analyzeQuery(q, p.names().index) : [];
    painted = current() && (await paintFirstPage(p, q, parts));
    // Pagefind's answer is handled on the page's thread: the painted rows show first.
    if (painted) await afterPaint();
    e = await engine;
  } catch (err) {
    return showOffline(p, err);
  }
  performance.mark("search:loaded");
  // A later keystroke has started its own search: this one would only hold up Pagefind's worker.
  if (!current()) return;
  const dir = resultOrder(p.sortSel.value, parts);
  // By relevance, the first result can show before every shard's answer is checked.
  const early = painted || dir ? null : earlyFirst(p, q, parts);
  const found = await e.find(q, parts, p.selection, current, early?.take);
  performance.mark("search:found");
  // Sorting is ours, not Pagefind's: its `sort` drops pages without a date (날짜 미상).
  const results = dir ? orderBy(found.results, await e.dateOrder(dir)) : found.results;
  const first = early && (await early.close());
  if (!current()) return;
  if (painted) {
    Object.assign(p.view, { shown: results, next: 0 });
    showMoreButton(p);
  } else if (first && first === results[0]) {
    await renderAfterFirst(p, results);
  } else {
    const why = found.absent.length || found.unsigned.length;
    showResults(p, q, parts, results, !results.length && !why);
    await renderMore(p);
  }
  performance.mark("search:shown");
  if (!current()) return;
  showStatus(p, q, results.length, parts);
  await fillCounts(p, e, token, q, parts);
  if (current()) p.list.removeAttribute("aria-busy");
}

/**
 * Paints the first result as soon as the plan knows it (plan.ts findResults `onFirst`: the best
 * hit of a shard whose answer holds the word), while the other shards' answers are still being
 * checked. `take` paints it (its fragment, which its shard's check loaded); `close`, once the
 * whole answer is in, stops a later paint and tells which result was painted (null: none).
 */
function earlyFirst(
  p: Page,
  q: string,
  parts: QueryPart[],
): { take: (hit: Result) => void; close: () => Promise<Result | null> } {
  const token = p.view.seq;
  let open = true;
  let painted: Promise<Result | null> = Promise.resolve(null);
  const take = (hit: Result) => {
    performance.mark("search:best");
    painted = hit.data().then((d) => {
      if (!open || token !== p.view.seq) return null;
      showResults(p, q, parts, [], false);
      p.list.insertAdjacentHTML("beforeend", resultHtml(d, p.view.rule));
      performance.mark("search:first");
      return hit;
    });
  };
  const close = () => ((open = false), painted.catch(() => null));
  return { take, close };
}

/** The rest of the first page after a first result painted early ({@link earlyFirst}), once it has painted. */
async function renderAfterFirst(p: Page, results: Result[]): Promise<void> {
  const seq = p.view.seq;
  await afterPaint();
  if (seq !== p.view.seq) return;
  p.view.shown = results;
  const slice = results.slice(1, PAGE_SIZE);
  if (!(await renderFirstPage(p, slice))) return;
  Object.assign(p.view, { showing: slice.length + 1, next: slice.length + 1 });
  showMoreButton(p);
}

/** Pagefind or the entity index could not be loaded (e.g. the site opened from a file). */
function showOffline(p: Page, err: unknown): void {
  $("offline-note").hidden = false;
  p.status.textContent = "검색 색인을 불러오지 못했습니다.";
  p.list.removeAttribute("aria-busy");
  console.error(err);
}

/**
 * The status line: how many results (or why none: names or bylines the archive has no article
 * for, a group's members that have some), and the note when the facets left none.
 */
function showStatus(p: Page, q: string, total: number, parts: QueryPart[]): void {
  const absent = absentNames(parts);
  const unsigned = absentBylines(parts);
  const members = groupMembers(absent, p.names().index);
  p.status.classList.remove("prompt");
  p.status.textContent = statusLine({
    q,
    selection: p.selection,
    total,
    absent,
    unsigned,
    members,
    signed: reportersNamed(parts, p.names().index),
    outlets: outletsNamed(parts),
  });
  const why = absent.length || unsigned.length;
  $("narrowed").hidden = !(q && chosenFacets(p.selection).length && !total && !why);
}

/**
 * Paints the built first page of a name's or a frequent word's search (plan.ts firstPageOf)
 * without waiting for Pagefind: the suggestions, the rows and the count (the build's: a name's
 * hits, the pages its token is on; a word's, the pages with a word it starts), which Pagefind's
 * answer then confirms. Its rows stay; the results Pagefind adds are the rows after them.
 * @returns whether it painted (false when the query has no first page or a later one took over)
 */
async function paintFirstPage(p: Page, q: string, parts: QueryPart[]): Promise<boolean> {
  const token = p.view.seq;
  const built = firstPageOf(parts, p.selection, p.sortSel.value, p.names().index.words);
  // Painted while the reader typed: it stays.
  if (built && p.view.painted === q) return true;
  const rows: ResultRow[] | null = built && (await p.names().firstPage(built));
  if (!built || !rows?.length || token !== p.view.seq) return false;
  showResults(p, q, parts, [], false);
  p.list.insertAdjacentHTML("beforeend", rows.map(rowHtml).join(""));
  performance.mark("search:first");
  const skip = new Set(rows.map((r) => r.url));
  Object.assign(p.view, { showing: rows.length, skip, painted: q });
  p.more.hidden = true;
  showStatus(p, q, built.hits, parts);
  return true;
}

/** Clears the list for `results` and shows the suggestions (and, when `near`, the nearest names of a miss). */
function showResults(
  p: Page,
  q: string,
  parts: QueryPart[],
  results: Result[],
  near: boolean,
): void {
  const rule = markRule(parts, GRAMMAR);
  Object.assign(p.view, {
    shown: results,
    showing: 0,
    next: 0,
    skip: new Set(),
    painted: null,
    rule,
  });
  p.list.innerHTML = "";
  const names = p.names();
  const nearest = near
    ? parts.flatMap((x) => (x.entities.length ? [] : nearestNames(x.stem, names.entities())))
    : [];
  // A group with no article of its own: its members with articles first, then the other links.
  const members = membersHtml(groupMembers(absentNames(parts), names.index));
  const bylines = bylinesHtml(reportersNamed(parts, names.index), BYLINE_ROLE);
  p.suggestBox.innerHTML =
    members +
    suggestionsHtml(suggestions(parts, names.index), p.base) +
    bylines +
    nearestHtml([...new Set(nearest)]);
}

/**
 * The list stays busy until its facets are there too (the results are already readable). The
 * facet indexes load only when the facets are open (see {@link wirePanel}).
 */
async function fillCounts(
  p: Page,
  e: Engine,
  token: number,
  q: string,
  parts: QueryPart[],
): Promise<void> {
  // Nothing found and nothing chosen: nothing to narrow, no facet index to load.
  if (!p.view.shown.length && !chosenFacets(p.selection).length) return renderFacets(p, {});
  if (p.panel.open) return renderCounts(p, e, token, q, parts);
  p.pendingCounts = () => renderCounts(p, e, token, q, parts);
  p.facetBox.innerHTML = "";
  $("facet-aside").hidden = false;
}

/**
 * The facets of the search just shown: Pagefind's counts once the facet indexes are loaded (the
 * same search again, from cache). A facet's own choices are alternatives (any of them), so its
 * counts leave its own selection out: with 2024 ticked, 2023 still shows how many it would add.
 */
async function renderCounts(
  p: Page,
  e: Engine,
  token: number,
  q: string,
  parts: QueryPart[],
): Promise<void> {
  p.facetBox.setAttribute("aria-busy", "true");
  await e.facetsReady();
  const chosen = chosenFacets(p.selection);
  const [found, ...wider] = await Promise.all(
    [p.selection, ...chosen.map((f) => ({ ...p.selection, [f]: [] }))].map((sel) =>
      e.find(q, parts, sel),
    ),
  );
  chosen.forEach((f, i) => (found.counts[f] = wider[i].counts[f] ?? {}));
  if (token !== p.view.seq) return;
  renderFacets(p, found.counts);
  p.facetBox.removeAttribute("aria-busy");
}

void start();
