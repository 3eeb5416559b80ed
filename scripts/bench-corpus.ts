/**
 * The benchmark corpus: N raw clippings generated at run time from real news text, so that the
 * site and the search index meet what a real archive holds (a vocabulary that keeps growing,
 * entities in news proportions, several input layouts). Nothing of the source text is stored in
 * the repository: the paragraphs are read, through sillok's own importer, from the corpora beside
 * the checkout (`../shared/corpus/raw` and `../shared/corpus/web/raw`, or `shared` given).
 *
 * Each generated article takes a real article as its shape (outlet, layout family, length) and
 * fills it with paragraphs recombined from several other real articles. Three things make the
 * vocabulary grow as news does (Heaps' law: distinct words ∝ tokens^β, β ≈ 0.5–0.7 for news):
 * - every number is redrawn (2,341억원, 17일, 3.8% become other values, as they do day to day);
 * - a share of words are replaced by new names built from Korean syllables seen in the corpus,
 *   drawn from a Zipf-like (log-uniform) distribution over millions of names, keeping the
 *   word's particle (the names of places, people, products and firms that news keeps adding);
 * - each article gets its own reporter (surname + given name) and e-mail.
 * Dates are spread evenly over ten years (2016–2025, Korea time).
 *
 * Usage: `generateCorpus({ n, outDir, seed })` writes `outDir/<block>/g<index>.txt` files that
 * `sillok import` reads; with `plainDir`, the same titles and paragraphs as plain Markdown pages
 * (for the plain Eleventy + Pagefind baseline). Deterministic per (n, seed).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../src/core/paths.ts";
import { convertFile, createImportContext } from "../src/import/index.ts";

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Number of articles. */
  n: number;
  /** Folder of the raw source files (created; files go in subfolders of 1,000). */
  outDir: string;
  /** Changes every draw; same seed and n, same files. Default 1. */
  seed?: number;
  /** Also write each article as a plain Markdown page `a<i>.md` here (for the baseline). */
  plainDir?: string;
  /** Folder holding `corpus/raw` and `corpus/web/raw` (default: env SILLOK_SHARED, else `../shared` beside the checkout, as the tests find it). */
  shared?: string;
}

/** What {@link generateCorpus} wrote. */
export interface CorpusStats {
  articles: number;
  /** Real articles and paragraphs the text was drawn from. */
  poolArticles: number;
  poolParagraphs: number;
  /** Whitespace-separated words written (bodies and titles), and how many distinct. */
  tokens: number;
  distinctTokens: number;
  /** Files per input layout family. */
  layouts: Record<string, number>;
  /** Bytes of the source files. */
  bytes: number;
}

/** One real article as a shape and a store of paragraphs. */
interface PoolArticle {
  title: string;
  outlet: string | null;
  family: Family;
  paragraphs: string[];
}

/** The input shapes written: each is read by one of sillok's layouts (page-copy, feed-item, wire-lines, generic). */
type Family = "page-copy" | "feed" | "wire" | "lines";

/** The real layouts of the pool, mapped to the shape we write for them (page copies and wire files both read as `page`). */
const FAMILY_OF: Record<string, Family> = {
  page: "page-copy",
  "feed-item": "feed",
  "html-page": "feed",
};

/** A wire file (its first paragraph opens with a dateline such as `(서울=연합뉴스)`) keeps its shape; else by layout. */
function familyOf(layout: string, text: string): Family {
  return layout === "page" && /\n\s*[(\[【][^()\[\]【】\n]{0,20}=/.test(text)
    ? "wire"
    : (FAMILY_OF[layout] ?? "lines");
}

/** mulberry32: a small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads the real corpora through the importer: every article it accepts, with its paragraphs. */
export function loadPool(
  shared = process.env.SILLOK_SHARED ?? path.resolve(projectRoot, "..", "shared"),
): PoolArticle[] {
  const dirs = [
    path.join(shared, "corpus", "raw"),
    path.join(shared, "corpus", "web", "raw"),
  ].filter((d) => existsSync(d));
  if (!dirs.length)
    throw new Error(`bench corpus: no real text found under ${shared}/corpus (raw, web/raw)`);
  const ctx = createImportContext();
  const pool: PoolArticle[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).sort()) {
      const bytes = readFileSync(path.join(dir, f));
      const r = convertFile(bytes, f, ctx);
      if ("skip" in r) continue;
      const paragraphs = r.article.paragraphs
        .map((p) => p.replace(/\s+/g, " ").trim())
        .filter((p) => p.length >= 20);
      if (!paragraphs.length) continue;
      pool.push({
        title: r.article.meta.title,
        outlet: r.article.meta.outlet,
        family: familyOf(r.layout, new TextDecoder().decode(bytes)),
        paragraphs,
      });
    }
  }
  return pool;
}

const SURNAMES =
  "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용";
/** Particles kept when a word is replaced by a new name (longest first). */
const PARTICLES = [
  "에서는",
  "으로는",
  "에게는",
  "에서",
  "으로",
  "에게",
  "까지",
  "부터",
  "와의",
  "과의",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "와",
  "과",
  "도",
  "로",
  "만",
];

/** The generator's working state: the pool, the syllables seen, and the word counter. */
class Generator {
  readonly syllables: string[];
  readonly layouts: Record<string, number> = {};
  tokens = 0;
  /** Distinct words, as 32-bit hashes (a Set of strings would hold a million strings at 100k). */
  readonly distinct = new Set<number>();
  /** The outlets of the pool's articles, one entry per article. */
  readonly outlets: string[];

  constructor(
    readonly pool: PoolArticle[],
    readonly seed: number,
  ) {
    // Every syllable occurrence, so names are drawn with the syllables' own frequencies.
    this.outlets = pool.flatMap((a) => (a.outlet ? [a.outlet] : []));
    this.syllables = [];
    for (const a of pool)
      for (const p of a.paragraphs)
        for (const ch of p) if (ch >= "가" && ch <= "힣") this.syllables.push(ch);
  }

  /** A name for `k`: 2–4 corpus syllables (by frequency), the same for the same k. */
  name(k: number): string {
    const r = rng(k * 2654435761 + this.seed);
    const len = 2 + Math.floor(r() * 3);
    let s = "";
    for (let i = 0; i < len; i++) s += this.syllables[Math.floor(r() * this.syllables.length)];
    return s;
  }

  /** Redraws numbers and replaces about one word in twelve with a new name (keeping its particle). */
  vary(text: string, r: () => number): string {
    const numbers = text.replace(/\d+/g, (d) => {
      let out = String(1 + Math.floor(r() * 9));
      for (let i = 1; i < d.length; i++) out += Math.floor(r() * 10);
      return out;
    });
    return numbers
      .split(" ")
      .map((w) => {
        if (w.length < 2 || r() >= 0.08 || !/^[가-힣]/.test(w)) return w;
        const particle = PARTICLES.find((p) => w.length > p.length + 1 && w.endsWith(p)) ?? "";
        // Log-uniform over 1 … 2^23: frequent names recur, rare ones keep appearing (Zipf-like).
        const k = Math.floor(Math.exp(r() * Math.log(8_388_608)));
        return this.name(k) + (particle || w.replace(/^[가-힣]+/, ""));
      })
      .join(" ");
  }

  count(text: string): void {
    for (const w of text.split(/\s+/)) {
      if (!w) continue;
      this.tokens++;
      let h = 0x811c9dc5;
      for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
      this.distinct.add(h >>> 0);
    }
  }

  /** Article `i`: its shape from one real article, its paragraphs from several. */
  article(i: number): {
    title: string;
    outlet: string;
    family: Family;
    date: Date;
    reporter: string;
    email: string;
    paragraphs: string[];
  } {
    const r = rng(this.seed * 1_000_003 + i);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    const shape = pick(this.pool);
    const want = Math.max(2, Math.min(25, shape.paragraphs.length + Math.floor(r() * 5) - 2));
    const paragraphs: string[] = [];
    while (paragraphs.length < want) {
      const from = paragraphs.length === 0 ? shape : pick(this.pool);
      const start = Math.floor(r() * from.paragraphs.length);
      const run = 1 + Math.floor(r() * 4);
      for (const p of from.paragraphs.slice(start, start + run))
        if (paragraphs.length < want) paragraphs.push(this.vary(p, r));
    }
    const title = this.vary(shape.title, r);
    // Ten years, evenly: 2016-01-01 to 2025-12-31 (Korea time), to the minute.
    const date = new Date(
      Date.UTC(2016, 0, 1) - 9 * 3600_000 + Math.floor(r() * 3652 * 1440) * 60_000,
    );
    const reporter = pick([...SURNAMES]) + this.name(Math.floor(r() * 40_000)).slice(0, 2);
    // Outlets in the pool's proportions: a shape whose file named none borrows another's.
    const outlet = shape.outlet ?? pick(this.outlets);
    return {
      title,
      outlet,
      family: shape.family,
      date,
      reporter,
      email: `r${i % 9973}@example.com`,
      paragraphs,
    };
  }
}

/** Korea-time parts of a date. */
function kst(d: Date) {
  const k = new Date(d.getTime() + 9 * 3600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return {
    y: k.getUTCFullYear(),
    mo: p(k.getUTCMonth() + 1),
    d: p(k.getUTCDate()),
    h: p(k.getUTCHours()),
    mi: p(k.getUTCMinutes()),
  };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The raw file of an article in its family's shape (what a user's clipping tool saves). */
function rawText(a: ReturnType<Generator["article"]>, i: number): string {
  const t = kst(a.date);
  const byline = `${a.reporter} 기자 ${a.email}`;
  const notice = a.outlet ? `저작권자 ⓒ${a.outlet}, 무단 전재 및 재배포 금지` : "";
  switch (a.family) {
    case "page-copy":
      return [
        a.outlet,
        "",
        a.title,
        `입력 ${t.y}.${t.mo}.${t.d} ${t.h}:${t.mi}`,
        "",
        ...a.paragraphs.flatMap((p) => [p, ""]),
        byline,
        "",
        notice,
        "",
      ].join("\n");
    case "feed": {
      const rfc = a.date.toUTCString().replace("GMT", "+0000");
      const body = a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
      return [
        a.title,
        a.outlet,
        rfc,
        `https://news.example.com/article/${i}`,
        "",
        body,
        `<p>${escapeHtml(byline)}</p>`,
        "",
      ].join("\n");
    }
    case "wire":
      return [
        a.outlet,
        a.title,
        `${t.y}/${t.mo}/${t.d} ${t.h}:${t.mi} 송고`,
        `(서울=${a.outlet}) ${a.reporter} 기자 = ${a.paragraphs[0]}`,
        ...a.paragraphs.slice(1),
        a.email,
        "",
      ].join("\n");
    default:
      return [
        a.outlet,
        a.title,
        `기사입력 ${t.y}-${t.mo}-${t.d} ${t.h}:${t.mi}`,
        "",
        ...a.paragraphs.flatMap((p) => [p, ""]),
        byline,
        "",
      ].join("\n");
  }
}

/**
 * Writes `n` generated clippings to `outDir` (and, with `plainDir`, the same texts as plain
 * Markdown pages). Reads the real corpora once (about a second).
 * @throws Error when no real corpus is found.
 */
export function generateCorpus(opts: CorpusOptions): CorpusStats {
  const pool = loadPool(opts.shared);
  const g = new Generator(pool, opts.seed ?? 1);
  let bytes = 0;
  for (let i = 0; i < opts.n; i++) {
    const a = g.article(i);
    g.layouts[a.family] = (g.layouts[a.family] ?? 0) + 1;
    g.count(a.title);
    for (const p of a.paragraphs) g.count(p);
    const dir = path.join(opts.outDir, String(Math.floor(i / 1000)).padStart(4, "0"));
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    const text = rawText(a, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(dir, `g${String(i).padStart(6, "0")}.txt`), text);
    if (opts.plainDir) {
      if (i === 0) mkdirSync(opts.plainDir, { recursive: true });
      // `templateEngineOverride: md`: the text is Markdown only, never a template (like sillok's).
      writeFileSync(
        path.join(opts.plainDir, `a${i}.md`),
        `---\ntitle: ${JSON.stringify(a.title)}\nlayout: plain.njk\ntemplateEngineOverride: md\n---\n\n${a.paragraphs.join("\n\n")}\n`,
      );
    }
  }
  return {
    articles: opts.n,
    poolArticles: pool.length,
    poolParagraphs: pool.reduce((s, a) => s + a.paragraphs.length, 0),
    tokens: g.tokens,
    distinctTokens: g.distinct.size,
    layouts: g.layouts,
    bytes,
  };
}

// `node --import tsx scripts/bench-corpus.ts <n> <outDir> [seed]`: writes a corpus and prints its figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, outDir, seed] = process.argv.slice(2);
  if (!n || !outDir) {
    console.error("usage: bench-corpus.ts <n> <outDir> [seed]");
    process.exit(2);
  }
  console.log(generateCorpus({ n: Number(n), outDir, seed: seed ? Number(seed) : 1 }));
}
