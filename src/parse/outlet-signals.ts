/**
 * The article's outlet from every signal a page gives, strongest first: the outlet line, the wire
 * dateline (`(서울=연합뉴스)`), the bracket byline (`[가나일보 홍길동 기자]`), a byline naming the
 * outlet anywhere on the page, the copyright lines, a logo line, a reporter's e-mail domain, a URL
 * in the text, the host in the file name, a wire credit at the end of the text, and last the
 * page's tip and furniture lines (`▶가나일보`). An outlet the dictionary does not know but the page
 * names clearly (a byline, a copyright line) is kept as written, with a warning.
 */
import type { OutletEntry } from "../core/dictionaries.ts";
import type { OutletResolver } from "./outlet.ts";
import { emptyOutletLines, type PageOutletLines } from "./outlet-page.ts";

/** What a page says about its outlet, as refine collected it. */
export interface OutletSignals {
  hint?: string | null;
  dateline?: string | null;
  bracket?: string | null;
  copyright?: string | null;
  emails: string[];
  clues: string[];
  host?: string | null;
  weakClues: string[];
  /** A name the page gives as its outlet in a bracket byline, known to the dictionary or not. */
  named?: string | null;
  /**
   * A wire dateline closing the text (`… (서울=연합뉴스) 홍길동 기자`): the wire the page credits for
   * its text, weaker than the page's own copyright line and host.
   */
  credit?: string | null;
  /** The site's name as the file's markup gives it (`og:site_name`, a feed's channel title). */
  site?: string | null;
  /** The outlet evidence of the page's own lines (./outlet-page.ts). */
  page?: PageOutletLines;
}

/** The outcome: a dictionary entry, or a name as written (unknown outlet), or neither. */
export interface OutletReading {
  entry: OutletEntry | null;
  name: string | null;
  warning?: string;
}

/** Settings of {@link resolveOutlet}. */
export interface ResolveOptions {
  /**
   * Words a logo adds to a name (the lexicon's `outlet_tails`, `가나일보 뉴스`): a name that is only
   * such a word (`ⓒ 뉴스`, a line cut short) names no outlet.
   */
  outletTail?: RegExp;
  /** The holder of a copyright line, group 1 (the page words' `copyrightHolder`). */
  copyrightHolder?: RegExp;
  /**
   * A copyright notice's ban (`무단 전재`, `All rights reserved`: the page words' `noticeBan`): a
   * holder named in such a line is the page's own outlet, not a photo's credit (`ⓒ가나포털`).
   */
  noticeBan?: RegExp;
}

const EMPTY_PAGE: PageOutletLines = emptyOutletLines();

/** The first of `items` that `read` maps to an entry, or null. */
function firstOf<T>(items: readonly T[], read: (t: T) => OutletEntry | null): OutletEntry | null {
  for (const t of items) {
    const o = read(t);
    if (o) return o;
  }
  return null;
}

/**
 * The outlet of the copyright lines: a holder named exactly in any of them first
 * (`Copyright © 가나방송 Biz.` over `저작권자 가나미디어넷` that only contains `가나방송`), then a
 * name found inside one.
 */
function copyrightOutlet(lines: string[], outlets: OutletResolver): OutletEntry | null {
  return firstOf(lines, (c) => outlets.fromClue(c)) ?? firstOf(lines, (c) => outlets.scan(c));
}

/**
 * The outlet of a reporter's e-mail address, unless the page's host names a sister title of the
 * same group (`sports.gana.com` for an `@gana.com` address): the more specific domain wins.
 */
function emailOutlet(sig: OutletSignals, outlets: OutletResolver): OutletEntry | null {
  const mail = firstOf(sig.emails, (e) => outlets.fromEmail(e));
  if (!mail || !sig.host) return mail;
  const host = outlets.fromUrl(sig.host);
  if (!host || host === mail || host.kind === "portal") return mail;
  const group = [...(mail.domains ?? []), ...(mail.emailDomains ?? [])];
  const sister = (host.domains ?? []).some((d) => group.some((g) => d.endsWith(`.${g}`)));
  return sister ? host : mail;
}

/** Resolves the outlet from {@link OutletSignals}, in their order of strength. */
export function resolveOutlet(
  sig: OutletSignals,
  outlets: OutletResolver,
  options: ResolveOptions = {},
): OutletReading {
  // A portal (Daum, zum, nate) hosts other outlets' copies: its host or URL never names the outlet.
  const own = (o: OutletEntry | null) => (o && o.kind !== "portal" ? o : null);
  const page = sig.page ?? EMPTY_PAGE;
  const tail = options.outletTail;
  const byName = (n: string) =>
    outlets.lookup(n) ?? (tail ? outlets.lookup(n.replace(tail, "")) : null);
  const copyrights = [...(sig.copyright ? [sig.copyright] : []), ...page.copyrights];
  const site = sig.site && !outlets.isPortalName(sig.site) ? sig.site : null;
  const strong =
    outlets.lookup(sig.hint) ??
    (sig.site ? byName(sig.site) : null) ??
    outlets.lookup(sig.dateline) ??
    outlets.lookup(sig.bracket) ??
    firstOf(page.bylines, byName) ??
    copyrightOutlet(copyrights, outlets) ??
    firstOf(page.logos, byName);
  // A name the page itself gives as its outlet (a byline, its copyright notice) outranks
  // the reporters' e-mail domain and the weaker signals, known to the dictionary or not: a
  // magazine's reporters write from their publishing group's domain (the labelling rules of the
  // web corpus: the outlet as a reader identifies it from the outlet, logo or copyright line
  // first, the e-mail domain or URL host after).
  const ban = options.noticeBan;
  const notices = ban ? copyrights.filter((c) => ban.test(c)) : copyrights;
  // The markup's site name is left to the end: a feed's channel title may name a section
  // (`가나일보 산업`) that its links' host names better.
  const pageNamed = own(strong) ? null : namedOutlet({ ...sig, site: null }, notices, options);
  if (pageNamed) return unknownOutlet(pageNamed);
  const found =
    strong ??
    emailOutlet(sig, outlets) ??
    firstOf(sig.clues, (c) => own(outlets.fromClue(c))) ??
    (sig.host ? own(outlets.fromUrl(sig.host)) : null) ??
    outlets.lookup(sig.credit) ??
    firstOf(page.tips, byName) ??
    firstOf(page.tags, byName) ??
    (sig.host ? outlets.fromHostVariant(sig.host) : null) ??
    firstOf(sig.weakClues, (c) => own(outlets.fromClue(c) ?? outlets.scan(c)));
  const entry = own(found);
  if (entry) return { entry, name: entry.name };
  const named = namedOutlet({ ...sig, site }, copyrights, options);
  if (named) return unknownOutlet(named);
  return { entry: null, name: null, warning: "글에 매체 이름이 없어 비워 둡니다" };
}

/** The reading of an outlet the page names that the dictionary does not know, with its warning. */
function unknownOutlet(name: string): OutletReading {
  return {
    entry: null,
    name,
    warning: `매체 "${name}"이(가) 매체 사전(outlets)에 없습니다: 쪽에 적힌 대로 둡니다`,
  };
}

/**
 * A name the page gives as its outlet that the dictionary does not know: the site's name in the
 * file's markup, a bracket byline's, a byline's on the page, or a copyright line's holder; never
 * a word a logo only adds (`뉴스`).
 */
function namedOutlet(
  sig: OutletSignals,
  copyrights: string[],
  { outletTail: tail, copyrightHolder: holder }: ResolveOptions,
): string | null {
  const holders = holder ? copyrights.map((c) => holder.exec(c)?.[1] ?? null) : [];
  const names = [sig.site ?? null, sig.named ?? null, ...(sig.page?.named ?? []), ...holders];
  return names.find((n) => n && !(tail && n.replace(tail, "") === "")) ?? null;
}
