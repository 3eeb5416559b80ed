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
  /**
   * The roles a byline prints after a reporter's name (기자, 특파원, 논설위원, 앵커…): the lexicon's
   * reporter, signing, header and byline roles. Absent in a grammar made before they were handed over.
   */
  roles?: string[];
}

/** The rules of one {@link SearchGrammar}: its particle rules, and what may follow a name. */
export interface GrammarRules extends Particles {
  /** The honorifics (씨, 님, …), as the lexicon lists them. */
  readonly honorifics: readonly string[];
  /** The byline roles (기자, 특파원, …), as the lexicon lists them. */
  readonly roles: readonly string[];
  /**
   * Whether `rest`, right after a name in one word, leaves the name standing: nothing, a particle
   * stack (메타는), or for a person an honorific then a particle stack (장민혁씨는).
   */
  isNameTail(rest: string, person: boolean): boolean;
  /** Whether a whole word is an honorific with any particles (씨, 씨는, 님이): it belongs to the name before it. */
  isHonorificWord(word: string): boolean;
  /** Whether a whole word is a byline role with any particles (기자, 기자의, 특파원이): the name before it signs articles. */
  isRoleWord(word: string): boolean;
  /** The length of the byline role (with particles) that ends `word` (김민재기자의 → 3), 0 when none. */
  roleTail(word: string): number;
}

const HANGUL = /^[\uAC00-\uD7A3]+$/;

/** The search grammar of a loaded lexicon (the shipped one, or an archive's with its overlay). */
export function searchGrammar(lexicon: LexiconData): SearchGrammar {
  return {
    particles: [...lexicon.particles],
    contractions: [...lexicon.particle_contractions],
    honorifics: [...lexicon.honorifics],
    roles: [
      ...new Set([
        ...lexicon.reporter_roles,
        ...lexicon.signing_roles,
        ...lexicon.header_roles,
        ...lexicon.byline_titles,
      ]),
    ],
  };
}

/** Compiles the rules of a search grammar. Pure. */
export function compileGrammar(g: SearchGrammar): GrammarRules {
  const particles = compileParticles(g);
  const honorifics = [...g.honorifics];
  const honorificRun = (s: string) =>
    honorifics.some((h) => s.startsWith(h) && particles.isParticleRun(s.slice(h.length)));
  const roles = (g.roles ?? []).map((r) => r.toLowerCase());
  const roleRun = (s: string) =>
    roles.some((r) => s.startsWith(r) && (s === r || particles.isParticleRun(s.slice(r.length))));
  const roleTail = (word: string) => {
    const w = word.toLowerCase();
    for (let cut = 1; cut < w.length; cut++) if (roleRun(w.slice(cut))) return w.length - cut;
    return 0;
  };
  return {
    ...particles,
    honorifics,
    roles: [...(g.roles ?? [])],
    isNameTail: (rest, person) =>
      rest === "" ||
      (HANGUL.test(rest) && (particles.isParticleRun(rest) || (person && honorificRun(rest)))),
    isHonorificWord: (word) => HANGUL.test(word) && honorificRun(word),
    isRoleWord: (word) => roleRun(word.toLowerCase()),
    roleTail,
  };
}
