/**
 * The particle rules of the shipped lexicon, for the search page's bundle: the browser cannot read
 * `_data/lexicon.yaml`, so this is a copy of its `particles` and `particle_contractions` lists
 * (source: 표준국어대사전 particle headwords, see the lexicon), and a test keeps it equal to the
 * file. Build-time code (import, entities) reads the lexicon itself, with the archive's
 * `lexicon.user.yaml` over it; only the search page's bundle and the words it indexes use this.
 */
import { compileParticles, type Particles } from "./particles.ts";

/** The shipped lexicon's particle inventory, as the browser bundle carries it. */
// prettier-ignore
export const SHIPPED_PARTICLE_INVENTORY = {
  particles: [
  "이", "가", "께서", "을", "를", "의", "에", "에게", "께", "한테", "에서", "에게서", "한테서", "로", "으로", "로서",
  "으로서", "로써", "으로써", "로부터", "으로부터", "에서부터", "와", "과", "하고", "이랑", "랑", "보다", "처럼", "만큼", "같이",
  "더러", "은", "는", "도", "만", "까지", "부터", "조차", "마저", "밖에", "뿐", "이나", "나", "이든", "든", "이라도", "라도",
  "이야", "야", "대로", "마다", "요", "이다", "다", "였다", "이었다", "이며", "며", "이고", "고", "인", "이라는", "라는",
  "이란", "란", "이라고", "라고", "이라며", "라며", "이라면", "라면", "이지만", "지만", "입니다", "이죠", "죠", "들", "측",
  ],
  contractions: ["서", "엔", "에선", "선"],
} as const;

/** The particle rules of {@link SHIPPED_PARTICLE_INVENTORY}, made by their factory. */
export const shippedParticles: Particles = compileParticles(SHIPPED_PARTICLE_INVENTORY);
