/**
 * Stage 5a — the site's data: reads `articles/**.md` (through the one front matter contract in
 * `core/article.ts`) and the dictionaries, and returns every list the templates page through:
 * articles newest first, and per tag, company, person, outlet and month the articles that
 * name it, in stable chunks of {@link PAGE_SIZE}.
 *
 * Article text never passes through a template engine: the body is rendered here with
 * markdown-it (`html: false`, so `<script>` in an article is text) and handed to templates as
 * finished HTML.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";
import { parseArticleFile, type ArticleMeta, type Caption, type Reporter } from "../core/article.ts";
import { loadDictionaries, type Dictionaries, type Entry } from "../core/dictionaries.ts";
import { sha256 } from "../core/hash.ts";
import { displayDate, monthKey, monthLabel } from "./dates.ts";

/** Articles per page on entity and month pages. */
export const PAGE_SIZE = 30;

/** The kinds of index the site has. URL folder names are the keys' plural forms. */
export type EntityType = "tag" | "company" | "person" | "outlet" | "month";

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
}

/** One index entity (a tag, company, person, outlet or month) with its articles. */
export interface EntityView extends EntityLink {
  type: EntityType;
  kind?: string;
  aliases: string[];
  count: number;
  articles: ArticleView[];
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
  /** Files under articles/ that could not be read, with the reason. */
  problems: { file: string; reason: string }[];
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(cjkFriendly);

/** ASCII id for a name no dictionary knows (a hand edit): `x-` + 8 hex digits of its hash. */
const fallbackId = (name: string) => `x-${sha256(name).slice(0, 8)}`;

/** `.md` files under `dir`, relative with `/`, sorted; hidden entries (`.sillok/`) skipped. */
export function listMarkdown(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listMarkdown(abs, base));
    else if (e.name.endsWith(".md")) out.push(path.relative(base, abs).split(path.sep).join("/"));
  }
  return out.sort();
}

/** Name → entry index over names and aliases, for turning front matter names into links. */
function indexByName<T extends Entry>(entries: T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const e of entries) for (const n of [e.name, ...(e.aliases ?? [])]) if (!m.has(n)) m.set(n, e);
  return m;
}

/**
 * Loads the archive.
 * @param articlesDir folder of `.md` articles (missing folder = empty archive)
 * @param dicts dictionaries (default: the project's `_data/`)
 */
export function loadArchive(articlesDir: string, dicts: Dictionaries = loadDictionaries()): Archive {
  const problems: Archive["problems"] = [];
  const registries: Record<EntityType, Map<string, EntityView>> = {
    tag: new Map(), company: new Map(), person: new Map(), outlet: new Map(), month: new Map(),
  };
  const lookups = {
    tag: indexByName(dicts.tags), company: indexByName(dicts.companies),
    person: indexByName(dicts.people), outlet: indexByName(dicts.outlets),
  };
  const link = (type: Exclude<EntityType, "month">, name: string): EntityLink => {
    const entry = lookups[type].get(name);
    const id = entry?.id ?? fallbackId(name);
    const reg = registries[type];
    let view = reg.get(id);
    if (!view) {
      view = {
        type, id, name: entry?.name ?? name, url: `/${ENTITY_TYPES[type].folder}/${id}/`, kind: entry?.kind,
        aliases: entry?.aliases ?? [], count: 0, articles: [],
      };
      reg.set(id, view);
    }
    return { id: view.id, name: view.name, url: view.url };
  };
  const monthLink = (date: string): EntityLink => {
    const key = monthKey(date);
    let view = registries.month.get(key);
    if (!view) {
      view = { type: "month", id: key, name: monthLabel(date), url: `/archive/${key.replace("-", "/")}/`, aliases: [], count: 0, articles: [] };
      registries.month.set(key, view);
    }
    return { id: view.id, name: view.name, url: view.url };
  };

  const articles: ArticleView[] = [];
  for (const rel of listMarkdown(articlesDir)) {
    let meta: ArticleMeta, body: string;
    try {
      ({ meta, body } = parseArticleFile(readFileSync(path.join(articlesDir, rel), "utf8")));
    } catch (e) {
      problems.push({ file: rel, reason: (e as Error).message });
      continue;
    }
    const html = md.render(body);
    const plain = body.replace(/\\(.)/g, "$1").replace(/\s+/g, " ").trim();
    const view: ArticleView = {
      url: `/articles/${rel.replace(/\.md$/, "")}/`,
      file: rel,
      title: meta.title,
      subtitle: meta.subtitle,
      outlet: meta.outlet ? link("outlet", meta.outlet) : null,
      date: meta.date,
      dateDisplay: displayDate(meta.date),
      month: meta.date ? monthLink(meta.date) : null,
      reporters: meta.reporters ?? [],
      html,
      excerpt: plain.length > 160 ? `${plain.slice(0, 160)}…` : plain,
      captions: meta.captions ?? [],
      copyright: meta.copyright ?? null,
      tags: meta.tags.map((n) => link("tag", n)),
      companies: meta.companies.map((n) => link("company", n)),
      people: meta.people.map((n) => link("person", n)),
    };
    articles.push(view);
  }
  articles.sort(newestFirst);

  for (const a of articles) {
    const add = (type: EntityType, l: EntityLink | null) => {
      if (!l) return;
      const v = registries[type].get(l.id)!;
      v.articles.push(a);
      v.count++;
    };
    add("outlet", a.outlet);
    add("month", a.month);
    a.tags.forEach((l) => add("tag", l));
    a.companies.forEach((l) => add("company", l));
    a.people.forEach((l) => add("person", l));
  }

  const entities = {} as Record<EntityType, EntityView[]>;
  const entityPages: EntityPage[] = [];
  for (const type of Object.keys(registries) as EntityType[]) {
    const list = [...registries[type].values()];
    list.sort(type === "month" ? (a, b) => b.id.localeCompare(a.id) : (a, b) => b.count - a.count || a.name.localeCompare(b.name, "ko"));
    entities[type] = list;
    for (const e of list) entityPages.push(...paginate(e));
  }
  return { articles, entities, entityPages, problems };
}

/** Newest first; undated articles last, then by title for a stable order. */
function newestFirst(a: ArticleView, b: ArticleView): number {
  if (a.date && b.date) return Date.parse(b.date) - Date.parse(a.date) || a.title.localeCompare(b.title, "ko");
  if (a.date) return -1;
  if (b.date) return 1;
  return a.title.localeCompare(b.title, "ko") || a.url.localeCompare(b.url);
}

/** Splits an entity's articles into pages: page 1 at its URL, page n at `<url>n/`. */
function paginate(entity: EntityView): EntityPage[] {
  const total = Math.max(1, Math.ceil(entity.articles.length / PAGE_SIZE));
  const urlOf = (n: number) => (n === 1 ? entity.url : `${entity.url}${n}/`);
  return Array.from({ length: total }, (_, i) => ({
    entity, type: entity.type, pageNumber: i + 1, totalPages: total, url: urlOf(i + 1),
    prevUrl: i > 0 ? urlOf(i) : null, nextUrl: i + 1 < total ? urlOf(i + 2) : null,
    articles: entity.articles.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
  }));
}
