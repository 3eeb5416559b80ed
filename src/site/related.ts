/**
 * Related articles and previous/next by date, for the article page (issue 4).
 *
 * Related: up to {@link RELATED_MAX} other articles, ranked by the number of companies, people
 * and tags they share with the article, then by nearness in time (undated articles count as
 * farthest), then by URL for a stable order. Candidates come from the article's entities' own
 * article lists; for an entity named in very many articles only the {@link NEIGHBOURS} nearest in
 * time on each side are taken, which keeps the work linear in the archive's size (10,000
 * articles: each article looks at a bounded number of candidates).
 *
 * Previous/next: the dated articles in date order; `prev` is the one just older, `next` the one
 * just newer. Undated articles have neither.
 */
import { dateOrder } from "../core/dates.ts";

/** What this module needs of an article (ArticleView in archive.ts has it). */
export interface RelatableArticle {
  url: string;
  date: string | null;
  /** Entity keys (`company:samsung-electronics`, `person:…`, `tag:…`). */
  keys: string[];
}

/** Most related articles shown on an article page. */
export const RELATED_MAX = 5;
/** Candidates taken on each side of an article in a large entity's date-ordered list. */
export const NEIGHBOURS = 60;

/** Time of each article in ms, or NaN when undated: parsed once, not in every comparison. */
const timesOf = (articles: RelatableArticle[]) => articles.map((a) => dateOrder(a.date));

/** Oldest first, undated last, then by URL: the order of `idx` into `articles` by their times. */
function byTime(articles: RelatableArticle[], times: number[]): (a: number, b: number) => number {
  return (a, b) =>
    compareTime(times[a], times[b]) || articles[a].url.localeCompare(articles[b].url);
}

/**
 * For every article (by index), the indexes of its related articles, best first.
 * @param articles any order; the result is aligned with it
 */
export function relatedArticles(articles: RelatableArticle[], max = RELATED_MAX): number[][] {
  // Each entity's articles in date order (undated last), as indexes into `articles`.
  const times = timesOf(articles);
  const order = articles.map((_, i) => i).sort(byTime(articles, times));
  const rank = new Array<number>(articles.length);
  order.forEach((idx, r) => (rank[idx] = r));
  const byKey = new Map<string, number[]>();
  for (const idx of order)
    for (const k of articles[idx].keys) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(idx);
  // Position of each article in each of its entities' lists, found by binary search on rank.
  const position = (list: number[], idx: number) => {
    let lo = 0,
      hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rank[list[mid]] < rank[idx]) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return articles.map((a, idx) => {
    const shared = new Map<number, number>();
    for (const k of new Set(a.keys)) {
      const list = byKey.get(k)!;
      const p = position(list, idx);
      const from = list.length > 2 * NEIGHBOURS + 1 ? Math.max(0, p - NEIGHBOURS) : 0;
      const to =
        list.length > 2 * NEIGHBOURS + 1 ? Math.min(list.length, p + NEIGHBOURS + 1) : list.length;
      for (let j = from; j < to; j++) {
        const other = list[j];
        if (other !== idx) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const t = times[idx];
    const distance = (o: number) => {
      const u = times[o];
      return Number.isNaN(t) || Number.isNaN(u) ? Infinity : Math.abs(u - t);
    };
    return [...shared.entries()]
      .sort(
        (x, y) =>
          y[1] - x[1] ||
          distance(x[0]) - distance(y[0]) ||
          articles[x[0]].url.localeCompare(articles[y[0]].url),
      )
      .slice(0, max)
      .map(([o]) => o);
  });
}

/** Oldest first, undated (NaN) last. */
function compareTime(ta: number, tb: number): number {
  if (Number.isNaN(ta) || Number.isNaN(tb))
    return Number.isNaN(ta) ? (Number.isNaN(tb) ? 0 : 1) : -1;
  return ta - tb;
}

/**
 * Previous (older) and next (newer) dated article of every article, as indexes or null; ties in
 * time are ordered by URL.
 */
export function prevNext(
  articles: RelatableArticle[],
): { prev: number | null; next: number | null }[] {
  const times = timesOf(articles);
  const dated = articles
    .map((_, i) => i)
    .filter((i) => articles[i].date)
    .sort(byTime(articles, times));
  const out = articles.map(() => ({ prev: null as number | null, next: null as number | null }));
  dated.forEach((idx, i) => {
    out[idx].prev = i > 0 ? dated[i - 1] : null;
    out[idx].next = i + 1 < dated.length ? dated[i + 1] : null;
  });
  return out;
}
