/**
 * The Korean grammar of a name search: the particle inventory (조사) and the honorifics that follow
 * a person's name (장민혁 씨, 장민혁씨는), taken from the archive's lexicon (`_data/lexicon.yaml`
 * with the archive's `lexicon.user.yaml` over it; sources there). The build reads it once
 * ({@link searchGrammar}) for the hidden search words (site/search-words.ts) and hands the same
 * data to the search page's bundle (search/bundle.ts), which cannot read `_data/`; both compile it
 * with {@link compileGrammar}. Pure apart from the lexicon type: the bundle includes it.
 */
import { compileParticles, type Particles } from "./particles.ts";
import type { LexiconData } from "./lexicon.ts";

/** The lists of the lexicon a search needs, as plain data (JSON in the page's bundle). */
export interface SearchGrammar {
  particles: string[];
  contractions: string[];
  honorifics: string[];
}

/** The rules of one {@link SearchGrammar}: its particle rules, and what may follow a name. */
export interface GrammarRules extends Particles {
  /** The honorifics (씨, 님, …), as the lexicon lists them. */
  readonly honorifics: readonly string[];
  /**
   * Whether `rest`, right after a name in one word, leaves the name standing: nothing, a particle
   * stack (메타는), or for a person an honorific then a particle stack (장민혁씨는).
   */
  isNameTail(rest: string, person: boolean): boolean;
  /** Whether a whole word is an honorific with any particles (씨, 씨는, 님이): it belongs to the name before it. */
  isHonorificWord(word: string): boolean;
}

const HANGUL = /^[\uAC00-\uD7A3]+$/;

/** The search grammar of a loaded lexicon (the shipped one, or an archive's with its overlay). */
export function searchGrammar(lexicon: LexiconData): SearchGrammar {
  return {
    particles: [...lexicon.particles],
    contractions: [...lexicon.particle_contractions],
    honorifics: [...lexicon.honorifics],
  };
}

/** Compiles the rules of a search grammar. Pure. */
export function compileGrammar(g: SearchGrammar): GrammarRules {
  const particles = compileParticles(g);
  const honorifics = [...g.honorifics];
  const honorificRun = (s: string) =>
    honorifics.some((h) => s.startsWith(h) && particles.isParticleRun(s.slice(h.length)));
  return {
    ...particles,
    honorifics,
    isNameTail: (rest, person) =>
      rest === "" ||
      (HANGUL.test(rest) && (particles.isParticleRun(rest) || (person && honorificRun(rest)))),
    isHonorificWord: (word) => HANGUL.test(word) && honorificRun(word),
  };
}
