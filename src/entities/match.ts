/**
 * The entity matcher: finds dictionary names and aliases in Korean text on word boundaries that
 * know particles (SPEC §5). 메타 matches 메타는, 메타의, 메타와 but not 메타버스; 삼성 does not match
 * inside 삼성전자; LG does not match inside LG트윈타워. Where forms overlap, the longest wins.
 *
 * Boundaries:
 * - left: start of text, or a character that is not a letter or digit; a Hanja country
 *   abbreviation (美, 中, 日 …, as in 美테슬라) also counts as a boundary;
 * - right: end of text, a character that is not a letter or digit, or a run of Hangul that
 *   splits entirely into particles ({@link isParticleRun}).
 * Latin forms of up to 3 letters in capitals (LG, SK, MS) match case-sensitively; other Latin
 * forms ignore case. A form with spaces (마크 저커버그, NTT 도코모) also matches without them.
 * `마크 저커버그(Mark Zuckerberg)` counts once: a mention right after another of the same entity,
 * inside parentheses, is folded into it.
 */
import { isParticleRun } from "./particles.ts";

/** One named thing the matcher can find. `forms` are the name and its aliases. */
export interface MatchTarget {
  /** Unique key, e.g. `company:samsung-electronics`. */
  key: string;
  forms: string[];
}

/** A found mention: `[start, end)` in UTF-16 code units of the scanned text. */
export interface Mention {
  key: string;
  form: string;
  start: number;
  end: number;
}

const isHangul = (c: string) => c >= "\uAC00" && c <= "\uD7A3";
const isLetterOrDigit = (c: string) => /[\p{L}\p{N}]/u.test(c);
const HANJA_PREFIX = new Set([..."美中日韓英獨佛露印伊加濠北南朝臺台歐"]);

interface Form {
  text: string;
  /** Lower-cased text for case-insensitive forms, else the text itself. */
  probe: string;
  caseSensitive: boolean;
  key: string;
}

/** Compiled matcher. Build once per dictionary set; {@link find} is then linear in text size. */
export class Matcher {
  private byHead = new Map<string, Form[]>();

  constructor(targets: MatchTarget[]) {
    const seen = new Set<string>();
    for (const t of targets) {
      for (const raw of t.forms) {
        const base = raw.normalize("NFC").trim();
        if (!base) continue;
        const variants = base.includes(" ") ? [base, base.replace(/ /g, "")] : [base];
        for (const text of variants) {
          const caseSensitive = /^[A-Z0-9&.\-]{1,3}$/.test(text) || !/[A-Za-z]/.test(text);
          const probe = caseSensitive ? text : text.toLowerCase();
          const id = `${t.key}\u0000${probe}`;
          if (seen.has(id) || text.length < 2 && !/[A-Z]/.test(text)) continue;
          seen.add(id);
          const head = probe.slice(0, 1);
          const list = this.byHead.get(head) ?? [];
          list.push({ text, probe, caseSensitive, key: t.key });
          this.byHead.set(head, list);
        }
      }
    }
    for (const list of this.byHead.values()) list.sort((a, b) => b.probe.length - a.probe.length);
  }

  /** Every mention in `text`, non-overlapping, longest first where forms compete, in text order. */
  find(text: string): Mention[] {
    const lower = text.toLowerCase();
    const found: Mention[] = [];
    let i = 0;
    while (i < text.length) {
      const prev = i > 0 ? text[i - 1] : "";
      const leftOk = !prev || !isLetterOrDigit(prev) || HANJA_PREFIX.has(prev);
      let hit: Mention | null = null;
      if (leftOk) {
        const cands = [...(this.byHead.get(text[i]) ?? []), ...(lower[i] !== text[i] ? this.byHead.get(lower[i]) ?? [] : [])];
        cands.sort((a, b) => b.probe.length - a.probe.length);
        for (const f of cands) {
          const hay = f.caseSensitive ? text : lower;
          if (!hay.startsWith(f.probe, i)) continue;
          const end = i + f.probe.length;
          if (!this.rightOk(text, end, f)) continue;
          hit = { key: f.key, form: text.slice(i, end), start: i, end };
          break;
        }
      }
      if (hit) {
        found.push(hit);
        i = hit.end;
      } else i++;
    }
    return foldParenthesised(found, text);
  }

  private rightOk(text: string, end: number, f: Form): boolean {
    if (end >= text.length) return true;
    const next = text[end];
    if (!isLetterOrDigit(next)) return true;
    if (!isHangul(next)) return false;
    // A Latin form glued to Hangul (LG트윈타워) or a Hangul name glued to more Hangul: accept
    // only when the glued run is particles.
    let j = end;
    while (j < text.length && isHangul(text[j])) j++;
    if (j < text.length && /[A-Za-z0-9]/.test(text[j])) return false;
    return isParticleRun(text.slice(end, j)) && f.text.length > 0;
  }
}

/** Folds `A(B)` where A and B are the same entity into one mention. */
function foldParenthesised(list: Mention[], text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (last && last.key === m.key && /^\s*[(（]\s*$/.test(text.slice(last.end, m.start)) && /^\s*[)）]/.test(text.slice(m.end))) continue;
    out.push(m);
  }
  return out;
}

/** Counts mentions per key, keeping first-seen order. */
export function countMentions(mentions: Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  return counts;
}
