/**
 * The markup of the two page kinds there are thousands of — article pages and entity list pages —
 * as plain functions over the archive's views (archive.ts). Eleventy renders them through
 * JavaScript templates (pages/article.11ty.js, pages/entity.11ty.js) inside the shared
 * layouts/base.11ty.js (layout.ts): a function costs nothing to compile and little to run, where a Nunjucks page
 * template is compiled again for every paginated page (Eleventy 3) and its includes interpreted
 * per page. Values are escaped as Nunjucks autoescape does; the article body is the HTML
 * archive.ts rendered with markdown-it (raw HTML off), so article text is never markup or code.
 */
import type { Reporter } from "../core/article.ts";
import { creditAlternation, loadLexicon, type LexiconData } from "../core/lexicon.ts";
import {
  ENTITY_TYPES,
  KIND_LABELS,
  UNKNOWN_OUTLET,
  type ArticleView,
  type EntityPage,
} from "./archive.ts";
import { linkFor } from "./links.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;",
};
/** Escapes text for HTML text and attribute values (the characters Nunjucks' autoescape escapes). */
export const esc = (s: string | number | null | undefined): string =>
  String(s ?? "").replace(/[&"'<>\\]/g, (c) => ESCAPES[c]);

const numberFormat = new Intl.NumberFormat("ko-KR");
/** A count with Korean digit grouping (12,345). */
export const count = (n: number): string => numberFormat.format(n ?? 0);

/** Turns a root-absolute site URL into the link the page being rendered prints (links.ts). */
export type Href = (url: string) => string;

/**
 * Company kinds that are organisations, not businesses: public corporations, central banks and
 * agencies (`public`, 공기업·공공기관, in _data/companies.yaml). An article's and an entity's lists
 * name them under their kind's label, not under 기업 (금융감독원 is no company).
 */
const ORGANISATION_KINDS = new Set(["public"]);

/**
 * A list of companies as headed groups: businesses under 기업, then each organisation kind under
 * its label (KIND_LABELS); a group with no member is left out.
 * @param tag the heading's element (`h2` on an article page, `h3` under an entity's alongside)
 */
function companyGroups<T extends { kind?: string }>(
  links: T[],
  tag: "h2" | "h3",
  list: (xs: T[]) => string,
): string {
  const heads = [
    ENTITY_TYPES.company.label,
    ...[...ORGANISATION_KINDS].map((k) => KIND_LABELS.company[k]),
  ];
  const groupOf = (l: T) =>
    l.kind && ORGANISATION_KINDS.has(l.kind) ? KIND_LABELS.company[l.kind] : heads[0];
  return heads
    .map((h) => [h, links.filter((l) => groupOf(l) === h)] as const)
    .filter(([, xs]) => xs.length)
    .map(([h, xs]) => `<${tag}>${h}</${tag}>${list(xs)}`)
    .join("\n");
}

/** A list of links as chips. */
const chips = (links: { url: string; name: string }[], href: Href) =>
  `<ul class="chips">${links.map((l) => `<li><a href="${esc(href(l.url))}">${esc(l.name)}</a></li>`).join("")}</ul>`;

/**
 * Hidden Pagefind filters of an article page (https://pagefind.app/docs/filtering/): outlet,
 * date shown, year, companies, people, tags, and the date sort; the same as its search record
 * (search/index.ts). The outlet and the date are filters, not meta: Pagefind searches meta like
 * text, and a masthead is not article text.
 */
function searchFields(a: ArticleView): string {
  const f = (name: string, value: string) =>
    `<span hidden data-pagefind-filter="${esc(name)}:${esc(value)}"></span>`;
  let out = a.outlet ? f("매체", a.outlet.name) : "";
  out += `\n${f("일자", a.dateDisplay)}\n`;
  out += a.date
    ? `<span hidden data-pagefind-sort="date:${esc(a.date)}"></span>${f("연도", a.date.slice(0, 4))}`
    : f("연도", "날짜 미상");
  return `${out}\n${a.companies.map((c) => f("기업", c.name)).join("")}${a.people.map((p) => f("인물", p.name)).join("")}${a.tags.map((t) => f("태그", t.name)).join("")}`;
}

/**
 * An author credit (`글 홍길동`, `정리 홍길동`, `글/사진 홍길동`), printed before the name as the
 * article did: the lexicon's `author_credits`, read as the byline reader reads them.
 */
function authorCredit(lex: LexiconData = loadLexicon()): RegExp {
  let re = credits.get(lex);
  if (!re) credits.set(lex, (re = new RegExp(`^(?:${creditAlternation(lex.author_credits)})$`)));
  return re;
}
const credits = new WeakMap<LexiconData, RegExp>();

/** How a reporter is printed: `홍길동 기자` (no role: the default), `홍길동 특파원`, or a credit `글 홍길동`. */
export function reporterLabel(r: Reporter): string {
  if (r.role && authorCredit().test(r.role)) return `${r.role} ${r.name}`;
  return `${r.name} ${r.role ?? "기자"}`;
}

/** The article's header line: outlet, date, reporters. */
function articleMeta(a: ArticleView, href: Href): string {
  const outlet = a.outlet
    ? `<a class="outlet" href="${esc(href(a.outlet.url))}">${esc(a.outlet.name)}</a>`
    : `<a class="outlet" href="${esc(href(UNKNOWN_OUTLET.url))}">${UNKNOWN_OUTLET.name}</a>`;
  const time = `<time${a.date ? ` datetime="${esc(a.date)}"` : ""}>${esc(a.dateDisplay)}</time>`;
  const reporters = a.reporters.length
    ? `<span class="reporters">${a.reporters.map((r) => `${esc(reporterLabel(r))}${r.email ? ` <a href="mailto:${esc(r.email)}">${esc(r.email)}</a>` : ""}`).join(", ")}</span>`
    : "";
  return `<p class="article-meta" data-pagefind-ignore>\n${outlet}\n${time}\n${reporters}\n</p>`;
}

/** Related articles and previous/next by date (related.ts). */
function articleRelated(a: ArticleView, href: Href): string {
  let out = "";
  if (a.related.length) {
    out += `<section class="related" aria-labelledby="related-h">\n<h2 id="related-h">관련 기사</h2>\n<ul>\n`;
    out += a.related
      .map(
        (r) =>
          `<li><a href="${esc(href(r.url))}">${esc(r.title)}</a> <span class="article-meta">${r.outlet ? `${esc(r.outlet)} · ` : ""}${esc(r.dateDisplay)}</span></li>`,
      )
      .join("");
    out += `\n</ul>\n</section>\n`;
  }
  if (a.prev || a.next) {
    out += `<nav class="prev-next" aria-label="날짜순 이전·다음 기사">\n`;
    if (a.prev)
      out += `<a rel="prev" class="prev" href="${esc(href(a.prev.url))}"><span>← 이전 기사</span> ${esc(a.prev.title)}</a>\n`;
    if (a.next)
      out += `<a rel="next" class="next" href="${esc(href(a.next.url))}"><span>다음 기사 →</span> ${esc(a.next.title)}</a>\n`;
    out += `</nav>\n`;
  }
  return out;
}

/**
 * The content of one article page: the article (title, meta, body, captions, copyright), the
 * search fields, its entities, related articles and previous/next. Pagefind indexes the body and
 * then the title, so a result's excerpt is body text (the title is its heading, from
 * data-pagefind-meta) and the title's words still find the article.
 */
export function articlePage(a: ArticleView, href: Href = linkFor(a.url)): string {
  const captions = a.captions.length
    ? `<section class="captions" aria-label="사진 설명" data-pagefind-ignore>\n<h2>사진 설명</h2>\n${a.captions.map((c) => `<figure><figcaption>${esc(c.text)}${c.credit ? ` <span class="credit">[${esc(c.credit)}]</span>` : ""}</figcaption></figure>`).join("")}\n</section>\n`
    : "";
  const links = [
    companyGroups(a.companies, "h2", (xs) => chips(xs, href)),
    a.people.length ? `<h2>인물</h2>${chips(a.people, href)}` : "",
    a.tags.length ? `<h2>태그</h2>${chips(a.tags, href)}` : "",
    a.month
      ? `<p><a href="${esc(href(a.month.url))}">${esc(a.month.name)} 기사 모두 보기</a></p>`
      : "",
  ]
    .filter(Boolean)
    .join("\n");
  return `<article class="article">
<header>
<h1 data-pagefind-meta="title">${esc(a.title)}</h1>
${a.subtitle ? `<p class="subtitle">${esc(a.subtitle)}</p>\n` : ""}${articleMeta(a, href)}
${searchFields(a)}
</header>
<div data-pagefind-body>
<div class="article-body">
${a.html.trim() ? a.html : `<p class="text-missing">이 기사에는 저장된 본문이 없습니다: 제목과 기사 정보만 가져왔습니다. 본문은 원본 파일에서 확인하세요.</p>\n`}</div>
<p class="visually-hidden" aria-hidden="true">${esc(a.title)}</p>
</div>
${captions}${a.copyright ? `<p class="copyright" data-pagefind-ignore>${esc(a.copyright)}</p>\n` : ""}</article>
<nav class="entity-links" aria-label="관련 항목">
${links}
</nav>
${articleRelated(a, href)}`;
}

/** An article list: title, outlet, date and excerpt of each. */
export function articleList(list: ArticleView[], href: Href): string {
  return `<ol class="article-list">\n${list
    .map(
      (a) => `<li>
<a class="article-title" href="${esc(href(a.url))}">${esc(a.title)}</a>
<div class="article-meta">${a.outlet ? `<span class="outlet">${esc(a.outlet.name)}</span> ` : ""}<time${a.date ? ` datetime="${esc(a.date)}"` : ""}>${esc(a.dateDisplay)}</time></div>
<p class="excerpt">${esc(a.excerpt)}</p>
</li>`,
    )
    .join("\n")}\n</ol>\n`;
}

/**
 * What a name no dictionary holds is, said to a reader who does not know sillok's dictionaries:
 * where it came from (a person found by the role printed with the name, discover.ts; any name
 * written into an article file by hand) and that its other spellings are not gathered on its page.
 */
const UNKNOWN_NOTE = {
  person:
    "사전에 없는 이름: 기사에서 직함(대표, 부시장 …)과 함께 나와 찾았거나 기사 파일에 적힌 인물로, 다른 표기는 모으지 않았습니다",
  company: "사전에 없는 이름: 기사 파일에 적힌 이름 그대로로, 다른 표기는 모으지 않았습니다",
  outlet: "사전에 없는 매체: 기사가 밝힌 이름 그대로로, 다른 표기는 모으지 않았습니다",
  tag: "사전에 없는 태그: 기사 파일에 적힌 태그 그대로입니다",
} as const;

/** The facts of an entity: kind, aliases, group, counts, first and last mention. */
function entityFacts(p: EntityPage, href: Href): string {
  const e = p.entity;
  const row = (dt: string, dd: string) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>\n`;
  let out = `<dl class="entity-facts">\n`;
  if (p.type !== "month")
    out += row(
      "종류",
      `${esc(e.kindLabel)}${e.unknown ? ` <span class="note">${UNKNOWN_NOTE[p.type as keyof typeof UNKNOWN_NOTE]}</span>` : ""}`,
    );
  if (e.aliases.length) out += row("다른 표기", esc(e.aliases.join(", ")));
  if (e.parent)
    out += row(
      "소속 그룹",
      e.parent.url
        ? `<a href="${esc(href(e.parent.url))}">${esc(e.parent.name)}</a>`
        : esc(e.parent.name),
    );
  const mentions =
    (p.type === "company" || p.type === "person") && e.mentionCount
      ? ` · 언급 ${count(e.mentionCount)}회`
      : "";
  out += row("기사", `${count(e.count)}건${mentions}`);
  // An outlet publishes its articles; a company, a person or a tag is mentioned in them.
  const [first, last] =
    p.type === "outlet" ? ["첫 기사", "최근 기사"] : ["처음 언급", "마지막 언급"];
  if (e.first)
    out += row(first, `<a href="${esc(href(e.first.url))}">${esc(e.first.dateDisplay)}</a>`);
  if (e.last) out += row(last, `<a href="${esc(href(e.last.url))}">${esc(e.last.dateDisplay)}</a>`);
  return `${out}</dl>\n`;
}

/** Page 1's extras: member companies, the chart, and who is named alongside. */
function entitySummary(p: EntityPage, href: Href): string {
  const e = p.entity;
  let out = "";
  if (e.children.length)
    out += `<section class="entity-children" aria-labelledby="children-h"><h2 id="children-h">계열사</h2>\n${chips(e.children, href)}</section>\n`;
  if (e.chart) {
    const what = p.type === "company" || p.type === "person" ? "월별 언급 횟수" : "월별 기사 수";
    out += `<figure class="entity-chart">\n${e.chart}\n<figcaption>${what} (날짜가 있는 기사 기준)</figcaption>\n</figure>\n`;
  }
  if (e.companiesAlongside.length || e.peopleAlongside.length) {
    const list = (xs: typeof e.companiesAlongside) =>
      `<ul class="chips">${xs.map((c) => `<li><a href="${esc(href(c.url))}">${esc(c.name)}</a> <span class="count" aria-label="기사 ${c.count}건">${c.count}</span></li>`).join("")}</ul>`;
    out += `<section class="alongside" aria-labelledby="alongside-h">\n<h2 id="alongside-h">함께 자주 나온 기업·인물</h2>\n`;
    if (e.companiesAlongside.length) out += `${companyGroups(e.companiesAlongside, "h3", list)}\n`;
    if (e.peopleAlongside.length) out += `<h3>인물</h3>${list(e.peopleAlongside)}\n`;
    out += `</section>\n`;
  }
  return out;
}

/**
 * The content of one page of an entity (a company, person, tag, outlet or month): crumbs, facts,
 * on page 1 the summary, then its ~30 articles of this page and the pager.
 */
export function entityPage(p: EntityPage, href: Href = linkFor(p.url)): string {
  const e = p.entity;
  const year =
    p.type === "month" && e.id !== "undated"
      ? ` › <a href="${esc(href(`/archive/${e.id.slice(0, 4)}/`))}">${esc(e.id.slice(0, 4))}년</a>`
      : "";
  let out = `<p class="crumbs"><a href="${esc(href(`/${ENTITY_TYPES[p.type].folder}/`))}">${ENTITY_TYPES[p.type].label}</a>${year}</p>\n<h1>${esc(e.name)}</h1>\n${entityFacts(p, href)}`;
  if (p.pageNumber === 1) out += entitySummary(p, href);
  out += `<h2 class="list-heading">기사 <small>최신순${p.totalPages > 1 ? ` · ${p.pageNumber}/${p.totalPages}쪽` : ""}</small></h2>\n`;
  out += articleList(p.articles, href);
  out += pager(p, href);
  return out;
}

/** Where a page stands in a paged list: its number, the count, and its neighbours' URLs. */
export interface PagerState {
  pageNumber: number;
  totalPages: number;
  prevUrl: string | null;
  nextUrl: string | null;
}

/** The pager of a paged list (entity pages, /all/): nothing when there is one page. */
export function pager(p: PagerState, href: Href): string {
  if (p.totalPages <= 1) return "";
  const prev = p.prevUrl ? `<a rel="prev" href="${esc(href(p.prevUrl))}">← 이전</a>\n` : "";
  const next = p.nextUrl ? `<a rel="next" href="${esc(href(p.nextUrl))}">다음 →</a>\n` : "";
  return `<nav class="pager" aria-label="쪽 이동">\n${prev}<span>${p.pageNumber} / ${p.totalPages}쪽</span>\n${next}</nav>\n`;
}

/** One page of the list of every article (`/all/`): heading with the total, the list, the pager. */
export function allPage(
  list: ArticleView[],
  total: number,
  p: PagerState & { url: string },
): string {
  const href = linkFor(p.url);
  return `<h1>전체 기사 <small>${count(total)}건</small></h1>\n${articleList(list, href)}${pager(p, href)}`;
}
