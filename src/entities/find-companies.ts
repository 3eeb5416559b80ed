/**
 * Finding companies that no dictionary knows, by their shape (discovery, for `sillok entities`):
 * `㈜X`, `(주)X`, `X㈜` (the marks of a 주식회사, 상법 제170조), and words ending in a company
 * suffix of the lexicon (…그룹, …전자, …은행) unless the part before the suffix makes it an ordinary
 * noun (중앙은행, 석유화학). Linear in the text's length.
 */
import { trimSentence, type FindOptions } from "./find-people.ts";
import { sentenceSpans } from "./sentences.ts";
import { wordsFor, type Words } from "./words.ts";

/** A company candidate: the token as written (particles removed) and its sentence. */
export interface CompanyCandidate {
  name: string;
  sentence: string;
}

/** Words of a sentence with their punctuation kept on the word. */
const tokens = (s: string) => s.split(/[\s\u00A0]+/).filter(Boolean);

/** The company a word names by its shape, or null. */
function companyShaped(w0: string, words: Words): string | null {
  const w = w0.replace(/^[“"‘'(\[<「『·-]+/, "").replace(/[”"’'),.?!:;\]>」』]+$/, "");
  const marked =
    /^(?:㈜|\(주\))([\uAC00-\uD7A3A-Za-z0-9&]{2,})/.exec(w) ??
    /^([\uAC00-\uD7A3A-Za-z0-9&]{2,})(?:㈜|\(주\))/.exec(w);
  const { stripParticles } = words.particles;
  if (marked) return stripParticles(marked[1]);
  const stem = stripParticles(w);
  if (!/^[\uAC00-\uD7A3A-Za-z0-9&]+$/.test(stem)) return null;
  const suffix = words.companySuffixes.find((s) => stem.endsWith(s) && stem.length >= s.length + 2);
  return suffix && !words.genericCompanyPrefixes.has(stem.slice(0, -suffix.length)) ? stem : null;
}

/**
 * Finds company-shaped tokens in `text`; `opts.display` as in src/entities/find-people.ts.
 * @returns candidates in text order, with repeats
 */
export function findCompanies(text: string, opts: FindOptions = {}): CompanyCandidate[] {
  const words = opts.words ?? wordsFor();
  const display = opts.display ?? text;
  const out: CompanyCandidate[] = [];
  for (const [a, b] of sentenceSpans(text)) {
    const sentence = trimSentence(display.slice(a, b));
    for (const w of tokens(text.slice(a, b))) {
      const name = companyShaped(w, words);
      if (name) out.push({ name, sentence });
    }
  }
  return out;
}
