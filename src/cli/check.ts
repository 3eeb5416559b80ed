/**
 * `sillok check`: finds what a hand edit can break in the entity layer, and reports it.
 * - articles: a company, person, tag or outlet name in front matter that no dictionary knows
 *   (a typo: 삼성젼자), with the nearest known name as a hint; an article file that cannot be read;
 * - dictionaries: an id used twice in one file, or not usable in a URL (ASCII a–z, 0–9 and `-`,
 *   SPEC §5; `name` is taken by the by-name list page); a name or alias claimed by two entries
 *   (in one file, or by a company and a person, which the matcher could not tell apart); a
 *   company `parent` that is no company's id; a one-syllable person or outlet alias; a person's
 *   `orgs` item that is no company's name or alias; a web or e-mail domain claimed by two outlets.
 * - every dictionary file against its schema (core/dictionary-schema.ts, and the lexicon's in
 *   core/lexicon.ts: `lexicon.yaml`, `lexicon.user.yaml`), the same schemas the loaders read by:
 *   unknown keys, wrong types, empty or repeated words, each named with its file, field and fix;
 * - every article's front matter against its schema (core/article-schema.ts).
 * Exit code 1 when a problem is found, 0 otherwise (see src/cli/main.ts). Reads only.
 *
 * Notes, not problems: an outlet name no dictionary knows. Outlets are written as the article
 * gives them (SPEC §4), so the importer itself writes outlets the dictionary lacks, and the site
 * gives each a page of its own: the note offers the `outlets.yaml` line that names it (and the
 * nearest known outlet, when it looks like a typo). Companies and tags only ever come from the
 * dictionaries, so one no dictionary knows is a hand edit's typo: a problem.
 *
 * With the `discover.people` opt-in (_data/entities.yaml), people that no dictionary knows are
 * expected (discovery added them) and are counted, not reported as problems.
 */
import { folderDateProblem } from "../core/dates.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  ArticleFormatError,
  articleText,
  earlierOfSource,
  parseArticleFile,
  type ArticleMeta,
} from "../core/article.ts";
import {
  defaultDataDir,
  readDictionaries,
  type CompanyEntry,
  type Dictionaries,
  type Entry,
  type OutletEntry,
  type TagEntry,
} from "../core/dictionaries.ts";
import { pageDataProblems } from "../core/page-data-schema.ts";
import { fieldMessage, shownTopic, type Problem } from "../core/problems.ts";
import { ENTRY_KINDS } from "../core/dictionary-schema.ts";
import { EntityExtractor } from "../entities/extract.ts";
import { listMarkdown } from "../core/paths.ts";
import { UNKNOWN_OUTLET_ID } from "../site/archive.ts";
import { normalizeDomain } from "../parse/outlet.ts";
import { romanizeId, romanizePersonId, unusedId } from "../entities/romanize.ts";
import { companyYaml, personYaml } from "./entities.ts";
import { editDistance, jamo } from "../search/spelling.ts";

/** One finding. `where` is an article file (relative to the articles folder) or a dictionary file. */
export interface CheckProblem {
  where: string;
  message: string;
}

/** What `sillok check` found. */
export interface CheckReport {
  /** Article files read, the unreadable ones included. */
  articles: number;
  /** Of those, files whose front matter could not be read (each is also a problem). */
  unreadable: number;
  problems: CheckProblem[];
  /** What is worth knowing but breaks nothing (an outlet no dictionary knows): exit 0. */
  notes: CheckProblem[];
  /** People in no dictionary, accepted because discover.people is on. */
  discoveredPeople: number;
}

/** Ids that would collide with list page URLs (`/companies/name/` is the by-name view, `/outlets/unknown/` 매체 미상). */
const RESERVED_IDS = new Set(["name", UNKNOWN_OUTLET_ID]);

type Kind = "companies" | "people" | "tags" | "outlets";
const FILES: Record<Kind, string> = {
  companies: "companies.yaml",
  people: "people.yaml",
  tags: "tags.yaml",
  outlets: "outlets.yaml",
};
const LABEL: Record<Kind, string> = {
  companies: "기업",
  people: "인물",
  tags: "태그",
  outlets: "매체",
};

/**
 * The known name closest to `name` that it may be a typo of: edit distance ≤ 1, or ≤ 2 for names
 * of 5+ characters, counted in jamo ({@link jamo}: lead, vowel, tail of each syllable), since a typo changes a
 * key, not a syllable: 삼성젼자 → 삼성전자 and 디지털타임즈 → 디지털타임스 are one jamo away,
 * while 동해일보 and 동아일보, or 경기일보 and 경인일보, are other outlets two jamo apart.
 */
function nearest(name: string, names: string[]): string | null {
  const max = name.length >= 5 ? 2 : 1;
  const own = jamo(name);
  let best: string | null = null;
  let bestD = max + 1;
  for (const n of names) {
    const other = jamo(n);
    if (Math.abs(own.length - other.length) > max) continue;
    const d = editDistance(own, other);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best;
}

/** An id used twice in one file, or not usable in a URL (ASCII, not a list page's name). */
function checkIds(kind: Kind, entries: Entry[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const ids = new Map<string, number>();
  for (const e of entries) ids.set(e.id, (ids.get(e.id) ?? 0) + 1);
  for (const [id, n] of ids) {
    if (n > 1)
      problems.push({
        where: FILES[kind],
        message: `id ${shownTopic(id)} 항목 ${n}개가 함께 씁니다. 한 항목만 남기고 나머지의 id를 고치세요`,
      });
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
      problems.push({
        where: FILES[kind],
        message: `id ${shownTopic(id)} 영문 소문자·숫자·하이픈(-)만 쓸 수 있습니다(주소가 됩니다). 고치세요`,
      });
    else if (RESERVED_IDS.has(id))
      problems.push({
        where: FILES[kind],
        message: `id ${shownTopic(id)} 목록 페이지의 주소(/${kind}/${id}/)입니다. 다른 id로 고치세요`,
      });
  }
  return problems;
}

/** A `kind` the site has no label for (core/dictionary-schema.ts `ENTRY_KINDS`): a typo, most likely. */
function checkKinds(kind: Kind, entries: Entry[]): CheckProblem[] {
  const type = ({ companies: "company", people: "person", outlets: "outlet" } as const)[
    kind as "companies" | "people" | "outlets"
  ];
  if (!type) return [];
  const known: readonly string[] = ENTRY_KINDS[type];
  return entries
    .filter((e) => e.kind !== undefined && !known.includes(e.kind))
    .map((e) => ({
      where: FILES[kind],
      message: `${e.id}: kind "${e.kind}" — 모르는 종류입니다. ${known.join(", ")} 중 하나로 고치세요`,
    }));
}

/** A name or alias claimed by two entries of one file. */
function checkForms(kind: Kind, entries: Entry[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const owner = new Map<string, string>();
  for (const e of entries) {
    for (const form of new Set([e.name, ...(e.aliases ?? [])])) {
      const prev = owner.get(form);
      if (prev && prev !== e.id)
        problems.push({
          where: FILES[kind],
          message: `${shownTopic(form)} ${prev}, ${e.id} 두 항목이 함께 씁니다. 한쪽에서 지우세요`,
        });
      else owner.set(form, e.id);
    }
  }
  return problems;
}

/** People: a form a company also claims, a one-syllable form, an `orgs` item no company has. */
function checkPeople(dicts: Dictionaries): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const companyForms = new Map<string, string>();
  for (const c of dicts.companies)
    for (const f of [c.name, ...(c.aliases ?? [])]) companyForms.set(f, c.id);
  const where = FILES.people;
  for (const p of dicts.people) {
    for (const f of [p.name, ...(p.aliases ?? [])]) {
      const c = companyForms.get(f);
      if (c)
        problems.push({
          where,
          message: `${shownTopic(f)} 인물 ${p.id}, 기업 ${c} 두 항목이 함께 씁니다. 한쪽에서 지우세요`,
        });
      // One Hangul syllable (a surname: 이, 김) would match ordinary text everywhere.
      if (/^[\uAC00-\uD7A3]$/.test(f))
        problems.push({
          where,
          message: `${p.id}: 별칭 ${shownTopic(f)} 한 음절입니다. 글 곳곳과 겹치니 지우세요`,
        });
    }
    // `orgs` feed the homonym rule (src/entities/person-rule.ts) only through company names.
    for (const o of p.orgs ?? [])
      if (!companyForms.has(o))
        problems.push({
          where,
          message: `${p.id}: orgs ${shownTopic(o)} 어느 기업의 이름이나 별칭도 아닙니다. companies.yaml에 있는 이름으로 고치세요`,
        });
  }
  return problems;
}

/** A keyword (strong or weak) that assigns two tags makes every mention of it tag both. */
function checkTagKeywords(tags: TagEntry[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const keywordOwner = new Map<string, string>();
  for (const t of tags) {
    for (const k of new Set([...t.keywords, ...(t.weak ?? [])])) {
      const prev = keywordOwner.get(k);
      if (prev && prev !== t.id)
        problems.push({
          where: FILES.tags,
          message: `키워드 ${shownTopic(k)} ${prev}, ${t.id} 두 태그에 있습니다. 한 태그에서 지우세요`,
        });
      else keywordOwner.set(k, t.id);
    }
  }
  return problems;
}

/** A company `parent` that is no company's id. */
function checkParents(companies: CompanyEntry[]): CheckProblem[] {
  const ids = new Set(companies.map((c) => c.id));
  return companies
    .filter((c) => c.parent && !ids.has(c.parent))
    .map((c) => ({
      where: FILES.companies,
      message: `${c.id}: parent ${shownTopic(c.parent)} 어느 기업의 id도 아닙니다. companies.yaml에 있는 id로 고치세요`,
    }));
}

/**
 * What no single entry's schema can see, across entries: duplicate ids, names/aliases claimed
 * twice, tag keywords under two tags, dangling parents, the outlets' domains.
 */
export function checkDictionaries(dicts: Dictionaries): CheckProblem[] {
  const kinds = Object.keys(FILES) as Kind[];
  return [
    ...kinds.flatMap((kind) => [
      ...checkIds(kind, dicts[kind]),
      ...checkForms(kind, dicts[kind]),
      ...checkKinds(kind, dicts[kind]),
    ]),
    ...checkOutletDomains(dicts.outlets),
    ...checkPeople(dicts),
    ...checkTagKeywords(dicts.tags),
    ...checkParents(dicts.companies),
  ];
}

/**
 * The outlets' own rules (_data/outlets.yaml header): a web or e-mail domain claimed by two
 * outlets (a URL or address would name either), an e-mail domain that repeats the entry's own web
 * domain, and a one-syllable Hangul alias (it would match inside ordinary words). Names and
 * aliases are compared as the resolver looks them up: case and spaces ignored (`연합뉴스 TV` is
 * `연합뉴스TV`), so two entries cannot claim one form in different spellings.
 */
function checkOutletDomains(outlets: OutletEntry[]): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const where = FILES.outlets;
  const domainOwner = new Map<string, string>();
  const formOwner = new Map<string, [string, string]>();
  for (const o of outlets) {
    problems.push(...outletDomainProblems(o, domainOwner));
    for (const f of [o.name, ...(o.aliases ?? [])]) {
      if (/^[\uAC00-\uD7A3]$/.test(f))
        problems.push({
          where,
          message: `${o.id}: 별칭 ${shownTopic(f)} 한 음절입니다. 글 곳곳과 겹치니 지우세요`,
        });
      const k = f.normalize("NFC").toLowerCase().replace(/[\s·]/g, "");
      const prev = formOwner.get(k);
      // Identical spellings are already reported by the generic name/alias check.
      if (prev && prev[0] !== o.id && prev[1] !== f)
        problems.push({
          where,
          message: `${shownTopic(f)} ${prev[0]}("${prev[1]}"), ${o.id} 두 매체가 함께 씁니다(띄어쓰기·대소문자만 다릅니다). 한쪽에서 지우세요`,
        });
      else if (!prev) formOwner.set(k, [o.id, f]);
    }
  }
  return problems;
}

/**
 * One outlet's web and e-mail domains against those already seen (`owner`, domain → outlet id,
 * added to): a domain claimed by two outlets, an e-mail domain that repeats the web domain.
 */
function outletDomainProblems(o: OutletEntry, owner: Map<string, string>): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const where = FILES.outlets;
  const web = new Set((o.domains ?? []).map(normalizeDomain));
  const lists = [
    ["도메인", o.domains ?? []],
    ["이메일 도메인", o.emailDomains ?? []],
  ] as const;
  for (const [field, list] of lists) {
    for (const d of new Set(list.map(normalizeDomain))) {
      if (field === "이메일 도메인" && web.has(d))
        problems.push({
          where,
          message: `${o.id}: 이메일 도메인 ${shownTopic(d)} 웹 도메인과 같습니다. domains에만 한 번 쓰세요`,
        });
      const prev = owner.get(d);
      if (!prev) owner.set(d, o.id);
      else if (prev !== o.id)
        problems.push({
          where,
          message: `${field} ${shownTopic(d)} ${prev}, ${o.id} 두 매체에 있습니다. 한쪽에서 지우세요`,
        });
    }
  }
  return problems;
}

/** How `sillok check` runs: the dictionaries folder, and the discover.people setting to assume. */
export interface CheckOptions {
  /** Dictionaries location (see `dataLayers`); default the project's `_data/`. */
  dataDir?: string;
  /** Overrides `discover.people` of `entities.yaml`; undefined keeps the file's. */
  discoverPeople?: boolean;
}

/** A schema problem of a dictionary file as a finding: the file's name, then `field — fix`. */
const schemaFinding = (p: Problem): CheckProblem => ({
  where: path.basename(p.file),
  message: fieldMessage(p),
});

/** The state the article checks share: the dictionaries' names, what was seen, what was found. */
interface ArticleScan {
  known: Record<Kind, Set<string>>;
  /** The ids each dictionary uses, so that a suggested entry never takes one. */
  ids: Record<Kind, Set<string>>;
  /** `kind:name` → the id suggested for it, once per name. */
  suggested: Map<string, string>;
  names: Record<Kind, string[]>;
  extractor: EntityExtractor | null;
  bySource: Map<string, string>;
  /** Outlet names no dictionary knows → the article files naming them. */
  unknownOutlets: Map<string, string[]>;
  /**
   * Kinds whose dictionary file has a problem (a YAML line that does not parse, an entry the
   * schema refuses): its entries are missing, so names of that kind are not checked one by one
   * (each would repeat the file's problem); they are counted here, for one note.
   */
  unchecked: Map<Kind, Set<string>>;
  report: CheckReport;
}

function articleScan(
  dicts: Dictionaries,
  problems: CheckProblem[],
  broken: Set<Kind>,
): ArticleScan {
  const known = {} as Record<Kind, Set<string>>;
  const names = {} as Record<Kind, string[]>;
  const ids = {} as Record<Kind, Set<string>>;
  for (const kind of Object.keys(FILES) as Kind[]) {
    known[kind] = new Set(dicts[kind].flatMap((e: Entry) => [e.name, ...(e.aliases ?? [])]));
    ids[kind] = new Set(dicts[kind].map((e: Entry) => e.id));
    names[kind] = dicts[kind].map((e: Entry) => e.name);
  }
  const extractor = dicts.settings.discoverPeople ? new EntityExtractor(dicts) : null;
  const report = { articles: 0, unreadable: 0, problems, notes: [], discoveredPeople: 0 };
  const unchecked = new Map([...broken].map((k) => [k, new Set<string>()]));
  return {
    known,
    ids,
    suggested: new Map(),
    names,
    extractor,
    bySource: new Map(),
    unknownOutlets: new Map(),
    unchecked,
    report,
  };
}

/** Two article files from one source: a copy made by hand lists the article twice on the site. */
function checkSource(scan: ArticleScan, file: string, meta: ArticleMeta): void {
  const first = earlierOfSource(scan.bySource, meta.source.sha256, file);
  if (first === undefined) return;
  scan.report.problems.push({
    where: file,
    message: `같은 원본(${meta.source.file})에서 나온 기사 파일이 또 있습니다: ${first}. 사이트에 두 번 나오니 한 파일을 지우세요`,
  });
}

/**
 * Names in front matter no dictionary knows. With discover.people on, a person no dictionary
 * lists is expected only when discovery finds that name in the article's own text; anything else
 * (a typo: 윤석렬) is still a problem.
 */
function checkNames(scan: ArticleScan, file: string, meta: ArticleMeta, body: string): void {
  let discovered: Set<string> | null = null;
  const discoveredHere = (extractor: EntityExtractor) =>
    (discovered ??= new Set(extractor.discover(articleText(meta, body)).people.map((p) => p.name)));
  const lists: [Kind, string[]][] = [
    ["companies", meta.companies],
    ["people", meta.people],
    ["tags", meta.tags],
  ];
  if (meta.outlet && !scan.known.outlets.has(meta.outlet)) {
    const unchecked = scan.unchecked.get("outlets");
    if (unchecked) unchecked.add(meta.outlet);
    else
      scan.unknownOutlets.set(meta.outlet, [...(scan.unknownOutlets.get(meta.outlet) ?? []), file]);
  }
  for (const [kind, list] of lists) {
    for (const name of list.filter((n) => !scan.known[kind].has(n))) {
      const unchecked = scan.unchecked.get(kind);
      if (unchecked) {
        unchecked.add(name);
        continue;
      }
      if (kind === "people" && scan.extractor && discoveredHere(scan.extractor).has(name)) {
        scan.report.discoveredPeople++;
        continue;
      }
      const hint = nearest(name, scan.names[kind]);
      const paste = pasteLine(scan, kind, name);
      const add = paste
        ? ` 등록하려면 _data/${FILES[kind]}에 이 줄을 붙여 넣으세요:\n    ${paste}`
        : "";
      scan.report.problems.push({
        where: file,
        message: `${LABEL[kind]} ${shownTopic(name)} 사전(${FILES[kind]})에 없습니다${hint ? `. "${hint}"의 오타인가요?${add ? " 아니라면" : ""}` : "."}${add}`,
      });
    }
  }
}

/**
 * The entry to paste into a dictionary for a company or person it lacks (the line `sillok
 * entities` suggests, its id romanized from the name and unused), or null for a tag, whose entry
 * needs keywords only its user can choose. The same name in several articles gets one id.
 */
function pasteLine(scan: ArticleScan, kind: Kind, name: string): string | null {
  if (kind !== "companies" && kind !== "people") return null;
  const key = `${kind}:${name}`;
  let id = scan.suggested.get(key);
  if (!id) {
    const base = (kind === "people" ? romanizePersonId : romanizeId)(name) || "entry";
    scan.suggested.set(key, (id = unusedId(base, scan.ids[kind])));
  }
  const candidate = { name, roles: [], articles: 0, count: 0, examples: [], id };
  return kind === "people" ? personYaml(candidate) : companyYaml(candidate);
}

/** One article file: readable (each broken field named with its fix), filed by its date, one copy, known names. */
function checkArticle(scan: ArticleScan, articlesDir: string, file: string): void {
  let article: { meta: ArticleMeta; body: string };
  scan.report.articles++;
  try {
    article = parseArticleFile(readFileSync(path.join(articlesDir, file), "utf8"));
  } catch (e) {
    const problems = e instanceof ArticleFormatError ? e.problems : [];
    if (!problems.length) problems.push({ file, field: "", message: (e as Error).message });
    for (const p of problems) scan.report.problems.push({ where: file, message: fieldMessage(p) });
    scan.report.unreadable++;
    return;
  }
  // A date moved by a hand edit (or typed without its offset) files the article under another month.
  const misfiled = folderDateProblem(file, article.meta.date);
  if (misfiled) scan.report.problems.push({ where: file, message: misfiled });
  checkSource(scan, file, article.meta);
  checkNames(scan, file, article.meta, article.body);
}

/**
 * Checks the dictionaries (each file against its schema, then across entries; the lexicon and
 * the user's lexicon.user.yaml too; furniture.yaml, boilerplate.yaml and site.yaml) and every article under `articlesDir` (front matter against
 * its schema, names no dictionary knows, two article files from one source). Reads only.
 */
export function checkArchive(articlesDir: string, options: CheckOptions = {}): CheckReport {
  const dataDir = options.dataDir ?? defaultDataDir();
  const read = readDictionaries(dataDir);
  const dicts =
    options.discoverPeople === undefined
      ? read.dicts
      : {
          ...read.dicts,
          settings: { ...read.dicts.settings, discoverPeople: options.discoverPeople },
        };
  const problems = [
    ...read.problems.map(schemaFinding),
    ...pageDataProblems(dataDir).map(schemaFinding),
    ...checkDictionaries(dicts),
  ];
  const broken = new Set(
    (Object.keys(FILES) as Kind[]).filter((k) =>
      read.problems.some((p) => path.basename(p.file) === FILES[k]),
    ),
  );
  const scan = articleScan(dicts, problems, broken);
  for (const file of listMarkdown(articlesDir)) checkArticle(scan, articlesDir, file);
  scan.report.notes.push(...outletNotes(scan, dicts.outlets), ...uncheckedNotes(scan));
  return scan.report;
}

/** One note per dictionary file with a problem: how many names of its kind were left unchecked. */
function uncheckedNotes(scan: ArticleScan): CheckProblem[] {
  return [...scan.unchecked]
    .filter(([, names]) => names.size)
    .map(([kind, names]) => ({
      where: FILES[kind],
      message: `이 파일의 문제(위)를 고칠 때까지 기사에 있는 ${LABEL[kind]} 이름 ${names.size}개(${[...names].slice(0, 5).join(", ")}${names.size > 5 ? " …" : ""})는 사전과 맞춰 보지 않았습니다. 고친 뒤 다시 sillok check를 실행하세요`,
    }));
}

/**
 * One note per outlet name no dictionary knows: how many articles name it, the nearest known
 * outlet when it may be a typo, and the line to paste into `_data/outlets.yaml` (the entry's
 * shape is the shipped file's; its id romanized from the name, never one already taken).
 */
function outletNotes(scan: ArticleScan, outlets: OutletEntry[]): CheckProblem[] {
  const taken = new Set([...outlets.map((o) => o.id), ...RESERVED_IDS]);
  return [...scan.unknownOutlets].map(([name, files]) => {
    const id = unusedId(romanizeId(name) || "outlet", taken);
    const hint = nearest(name, scan.names.outlets);
    const yaml = `- {id: ${id}, name: ${name}, aliases: [], domains: []}`;
    return {
      where: files[0],
      message: `매체 ${shownTopic(name)} 사전에 없습니다(기사 ${files.length}건; 사이트에는 이 매체의 페이지가 따로 생깁니다)${hint ? `. "${hint}"의 오타인가요? 아니라면` : "."} 이 매체를 등록하려면 _data/outlets.yaml에 이 줄을 붙여 넣으세요:\n    ${yaml}`,
    };
  });
}

/**
 * The dictionaries' folders as the report names them: sillok's shipped `_data/` as 기본 사전, an
 * archive's own folder by its path (`기본 사전 + /archive/_data`).
 */
function shownDataDir(dataDir: string | undefined): string {
  const dirs = (dataDir ?? defaultDataDir()).split(path.delimiter);
  return dirs.map((d) => (d === defaultDataDir() ? "기본 사전" : d)).join(" + ");
}

/** The report as text, one problem a line. */
export function formatCheck(r: CheckReport, articlesDir: string, dataDir?: string): string {
  const unreadable = r.unreadable ? ` 중 ${r.unreadable}건은 읽지 못함(아래)` : "";
  const lines = [
    `sillok check: 기사 ${r.articles}건(${articlesDir})${unreadable}, 사전 ${shownDataDir(dataDir)}`,
  ];
  if (r.discoveredPeople)
    lines.push(
      `  사전에 없는 인물 이름 ${r.discoveredPeople}개는 직함·직업으로 찾은 이름입니다(discover.people 켜짐): 문제 아님`,
    );
  if (!r.problems.length) lines.push("  고칠 곳 없음");
  else {
    lines.push(`  고칠 곳 ${r.problems.length}개:`);
    for (const p of r.problems) lines.push(`  ${p.where}: ${p.message}`);
  }
  if (r.notes.length) {
    lines.push(`  참고 ${r.notes.length}개(고칠 곳 아님):`);
    for (const p of r.notes) lines.push(`  ${p.where}: ${p.message}`);
  }
  return lines.join("\n");
}
