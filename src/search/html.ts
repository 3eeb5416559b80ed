/**
 * The search page's markup, as strings from plain values: suggestion chips, the nearest names of
 * a miss, the facet lists and a result. Pure (no DOM), so Node tests read what the page shows;
 * src/search/ui.ts puts the strings in place. Every value is escaped.
 */
import { bodyText, excerpt, type MarkRule } from "./excerpt.ts";
import type { FacetSelection, GroupMembers, Suggestion } from "./query.ts";
import { facetGroups, resultHeading, type FacetCounts } from "./results.ts";
import type { SearchEntity, SearchReporter } from "../site/search-data.ts";

/** A result's fragment as the page reads it (Pagefind's `data()`). */
export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** What each entity kind is called on the page. */
export const typeLabel: Record<SearchEntity["type"], string> = {
  company: "기업",
  person: "인물",
  tag: "태그",
  outlet: "매체",
};
/** Text as HTML: & < > " ' as character references. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Links to the pages of the entities the query names; stand-ins (계열사, 그룹) under a line saying whose. */
export function suggestionsHtml(list: Suggestion[], base: URL): string {
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

/**
 * The member companies of groups the archive has no article of its own for (query.ts
 * groupMembers), as links that search each member, with the articles that search finds: shown
 * above the status line, so that an empty group search does not read as "nothing".
 */
export function membersHtml(groups: GroupMembers[]): string {
  return groups
    .map((g) => {
      const links = g.members.map(
        (m) =>
          `<li><a href="?q=${encodeURIComponent(m.name)}">${escapeHtml(m.name)} <span class="count">기사 ${m.hits.toLocaleString("ko-KR")}건</span></a></li>`,
      );
      return `<div class="group-members"><p>‘${escapeHtml(g.group.name)}’ 계열사의 기사:</p><ul class="chips">${links.join("")}</ul></div>`;
    })
    .join("");
}

/**
 * Links that search the articles the named reporters signed (`?q=김민재 기자`, `role` the byline
 * role the link types), with how many, each labelled with the role its bylines print (a
 * columnist's `가나대 교수`, else `role`); "" when `role` is empty or there is none.
 */
export function bylinesHtml(reporters: SearchReporter[], role: string): string {
  if (!role || !reporters.length) return "";
  const links = reporters.map(
    (r) =>
      `<li><a href="?q=${encodeURIComponent(`${r.name} ${role}`)}">${escapeHtml(`${r.name} ${r.role ?? role}`)}의 기사 <span class="count">${r.hits.toLocaleString("ko-KR")}건</span></a></li>`,
  );
  return `<p class="stand-in">바이라인(기자 이름)으로 찾기:</p><ul class="chips">${links.join("")}</ul>`;
}

/** The nearest names of a miss, as links that search them. */
export function nearestHtml(names: SearchEntity[]): string {
  if (!names.length) return "";
  const links = names.map(
    (e) =>
      `<li><a href="?q=${encodeURIComponent(e.name)}">${escapeHtml(e.name)}</a> <span class="count">${typeLabel[e.type]} · ${e.hits.toLocaleString("ko-KR")}건</span></li>`,
  );
  return `<p class="stand-in">비슷한 이름:</p><ul class="chips">${links.join("")}</ul>`;
}

/** The facet lists (results.ts facetGroups) as fieldsets of checkboxes, with a "모두 보기" toggle when folded. */
export function facetsHtml(
  counts: FacetCounts,
  selection: FacetSelection,
  expanded: Set<string>,
): string {
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

/** One result row: the page's URL, its title, outlet ("" when none), date as shown, excerpt's HTML. */
export interface ResultRow {
  url: string;
  title: string;
  outlet: string;
  date: string;
  excerpt: string;
}

/** One result row: its title linked, outlet and date, and its excerpt (HTML, already escaped). */
export function rowHtml(r: ResultRow): string {
  return (
    `<li><a class="article-title" href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a>` +
    `<div class="article-meta">${r.outlet ? `<span class="outlet">${escapeHtml(r.outlet)}</span>` : ""}${r.date ? `<span class="date">${escapeHtml(r.date)}</span>` : ""}</div>` +
    `<p class="excerpt">${r.excerpt}</p></li>`
  );
}

/** One result from its fragment: the excerpt of its body highlighted by `rule`. */
export function resultHtml(d: ResultData, rule: MarkRule): string {
  const excerptHtml = excerpt(bodyText(d.content, d.meta?.title), rule);
  return rowHtml({ url: d.url, ...resultHeading(d), excerpt: excerptHtml });
}
