/**
 * Article file names: ASCII, stable across re-imports and unique (SPEC §5). Eleventy's
 * `slugify` returns "" for Hangul, so the slug is `<outlet id>-<10 hex digits>`, the digits
 * taken from the SHA-256 of outlet, title and date — the identity an article keeps when the
 * same text is imported again from another file.
 */
import type { ArticleMeta } from "../core/article.ts";
import { sha256 } from "../core/hash.ts";

/** The slug of an article: `dt-3f2a9c1b0e`, `article-…` when the outlet is unknown. */
export function articleSlug(meta: Pick<ArticleMeta, "outlet" | "title" | "date">, outletId: string | null): string {
  const digest = sha256(`${meta.outlet ?? ""}\n${meta.title}\n${meta.date ?? ""}`).slice(0, 10);
  const prefix = (outletId ?? "article").toLowerCase().replace(/[^a-z0-9-]/g, "") || "article";
  return `${prefix}-${digest}`;
}

/** Path of the article file relative to `articles/`: `YYYY/MM/<slug>.md` or `undated/<slug>.md`. */
export function articlePath(meta: Pick<ArticleMeta, "outlet" | "title" | "date">, outletId: string | null): string {
  const slug = articleSlug(meta, outletId);
  // Dates are stored in Korea time (+09:00), so the printed year and month are Korea's.
  return meta.date ? `${meta.date.slice(0, 4)}/${meta.date.slice(5, 7)}/${slug}.md` : `undated/${slug}.md`;
}
