/**
 * `sillok entities`: the people and companies that the articles name but the dictionaries do not
 * know (src/entities/discover.ts), with counts and an example sentence each, and the YAML lines
 * to paste into `_data/people.yaml` / `_data/companies.yaml` to add them (one edit). Reads the
 * articles; changes nothing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { articleText, parseArticleFile } from "../core/article.ts";
import { loadDictionaries, type Dictionaries } from "../core/dictionaries.ts";
import { EntityExtractor } from "../entities/extract.ts";
import { romanizeId, romanizePersonId, unusedId } from "../entities/romanize.ts";
import { listMarkdown } from "../core/paths.ts";

/** One unknown name across the archive. */
export interface Candidate {
  name: string;
  /** Roles seen with a person, most frequent first ("" for a name found by age only). */
  roles: string[];
  /** Articles that name it. */
  articles: number;
  /** Times found, over all articles. */
  count: number;
  /** Up to two example sentences, with their article file (relative to the articles folder). */
  examples: { file: string; sentence: string }[];
  /** The proposed ASCII id (romanized, unique against the dictionary). */
  id: string;
}

/** What `sillok entities` reports. */
export interface EntitiesReport {
  articles: number;
  people: Candidate[];
  companies: Candidate[];
}

/**
 * Runs discovery over every article in `articlesDir` (body and captions, as the entity stage
 * reads them). Files that cannot be read are skipped (`sillok check` reports them).
 */
export function discoverEntities(
  articlesDir: string,
  dicts: Dictionaries = loadDictionaries(),
): EntitiesReport {
  const ex = new EntityExtractor(dicts);
  const people = new Map<string, Candidate & { roleCounts: Map<string, number> }>();
  const companies = new Map<string, Candidate & { roleCounts: Map<string, number> }>();
  const files = listMarkdown(articlesDir);
  let read = 0;
  for (const file of files) {
    let text: string;
    try {
      const { meta, body } = parseArticleFile(readFileSync(path.join(articlesDir, file), "utf8"));
      text = articleText(meta, body);
    } catch {
      continue;
    }
    read++;
    const found = ex.discover(text);
    const seen = new Set<string>();
    const note = (reg: typeof people, name: string, sentence: string, role: string | null) => {
      let c = reg.get(name);
      if (!c)
        reg.set(
          name,
          (c = {
            name,
            roles: [],
            articles: 0,
            count: 0,
            examples: [],
            id: "",
            roleCounts: new Map(),
          }),
        );
      c.count++;
      if (role !== null) c.roleCounts.set(role, (c.roleCounts.get(role) ?? 0) + 1);
      const key = `${reg === people ? "p" : "c"}:${name}`;
      if (!seen.has(key)) {
        seen.add(key);
        c.articles++;
        if (c.examples.length < 2) c.examples.push({ file, sentence });
      }
    };
    for (const p of found.people) note(people, p.name, p.sentence, p.role);
    for (const c of found.companies) note(companies, c.name, c.sentence, null);
  }
  const finish = (reg: typeof people, taken: Set<string>, person: boolean): Candidate[] =>
    [...reg.values()]
      .sort(
        (a, b) =>
          b.articles - a.articles || b.count - a.count || a.name.localeCompare(b.name, "ko"),
      )
      .map(({ roleCounts, ...c }) => {
        const id = unusedId((person ? romanizePersonId : romanizeId)(c.name) || "entry", taken);
        return {
          ...c,
          id,
          roles: [...roleCounts]
            .sort((a, b) => b[1] - a[1])
            .map(([r]) => r)
            .filter(Boolean),
        };
      });
  return {
    articles: read,
    people: finish(people, new Set(dicts.people.map((p) => p.id)), true),
    companies: finish(companies, new Set(dicts.companies.map((c) => c.id)), false),
  };
}

const yamlString = (s: string) =>
  /^[\p{L}\p{N} ._()·-]+$/u.test(s) && !/^[\d.]+$/.test(s) ? s : JSON.stringify(s);

/**
 * One ready-to-paste YAML line for people.yaml, with the most frequent role; the honorific 씨 is
 * no role (it says only that the person is a private one).
 */
export function personYaml(c: Candidate): string {
  const first = c.roles.find((r) => r !== "씨");
  const role = first ? `, role: ${yamlString(first)}` : "";
  return `- {id: ${c.id}, name: ${yamlString(c.name)}, kind: other${role}}`;
}

/** One ready-to-paste YAML line for companies.yaml. */
export function companyYaml(c: Candidate): string {
  return `- {id: ${c.id}, name: ${yamlString(c.name)}, kind: company}`;
}

/** The report as text: two lists with examples, then the YAML to paste. */
export function formatEntities(r: EntitiesReport, limit = 50): string {
  const lines = [`sillok entities: 기사 ${r.articles}건을 읽음 · 사전에 없는 이름 (바꾼 것 없음)`];
  const section = (title: string, list: Candidate[]) => {
    lines.push(
      "",
      `${title} — ${list.length}${list.length > limit ? ` (앞의 ${limit}개만 보임)` : ""}`,
    );
    if (!list.length) lines.push("  (없음)");
    for (const c of list.slice(0, limit)) {
      const role = c.roles.length ? `  ${c.roles.slice(0, 3).join(", ")}` : "";
      lines.push(`  ${c.name}${role}  — 기사 ${c.articles}건, ${c.count}회`);
      for (const e of c.examples) lines.push(`      “${e.sentence}”  [${e.file}]`);
    }
  };
  section("_data/people.yaml에 없는 인물 (직함·나이·씨가 붙은 이름)", r.people);
  section("_data/companies.yaml에 없는 회사 (회사 이름 꼴의 낱말)", r.companies);
  if (r.people.length || r.companies.length) {
    lines.push(
      "",
      "더하려면 원하는 줄을 (kind, role, parent를 확인한 뒤) 위에 적힌 파일에 붙여 넣고",
    );
    lines.push(
      "`sillok import`를 다시 실행하세요: 기사의 인물·회사 목록에 새 이름이 더해집니다 (손으로 고친 기사의 본문은 그대로).",
    );
    if (r.people.length)
      lines.push("", "# _data/people.yaml", ...r.people.slice(0, limit).map(personYaml));
    if (r.companies.length)
      lines.push("", "# _data/companies.yaml", ...r.companies.slice(0, limit).map(companyYaml));
  }
  return lines.join("\n");
}
