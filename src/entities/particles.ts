/**
 * Korean particles (조사) and copula endings that may follow a name with no space.
 *
 * Source: the particle inventory of the 표준국어대사전 (National Institute of Korean Language)
 * as summarised in 「한국어 문법 총론」 (구본관 외, 2015, ch. 9 조사): case particles
 * (이/가, 을/를, 의, 에, 에게, 에서, 로/으로, 와/과, 보다, 처럼, 만큼), auxiliary particles
 * (은/는, 도, 만, 까지, 부터, 조차, 마저, 밖에, 이나/나, 이든/든, 이라도/라도), the
 * vocative-free conjunctive particles (하고, 이랑/랑), and the copula 이다 with its common endings.
 * Particles stack (이재용과의 = 과 + 의, 엔비디아로부터는 = 로부터 + 는), so a run of Hangul after a
 * name is accepted when it splits entirely into items of this list.
 */
/** Particle contractions of headline style; see {@link PARTICLES}. */
export const CONTRACTIONS: readonly string[] = ["서", "엔", "에선", "선"];

// prettier-ignore
export const PARTICLES: readonly string[] = [
  // case particles
  "이", "가", "께서", "을", "를", "의", "에", "에게", "께", "한테", "에서", "에게서", "한테서",
  "로", "으로", "로서", "으로서", "로써", "으로써", "로부터", "으로부터", "에서부터",
  "와", "과", "하고", "이랑", "랑", "보다", "처럼", "만큼", "같이", "더러",
  // auxiliary particles
  "은", "는", "도", "만", "까지", "부터", "조차", "마저", "밖에", "뿐", "이나", "나", "이든", "든",
  "이라도", "라도", "이야", "야", "대로", "마다", "요",
  // copula 이다 and its frequent endings (after a noun: 메타이다, 저커버그였다)
  "이다", "다", "였다", "이었다", "이며", "며", "이고", "고", "인", "이라는", "라는", "이란", "란",
  "이라고", "라고", "이라며", "라며", "이라면", "라면", "이지만", "지만", "입니다", "이죠", "죠",
  // plural / side markers written without a space in news text
  "들", "측",
  // contractions of headline and spoken style (표준국어대사전: '서' ← 에서, '엔' ← 에는, '에선'/'선' ← 에서는):
  // 국감서 밝혔다, 삼성엔 호재, 업계선. Matching only: {@link stripParticles} leaves them on
  // (보고서, 계약서 are words, not 보고 + 서).
  ...CONTRACTIONS,
];

/** A word ending in a one-syllable case or topic particle (김민수는, 호와): it links to what follows. */
export const CASE_PARTICLE_END = /(?:은|는|이|가|을|를|의|와|과)$/;
/** Particles a time word or conjunction may carry inside an apposition (때에, 등의), as an alternation. */
export const BREAKER_PARTICLES = "와|과|에|의|는|도|부터|까지";
/** Particles that say where something was put or posted (에, 에서, 에다, 을 통해), as an alternation. */
export const PLACE_PARTICLES = "에서?|에다|을 ?통해|를 ?통해";
/** One-syllable particles after a one-syllable noun (역은, 역에), as a character class. */
export const SHORT_PARTICLE_CLASS = "[은는이가을를에의서]";

const SET = new Set(PARTICLES);
const PLAIN = new Set(PARTICLES.filter((p) => !CONTRACTIONS.includes(p)));
const MAX = Math.max(...PARTICLES.map((p) => p.length));

function particleRun(run: string, set: ReadonlySet<string>): boolean {
  if (run.length > 8) return false;
  const ok: boolean[] = new Array(run.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < run.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= MAX && i + len <= run.length; len++) {
      if (set.has(run.slice(i, i + len))) ok[i + len] = true;
    }
  }
  return ok[run.length];
}

/**
 * True when `run` (a run of Hangul syllables right after a name) is a stack of particles,
 * e.g. `는`, `과의`, `에게서는`, `로부터`, and the headline contractions `서`, `엔`, `선`. Empty
 * string is true.
 */
export function isParticleRun(run: string): boolean {
  return particleRun(run, SET);
}

/** {@link isParticleRun} without the headline contractions (보고서 is a word, not 보고 + 서). */
export function isPlainParticleRun(run: string): boolean {
  return particleRun(run, PLAIN);
}

/**
 * Strips particles from the end of a word: the shortest stem of at least `minStem` syllables
 * whose remainder is a particle run, so stacked particles all go (`이재용과의` → `이재용`,
 * `저커버그에게` → `저커버그`). It over-strips names that end in a particle-like syllable
 * (화웨이 → 화웨): callers that know names check them first (the search query module does).
 */
export function stripParticles(word: string, minStem = 2): string {
  for (let cut = minStem; cut < word.length; cut++) {
    const rest = word.slice(cut);
    if (/^[\uAC00-\uD7A3]+$/.test(rest) && isPlainParticleRun(rest)) return word.slice(0, cut);
  }
  return word;
}
