/**
 * The search page's state and its address: the query, the sort and the facet selection live in
 * the URL (`?q=저커버그&sort=newest&year=2024`), so a search can be bookmarked, shared and
 * reloaded. Pure: strings in, strings out.
 */
import { FACETS } from "../site/search-words.ts";
import type { FacetSelection } from "./query.ts";

/** URL parameter of each facet, in display order. */
export const FACET_PARAMS: [param: string, facet: string][] = [
  ["company", FACETS.company],
  ["person", FACETS.person],
  ["tag", FACETS.tag],
  ["outlet", FACETS.outlet],
  ["year", "연도"],
];

/** The facets, in display order. */
export const FACET_NAMES = FACET_PARAMS.map(([, f]) => f);

/** Sort orders besides relevance. */
export type SortOrder = "" | "newest" | "oldest";

/** What the page shows: the words, the sort, the facet values chosen. */
export interface SearchState {
  q: string;
  sort: SortOrder;
  selection: FacetSelection;
}

/** The state a query string (`location.search`) describes; unknown values are ignored. */
export function readState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const sort = p.get("sort") ?? "";
  const selection: FacetSelection = {};
  for (const [param, facet] of FACET_PARAMS) {
    const v = p.getAll(param).filter(Boolean);
    if (v.length) selection[facet] = v;
  }
  return {
    q: p.get("q") ?? "",
    sort: sort === "newest" || sort === "oldest" ? sort : "",
    selection,
  };
}

/** The query string of a state (`?q=…`), or "" for the empty state; the words trimmed. */
export function writeState(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set("q", s.q.trim());
  if (s.sort) p.set("sort", s.sort);
  for (const [param, facet] of FACET_PARAMS)
    for (const v of s.selection[facet] ?? []) p.append(param, v);
  const qs = p.toString();
  return qs ? `?${qs}` : "";
}

/** The selection with one value of a facet turned on or off. */
export function toggleFacet(
  selection: FacetSelection,
  facet: string,
  value: string,
  on: boolean,
): FacetSelection {
  const set = new Set(selection[facet] ?? []);
  if (on) set.add(value);
  else set.delete(value);
  return { ...selection, [facet]: [...set] };
}

/** The facets with at least one value chosen. */
export const chosenFacets = (selection: FacetSelection) =>
  Object.keys(selection).filter((f) => selection[f].length);
