/**
 * What a match stands for: small typed records the matcher hands back with each mention, so the
 * rules ask `key.kind` instead of slicing prefixed strings. One record per dictionary entry (or
 * per discovered name), so mentions of one entity share one key object and count together.
 */
import type { Mention } from "./match.ts";

/** A dictionary company, with what the company rules need: its group and its ambiguous forms. */
export interface CompanyKey {
  kind: "company";
  id: string;
  name: string;
  /** Its own id for a group, else its parent's. */
  group: string;
  /** Forms that are also ordinary words (기아): a mention by one needs business context. */
  ambiguous: ReadonlySet<string>;
}

/** What the namesake rule knows of a dictionary person. */
export interface PersonInfo {
  kind: string;
  /** The entry's role (may be ""). */
  role: string;
  /** Ids and groups of the companies named by `org` and `orgs` (empty when none is a company). */
  groups: Set<string>;
}

/** A dictionary person. */
export interface PersonKey {
  kind: "person";
  id: string;
  name: string;
  info: PersonInfo;
}

/** A person found by discovery (the `discover.people` opt-in): known by name only. */
export interface FoundPersonKey {
  kind: "found-person";
  name: string;
}

/** A tag keyword, strong (`keywords`) or weak (`weak`); both keys of a tag share `id`. */
export interface TagKey {
  kind: "tag";
  id: string;
  name: string;
  strong: boolean;
  /** Position of the tag in tags.yaml, the tie-break of ranking. */
  order: number;
}

/** A phrase that contains an entry's form but does not mention it (Entry.not): dropped when it wins. */
export interface NotKey {
  kind: "not";
  id: string;
}

/** An outlet's name: known to discovery only, so it is never offered as a company. */
export interface OutletKey {
  kind: "outlet";
  id: string;
}

export type EntityKey = CompanyKey | PersonKey | FoundPersonKey | TagKey | NotKey | OutletKey;

/** A mention of an entity key. */
export type EntityMention = Mention<EntityKey>;

/** True for a mention of a person, from a dictionary or discovered. */
export const isPersonKey = (k: EntityKey): k is PersonKey | FoundPersonKey =>
  k.kind === "person" || k.kind === "found-person";
