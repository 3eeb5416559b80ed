/**
 * Outlet resolution: names, aliases and web domains from the outlets dictionary
 * (`_data/outlets.yaml`), looked up exactly or found in the places a page names its outlet:
 * a wire dateline `(서울=연합뉴스)` / `【서울=뉴시스】`, a bracket byline `[아시아경제 …]`,
 * a copyright line `ⓒ디지털타임스`, a URL's host.
 */
import type { OutletEntry } from "../core/dictionaries.ts";

/** Normalized lookup key: case-folded, without spaces and the dot of `.com` style names. */
const key = (s: string) => s.normalize("NFC").toLowerCase().replace(/[\s·]/g, "");

/** Finds outlets by name, alias or domain. Build once per run from the dictionary. */
export class OutletResolver {
  private byKey = new Map<string, OutletEntry>();
  private byDomain = new Map<string, OutletEntry>();
  /** Names and aliases, longest first, for scanning free text. */
  private names: [string, OutletEntry][] = [];

  private byEmail = new Map<string, OutletEntry>();

  constructor(outlets: (OutletEntry & { emailDomains?: string[] })[]) {
    for (const o of outlets) {
      for (const d of o.emailDomains ?? []) this.byEmail.set(d.toLowerCase(), o);
      for (const n of [o.name, ...(o.aliases ?? [])]) {
        if (!this.byKey.has(key(n))) this.byKey.set(key(n), o);
        this.names.push([n, o]);
      }
      for (const d of o.domains ?? []) this.byDomain.set(d.toLowerCase().replace(/^www\./, ""), o);
    }
    this.names.sort((a, b) => b[0].length - a[0].length);
  }

  /** The outlet whose name or alias is exactly `s` (ignoring case and spaces), or null. */
  lookup(s: string | null | undefined): OutletEntry | null {
    if (!s) return null;
    return this.byKey.get(key(s.trim())) ?? null;
  }

  /** The outlet of a URL or bare host (`https://www.chosun.com/…` → 조선일보), or null. */
  fromUrl(url: string): OutletEntry | null {
    const m = /^(?:https?:\/\/)?([^/\s:]+)/i.exec(url.trim());
    if (!m) return null;
    let host = m[1].toLowerCase().replace(/^www\./, "");
    while (host.includes(".")) {
      const hit = this.byDomain.get(host);
      if (hit) return hit;
      host = host.slice(host.indexOf(".") + 1);
    }
    return null;
  }

  /**
   * The outlet of an e-mail address (`hong@yna.co.kr` → 연합뉴스): its domain, or a parent of it,
   * among the outlets' e-mail domains (`emailDomains`) and web domains. Null for a mail provider
   * or an unknown domain.
   */
  fromEmail(address: string): OutletEntry | null {
    let host = address.slice(address.indexOf("@") + 1).toLowerCase();
    while (host.includes(".")) {
      const hit = this.byEmail.get(host) ?? this.byDomain.get(host);
      if (hit) return hit;
      host = host.slice(host.indexOf(".") + 1);
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
      const direct = this.lookup(cand) ?? this.lookup(cand.replace(/(뉴스|신문|닷컴)$/, "$1"));
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
    for (const [name, o] of this.names) if (name.length >= 3 && lower.includes(name.toLowerCase())) return o;
    return null;
  }

  /**
   * The outlet a short clue names in any way: a URL or host inside it, a clue pattern
   * ({@link findIn}), or its first word after leading symbols (`▶한국일보`, `▶ 경향신문 SNS`,
   * `연합뉴스TV 기사문의 및 제보 …`, `MBC뉴스 조국현입니다.`). Null when none.
   */
  fromClue(clue: string): OutletEntry | null {
    const url = /(?:https?:\/\/|www\.)[^\s)\]>]+/i.exec(clue)?.[0];
    const first = clue.replace(/^[^0-9A-Za-z가-힣]+/, "").split(/[\s=(\[]/)[0];
    return (url ? this.fromUrl(url) : null) ?? this.findIn(clue) ?? this.lookup(first) ?? this.lookup(first.replace(/(?:뉴스|News)$/i, ""));
  }
}
