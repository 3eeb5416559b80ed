/**
 * Stage 3 — entities: which companies, people and tags an article is about, from its body and
 * captions only (never bylines, datelines, copyright lines or photo credits, which the parse
 * stage has already taken out of those fields).
 *
 * Companies and people: every dictionary entry with at least one mention. Tags: an entry whose
 * keywords are mentioned at least {@link TAG_MIN_MENTIONS} times in body and captions, or once in
 * the title.
 */
import type { Dictionaries } from "../core/dictionaries.ts";
import { Matcher, countMentions, type MatchTarget } from "./match.ts";

/** Mentions needed in the text for a tag to apply (one in the title is enough). */
export const TAG_MIN_MENTIONS = 2;

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
  paragraphs: string[];
  captions: { text: string }[];
}

/** A compiled extractor for one set of dictionaries. */
export class EntityExtractor {
  private matcher: Matcher;
  private names = new Map<string, { type: "company" | "person" | "tag"; name: string }>();

  constructor(dicts: Dictionaries) {
    const targets: MatchTarget[] = [];
    const add = (type: "company" | "person" | "tag", id: string, name: string, forms: string[]) => {
      const key = `${type}:${id}`;
      this.names.set(key, { type, name });
      targets.push({ key, forms });
    };
    for (const c of dicts.companies) add("company", c.id, c.name, [c.name, ...(c.aliases ?? [])]);
    for (const p of dicts.people) add("person", p.id, p.name, [p.name, ...(p.aliases ?? [])]);
    for (const t of dicts.tags) add("tag", t.id, t.name, t.keywords.length ? t.keywords : [t.name]);
    this.matcher = new Matcher(targets);
  }

  /** Finds the entities of one article. Pure; linear in text length. */
  extract(input: EntityInput): Entities {
    const text = [...input.paragraphs, ...input.captions.map((c) => c.text)].join("\n");
    const counts = countMentions(this.matcher.find(text));
    const inTitle = countMentions(this.matcher.find(input.title));
    const out: Entities = { companies: [], people: [], tags: [], mentions: {} };
    const ranked = [...new Set([...counts.keys(), ...inTitle.keys()])].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    for (const key of ranked) {
      const info = this.names.get(key)!;
      const n = counts.get(key) ?? 0;
      if (info.type === "tag") {
        if (n >= TAG_MIN_MENTIONS || inTitle.has(key)) out.tags.push(info.name);
        continue;
      }
      if (n === 0) continue;
      (info.type === "company" ? out.companies : out.people).push(info.name);
      out.mentions[info.name] = n;
    }
    return out;
  }
}
