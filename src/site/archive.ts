/**
 * Stage 5a — the site's data: reads `articles/**.md` (through the one front matter contract in
 * `core/article.ts`) and the dictionaries, and returns every list the templates page through:
 * articles newest first, and per tag, company, person, outlet and month the articles that
 * name it, in stable chunks of {@link PAGE_SIZE}; the browse lists in two sorts with a jump
 * index (lists.ts); per entity its kind, parent and member companies, first and last mention,
 * a mentions-per-month chart (chart.ts) and the companies and people named most often with it;
 * per article its related articles and previous/next by date (related.ts); years and months.
 *
 * Article text never passes through a template engine: the body is rendered here with
 * markdown-it (`html: false`, so `<script>` in an article is text) and handed to templates as
 * finished HTML.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";
import {
  earlierOfSource,
  markdownToText,
  parseArticleFile,
  type ArticleMeta,
  type Caption,
  type Reporter,
} from "../core/article.ts";
import { loadDictionaries, type Dictionaries, type Entry } from "../core/dictionaries.ts";
import { KIND_LABELS } from "../core/dictionary-schema.ts";
import { dateOrder } from "../core/dates.ts";
import { sha256 } from "../core/hash.ts";
import { romanizeId, romanizePersonId } from "../entities/romanize.ts";
import { listMarkdown } from "../core/paths.ts";
import { displayDate, monthKey, monthLabel } from "./dates.ts";
import { fillMonths, mentionsChart } from "./chart.ts";
import { plainParagraphsHtml } from "./body-html.ts";
import { byName, firstSorted, groupByInitial, type InitialGroup } from "./lists.ts";
import { prevNext, relatedArticles } from "./related.ts";

/** Articles per page on entity and month pages. */
export const PAGE_SIZE = 30;

/** The kinds of index the site has. URL folder names are the keys' plural forms. */
export type EntityType = "tag" | "company" | "person" | "outlet" | "month";

/** Korean labels of the dictionaries' `kind` values: core/dictionary-schema.ts, their one source. */
export { KIND_LABELS };

/** Companies or people named alongside an entity, with the number of articles they share. */
export const ALONGSIDE_MAX = 10;

/** Korean label and URL folder of each index kind. */
export const ENTITY_TYPES: Record<EntityType, { label: string; folder: string }> = {
  tag: { label: "태그", folder: "tags" },
  company: { label: "기업", folder: "companies" },
  person: { label: "인물", folder: "people" },
  outlet: { label: "매체", folder: "outlets" },
  month: { label: "월별", folder: "archive" },
};

/** A link to an entity: display name and site URL (absolute from the site root). */
export interface EntityLink {
  id: string;
  name: string;
  url: string;
  /** The dictionary entry's `kind` (`public`, `bank` …), when it has one: lists group by it. */
  kind?: string;
}

/** A short reference to an article (for related and previous/next links). */
export interface ArticleRef {
  url: string;
  title: string;
  dateDisplay: string;
  outlet: string | null;
}

/** One article as templates see it. */
export interface ArticleView {
  url: string;
  file: string;
  title: string;
  subtitle?: string;
  outlet: EntityLink | null;
  date: string | null;
  dateDisplay: string;
  month: EntityLink | null;
  reporters: Reporter[];
  html: string;
  excerpt: string;
  captions: Caption[];
  copyright: string | null;
  tags: EntityLink[];
  companies: EntityLink[];
  people: EntityLink[];
  /** Up to 5 related articles (related.ts). */
  related: ArticleRef[];
  /** The dated article just older / just newer; null at either end and for undated articles. */
  prev: ArticleRef | null;
  next: ArticleRef | null;
}

/** An entity named alongside another, and in how many articles. */
export interface Alongside extends EntityLink {
  count: number;
}

/** One index entity (a tag, company, person, outlet or month) with its articles. */
export interface EntityView extends EntityLink {
  type: EntityType;
  kind?: string;
  /** Korean label of the kind (기업, 해외 기업, 정치인 …), or of the type. */
  kindLabel: string;
  aliases: string[];
  /** Articles that name it. */
  count: number;
  /** Mentions in all its articles (front matter `mentions`; an article without counts adds 1). */
  mentionCount: number;
  /** Newest first. */
  articles: ArticleView[];
  /** The oldest and newest dated article that names it. */
  first: ArticleRef | null;
  last: ArticleRef | null;
  /** Inline SVG: mentions (companies, people) or articles (tags, outlets) per month; "" if none. */
  chart: string;
  /** Companies and people most often named in its articles, most shared first. */
  companiesAlongside: Alongside[];
  peopleAlongside: Alongside[];
  /**
   * Companies: the parent (group) entry, with `url` null when no article names the group itself
   * (so it has no page); and the member companies that have pages.
   */
  parent: { id: string; name: string; url: string | null } | null;
  children: EntityLink[];
  /** Known by no dictionary (a hand edit, or a person found by discovery). */
  unknown: boolean;
}

/** One browse list page: a type's entities in one sort, with the jump index. */
export interface IndexView {
  type: Exclude<EntityType, "month">;
  label: string;
  /** `count` (most articles first) at `/<folder>/`, `name` (가나다) at `/<folder>/name/`. */
  sort: "count" | "name";
  url: string;
  /** The other sort's URL. */
  otherUrl: string;
  entities: EntityView[];
  /** The jump index; in the name view each group is a section with an anchor. */
  groups: InitialGroup<EntityView>[];
}

/** A year of the archive and its months (oldest month first). */
export interface YearView {
  year: string;
  url: string;
  count: number;
  months: EntityView[];
}

/** One page of an entity's article list. */
export interface EntityPage {
  entity: EntityView;
  type: EntityType;
  pageNumber: number;
  totalPages: number;
  url: string;
  prevUrl: string | null;
  nextUrl: string | null;
  articles: ArticleView[];
}

/** Everything the templates need. */
export interface Archive {
  articles: ArticleView[];
  entities: Record<EntityType, EntityView[]>;
  entityPages: EntityPage[];
  /** The browse lists, two sorts per type (lists.ts). */
  indexes: IndexView[];
  /** Years, newest first, each with its months. */
  years: YearView[];
  /** Articles without a date, at `/archive/undated/` (an entity of type month). */
  undated: EntityView | null;
  /** Files under articles/ that could not be read, with the reason. */
  problems: { file: string; reason: string }[];
  /**
   * Article files from the same source as an earlier file (`of`, in listing order): a copy made
   * by hand, shown twice on the site (one source gives one article).
   */
  copies: { file: string; of: string }[];
}

/** The Markdown renderer of article bodies: raw HTML off (an article's `<script>` is text). */
export const articleMarkdown = new MarkdownIt({
  html: false,
  linkify: false,
  typographer: false,
}).use(cjkFriendly);
const md = articleMarkdown;

/** Id of the outlet page of articles that name no outlet (`/outlets/unknown/`, 매체 미상); no outlet entry may use it. */
export const UNKNOWN_OUTLET_ID = "unknown";
/** Name of that page: no name anyone wrote, so not an unknown name either. */
export const UNKNOWN_OUTLET_NAME = "매체 미상";
/** The link article pages and lists print for an article that names no outlet. */
export const UNKNOWN_OUTLET: EntityLink = {
  id: UNKNOWN_OUTLET_ID,
  name: UNKNOWN_OUTLET_NAME,
  url: `/outlets/${UNKNOWN_OUTLET_ID}/`,
};

/** Ids an unknown name may not take in an entity folder: its by-name list (`/people/name/`) and 매체 미상. */
const RESERVED_IDS = new Set(["name", UNKNOWN_OUTLET_ID]);

/**
 * Readable ASCII ids for the names of one entity type that no dictionary knows (a discovered
 * person, a hand edit): the name romanized (Revised Romanization, romanize.ts: 김민지 →
 * kim-min-ji), as `sillok entities` proposes for a dictionary entry, so the URL stays when the
 * name is later added to people.yaml with that id. Collision-checked: when the romanization is
 * empty, a dictionary id (any entry of the type, with a page or not), reserved, or shared by two
 * unknown names (김민지 / 김 민지, finals that romanize alike), each such name gets 6 hex digits
 * of its hash appended (`kim-min-ji-3fa2b1`), so no two names ever share a page and a name's id
 * depends only on the names beside it that romanize alike.
 * @param links one shared link object per unknown name; their `id` and `url` are set here
 * @param taken ids already used in the type's folder (dictionary ids); ids chosen here are added
 */
function assignUnknownIds(
  type: Exclude<EntityType, "month">,
  links: Map<string, EntityLink>,
  taken: Set<string>,
): void {
  const byRoman = new Map<string, string[]>();
  for (const name of links.keys()) {
    const roman = type === "person" ? romanizePersonId(name) : romanizeId(name);
    byRoman.set(roman, [...(byRoman.get(roman) ?? []), name]);
  }
  for (const [roman, names] of byRoman) {
    for (const name of names) {
      const plain =
        roman !== "" && names.length === 1 && !taken.has(roman) && !RESERVED_IDS.has(roman);
      let id = plain ? roman : `${roman || "x"}-${sha256(name).slice(0, 6)}`;
      if (taken.has(id)) id = `x-${sha256(name).slice(0, 16)}`;
      taken.add(id);
      Object.assign(links.get(name)!, { id, url: `/${ENTITY_TYPES[type].folder}/${id}/` });
    }
  }
}

/** Name → entry index over names and aliases, for turning front matter names into links. */
function indexByName<T extends Entry>(entries: T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const e of entries)
    for (const n of [e.name, ...(e.aliases ?? [])]) if (!m.has(n)) m.set(n, e);
  return m;
}

/** The entity types named in front matter (months come from dates). */
type NamedType = Exclude<EntityType, "month">;
const NAMED_TYPES: readonly NamedType[] = ["tag", "company", "person", "outlet"];

/** What {@link loadArchive}'s steps share while the archive is built. */
interface ArchiveState {
  dicts: Dictionaries;
  /** Entity views by type and id. */
  registries: Record<EntityType, Map<string, EntityView>>;
  /** Dictionary entries by name and alias, per type. */
  lookups: Record<NamedType, Map<string, Entry>>;
  /** Names no dictionary knows: one shared link each, its id given once all are known. */
  unknownLinks: Record<NamedType, Map<string, EntityLink>>;
  /** The one link of each entity and month that has a view (articles share it: no copy per article). */
  links: Map<EntityView, EntityLink>;
  articles: ArticleView[];
  /** Front matter `mentions` of each article (name → count). */
  mentionsOf: Map<ArticleView, Record<string, number>>;
  undated: EntityView | null;
  problems: Archive["problems"];
  /** The first file read of each source (its `source.sha256`), to find {@link Archive.copies}. */
  bySource: Map<string, string>;
  copies: Archive["copies"];
}

/**
 * Loads the archive: reads every article (readArticles), names the unknown entities
 * (nameUnknowns), files each article under its entities, month and outlet (fileArticles), then
 * sorts, describes and pages the entities (listEntities) and links member companies to their
 * group (linkGroups).
 * @param articlesDir folder of `.md` articles (missing folder = empty archive)
 * @param dicts dictionaries (default: the project's `_data/`)
 */
export function loadArchive(
  articlesDir: string,
  dicts: Dictionaries = loadDictionaries(),
): Archive {
  const state = newState(dicts);
  readArticles(state, articlesDir);
  nameUnknowns(state);
  sortNewestFirst(state.articles);
  linkRelated(state.articles);
  fileArticles(state);
  const { entities, entityPages } = listEntities(state);
  linkGroups(state, entities.company);
  // Frozen (its top level only): Eleventy merges global data into each template's data and
  // copies a plain object that is not frozen (@11ty/eleventy-utils Merge.js, "Shortcut for
  // frozen source"), so without it each template got its own copy of this object, and what the
  // build keeps per archive (search-first-words.ts) was made again for the copy.
  return Object.freeze({
    articles: state.articles,
    entities,
    entityPages,
    indexes: buildIndexes(entities),
    years: buildYears(entities.month),
    undated: state.undated,
    problems: state.problems,
    copies: state.copies,
  });
}

function newState(dicts: Dictionaries): ArchiveState {
  const perType = <T>(make: () => T) =>
    ({ tag: make(), company: make(), person: make(), outlet: make() }) as Record<NamedType, T>;
  return {
    dicts,
    registries: { ...perType(() => new Map<string, EntityView>()), month: new Map() },
    lookups: {
      tag: indexByName(dicts.tags),
      company: indexByName(dicts.companies),
      person: indexByName(dicts.people),
      outlet: indexByName(dicts.outlets),
    },
    unknownLinks: perType(() => new Map<string, EntityLink>()),
    links: new Map(),
    articles: [],
    mentionsOf: new Map(),
    undated: null,
    problems: [],
    bySource: new Map(),
    copies: [],
  };
}

/** The link to the entity `name` of `type`: its dictionary entry's view, or its unknown name's link. */
function entityLink(state: ArchiveState, type: NamedType, name: string): EntityLink {
  const entry = state.lookups[type].get(name);
  if (!entry) {
    const unknown = state.unknownLinks[type];
    if (!unknown.has(name)) unknown.set(name, { id: "", name: own(name), url: "" });
    return unknown.get(name)!;
  }
  const reg = state.registries[type];
  let view = reg.get(entry.id);
  if (!view) {
    const url = `/${ENTITY_TYPES[type].folder}/${entry.id}/`;
    view = newView(type, entry.id, entry.name ?? name, url, entry);
    reg.set(entry.id, view);
  }
  return linkOf(state, view);
}

/** The shared link of `view`: id, name, url, and its kind when it has one. */
function linkOf(state: ArchiveState, view: EntityView): EntityLink {
  let link = state.links.get(view);
  if (!link) {
    link = view.kind
      ? { id: view.id, name: view.name, url: view.url, kind: view.kind }
      : { id: view.id, name: view.name, url: view.url };
    state.links.set(view, link);
  }
  return link;
}

/** The link to the month page of `date`. */
function monthLink(state: ArchiveState, date: string): EntityLink {
  const key = monthKey(date);
  let view = state.registries.month.get(key);
  if (!view) {
    view = newView("month", key, monthLabel(date), `/archive/${key.replace("-", "/")}/`);
    state.registries.month.set(key, view);
  }
  return linkOf(state, view);
}

/** Reads every `.md` under `articlesDir` into an article view; unreadable files become problems. */
function readArticles(state: ArchiveState, articlesDir: string): void {
  for (const rel of listMarkdown(articlesDir)) {
    let meta: ArticleMeta, body: string;
    try {
      ({ meta, body } = parseArticleFile(readFileSync(path.join(articlesDir, rel), "utf8")));
    } catch (e) {
      state.problems.push({ file: rel, reason: (e as Error).message });
      continue;
    }
    const first = earlierOfSource(state.bySource, own(meta.source.sha256), rel);
    if (first !== undefined) state.copies.push({ file: rel, of: first });
    const view = articleView(state, rel, meta, body);
    state.mentionsOf.set(view, meta.mentions ?? {});
    state.articles.push(view);
  }
}

/** One article as templates see it: the body rendered (raw HTML off), entities as links. */
function articleView(
  state: ArchiveState,
  rel: string,
  meta: ArticleMeta,
  body: string,
): ArticleView {
  const date = meta.date === null ? null : own(meta.date);
  return {
    url: `/articles/${rel.replace(/\.md$/, "")}/`,
    file: rel,
    title: own(meta.title),
    subtitle: meta.subtitle === undefined ? undefined : own(meta.subtitle),
    outlet: meta.outlet ? entityLink(state, "outlet", meta.outlet) : null,
    date,
    dateDisplay: displayDate(date),
    month: date ? monthLink(state, date) : null,
    reporters: (meta.reporters ?? []).map(ownStrings),
    html: plainParagraphsHtml(body) ?? flat(md.render(body)),
    excerpt: own(excerptOf(body)),
    captions: (meta.captions ?? []).map(ownStrings),
    copyright: meta.copyright == null ? null : own(meta.copyright),
    tags: meta.tags.map((n) => entityLink(state, "tag", n)),
    companies: meta.companies.map((n) => entityLink(state, "company", n)),
    people: meta.people.map((n) => entityLink(state, "person", n)),
    related: [],
    prev: null,
    next: null,
  };
}

/** Characters of an excerpt: the article lists' and search results' summary of a body. */
const EXCERPT = 160;

/** The body as one line of text: escapes undone, whitespace runs as one space. */
const plainText = (body: string) => markdownToText(body).replace(/\s+/g, " ").trim();

/**
 * The first {@link EXCERPT} characters of the body's text, and `…` when there is more: read from
 * the body's opening up to a whitespace character when that gives more than enough (each step of
 * {@link plainText} reads a whitespace-ended prefix as the prefix of the whole text: no escape,
 * entity or list mark reaches across whitespace), so a long body is not copied four times for it.
 */
function excerptOf(body: string): string {
  const space = /\s/g;
  // The text is shorter than its Markdown only by escapes and collapsed whitespace: a few more
  // characters are nearly always enough (else the whole body is read).
  space.lastIndex = EXCERPT + 40;
  const cut = space.exec(body);
  const head = cut ? plainText(body.slice(0, cut.index + 1)) : "";
  const plain = head.length > EXCERPT ? head : plainText(body);
  return plain.length > EXCERPT ? `${plain.slice(0, EXCERPT)}…` : plain;
}

/**
 * A copy of `s` holding only its own characters. A string cut from a file's text (a title from
 * its front matter, a piece of the body) is, in V8, a slice that keeps the whole text alive as
 * long as it lives; the views live for the whole build, and would keep every file's text.
 */
const own = (s: string): string => ` ${s}`.slice(1);

/** A copy of a flat record (a reporter, a caption) whose strings are {@link own}, keys in order. */
const ownStrings = <T extends object>(o: T): T =>
  Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, typeof v === "string" ? own(v) : v]),
  ) as T;

/**
 * `s` as one flat string: markdown-it returns a rendered body as a tree of joined pieces, many
 * cut from the file's text. V8 flattens a string a regular expression reads (the tree's root
 * then holds one flat copy), so the pieces and the file's text can go.
 */
function flat(s: string): string {
  /^/.test(s);
  return s;
}

/** Gives the names no dictionary knows their ids (assignUnknownIds) and views. */
function nameUnknowns(state: ArchiveState): void {
  const { dicts } = state;
  const entries: Record<NamedType, Entry[]> = {
    tag: dicts.tags,
    company: dicts.companies,
    person: dicts.people,
    outlet: dicts.outlets,
  };
  for (const type of NAMED_TYPES) {
    const links = state.unknownLinks[type];
    assignUnknownIds(type, links, new Set(entries[type].map((e) => e.id)));
    for (const l of links.values())
      state.registries[type].set(l.id, newView(type, l.id, l.name, l.url));
  }
}

/**
 * Files every article (newest first) under its outlet (매체 미상 when it names none), month
 * (날짜 미상 when undated), tags, companies and people, counting articles and mentions.
 */
function fileArticles(state: ArchiveState): void {
  const { registries } = state;
  for (const a of state.articles) {
    const add = (type: EntityType, l: EntityLink | null) => {
      if (!l) return;
      const v = registries[type].get(l.id)!;
      if (v.articles[v.articles.length - 1] === a) return; // named twice in one article
      v.articles.push(a);
      v.count++;
      v.mentionCount += state.mentionsOf.get(a)?.[v.name] ?? 1;
    };
    if (!a.date) {
      state.undated ??= newView("month", "undated", "날짜 미상", "/archive/undated/");
      state.undated.articles.push(a);
      state.undated.count++;
    }
    if (!a.outlet && !registries.outlet.has(UNKNOWN_OUTLET_ID)) {
      // 매체 미상 is no name anyone wrote: not an unknown name.
      const view = newView("outlet", UNKNOWN_OUTLET.id, UNKNOWN_OUTLET.name, UNKNOWN_OUTLET.url);
      registries.outlet.set(UNKNOWN_OUTLET_ID, { ...view, unknown: false });
    }
    add("outlet", a.outlet ?? UNKNOWN_OUTLET);
    add("month", a.month);
    a.tags.forEach((l) => add("tag", l));
    a.companies.forEach((l) => add("company", l));
    a.people.forEach((l) => add("person", l));
  }
}

/**
 * Every type's entities sorted (months newest first, others by article count then name),
 * described (first/last, chart, named alongside) and split into pages.
 */
function listEntities(state: ArchiveState): Pick<Archive, "entities" | "entityPages"> {
  const entities = {} as Record<EntityType, EntityView[]>;
  const entityPages: EntityPage[] = [];
  for (const type of Object.keys(state.registries) as EntityType[]) {
    const list = [...state.registries[type].values()];
    list.sort(
      type === "month"
        ? (a, b) => b.id.localeCompare(a.id)
        : (a, b) => b.count - a.count || byName(a.name, b.name),
    );
    entities[type] = list;
    if (type !== "month") for (const e of list) describe(e, state.mentionsOf, state.registries);
    for (const e of list) entityPages.push(...paginate(e));
  }
  if (state.undated) entityPages.push(...paginate(state.undated));
  return { entities, entityPages };
}

/** Each company's group (the dictionary's `parent`) and each group's member companies with pages. */
function linkGroups(state: ArchiveState, companies: EntityView[]): void {
  const byId = new Map(state.dicts.companies.map((c) => [c.id, c]));
  for (const c of companies) {
    const entry = state.lookups.company.get(c.name) as { parent?: string } | undefined;
    const parent = entry?.parent ? byId.get(entry.parent) : undefined;
    if (!parent) continue;
    const parentView = state.registries.company.get(parent.id);
    c.parent = { id: parent.id, name: parent.name, url: parentView ? parentView.url : null };
    if (parentView) parentView.children.push({ id: c.id, name: c.name, url: c.url });
  }
}

/** A new, empty entity view; `entry` is its dictionary entry, if any. */
function newView(
  type: EntityType,
  id: string,
  name: string,
  url: string,
  entry?: Entry,
): EntityView {
  const kinds =
    type === "company" || type === "person" || type === "outlet" ? KIND_LABELS[type] : {};
  return {
    type,
    id,
    name,
    url,
    kind: entry?.kind,
    kindLabel: (entry?.kind && kinds[entry.kind]) || ENTITY_TYPES[type].label,
    aliases: entry?.aliases ?? [],
    count: 0,
    mentionCount: 0,
    articles: [],
    first: null,
    last: null,
    chart: "",
    companiesAlongside: [],
    peopleAlongside: [],
    parent: null,
    children: [],
    unknown: type !== "month" && !entry,
  };
}

/** One reference per article, shared by every link to it (related, previous/next, first/last). */
const refs = new WeakMap<ArticleView, ArticleRef>();

function refOf(a: ArticleView): ArticleRef {
  let ref = refs.get(a);
  if (!ref) {
    ref = {
      url: a.url,
      title: a.title,
      dateDisplay: a.dateDisplay,
      outlet: a.outlet?.name ?? null,
    };
    refs.set(a, ref);
  }
  return ref;
}

/**
 * Fills an entity's first/last mention, its chart, and the companies and people named with it.
 * Companies and people chart their mentions; tags and outlets their articles.
 */
function describe(
  e: EntityView,
  mentionsOf: Map<ArticleView, Record<string, number>>,
  registries: Record<EntityType, Map<string, EntityView>>,
): void {
  const dated = e.articles.filter((a) => a.date);
  e.last = dated.length ? refOf(dated[0]) : null;
  e.first = dated.length ? refOf(dated[dated.length - 1]) : null;
  const counted = e.type === "company" || e.type === "person";
  const perMonth = new Map<string, number>();
  for (const a of dated)
    perMonth.set(
      a.month!.id,
      (perMonth.get(a.month!.id) ?? 0) + (counted ? (mentionsOf.get(a)?.[e.name] ?? 1) : 1),
    );
  e.chart = mentionsChart(
    fillMonths(perMonth),
    e.name,
    "mentions-chart",
    counted ? { what: "언급", counter: "회" } : { what: "기사", counter: "건" },
  );
  e.companiesAlongside = alongside(e, "company", registries.company);
  e.peopleAlongside = alongside(e, "person", registries.person);
}

/** Distinct ids of an article's companies or people, made once per list (each entity it names reads them). */
const distinctIds = new WeakMap<EntityLink[], string[]>();

function idsOf(links: EntityLink[]): string[] {
  let ids = distinctIds.get(links);
  if (!ids) {
    ids = [...new Set(links.map((x) => x.id))];
    distinctIds.set(links, ids);
  }
  return ids;
}

/**
 * The companies or people (`type`, their views `views`) most often named in `e`'s articles, most
 * articles first, then by name; at most {@link ALONGSIDE_MAX}.
 */
function alongside(
  e: EntityView,
  type: "company" | "person",
  views: Map<string, EntityView>,
): Alongside[] {
  const n = new Map<string, number>();
  for (const a of e.articles)
    for (const id of idsOf(type === "company" ? a.companies : a.people))
      if (!(type === e.type && id === e.id)) n.set(id, (n.get(id) ?? 0) + 1);
  const order = (x: [string, number], y: [string, number]) =>
    y[1] - x[1] || byName(views.get(x[0])!.name, views.get(y[0])!.name);
  // Only the fields shown are copied (not whole entity views, once per co-mentioned entity).
  return firstSorted(n.entries(), ALONGSIDE_MAX, order).map(([id, count]) => {
    const v = views.get(id)!;
    return { id, name: v.name, url: v.url, count, ...(v.kind ? { kind: v.kind } : {}) };
  });
}

/** Related articles and previous/next by date (related.ts), as short references. */
function linkRelated(articles: ArticleView[]): void {
  const relatable = articles.map((a) => ({
    url: a.url,
    date: a.date,
    keys: [
      ...a.companies.map((l) => `c:${l.id}`),
      ...a.people.map((l) => `p:${l.id}`),
      ...a.tags.map((l) => `t:${l.id}`),
    ],
  }));
  const related = relatedArticles(relatable);
  const seq = prevNext(relatable);
  articles.forEach((a, i) => {
    a.related = related[i].map((j) => refOf(articles[j]));
    a.prev = seq[i].prev === null ? null : refOf(articles[seq[i].prev!]);
    a.next = seq[i].next === null ? null : refOf(articles[seq[i].next!]);
  });
}

/** The browse lists: for tags, companies, people and outlets, a by-count and a by-name page. */
function buildIndexes(entities: Record<EntityType, EntityView[]>): IndexView[] {
  const out: IndexView[] = [];
  for (const type of ["tag", "company", "person", "outlet"] as const) {
    const { label, folder } = ENTITY_TYPES[type];
    const byCount = entities[type];
    const named = [...byCount].sort((a, b) => byName(a.name, b.name));
    const countUrl = `/${folder}/`,
      nameUrl = `/${folder}/name/`;
    out.push({
      type,
      label,
      sort: "count",
      url: countUrl,
      otherUrl: nameUrl,
      entities: byCount,
      groups: groupByInitial(named, (e) => e.name),
    });
    out.push({
      type,
      label,
      sort: "name",
      url: nameUrl,
      otherUrl: countUrl,
      entities: named,
      groups: groupByInitial(named, (e) => e.name),
    });
  }
  return out;
}

/** Years (newest first) with their months (oldest first), from the month entities. */
function buildYears(months: EntityView[]): YearView[] {
  const years = new Map<string, YearView>();
  for (const m of [...months].sort((a, b) => a.id.localeCompare(b.id))) {
    const y = m.id.slice(0, 4);
    const view = years.get(y) ?? { year: y, url: `/archive/${y}/`, count: 0, months: [] };
    view.months.push(m);
    view.count += m.count;
    years.set(y, view);
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}

/** Sorts newest first; undated articles last, then by title for a stable order. */
function sortNewestFirst(articles: ArticleView[]): void {
  // Each date parsed once, not in every comparison.
  const time = new Map(articles.map((a) => [a, dateOrder(a.date)]));
  articles.sort((a, b) => newestFirst(a, b, time.get(a)!, time.get(b)!));
}

function newestFirst(a: ArticleView, b: ArticleView, ta: number, tb: number): number {
  if (a.date && b.date) return tb - ta || a.title.localeCompare(b.title, "ko");
  if (a.date) return -1;
  if (b.date) return 1;
  return a.title.localeCompare(b.title, "ko") || a.url.localeCompare(b.url);
}

/** Splits an entity's articles into pages: page 1 at its URL, page n at `<url>n/`. */
function paginate(entity: EntityView): EntityPage[] {
  const total = Math.max(1, Math.ceil(entity.articles.length / PAGE_SIZE));
  const urlOf = (n: number) => (n === 1 ? entity.url : `${entity.url}${n}/`);
  return Array.from({ length: total }, (_, i) => ({
    entity,
    type: entity.type,
    pageNumber: i + 1,
    totalPages: total,
    url: urlOf(i + 1),
    prevUrl: i > 0 ? urlOf(i) : null,
    nextUrl: i + 1 < total ? urlOf(i + 2) : null,
    articles: entity.articles.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
  }));
}
