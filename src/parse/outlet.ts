/**
 * Outlet resolution: names, aliases, web domains and reporters' e-mail domains from the outlets
 * dictionary (`_data/outlets.yaml`), looked up exactly or found in the places a page names its
 * outlet: a wire dateline `(서울=연합뉴스)` / `【서울=뉴시스】`, a bracket byline `[아시아경제 …]`,
 * a copyright line `ⓒ디지털타임스`, a URL's host, a reporter's e-mail address.
 *
 * Portals (`kind: portal`: Naver, Daum, zum, nate) host other outlets' copies: they are found by
 * host ({@link OutletResolver.fromUrl}) so a caller can tell a portal copy, but never from text,
 * a clue's URL or an e-mail address (a naver.com address is a reporter's own webmail).
 */
import type { OutletEntry } from "../core/dictionaries.ts";

/** Normalized lookup key: case-folded, without spaces and the dot of `.com` style names. */
const key = (s: string) => s.normalize("NFC").toLowerCase().replace(/[\s·]/g, "");

/**
 * True when the key of `s` ({@link key}) has more than `max` characters, told without building
 * it: NFC composes at most four UTF-16 units into one (the longest canonical decomposition is four
 * code points, Unicode Standard Annex #15), lower-casing never shortens, and the key drops only
 * white space and `·` (which U+0387 becomes under NFC). So more than `4 × max` other units mean a
 * longer key. Most lines a page copy offers are far longer than any outlet's name.
 */
function keyLonger(s: string, max: number): boolean {
  const limit = 4 * max;
  if (s.length <= limit) return false;
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const dropped =
      c === 0x20 ||
      (c >= 0x09 && c <= 0x0d) ||
      c === 0xb7 ||
      c === 0x387 ||
      (c >= 0xa0 && /\s/.test(s[i]));
    if (!dropped && ++kept > limit) return true;
  }
  return false;
}

/** Lookups remembered at most (a few megabytes of short lines). */
const LOOKED_MAX = 50_000;

/** A domain as the dictionary keys it: lowercase, without `www.` and a trailing dot. */
export const normalizeDomain = (d: string): string =>
  d
    .trim()
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.$/, "");

/** A host and its parent domains, most specific first (`m.news.example.co.kr` … `co.kr`). */
function* domainAndParents(host: string): Generator<string> {
  for (let h = host; h.includes("."); h = h.slice(h.indexOf(".") + 1)) yield h;
}

/** The suffixes Korean news sites register their names under, most common first. */
const HOST_SUFFIXES = ["co.kr", "kr", "com", "net", "or.kr"];

const isPortal = (o: OutletEntry | null | undefined): boolean => o?.kind === "portal";

/** Finds outlets by name, alias, domain or e-mail domain. Build once per run from the dictionary. */
export class OutletResolver {
  private byKey = new Map<string, OutletEntry>();
  private byDomain = new Map<string, OutletEntry>();
  private byEmailDomain = new Map<string, OutletEntry>();
  /** Names and aliases, longest first, for scanning free text. */
  private names: [string, OutletEntry][] = [];
  /** Portals' names and aliases: a portal's site name is never an article's outlet. */
  private portalKeys = new Set<string>();
  /** The longest key of {@link byKey}. */
  private longestKey = 0;
  /** Answers of {@link lookup} by its argument: page copies of one outlet repeat its lines. */
  private looked = new Map<string, OutletEntry | null>();

  constructor(outlets: OutletEntry[]) {
    for (const o of outlets) {
      // A portal's name on a page is its own logo or menu, never the article's outlet.
      const names = isPortal(o) ? [] : [o.name, ...(o.aliases ?? [])];
      if (isPortal(o)) for (const n of [o.name, ...(o.aliases ?? [])]) this.portalKeys.add(key(n));
      for (const n of names) {
        if (!this.byKey.has(key(n))) this.byKey.set(key(n), o);
        this.names.push([n, o]);
      }
      for (const d of o.domains ?? []) this.byDomain.set(normalizeDomain(d), o);
      for (const d of o.emailDomains ?? []) this.byEmailDomain.set(normalizeDomain(d), o);
    }
    this.names.sort((a, b) => b[0].length - a[0].length);
    for (const k of this.byKey.keys()) this.longestKey = Math.max(this.longestKey, k.length);
  }

  /** The outlet whose name or alias is exactly `s` (ignoring case and spaces), or null. */
  lookup(s: string | null | undefined): OutletEntry | null {
    if (!s || keyLonger(s, this.longestKey)) return null;
    let hit = this.looked.get(s);
    if (hit === undefined) {
      if (this.looked.size >= LOOKED_MAX) this.looked.clear();
      hit = this.byKey.get(key(s.trim())) ?? null;
      this.looked.set(s, hit);
    }
    return hit;
  }

  /** True when `s` is a portal's name or alias (`다음뉴스`, `Naver`), ignoring case and spaces. */
  isPortalName(s: string): boolean {
    return this.portalKeys.has(key(s.trim()));
  }

  /**
   * The outlet of a URL or bare host (`https://www.chosun.com/…` → 조선일보,
   * `m.sports.khan.co.kr` → 스포츠경향): the host, then its parent domains, against `domains`.
   * Portals are returned too (`v.daum.net` → Daum); null when no domain matches.
   */
  fromUrl(url: string): OutletEntry | null {
    const m = /^(?:https?:\/\/)?([^/\s:?#]+)/i.exec(url.trim());
    if (!m) return null;
    for (const h of domainAndParents(normalizeDomain(m[1]))) {
      const hit = this.byDomain.get(h);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * The outlet whose web domain is `host`'s own name under another of the Korean registry's
   * suffixes (`gananews.kr` → the outlet of `gananews.co.kr`): outlets commonly hold their name
   * under `.kr`, `.co.kr` and `.com` alike. A weak clue, for when nothing else names the outlet;
   * names of 4+ characters only, so a short generic name (`news.kr`) never matches. Null when
   * none, or when the match is a portal's.
   */
  fromHostVariant(host: string): OutletEntry | null {
    const m = /^(?:.*\.)?([a-z0-9-]{4,})\.(co\.kr|or\.kr|kr|com|net)$/.exec(normalizeDomain(host));
    if (!m) return null;
    for (const suffix of HOST_SUFFIXES) {
      if (suffix === m[2]) continue;
      const hit = this.byDomain.get(`${m[1]}.${suffix}`);
      if (hit) return isPortal(hit) ? null : hit;
    }
    return null;
  }

  /**
   * The outlet of a reporter's e-mail address or bare mail domain (`kim@kyunghyang.com`,
   * `<lee@yna.co.kr>`, `홍길동 기자 hong@busan.com`, `sports.khan.co.kr`; the first address wins): the domain, then its parent domains;
   * at each level `emailDomains` first, then the web `domains`. Null when none matches, when the
   * text holds no address, or when the domain is a portal's (personal webmail).
   */
  fromEmail(addr: string): OutletEntry | null {
    const domain = (/@\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(addr) ??
      /^\s*([a-z0-9-]+(?:\.[a-z0-9-]+)+)\W*$/i.exec(addr))?.[1];
    if (!domain) return null;
    for (const h of domainAndParents(normalizeDomain(domain))) {
      const hit = this.byEmailDomain.get(h) ?? this.byDomain.get(h);
      if (hit) return isPortal(hit) ? null : hit;
    }
    return null;
  }

  /**
   * Finds an outlet named in a clue-bearing line: a wire dateline, bracket byline, copyright
   * line or a metadata line. Returns the longest name found, or null.
   */
  findIn(text: string): OutletEntry | null {
    const patterns = [
      /[(（【\[]\s*[^()（）【】\[\]=]{0,20}[=＝]\s*([^()（）【】\[\]=]+?)\s*[)）】\]]/, // (서울=연합뉴스)
      /(?:ⓒ|©|\(c\)|Copyright)\s*(?:\d{4}\s*)?[(\[]?\s*([^,.()\[\]]+?)\s*(?:[,.()\]]|무단|All|$)/i,
      /^\s*[\[【]\s*([^\]】\s]+(?:\s?[A-Za-z]+)?)/, // [아시아경제 노태영 기자]
    ];
    for (const re of patterns) {
      const m = re.exec(text);
      if (!m) continue;
      const cand = m[1].trim();
      const direct = this.lookup(cand);
      if (direct) return direct;
      for (const [name, o] of this.names) if (name.length >= 2 && cand.includes(name)) return o;
    }
    return null;
  }

  /**
   * The longest dictionary name or alias found anywhere in `text` (3+ characters, so short
   * aliases such as `연합` never match inside other words; case-insensitive). For the outlet's
   * own page furniture only — copyright and tip lines, where any outlet named is the newsroom
   * itself: `이미나 한경닷컴 기자 , 무단전재 및 재배포 금지` → 한국경제, `카카오톡(tv조선제보)` → TV조선.
   */
  scan(text: string): OutletEntry | null {
    const lower = text.toLowerCase();
    for (const [name, o] of this.names)
      if (name.length >= 3 && lower.includes(name.toLowerCase())) return o;
    return null;
  }

  /**
   * The outlet a short clue names in any way: a URL or host inside it (not a portal's), a clue pattern
   * ({@link findIn}), or its first word after leading symbols (`▶한국일보`, `▶ 경향신문 SNS`,
   * `연합뉴스TV 기사문의 및 제보 …`, `MBC뉴스 조국현입니다.`). Null when none.
   */
  fromClue(clue: string): OutletEntry | null {
    const url = /(?:https?:\/\/|www\.)[^\s)\]>]+/i.exec(clue)?.[0];
    const first = clue.replace(/^[^0-9A-Za-z가-힣]+/, "").split(/[\s=(\[]/)[0];
    const byUrl = url ? this.fromUrl(url) : null;
    return (
      (isPortal(byUrl) ? null : byUrl) ??
      this.findIn(clue) ??
      this.lookup(first) ??
      this.lookup(first.replace(/(?:뉴스|News)$/i, ""))
    );
  }
}
