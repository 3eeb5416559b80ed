/**
 * The one sentence splitter of the entity stage: discovery reads candidates sentence by sentence,
 * and the company rule looks for business cues in the sentence around a mention. Korean news ends
 * a sentence with `.`, `?` or `!` (한글 맞춤법 부록 문장 부호), and scrapes often glue the next one
 * on without a space (풀이된다.박합수).
 */

/** `[start, end)` in UTF-16 code units. */
export type Span = [number, number];

const BOUNDARY = /(?<=[.?!])\s+|(?<=[\uAC00-\uD7A3][.?!])(?=[\uAC00-\uD7A3“"])|\n+/g;

/**
 * Splits text into sentences at `.`, `?`, `!` followed by space, and at line breaks; a period
 * glued to the next sentence (풀이된다.박합수) also ends one, 3.5% does not.
 * @returns `[start, end)` spans in UTF-16 code units, trimmed, non-empty, in text order
 */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  const boundary = new RegExp(BOUNDARY);
  let at = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] === "" && m.index === at) {
      boundary.lastIndex++;
      if (m.index > 0 && m.index < text.length) {
        push(at, m.index);
        at = m.index;
      }
      continue;
    }
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return out;
}

/**
 * The sentence holding `[start, end)`, from spans of {@link sentenceSpans} over the same text
 * (pass them in when asking for many mentions of one text).
 * @returns the sentence text; the whole text when no span holds the range
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  spans: Span[] = sentenceSpans(text),
): string {
  const span = spans.find(([a, b]) => a <= start && end <= b);
  return span ? text.slice(span[0], span[1]) : text;
}
