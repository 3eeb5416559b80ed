/**
 * Article identity and file names: ASCII, stable across re-imports and unique (SPEC §5).
 * Eleventy's `slugify` returns "" for Hangul, so the slug is `<outlet id>-<10 hex digits>`, the
 * digits taken from the SHA-256 of the article's identity.
 *
 * Identity: outlet, title and date — what an article keeps when the same text is imported
 * again from another file. An undated article has no date to tell it from another with the
 * same headline (a daily `[인사] 외교부`), so its body stands in for the date.
 */
import type { ArticleMeta } from "../core/article.ts";
import { sha256 } from "../core/hash.ts";

type Identity = Pick<ArticleMeta, "outlet" | "title" | "date">;

/**
 * The identity key of an article (also the import's duplicate key): outlet, title, and the
 * date, or the SHA-256 of the body paragraphs when the date is unknown.
 */
export function articleKey(
  meta: Identity,
  paragraphs: string[],
  opts: IdentityOptions = {},
): string {
  // The body is hashed only when it is part of the identity (most articles are dated).
  const body = () => opts.bodySha ?? sha256(paragraphs.join("\n"));
  const when = meta.date
    ? opts.byBody
      ? `${meta.date}\nbody:${body()}`
      : meta.date
    : `undated:${body()}`;
  return `${meta.outlet ?? ""}\n${meta.title}\n${when}`;
}

/** How an identity is drawn. */
export interface IdentityOptions {
  /**
   * The body is part of a dated article's identity too: for another article under a headline
   * and date already taken (two `[인사]` lists of one outlet on one day).
   */
  byBody?: boolean;
  /** The SHA-256 of the body paragraphs joined by newlines, when the caller has it already. */
  bodySha?: string;
}

/** The slug of an article: `dt-3f2a9c1b0e`, `article-…` when the outlet is unknown. */
export function articleSlug(
  meta: Identity,
  outletId: string | null,
  paragraphs: string[],
  opts: IdentityOptions = {},
): string {
  const digest = sha256(articleKey(meta, paragraphs, opts)).slice(0, 10);
  const prefix = (outletId ?? "article").toLowerCase().replace(/[^a-z0-9-]/g, "") || "article";
  return `${prefix}-${digest}`;
}

/** Path of the article file relative to `articles/`: `YYYY/MM/<slug>.md` or `undated/<slug>.md`. */
export function articlePath(
  meta: Identity,
  outletId: string | null,
  paragraphs: string[],
  opts: IdentityOptions = {},
): string {
  const slug = articleSlug(meta, outletId, paragraphs, opts);
  // Dates are stored in Korea time (+09:00), so the printed year and month are Korea's.
  return meta.date
    ? `${meta.date.slice(0, 4)}/${meta.date.slice(5, 7)}/${slug}.md`
    : `undated/${slug}.md`;
}
