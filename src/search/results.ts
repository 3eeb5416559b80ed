/**
 * What the search page says about a search, decided without the DOM: the status line, the facet
 * lists (values, counts, which are shown), the lines a miss shows, and a result's heading data.
 * Pure functions over plain values; src/search/ui.ts renders them.
 */
import type { SearchEntity, SearchReporter } from "../site/search-data.ts";
import type { FacetSelection, GroupMembers } from "./query.ts";
import { FACET_PARAMS, chosenFacets } from "./state.ts";

/** Facet values shown before "모두 보기". */
export const FACET_SHOWN = 8;

/** Facet counts as Pagefind gives them: facet → value → pages. */
export type FacetCounts = Record<string, Record<string, number>>;

/** One facet as the page lists it. */
export interface FacetGroup {
  param: string;
  facet: string;
  /** Values to show, in order, with their counts and whether chosen. */
  values: { value: string; count: number; chosen: boolean }[];
  /** All values the facet has here (for "모두 보기 (n)"). */
  total: number;
  /** Whether the list is unfolded. */
  open: boolean;
}

/**
 * The facet lists: every facet with a value that has pages (or is chosen); years newest first
 * (날짜 미상 last), other facets by count then 가나다; folded to {@link FACET_SHOWN} values (chosen
 * ones always shown) unless `expanded` has the facet.
 */
export function facetGroups(
  counts: FacetCounts,
  selection: FacetSelection,
  expanded: ReadonlySet<string>,
): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const [param, facet] of FACET_PARAMS) {
    const chosen = selection[facet] ?? [];
    const values = Object.entries(counts[facet] ?? {}).filter(
      ([v, n]) => n > 0 || chosen.includes(v),
    );
    for (const v of chosen) if (!values.some(([x]) => x === v)) values.push([v, 0]);
    if (!values.length) continue;
    const year = (v: string) => (/^\d{4}$/.test(v) ? v : "");
    values.sort(
      facet === "연도"
        ? (a, b) => year(b[0]).localeCompare(year(a[0]))
        : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ko"),
    );
    const open = expanded.has(facet);
    const shown = values.filter(([v], i) => open || i < FACET_SHOWN || chosen.includes(v));
    groups.push({
      param,
      facet,
      open,
      total: values.length,
      values: shown.map(([value, count]) => ({ value, count, chosen: chosen.includes(value) })),
    });
  }
  return groups;
}

/** What a finished search found, for {@link statusLine}. */
export interface Outcome {
  q: string;
  selection: FacetSelection;
  total: number;
  /** Names the query uses that no article has (the answer is empty because of them). */
  absent: SearchEntity[];
  /** Bylines the query asks for that signed no article (김민재 기자). */
  unsigned?: SearchReporter[];
  /** Reporters the query names that signed articles (offered as byline links beside the results). */
  signed?: SearchReporter[];
  /** Outlets the query names that have articles (suggested above the status: query.ts outletsNamed). */
  outlets?: SearchEntity[];
  /** The absent groups' member companies that have articles (query.ts groupMembers). */
  members?: GroupMembers[];
}

const n = (x: number) => x.toLocaleString("ko-KR");

/**
 * The status line: the count (`‘저커버그’ 검색 결과 12건`), or why there is nothing: a byline
 * that signed no article, a name the archive has no article for (for a group whose members have
 * some, that it has none of its own and which members do, with counts), facets that leave
 * nothing, or plainly no result.
 */
export function statusLine(o: Outcome): string {
  const chosen = chosenFacets(o.selection)
    .map((f) => `${f}: ${o.selection[f].join("·")}`)
    .join(", ");
  const what = o.q ? `‘${o.q}’ 검색 결과` : "선택한 조건의 기사";
  if (o.total) return `${what} ${n(o.total)}건${o.q && chosen ? ` (${chosen})` : ""}`;
  if (o.unsigned?.length)
    return `이 아카이브에는 바이라인이 ${o.unsigned.map((r) => `‘${r.name}’`).join(", ")}인 기사가 없습니다.`;
  const groups = o.members ?? [];
  const bare = o.absent.filter((e) => !groups.some((g) => g.group === e));
  const lines = groups.map(
    (g) =>
      `‘${g.group.name}’ 그룹 이름이 나오는 기사는 없지만, 계열사 기사는 있습니다: ${g.members.map((m) => `${m.name} ${n(m.hits)}건`).join(", ")}.`,
  );
  if (bare.length)
    lines.unshift(
      `이 아카이브에는 ${bare.map((e) => typedName(e, o.q)).join(", ")}에 관한 기사가 없습니다.`,
    );
  if (lines.length) return lines.join(" ");
  if (o.q && chosen) return `${what}가 선택한 조건(${chosen}) 안에는 없습니다.`;
  // A reporter's name alone: no article text names them, but their byline is offered below.
  if (o.signed?.length)
    return `${what}가 없습니다. 바이라인이 ${o.signed.map((r) => `‘${r.name}’`).join(", ")}인 기사는 아래 링크로 찾을 수 있습니다.`;
  // An outlet's name is rarely in its own articles' text (the byline and footer are left out):
  // its articles are on its page, which the suggestions above offer.
  if (o.outlets?.length)
    return `${what}가 없습니다. ${o.outlets.map((e) => `매체 ‘${e.name}’의 기사 ${n(e.count)}건`).join(", ")}은 위의 매체 링크에서 볼 수 있습니다.`;
  return `${what}가 없습니다.`;
}

/**
 * A name as the reader typed it, then as the archive files it when that differs (`‘농협’(농협중앙회)`):
 * the query's longest other spelling of the entity, else its name alone.
 */
function typedName(e: SearchEntity, q: string): string {
  if (q.includes(e.name)) return `‘${e.name}’`;
  const typed = e.forms
    .filter((f) => f !== e.name && q.includes(f))
    .sort((a, b) => b.length - a.length)[0];
  return typed ? `‘${typed}’(${e.name})` : `‘${e.name}’`;
}

/** A result's heading as the page shows it, from its Pagefind fragment (title meta, 매체 and 일자 filters). */
export function resultHeading(d: {
  url: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}): { title: string; outlet: string; date: string } {
  return {
    title: d.meta?.title ?? d.url,
    outlet: d.filters?.["매체"]?.[0] ?? "",
    date: d.filters?.["일자"]?.[0] ?? "",
  };
}

/** Facet counts of a union of searches: each value's largest count (a lower bound; exact for one search). */
export function unionCounts(all: FacetCounts[]): FacetCounts {
  const out: FacetCounts = {};
  for (const c of all)
    for (const [f, vs] of Object.entries(c))
      for (const [v, k] of Object.entries(vs)) {
        (out[f] ??= {})[v] = Math.max(out[f][v] ?? 0, k);
      }
  return out;
}
