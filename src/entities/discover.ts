/**
 * Discovery: people and companies that the dictionaries do not know yet, found by their shape in
 * the text, for `sillok entities` to list (and, only when the user opts in with `discover.people`
 * in `_data/entities.yaml`, for the entity stage to add). Known names are masked first, so they
 * are never offered again; then src/entities/find-people.ts and src/entities/find-companies.ts read
 * what is left. Pure; linear in the text's length.
 */
import { findCompanies, type CompanyCandidate } from "./find-companies.ts";
import { findPeople, type PersonCandidate } from "./find-people.ts";
import { isPersonKey, type EntityMention } from "./keys.ts";
import type { Words } from "./words.ts";

export type { CompanyCandidate } from "./find-companies.ts";
export type { PersonCandidate } from "./find-people.ts";

/** What discovery finds in one text: names no dictionary knows, each with its sentence. */
export interface Discovered {
  people: PersonCandidate[];
  companies: CompanyCandidate[];
}

/**
 * Replaces each mention's span with `□`, or `■` for a person (same length), so discovery sees
 * known names as placeholders: a known company still reads as an organisation word in an
 * apposition (□□□ 최고경영자), and a known person is never offered again.
 */
export function maskMentions(text: string, mentions: EntityMention[]): string {
  let out = "";
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + (isPersonKey(m.key) ? "■" : "□").repeat(m.end - m.start);
    at = m.end;
  }
  return out + text.slice(at);
}

/**
 * The unknown people and companies of `text`, given the mentions of every known name in it.
 * @returns candidates in text order, with repeats; no company made of masked characters
 */
export function discoverUnknown(text: string, known: EntityMention[], words: Words): Discovered {
  const masked = maskMentions(text, known);
  const opts = { display: text, words };
  return {
    people: findPeople(masked, opts),
    companies: findCompanies(masked, opts).filter((c) => !/[□■]/.test(c.name)),
  };
}

/**
 * The unknown people of `text` alone ({@link discoverUnknown} without the companies): what the
 * entity stage adds to an article when `discover.people` is on.
 * @returns candidates in text order, with repeats
 */
export function discoverUnknownPeople(
  text: string,
  known: EntityMention[],
  words: Words,
): PersonCandidate[] {
  return findPeople(maskMentions(text, known), { display: text, words });
}
