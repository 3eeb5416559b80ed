/**
 * The tag rule: which topics an article is about, from the strong and weak keywords of
 * `_data/tags.yaml` found in its title, deck, paragraphs and captions ({@link decideTag}).
 */
import type { EntityMention, TagKey } from "./keys.ts";

/**
 * Tag rule constants (see {@link decideTag}). A strong keyword mention weighs
 * {@link TAG_STRONG_WEIGHT}, a weak one {@link TAG_WEAK_WEIGHT}; a mention in the lede (the deck
 * and the first paragraph) counts {@link TAG_LEDE_FACTOR} times; the text must reach
 * {@link TAG_MIN_SCORE}. Tuned on the hand-labelled gold set (test/fixtures/gold-tags.yaml).
 */
export const TAG_STRONG_WEIGHT = 1;
/** Weight of a weak keyword mention (a generic word: 개정안, 항공기, 야구); see {@link decideTag}. */
export const TAG_WEAK_WEIGHT = 0.5;
/** Factor for mentions in the lede (deck and first paragraph), where the topic is stated. */
export const TAG_LEDE_FACTOR = 1.5;
/** Score the text needs for a tag without a title mention (two strong mentions, or the like). */
export const TAG_MIN_SCORE = 2;
/**
 * In a long article a topic must come back in proportion to its length: the score needed is at
 * least one point per this many units (paragraphs, captions, deck), so 2 up to 24 units and 6
 * for a 72-paragraph interview, where asides pile up mentions of unrelated topics.
 */
export const TAG_UNITS_PER_POINT = 12;

/**
 * The evidence for one tag in one article. Units are the deck (if any), the body paragraphs and
 * the captions, numbered in that order; the lede is the deck and the first body paragraph.
 */
export interface TagEvidence {
  /** Strong / weak keyword mentions in the title. */
  titleStrong: number;
  titleWeak: number;
  /** One entry per mention in the text: its strength and the unit it stands in. */
  mentions: { strong: boolean; unit: number; lede: boolean }[];
  /** Number of units (deck + paragraphs + captions) the article has. */
  units: number;
}

/**
 * Whether a tag applies, and its score (for ranking). The rule, from the tag gold set (a topic an
 * article is about is named in its title, or stated in its lede and taken up again; a word that
 * merely occurs is neither):
 * - a strong keyword in the title assigns the tag;
 * - a weak keyword in the title assigns it when the text mentions the tag once more;
 * - otherwise the text needs at least one strong mention, a score (strong {@link TAG_STRONG_WEIGHT},
 *   weak {@link TAG_WEAK_WEIGHT}, ×{@link TAG_LEDE_FACTOR} in the lede) of at least
 *   {@link TAG_MIN_SCORE} and of one point per {@link TAG_UNITS_PER_POINT} units, and mentions in
 *   at least two units (one when the article has a single unit): two mentions inside one aside
 *   paragraph (김책제철소 in a North Korea story) are not the article's topic.
 * Weak keywords alone never assign a tag from the text: 개정안 (any amendment), 항공기 (a military
 * flypast), 야구 (야구 글러브) need the topic's own words too.
 * @returns `score` ≥ 0 (0 when nothing matched); `assigned` whether the tag applies.
 */
export function decideTag(e: TagEvidence): { assigned: boolean; score: number } {
  let score = 0;
  let strong = 0;
  const units = new Set<number>();
  for (const m of e.mentions) {
    score += (m.strong ? TAG_STRONG_WEIGHT : TAG_WEAK_WEIGHT) * (m.lede ? TAG_LEDE_FACTOR : 1);
    if (m.strong) strong++;
    units.add(m.unit);
  }
  const titled = e.titleStrong * 2 * TAG_MIN_SCORE + e.titleWeak * TAG_MIN_SCORE;
  if (e.titleStrong > 0) return { assigned: true, score: score + titled };
  if (e.titleWeak > 0 && e.mentions.length > 0) return { assigned: true, score: score + titled };
  const needed = Math.max(TAG_MIN_SCORE, e.units / TAG_UNITS_PER_POINT);
  const assigned = strong > 0 && score >= needed && units.size >= Math.min(2, e.units);
  return { assigned, score };
}

/** The confirmed mentions of one article's parts, and its units, for {@link rankTags}. */
export interface TagSources {
  title: EntityMention[];
  deck: EntityMention[];
  /** Whether the article has a deck: it is unit 0 then. */
  hasDeck: boolean;
  /** Mentions in the paragraphs and captions joined by "\n" (`units` in that order). */
  body: EntityMention[];
  /** Paragraphs then captions. */
  units: string[];
  /** Number of body paragraphs (the first is the lede when there is one). */
  paragraphs: number;
}

const tagOf = (m: EntityMention): TagKey | null => (m.key.kind === "tag" ? m.key : null);

/** Collects {@link TagEvidence} per tag id from the mentions of title, deck and body. */
function gatherEvidence(src: TagSources): Map<string, { tag: TagKey; e: TagEvidence }> {
  const offset = src.hasDeck ? 1 : 0;
  const ev = new Map<string, { tag: TagKey; e: TagEvidence }>();
  const get = (tag: TagKey) => {
    let entry = ev.get(tag.id);
    if (!entry)
      ev.set(
        tag.id,
        (entry = {
          tag,
          e: { titleStrong: 0, titleWeak: 0, mentions: [], units: src.units.length + offset },
        }),
      );
    return entry.e;
  };
  for (const t of src.title.map(tagOf)) if (t) get(t)[t.strong ? "titleStrong" : "titleWeak"]++;
  for (const t of src.deck.map(tagOf))
    if (t) get(t).mentions.push({ strong: t.strong, unit: 0, lede: true });
  // Unit of each mention in the body (units joined by "\n"): walk the unit start offsets.
  let unit = 0;
  let end = src.units[0]?.length ?? 0;
  for (const m of src.body) {
    const t = tagOf(m);
    if (!t) continue;
    while (m.start > end && unit < src.units.length - 1) end += 1 + src.units[++unit].length;
    get(t).mentions.push({
      strong: t.strong,
      unit: unit + offset,
      lede: unit === 0 && src.paragraphs > 0,
    });
  }
  return ev;
}

/**
 * The tags of one article, best first: the evidence of each tag (title, deck, paragraphs,
 * captions) judged by {@link decideTag}; ties go to the tag listed first in tags.yaml.
 * @returns tag display names
 */
export function rankTags(src: TagSources): string[] {
  const scored: { name: string; score: number; order: number }[] = [];
  for (const { tag, e } of gatherEvidence(src).values()) {
    const d = decideTag(e);
    if (d.assigned) scored.push({ name: tag.name, score: d.score, order: tag.order });
  }
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.name);
}
