/**
 * Excerpts of results, highlighted by the same rule the search used: a name where one of its
 * spellings stands as a word (저커버그에게 is marked whole; 메타 inside 메타버스 is not), a plain
 * word where a word starts with its syllables. Pagefind's own excerpt marks every prefix match
 * and knows nothing of the hidden name tokens, so the page builds its own from the page text.
 */
import type { GrammarRules } from "../core/search-grammar.ts";
import type { QueryPart } from "./query.ts";

/** One spelling of a name to mark: its lower-case pieces, and whether it names a person. */
export interface MarkedName {
  pieces: string[];
  person: boolean;
}

/** What to mark: the spellings of the names and the plain words' stems, and what may follow a name. */
export interface MarkRule {
  names: MarkedName[];
  prefixes: string[];
  /** The particles and honorifics a name may carry (core/search-grammar.ts). */
  grammar: GrammarRules;
}

const PIECE = /[\p{L}\p{M}\p{N}]+/gu;
const HANGUL = /^[\uAC00-\uD7A3]+$/;
/** Hangul syllables, lower-case ASCII letters and digits only: already NFC and lower case. */
const PLAIN = /^[\uAC00-\uD7A3a-z0-9]+$/;
/** A piece in lower case, NFC (most pieces of Korean text are already: only checked). */
const lowPiece = (s: string) => (PLAIN.test(s) ? s : s.normalize("NFC").toLowerCase());
const split = (s: string) => s.normalize("NFC").toLowerCase().match(PIECE) ?? [];

/** The rule for a query's parts, names followed by what `grammar` allows. */
export function markRule(parts: QueryPart[], grammar: GrammarRules): MarkRule {
  return {
    names: parts
      .flatMap((p) =>
        p.entities.flatMap((e) =>
          e.forms.map((f) => ({ pieces: split(f), person: e.type === "person" })),
        ),
      )
      .filter((f) => f.pieces.length),
    prefixes: parts
      .filter((p) => !p.entities.length)
      .map((p) => p.terms[0])
      .filter(Boolean),
    grammar,
  };
}

/** Whether `word` is `stem` with nothing after it, or what the rule's grammar lets follow a name. */
function stands(word: string, stem: string, person: boolean, rule: MarkRule): boolean {
  if (!word.startsWith(stem)) return false;
  const rest = word.slice(stem.length);
  return rest === "" || (HANGUL.test(rest) && rule.grammar.isNameTail(rest, person));
}

/** A word piece of a text: where it starts and ends, and its lower-case NFC form. */
interface Piece {
  at: number;
  end: number;
  low: string;
}

/** The pieces of `text`, read only as far as asked (`undefined` past the last). */
function pieceReader(text: string): (i: number) => Piece | undefined {
  const re = new RegExp(PIECE.source, PIECE.flags);
  const ps: Piece[] = [];
  let done = false;
  return (i) => {
    while (!done && ps.length <= i) {
      const m = re.exec(text);
      if (m)
        ps.push({
          at: m.index,
          end: m.index + m[0].length,
          low: lowPiece(m[0]),
        });
      else done = true;
    }
    return ps[i];
  };
}

/** Whether the name spelled by `f` stands at piece `i` (its last piece may carry a particle). */
function nameAt(
  piece: (i: number) => Piece | undefined,
  i: number,
  name: MarkedName,
  rule: MarkRule,
): boolean {
  const f = name.pieces;
  const n = f.length;
  const last = piece(i + n - 1);
  if (!last) return false;
  for (let j = 0; j < n - 1; j++) if (piece(i + j)!.low !== f[j]) return false;
  return stands(last.low, f[n - 1], name.person, rule);
}

/**
 * Character spans [start, end) of `text` that the rule marks, in order, not overlapping; with
 * `window`, only those starting less than `window` characters after the first span's start
 * (all an {@link excerpt} of that length can show: the rest of the text is not read).
 */
export function markSpans(text: string, rule: MarkRule, window = Infinity): [number, number][] {
  const piece = pieceReader(text);
  const spans: [number, number][] = [];
  for (let i = 0, p = piece(0); p; p = piece(++i)) {
    if (spans.length && p.at >= spans[0][0] + window) break;
    let end = -1;
    const low = p.low;
    if (rule.prefixes.some((w) => low.startsWith(w))) end = i;
    for (const name of rule.names)
      if (nameAt(piece, i, name, rule)) end = Math.max(end, i + name.pieces.length - 1);
    if (end >= 0) {
      spans.push([p.at, piece(end)!.end]);
      i = end;
    }
  }
  return spans;
}

/**
 * The article text of a result: the indexed text is the body then the title (search/index.ts
 * articleSearchText, so that a title word is found and weighed like text), and an excerpt
 * reaching the end of the body must not run on into the title.
 */
export function bodyText(content: string, title = ""): string {
  const t = title.trim();
  const c = content.trimEnd();
  return t && c.endsWith(t) && c.length > t.length ? c.slice(0, -t.length).trimEnd() : c;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An HTML excerpt of `text` (about `length` characters) around its first marked span, with
 * every marked span inside it in `<mark>`; the text's beginning when nothing is marked (an
 * article filed under a name it only shows in a caption). Text is escaped.
 */
export function excerpt(text: string, rule: MarkRule, length = 160): string {
  return printExcerpt(text, markSpans(text, rule, length), length);
}

/**
 * The excerpt {@link excerpt} prints for `spans` ([start, end) character ranges of `text`, in
 * order): about `length` characters from a word's start a third of that before the first span,
 * the spans inside it in `<mark>`, escaped, with `…` where the text goes on. The site's first
 * pages print theirs with it from spans they find faster (src/site/word-excerpt.ts).
 */
export function printExcerpt(text: string, spans: [number, number][], length: number): string {
  const first = spans[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > first) end = space;
  }
  let html = "";
  let at = start;
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue;
    const a = Math.max(s, start),
      b = Math.min(e, end);
    html += `${escapeHtml(text.slice(at, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
    at = b;
  }
  html += escapeHtml(text.slice(at, end));
  return `${start > 0 ? "… " : ""}${html}${end < text.length ? " …" : ""}`;
}
