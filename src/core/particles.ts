/**
 * Korean particles (조사) and copula endings that may follow a name with no space: the matching
 * rules over a particle inventory. The inventory is data — the lexicon's `particles` and
 * `particle_contractions` (`_data/lexicon.yaml`, with its source) — compiled here once by
 * {@link compileParticles}. Particles stack (이재용과의 = 과 + 의, 엔비디아로부터는 = 로부터 + 는), so
 * a run of Hangul after a name is accepted when it splits entirely into items of the inventory.
 * Pure: no file is read, so the search page's bundle uses it too (`search-grammar.ts`).
 */

/** A particle inventory: the lists of the lexicon it is compiled from. */
export interface ParticleInventory {
  /** Every particle and copula ending, contractions included or not. */
  readonly particles: readonly string[];
  /** Contractions of headline style (`서` ← 에서): matched, never stripped (보고서 is a word). */
  readonly contractions: readonly string[];
}

/** The particle rules of one inventory. Build with {@link compileParticles}. */
export interface Particles {
  /**
   * True when `run` (a run of Hangul syllables right after a name) is a stack of particles, e.g.
   * `는`, `과의`, `에게서는`, `로부터`, and the headline contractions `서`, `엔`, `선`. Empty
   * string is true; a run over 8 syllables is false.
   */
  isParticleRun(run: string): boolean;
  /** {@link Particles.isParticleRun} without the headline contractions (보고서 is a word, not 보고 + 서). */
  isPlainParticleRun(run: string): boolean;
  /**
   * Strips particles from the end of a word: the shortest stem of at least `minStem` syllables
   * whose remainder is a plain particle run, so stacked particles all go (`이재용과의` → `이재용`).
   * It over-strips names that end in a particle-like syllable (화웨이 → 화웨): callers that know
   * names check them first.
   */
  stripParticles(word: string, minStem?: number): string;
}

/** True when `run` splits entirely into items of `set` (longest item `max` syllables). */
function particleRun(run: string, set: ReadonlySet<string>, max: number): boolean {
  if (run.length > 8) return false;
  const ok: boolean[] = new Array(run.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < run.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= max && i + len <= run.length; len++) {
      if (set.has(run.slice(i, i + len))) ok[i + len] = true;
    }
  }
  return ok[run.length];
}

/** Compiles the particle rules of an inventory. Pure. */
export function compileParticles(inventory: ParticleInventory): Particles {
  const all = new Set([...inventory.particles, ...inventory.contractions]);
  const contractions = new Set(inventory.contractions);
  const plain = new Set([...all].filter((p) => !contractions.has(p)));
  const max = Math.max(0, ...[...all].map((p) => p.length));
  const isPlainParticleRun = (run: string) => particleRun(run, plain, max);
  return {
    isParticleRun: (run) => particleRun(run, all, max),
    isPlainParticleRun,
    stripParticles(word, minStem = 2) {
      for (let cut = minStem; cut < word.length; cut++) {
        const rest = word.slice(cut);
        if (/^[\uAC00-\uD7A3]+$/.test(rest) && isPlainParticleRun(rest)) return word.slice(0, cut);
      }
      return word;
    },
  };
}
