/**
 * Stage 3 — entities: which companies, people and tags an article is about, from its body and
 * captions only (never bylines, datelines, copyright lines or photo credits, which the parse
 * stage has already taken out of those fields).
 *
 * This module only orchestrates: the particle-aware matcher (match.ts) finds every dictionary
 * form, keyed by typed records (keys.ts); the company rule (company-rule.ts), the person rules
 * (person-rule.ts: bylines, namesakes) and the tag rule (tag-rule.ts) judge the mentions; and,
 * only when the user opts in (`discover.people` in `_data/entities.yaml`), people found by their
 * role (discover.ts) are added. The words of every rule come from the lexicon (words.ts).
 */
import type { Dictionaries } from "../core/dictionaries.ts";
import { ambiguousConfirmed, companyVariants, namesPlace } from "./company-rule.ts";
import { discoverUnknown, discoverUnknownPeople, type Discovered } from "./discover.ts";
import type {
  CompanyKey,
  EntityKey,
  EntityMention,
  FoundPersonKey,
  NotKey,
  PersonKey,
  TagKey,
} from "./keys.ts";
import { Matcher, countMentions, type MatchTarget } from "./match.ts";
import { insidePersonName, isByline, namesakesOut, personInfo } from "./person-rule.ts";
import { rankTags } from "./tag-rule.ts";
import { wordsFor, wordsOf, type Words } from "./words.ts";

export type { Discovered } from "./discover.ts";

/** What the entity stage adds to an article: display names, most-mentioned first. */
export interface Entities {
  companies: string[];
  people: string[];
  tags: string[];
  /** Mention counts per company/person display name. */
  mentions: Record<string, number>;
}

/** The text an article offers to the matcher. */
export interface EntityInput {
  title: string;
  /** The deck (standfirst) under the title, if any: part of the lede for tags only. */
  subtitle?: string;
  paragraphs: string[];
  captions: { text: string }[];
}

type Target = MatchTarget<EntityKey>;

/** The company targets, and for each form of a company, its group (for people's `org`). */
function companyTargets(
  dicts: Dictionaries,
  words: Words,
): { targets: Target[]; groupOf: Map<string, string> } {
  const targets: Target[] = [];
  const groupOf = new Map<string, string>();
  for (const c of dicts.companies) {
    const key: CompanyKey = {
      kind: "company",
      id: c.id,
      name: c.name,
      group: c.parent ?? c.id,
      ambiguous: new Set(c.ambiguous ?? []),
    };
    const forms = [c.name, ...(c.aliases ?? [])];
    targets.push({ key, forms: forms.flatMap((f) => companyVariants(f, words)) });
    for (const n of forms) if (!groupOf.has(n)) groupOf.set(n, key.group);
  }
  return { targets, groupOf };
}

/** Every target of the dictionaries: companies, people, tags (strong and weak), `not` phrases. */
function dictionaryTargets(dicts: Dictionaries, words: Words): Target[] {
  const { targets, groupOf } = companyTargets(dicts, words);
  for (const p of dicts.people) {
    const key: PersonKey = { kind: "person", id: p.id, name: p.name, info: personInfo(p, groupOf) };
    targets.push({ key, forms: [p.name, ...(p.aliases ?? [])], glue: [...words.personGlue] });
  }
  dicts.tags.forEach((t, order) => {
    const strong: TagKey = { kind: "tag", id: t.id, name: t.name, strong: true, order };
    targets.push({
      key: strong,
      forms: t.keywords.length || t.weak?.length ? t.keywords : [t.name],
    });
    if (t.weak?.length) targets.push({ key: { ...strong, strong: false }, forms: t.weak });
  });
  // `not` phrases (Entry.not) compete as forms of their own and are dropped when they win.
  for (const e of [...dicts.companies, ...dicts.people, ...dicts.tags]) {
    const key: NotKey = { kind: "not", id: e.id };
    if (e.not?.length) targets.push({ key, forms: e.not });
  }
  return targets;
}

/**
 * The matcher's two sets: every dictionary target (the entity stage's), and every known name
 * (companies, people, `not` phrases and outlets), which discovery masks so that it never offers
 * one again. Tag keywords are topics, not names: 경찰청장 must stay readable as a role.
 */
const ENTITIES = 0;
const KNOWN = 1;

/** A compiled extractor for one set of dictionaries. */
export class EntityExtractor {
  private words: Words;
  /** The dictionaries' forms and the outlets', as the sets {@link ENTITIES} and {@link KNOWN}. */
  private matcher: Matcher<EntityKey>;
  private discoverPeople: boolean;

  constructor(dicts: Dictionaries) {
    this.words = dicts.lexicon ? wordsOf(dicts.lexicon) : wordsFor();
    const targets = dictionaryTargets(dicts, this.words);
    for (const t of targets)
      t.sets = t.key.kind === "tag" ? 1 << ENTITIES : (1 << ENTITIES) | (1 << KNOWN);
    const outlets = dicts.outlets.map((o): Target => ({
      key: { kind: "outlet", id: o.id },
      forms: [o.name, ...(o.aliases ?? [])],
      sets: 1 << KNOWN,
    }));
    this.matcher = new Matcher([...targets, ...outlets], this.words);
    this.discoverPeople = dicts.settings?.discoverPeople ?? true;
  }

  /**
   * People and companies in `text` that no dictionary knows (src/entities/discover.ts), in text
   * order, with repeats. Known names (and outlets) are masked first, so they are never offered.
   */
  discover(text: string): Discovered {
    return discoverUnknown(text, this.matcher.find(text, KNOWN), this.words);
  }

  /** Finds the entities of one article. Pure; linear in text length. */
  extract(input: EntityInput): Entities {
    // Built by pushing: spreading `captions.map(…)` gave arrays of two element kinds (none or
    // strings), whose change of map deoptimised this function on every run.
    const units = input.paragraphs.slice();
    for (const c of input.captions) units.push(c.text);
    const text = units.join("\n");
    // One pass over the body finds the entities' forms and, for discovery, the known names.
    const [mentions, known] = this.discoverPeople
      ? this.matcher.findSets(text, [ENTITIES, KNOWN])
      : [this.matcher.find(text, ENTITIES), []];
    const found = this.confirmed(text, mentions);
    const counts = countMentions<EntityKey>(namesakesOut(found, text, this.words));
    if (this.discoverPeople)
      for (const [key, n] of this.discoveredPeople(text, known)) counts.set(key, n);
    const out: Entities = { companies: [], people: [], tags: [], mentions: {} };
    const ranked = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    for (const key of ranked) {
      if (key.kind !== "company" && key.kind !== "person" && key.kind !== "found-person") continue;
      (key.kind === "company" ? out.companies : out.people).push(key.name);
      out.mentions[key.name] = counts.get(key)!;
    }
    const deck = input.subtitle?.trim() ?? "";
    out.tags = rankTags({
      title: this.confirmed(input.title),
      deck: deck ? this.confirmed(deck) : [],
      hasDeck: !!deck,
      body: found,
      units,
      paragraphs: input.paragraphs.length,
    });
    return out;
  }

  /**
   * The opt-in: people found by role, counted wherever their name stands on a particle-aware
   * boundary in `text` (with the same glue as dictionary people: 최순실씨, 김다온정부); `known`
   * are the known names' mentions in `text`.
   */
  private discoveredPeople(text: string, known: EntityMention[]): Map<EntityKey, number> {
    const found = discoverUnknownPeople(text, known, this.words);
    const names = [...new Set(found.map((p) => p.name))];
    if (!names.length) return new Map();
    const targets = names.map((name): Target => ({
      key: { kind: "found-person", name } satisfies FoundPersonKey,
      forms: [name],
      glue: [...this.words.personGlue],
    }));
    return countMentions(new Matcher(targets, this.words).find(text));
  }

  /**
   * The dictionary mentions of `text` that stand: without `not` phrases (Entry.not: 삼성 디지털시티
   * is a place, not 삼성), bylines, two syllables that open a person's name, companies naming a
   * place, and ambiguous company forms without business context (src/entities/company-rule.ts);
   * `mentions` are the matcher's in `text`, when the caller has them already.
   */
  private confirmed(
    text: string,
    mentions: EntityMention[] = this.matcher.find(text, ENTITIES),
  ): EntityMention[] {
    const words = this.words;
    const kept = mentions.filter((m) => {
      if (m.key.kind === "not" || namesPlace(m, text, words) || insidePersonName(m, text, words))
        return false;
      return !(m.key.kind === "person" && isByline(text.slice(m.end, m.end + 40), words));
    });
    return ambiguousConfirmed(kept, text, words);
  }
}
