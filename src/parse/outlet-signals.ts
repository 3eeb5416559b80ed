/**
 * The article's outlet from every signal a page gives, strongest first: the outlet line, the wire
 * dateline (`(서울=연합뉴스)`), the bracket byline (`[가나일보 홍길동 기자]`), the copyright line, a
 * reporter's e-mail domain, a URL in the text, the host in the file name, and last the page's
 * furniture lines (`▶가나일보`). An outlet the dictionary does not know but the page names clearly
 * (bracket byline, copyright line) is kept as written, with a warning.
 */
import type { OutletEntry } from "../core/dictionaries.ts";
import type { OutletResolver } from "./outlet.ts";

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
}

/** The outcome: a dictionary entry, or a name as written (unknown outlet), or neither. */
export interface OutletReading {
  entry: OutletEntry | null;
  name: string | null;
  warning?: string;
}

/**
 * Holder of a copyright line: `ⓒ 가나일보, 무단…`, `저작권자 © 가나일보`, `Copyright@가나일보(x.kr)`,
 * `Copyright 가나일보 & gana.com` (the word alone stands for the sign).
 */
const HOLDER =
  /(?:(?:저작권자|copyright)?\s*(?:ⓒ|©|\(c\)|@)|copyrights?\s)\s*(?:\d{4}\s*)?([가-힣][가-힣A-Za-z0-9]{1,14})(?=[\s,.()\[\]<>&]|$)/i;

/** Resolves the outlet from {@link OutletSignals}, in their order of strength. */
export function resolveOutlet(sig: OutletSignals, outlets: OutletResolver): OutletReading {
  // A portal (Daum, zum, nate) hosts other outlets' copies: its host or URL never names the outlet.
  const own = (o: OutletEntry | null) => (o && o.kind !== "portal" ? o : null);
  const found =
    outlets.lookup(sig.hint) ??
    outlets.lookup(sig.dateline) ??
    outlets.lookup(sig.bracket) ??
    (sig.copyright ? (outlets.fromClue(sig.copyright) ?? outlets.scan(sig.copyright)) : null) ??
    sig.emails.map((e) => outlets.fromEmail(e)).find(Boolean) ??
    sig.clues.map((c) => own(outlets.fromClue(c))).find(Boolean) ??
    (sig.host ? own(outlets.fromUrl(sig.host)) : null) ??
    sig.weakClues.map((c) => own(outlets.fromClue(c) ?? outlets.scan(c))).find(Boolean) ??
    null;
  const entry = own(found);
  if (entry) return { entry, name: entry.name };
  const named = sig.named ?? (sig.copyright ? (HOLDER.exec(sig.copyright)?.[1] ?? null) : null);
  if (named)
    return {
      entry: null,
      name: named,
      warning: `outlet "${named}" is not in the outlets dictionary: kept as the page names it`,
    };
  return { entry: null, name: null, warning: "outlet not named in the text: left empty" };
}
