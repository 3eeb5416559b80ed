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
import { firstSorted } from "./lists.ts";

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

/**
 * `a.localeCompare(b)` of the default locale: ECMA-402 defines `String.prototype.localeCompare`
 * as `new Intl.Collator(locales, options).compare`, so one collator gives the same order without
 * looking one up at every call.
 */
const byUrl = new Intl.Collator().compare;

/** Oldest first, undated last, then by URL: the order of `idx` into `articles` by their times. */
function byTime(articles: RelatableArticle[], times: number[]): (a: number, b: number) => number {
  return (a, b) => compareTime(times[a], times[b]) || byUrl(articles[a].url, articles[b].url);
}

/**
 * Each entity key's articles as indexes into `articles`, in date order (undated last), and each
 * article's rank in that order.
 */
function keyLists(articles: RelatableArticle[], times: number[]) {
  const order = articles.map((_, i) => i).sort(byTime(articles, times));
  const rank = new Int32Array(articles.length);
  order.forEach((idx, r) => (rank[idx] = r));
  const byKey = new Map<string, number[]>();
  for (const idx of order)
    for (const k of articles[idx].keys) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(idx);
  return { rank, byKey };
}

/** Position of article `idx` in an entity's date-ordered `list`, by binary search on rank. */
function position(list: number[], idx: number, rank: Int32Array): number {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rank[list[mid]] < rank[idx]) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For every article (by index), the indexes of its related articles, best first.
 * @param articles any order; the result is aligned with it
 */
export function relatedArticles(articles: RelatableArticle[], max = RELATED_MAX): number[][] {
  const times = timesOf(articles);
  const { rank, byKey } = keyLists(articles, times);
  // Shared entities per candidate, counted in one array (zeroed again after each article), and
  // the candidates in the order first met: the order a stable sort keeps for equal ones.
  const shared = new Int32Array(articles.length);
  const met: number[] = [];
  return articles.map((a, idx) => {
    for (const k of new Set(a.keys)) {
      const list = byKey.get(k)!;
      const wide = list.length > 2 * NEIGHBOURS + 1;
      const p = wide ? position(list, idx, rank) : 0;
      const from = wide ? Math.max(0, p - NEIGHBOURS) : 0;
      const to = wide ? Math.min(list.length, p + NEIGHBOURS + 1) : list.length;
      for (let j = from; j < to; j++) {
        const other = list[j];
        if (other !== idx && shared[other]++ === 0) met.push(other);
      }
    }
    const best = firstSorted(met, max, rankBy(articles, times, shared, idx));
    for (const o of met) shared[o] = 0;
    met.length = 0;
    return best;
  });
}

/**
 * The order of `idx`'s candidates: most shared entities first, then nearest in time (undated
 * count as farthest), then by URL.
 */
function rankBy(
  articles: RelatableArticle[],
  times: number[],
  shared: Int32Array,
  idx: number,
): (x: number, y: number) => number {
  const t = times[idx];
  const distance = (o: number) => {
    const u = times[o];
    return Number.isNaN(t) || Number.isNaN(u) ? Infinity : Math.abs(u - t);
  };
  return (x, y) =>
    shared[y] - shared[x] || distance(x) - distance(y) || byUrl(articles[x].url, articles[y].url);
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
